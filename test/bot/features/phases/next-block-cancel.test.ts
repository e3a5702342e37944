/**
 * Planning another block writes nothing until its plan is confirmed: /cancel leaves the trial as
 * it was (the block record, the timeline, the "ended" mark), and a tap on the cancelled setup's
 * question afterwards gets a clear reply instead of silence.
 */
import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { BASELINE_START, FINAL_DAY, FIRST, enrol, phaseHarnessPerTest, runDays, type PhaseParticipant } from "../../../support/phase-trial.js";

describe("cancelling the plan of another block", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  async function reported(id: number, locale: "en" | "de" = "en"): Promise<PhaseParticipant> {
    const p = await enrol(h, "non_responder", id, 9401);
    if (locale === "de") await h.deps.stores.profiles.update(id, h.clock.now(), { locale: "de" });
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    return p;
  }

  it("/cancel after “another block”: nothing was written, the ended mark stands, and the old question's buttons answer", async () => {
    const p = await reported(9921);
    await p.user.send("/endtrial");
    await p.user.tap("Yes, end it now");
    const ended = await h.deps.stores.reports.ended(9921);
    expect(ended).toMatchObject({ firstSession: FIRST, by: "user" });
    p.user.replies();

    // The first report's buttons are still there.
    await p.user.tap("🔁 Another block with changes");
    expect(p.user.replyText()).toContain("How many minutes");
    const question = p.user.last()!;
    await p.user.send("/cancel");
    const cancelled = p.user.replyText();
    expect(cancelled).toContain("Setup cancelled. Nothing new was saved.");
    expect(cancelled).toContain("/summary final");

    expect((await h.deps.stores.phases.read(9921)).blocks).toEqual([]);
    expect(await h.deps.stores.reports.blocks(9921)).toEqual([]);
    expect(await h.deps.stores.reports.ended(9921)).toEqual(ended);
    const read = await h.deps.stores.plans.read(9921);
    expect(read.status === "ok" && read.versions).toHaveLength(1);

    const back = question.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "‹ Back")!.callback_data!;
    await p.user.tap("45");
    expect(p.user.replyText()).toContain("This setup is no longer open");
    expect(question.reply_markup?.inline_keyboard ?? []).toEqual([]);
    // A client that still shows the old keyboard.
    await p.user.tapData(question, back);
    expect(p.user.replyText()).toContain("This setup is no longer open");
    expect(await h.deps.stores.drafts.get(9921)).toBeNull();
    expect((await h.deps.stores.phases.read(9921)).blocks).toEqual([]);
  }, 240_000);

  it("/summary final after the cancel shows the report with its choices again", async () => {
    const p = await reported(9922);
    await p.user.tap("🔁 Another block with changes");
    await p.user.send("/cancel");
    p.user.replies();
    await p.user.send("/summary final");
    p.user.replies();
    expect(p.user.buttons()).toContain("🔁 Another block with changes");
    await p.user.tap("🔁 Another block with changes");
    expect(p.user.replyText()).toContain("How many minutes");
  }, 240_000);

  it("speaks German", async () => {
    const p = await reported(9923, "de");
    await p.user.tap("🔁 Weiterer Block mit Änderungen");
    p.user.replies();
    await p.user.send("/cancel");
    expect(p.user.replyText()).toContain("/summary final");
    await p.user.tap("45");
    expect(p.user.replyText()).toContain("Diese Einrichtung ist nicht mehr offen");
  }, 240_000);
});
