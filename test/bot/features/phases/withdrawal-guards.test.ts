import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import { addDays, datesIn } from "../../../../src/trial/time/calendar.js";
import { BASELINE_START, FINAL_DAY, enrol, phaseHarnessPerTest, runDays, text, type PhaseParticipant } from "../../../support/phase-trial.js";

const START = FINAL_DAY; // the withdrawal starts the day the report arrives (the day after the block)
const END = addDays(START, 13);
const REPORT_DAY = addDays(END, 1);
const EXTEND = "➕ Extend one week";
const BLOCK = "🔁 Another block with changes";
const WITHDRAW = "⏸ Stop massage for 2 weeks and see";
const FIRST = "A 2-week check without massage runs until Sun, Apr 27, 2025; its report comes first, on Mon, Apr 28, 2025.";

const labels = (m: BotMessage) => m.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? [];
const dataOf = (m: BotMessage, label: string) => {
  const button = m.reply_markup!.inline_keyboard!.flat().find((b) => b.text === label) as { callback_data: string };
  return button.callback_data;
};

describe("while a withdrawal check runs", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** A responder's block, its report (returned with its extend and block buttons' data), the withdrawal button, and `days` days of the check answered with 6. */
  async function duringWithdrawal(id: number, days: number): Promise<{ p: PhaseParticipant; report: BotMessage; extend: string; block: string }> {
    const p = await enrol(h, "responder", id, 9101);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    const report = p.byDay.get(FINAL_DAY)!.find((m) => labels(m).includes(EXTEND))!;
    expect(labels(report)).toEqual(expect.arrayContaining([EXTEND, BLOCK, WITHDRAW]));
    const [extend, block] = [dataOf(report, EXTEND), dataOf(report, BLOCK)];
    await p.user.tap(WITHDRAW);
    expect(p.user.replyText()).toContain("The report follows on Mon, Apr 28, 2025.");
    await runDays(h, scheduler, p, addDays(START, 1), addDays(START, days), () => 6);
    return { p, report, extend, block };
  }

  it("extending or another block is refused, and /summary final offers only ending", async () => {
    const { p, report, extend, block } = await duringWithdrawal(9301, 5);
    await p.user.send("/summary final");
    const final = p.user.replies().find((m) => text(m).includes("End-of-block report"))!;
    expect(labels(final)).toContain("🏁 End the trial");
    for (const label of [EXTEND, BLOCK, WITHDRAW]) expect(labels(final)).not.toContain(label);

    // Taps on the report's keyboard from before the check (as from a second device).
    await p.user.tapData(report, extend);
    expect(p.user.replyText()).toContain(FIRST);
    await p.user.tapData(report, block);
    expect(p.user.replyText()).toContain(FIRST);

    // Nothing changed: still the 6-week block, no next block's draft, and the check's report on its day.
    const plan = await h.deps.stores.plans.read(p.user.id);
    expect(plan.status === "ok" && plan.current.plan.weeks).toBe(6);
    expect((await h.deps.stores.drafts.get(p.user.id))?.nextBlock).toBeFalsy();
    await runDays(h, scheduler, p, addDays(START, 6), REPORT_DAY, (d) => (d <= END ? 6 : null));
    expect(p.byDay.get(REPORT_DAY)!.map(text).join("\n")).toContain("Withdrawal check: 14 days without massage");
  }, 300_000);

  it("/endtrial says the check's report still comes, and it does, after the check's daily questions", async () => {
    const { p } = await duringWithdrawal(9302, 3);
    await p.user.send("/endtrial");
    expect(p.user.replyText()).toContain("The 2-week check without massage runs until Sun, Apr 27, 2025: its daily question goes on until then, and its report still comes on Mon, Apr 28, 2025.");
    await p.user.tap("Yes, end it now");
    const done = p.user.replyText();
    expect(done).toContain("Your trial is ended. The 2-week check without massage runs until Sun, Apr 27, 2025");
    expect(done).not.toContain("the daily questions stop");

    await runDays(h, scheduler, p, addDays(START, 4), addDays(REPORT_DAY, 2), (d) => (d <= END ? 6 : null));
    const asked = [...p.byDay].filter(([d, ms]) => d > addDays(START, 3) && ms.some((m) => text(m).includes("Check-in for"))).map(([d]) => d);
    expect(asked).toEqual(datesIn({ start: addDays(START, 4), end: END }));
    const reportDays = [...p.byDay].filter(([, ms]) => ms.some((m) => text(m).includes("Withdrawal check: 14 days without massage"))).map(([d]) => d);
    expect(reportDays).toEqual([REPORT_DAY]);
  }, 300_000);

  it("'🏁 End the trial' under /summary final keeps the check's daily questions and its report", async () => {
    const { p } = await duringWithdrawal(9303, 2);
    await p.user.send("/summary final");
    p.user.replies();
    await p.user.tap("🏁 End the trial");
    expect(p.user.replyText()).toContain("The 2-week check without massage still runs until Sun, Apr 27, 2025: its daily question goes on until then, and its report comes on Mon, Apr 28, 2025.");
    await runDays(h, scheduler, p, addDays(START, 3), REPORT_DAY, (d) => (d <= END ? 6 : null));
    expect(p.byDay.get(END)!.map(text).join("\n")).toContain("Check-in for");
    expect(p.byDay.get(REPORT_DAY)!.map(text).join("\n")).toContain("Withdrawal check: 14 days without massage");
  }, 300_000);
});
