/**
 * After a no-go ("change or switch") report, "another block with changes" must change the plan's
 * technique or dose: a new block of the same is not saved silently. The bot says nothing changed
 * and offers to change the dose or the technique, or to end the trial instead.
 */
import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { BASELINE_START, FINAL_DAY, FIRST, enrol, phaseHarnessPerTest, runDays, type PhaseParticipant } from "../../../support/phase-trial.js";

/** Every test runs the same no-go block (its charts rendered once). */
const NO_GO_SEED = 9401;

describe("another block after a no-go must change the technique or the dose", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  async function noGoReport(id: number, locale: "en" | "de" = "en"): Promise<PhaseParticipant> {
    const p = await enrol(h, "non_responder", id, NO_GO_SEED);
    if (locale === "de") await h.deps.stores.profiles.update(id, h.clock.now(), { locale: "de" });
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    return p;
  }

  /** The dose section as the synthetic plan has it (45 min, 2 a week on Mon and Thu), `weeks` weeks, moderate pressure. */
  async function sameDose(p: PhaseParticipant, weeks: string, labels = { done: "Done ✓", moderate: "Moderate" }) {
    await p.user.send("45");
    await p.user.send("2");
    await p.user.tap(labels.done);
    await p.user.send(weeks);
    await p.user.tap(labels.moderate);
    p.user.replies();
  }

  async function nothingSaved(id: number) {
    const read = await h.deps.stores.plans.read(id);
    expect(read.status === "ok" && read.versions.map((v) => v.plan.firstSession)).toEqual([FIRST]);
    expect((await h.deps.stores.phases.read(id)).blocks).toEqual([]);
    expect(await h.deps.stores.reports.blocks(id)).toEqual([]);
  }

  it("the same dose is not saved: the bot says so, and “change the dose” leads to a new block that is", async () => {
    const p = await noGoReport(9901);
    await p.user.tap("🔁 Another block with changes");
    expect(p.user.replyText()).toContain("Plainly: another block of the same is not advised");
    await sameDose(p, "6");
    await p.user.tap("✓ Looks right");
    const reply = p.user.replyText();
    expect(reply).not.toContain("Your plan is updated");
    expect(reply).toContain("Nothing in the technique or the dose changed");
    expect(p.user.buttons()).toEqual(["✏️ Change the dose", "✏️ Change the technique", "🏁 End the trial"]);
    await nothingSaved(9901);

    await p.user.tap("✏️ Change the dose");
    expect(p.user.replyText()).toContain("How many minutes");
    await p.user.send("30");
    await p.user.send("2");
    await p.user.tap("Done ✓");
    await p.user.send("6");
    await p.user.tap("Moderate");
    p.user.replies();
    await p.user.tap("✓ Looks right");
    expect(p.user.replyText()).toContain("Your plan is updated");
    const read = await h.deps.stores.plans.read(9901);
    expect(read.status === "ok" && read.versions.map((v) => [v.plan.firstSession, v.plan.minutesPerSession])).toEqual([
      [FIRST, 45],
      [FINAL_DAY, 30],
    ]);
    expect((await h.deps.stores.phases.read(9901)).blocks).toEqual([{ n: 2, fromVersion: 2, washInDays: h.deps.config.WASH_IN_DAYS }]);
    expect(await h.deps.stores.reports.blocks(9901)).toEqual([expect.objectContaining({ firstSession: FIRST, outcome: "no_go" })]);
  }, 240_000);

  it("a longer block of the same is still the same; “end the trial” ends it with nothing new saved", async () => {
    const p = await noGoReport(9902);
    await p.user.tap("🔁 Another block with changes");
    p.user.replies();
    await sameDose(p, "8");
    await p.user.tap("✓ Looks right");
    expect(p.user.replyText()).toContain("Nothing in the technique or the dose changed");
    await nothingSaved(9902);
    await p.user.tap("🏁 End the trial");
    expect(p.user.replyText()).toContain("Your trial is ended");
    expect(await h.deps.stores.drafts.get(9902)).toBeNull();
    expect(await h.deps.stores.reports.ended(9902)).toMatchObject({ firstSession: FIRST, by: "user" });
    await nothingSaved(9902);
  }, 240_000);

  it("a new technique (the therapist's plan) is a change: the block is saved", async () => {
    const p = await noGoReport(9903);
    await p.user.tap("🔁 Another block with changes");
    p.user.replies();
    await sameDose(p, "6");
    await p.user.tap("✓ Looks right");
    p.user.replies();
    await p.user.tap("✏️ Change the technique");
    expect(p.user.replyText()).toContain("what they will do for this pain");
    await p.user.send("Trigger-point work on the lower back instead of a general relaxing massage");
    p.user.replies();
    await p.user.tap("✓ Looks right");
    expect(p.user.replyText()).toContain("Your plan is updated");
    const read = await h.deps.stores.plans.read(9903);
    expect(read.status === "ok" && read.current.plan).toMatchObject({
      firstSession: FINAL_DAY,
      minutesPerSession: 45,
      therapistPlan: expect.stringContaining("Trigger-point"),
    });
    expect((await h.deps.stores.phases.read(9903)).blocks).toHaveLength(1);
  }, 240_000);

  it("speaks German", async () => {
    const p = await noGoReport(9904, "de");
    await p.user.tap("🔁 Weiterer Block mit Änderungen");
    p.user.replies();
    await sameDose(p, "6", { done: "Fertig ✓", moderate: "Mittel" });
    await p.user.tap("✓ Passt so");
    const reply = p.user.replyText();
    expect(reply).toContain("An Technik und Umfang hat sich nichts geändert");
    expect(reply).not.toContain("Dein Plan ist aktualisiert");
    expect(p.user.buttons()).toEqual(["✏️ Umfang ändern", "✏️ Technik ändern", "🏁 Versuch beenden"]);
    await nothingSaved(9904);
  }, 240_000);
});
