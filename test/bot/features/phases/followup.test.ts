import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import { BASELINE_START, FINAL_DAY, enrol, phaseHarnessPerTest, runDays, text, type PhaseParticipant } from "../../../support/phase-trial.js";
import { userKeys } from "../../../support/redis.js";

const WEEKLY = [7, 14, 21, 28].map((d) => addDays(FINAL_DAY, d));
/** Every test here runs the same responder block (its charts rendered once), then its own follow-up. */
const BLOCK_SEED = 9201;

describe("the follow-up after the trial, through the bot", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** A responder's whole block, "End the trial" under the report, then "Yes, follow up". */
  async function followUpAfterResponder(id: number): Promise<PhaseParticipant> {
    const p = await enrol(h, "responder", id, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    await p.user.tap("🏁 End the trial");
    expect(p.user.replyText()).toContain("Would you like a follow-up?");
    await p.user.tap("📅 Yes, follow up");
    expect(p.user.replyText()).toContain(
      "The first question comes on Mon, Apr 21, 2025, then one a week for 4 weeks, then on Mon, Jul 14, 2025 and Mon, Oct 13, 2025.",
    );
    return p;
  }

  const daysWith = (p: PhaseParticipant, pattern: RegExp, from = FINAL_DAY) =>
    [...p.byDay].filter(([d, ms]) => d > from && ms.some((m) => pattern.test(text(m)))).map(([d]) => d);

  it("a responder whose benefit holds: a question once a week for 4 weeks, each answered with a 'held' note", async () => {
    const p = await followUpAfterResponder(9201);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 35), () => 3);
    expect(daysWith(p, /Check-in for/)).toEqual(WEEKLY);
    // The block asked "did you have a session?" on its session days (Mon, Thu); the follow-up's
    // Monday questions plan no session: pain, then the marker.
    expect(daysWith(p, /Did you have a massage session/, BASELINE_START)).toContain("2025-04-10");
    expect(daysWith(p, /Did you have a massage session/)).toEqual([]);
    expect(daysWith(p, /How much pain did you have/)).toEqual(WEEKLY);
    expect(daysWith(p, /Follow-up, week \d of 4/)).toEqual(WEEKLY);
    const notes = WEEKLY.map((d) =>
      p.byDay
        .get(d)!
        .map(text)
        .find((t) => t.includes("How it held"))!,
    );
    notes.forEach((note, i) => {
      expect(note).toContain(`How it held — week ${i + 1} of 4`);
      expect(note).toMatch(/Pain on 0-10: today 3 · end of the block [\d.]+ \(7 days\) · baseline [\d.]+/);
      expect(note).toContain("Held:");
      expect(note).toMatch(/Change since the end of the block: [+−]?[\d.]+ \(95 % interval [+−]?[\d.]+ to [+−]?[\d.]+\)/);
    });
    // One note per answered point.
    expect(daysWith(p, /How it held/)).toEqual(WEEKLY);
    // The 3-month question comes on its day.
    await runDays(h, scheduler, p, "2025-07-13", "2025-07-14", () => 3);
    expect(daysWith(p, /Follow-up, 3 months on/)).toEqual(["2025-07-14"]);
  }, 180_000);

  it("pain back at the baseline level: 'faded'", async () => {
    const p = await followUpAfterResponder(9202);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), WEEKLY[0], () => 7);
    const note = p.byDay
      .get(WEEKLY[0])!
      .map(text)
      .find((t) => t.includes("How it held"))!;
    expect(note).toContain("Faded:");
  }, 180_000);

  it("a warning sign during the follow-up: no word of sessions or daily questions, its questions are paused", async () => {
    const p = await followUpAfterResponder(9204);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 3), () => null);
    await p.user.send("chest pain and I am short of breath");
    const reply = p.user.replyText();
    expect(reply).toContain("Please seek medical care now");
    expect(reply).toContain("I have paused your follow-up questions");
    expect(reply).not.toMatch(/massage session|daily questions/);
  }, 180_000);

  it("pain above the baseline level: 'higher than before the trial', with the clinician, never 'faded'", async () => {
    const p = await followUpAfterResponder(9203);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), WEEKLY[0], () => 10);
    const note = p.byDay
      .get(WEEKLY[0])!
      .map(text)
      .find((t) => t.includes("How it held"))!;
    expect(note).toContain("Higher than before the trial:");
    expect(note).toContain("please talk to your clinician");
    expect(note).not.toContain("Faded:");
  }, 180_000);

  it("a user who pauses the follow-up gets no questions until they resume; /endtrial stops it", async () => {
    const p = await followUpAfterResponder(9203);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), WEEKLY[0], () => 3);
    await p.user.tap("⏸ Pause the follow-up");
    expect(p.user.replyText()).toContain("Follow-up paused");
    await runDays(h, scheduler, p, addDays(WEEKLY[0], 1), addDays(WEEKLY[2], 1), () => 3);
    expect(daysWith(p, /Check-in for|Follow-up, week/, WEEKLY[0])).toEqual([]);
    await p.user.tap("▶️ Resume the follow-up");
    expect(p.user.replyText()).toContain(`The next question comes on Mon, May 12, 2025.`);
    await runDays(h, scheduler, p, addDays(WEEKLY[2], 2), WEEKLY[3], () => 3);
    expect(daysWith(p, /Check-in for/, WEEKLY[0])).toEqual([WEEKLY[3]]);
    await p.user.send("/endtrial");
    expect(p.user.replyText()).toContain("The follow-up is stopped");
    await runDays(h, scheduler, p, "2025-07-13", "2025-07-14", () => 3);
    expect(daysWith(p, /Check-in for|Follow-up/, WEEKLY[3])).toEqual([]);
  }, 180_000);

  it("/delete during the follow-up leaves no key of the user and no more questions", async () => {
    const p = await followUpAfterResponder(9204);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), WEEKLY[0], () => 3);
    await p.user.send("/delete");
    await p.user.tap("🗑 Yes, delete everything");
    expect(await userKeys(h.redis, h.prefix, 9204)).toEqual([]);
    await runDays(h, scheduler, p, addDays(WEEKLY[0], 1), WEEKLY[1], () => 3);
    expect(daysWith(p, /Check-in for|Follow-up/, WEEKLY[0])).toEqual([]);
  }, 180_000);
});
