import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { addDays, datesIn } from "../../../../src/trial/time/calendar.js";
import { num } from "../../../../src/bot/ui/format.js";
import { BASELINE_START, FINAL_DAY, enrol, phaseHarnessPerTest, runDays, text, type PhaseParticipant } from "../../../support/phase-trial.js";
import { buildExport } from "../../../../src/bot/features/data/feature.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import { parseCsv } from "../../../../src/trial/export.js";
import { importTrial } from "../../../../src/trial/import.js";

const START = FINAL_DAY; // the withdrawal starts the day the report arrives (the day after the block)
const END = addDays(START, 13);
const REPORT_DAY = addDays(END, 1);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Every test here runs the same responder block (its charts rendered once), then its own withdrawal. */
const BLOCK_SEED = 9101;

describe("the withdrawal check (A-B-A) through the bot", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** A responder's block, the withdrawal button, then two weeks of daily answers from `pain`. */
  async function withdrawalTrial(id: number, pain: (dayOfWithdrawal: number) => number): Promise<PhaseParticipant> {
    const p = await enrol(h, "responder", id, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    const final = p.byDay.get(FINAL_DAY)!.map(text).join("\n");
    expect(final).toContain("End-of-block report");
    expect(p.user.buttons()).toContain("⏸ Stop massage for 2 weeks and see");
    await p.user.tap("⏸ Stop massage for 2 weeks and see");
    const started = p.user.replyText();
    expect(started).toContain("Withdrawal check: no sessions from Mon, Apr 14, 2025 to Sun, Apr 27, 2025.");
    expect(started).toContain("The report follows on Mon, Apr 28, 2025.");
    await runDays(h, scheduler, p, addDays(START, 1), addDays(REPORT_DAY, 2), (date) =>
      date <= END ? pain(datesIn({ start: START, end: date }).length - 1) : null,
    );
    return p;
  }

  function prompts(p: PhaseParticipant): string[] {
    return [...p.byDay].filter(([d, ms]) => d >= START && ms.some((m) => text(m).includes("Check-in for"))).map(([d]) => d);
  }

  it("pain returning toward the baseline: 'pain came back when you stopped', with its numbers on 0-10", async () => {
    const pain = (i: number) => (i < 7 ? 4 : [6, 7, 6, 6, 7, 6, 6][i - 7]);
    const p = await withdrawalTrial(9101, pain);
    // The daily question went on every withdrawal day after the tap, and stopped after it.
    expect(prompts(p)).toEqual(datesIn({ start: addDays(START, 1), end: END }));
    // The block's session days (Mon, Thu) opened with "did you have a session?"; the check's days,
    // those weekdays included, plan none: pain first, then the marker.
    const said = (date: string) => p.byDay.get(date)!.map(text).join("\n");
    expect(said("2025-04-10")).toContain("Did you have a massage session");
    for (const date of datesIn({ start: addDays(START, 1), end: END })) {
      expect(said(date), date).not.toContain("Did you have a massage session");
      expect(said(date), date).toContain("How much pain did you have");
    }
    const reportDays = [...p.byDay].filter(([, ms]) => ms.some((m) => text(m).includes("Withdrawal check: 14 days without massage"))).map(([d]) => d);
    expect(reportDays).toEqual([REPORT_DAY]);
    const report = p.byDay.get(REPORT_DAY)!.map(text).join("\n");
    expect(report).toContain("Pain came back when you stopped.");
    expect(report).not.toContain("stayed low");
    const lastWeek = mean([6, 7, 6, 6, 7, 6, 6]);
    const baseline = mean(p.trial.entries.filter((e) => e.date < "2025-03-03").map((e) => e.pain!));
    const blockEnd = mean(p.trial.entries.filter((e) => e.date >= "2025-04-07" && e.date <= "2025-04-13").map((e) => e.pain!));
    expect(report).toContain(`baseline: ${num(baseline, "en")} (7 days)`);
    expect(report).toContain(`end of the block: ${num(blockEnd, "en")} (7 days)`);
    expect(report).toContain(`last week without sessions: ${num(lastWeek, "en")} (7 days)`);
    const rise = /Change after stopping: \+([\d.]+) \(95 % interval \+([\d.]+) to \+([\d.]+)\)/.exec(report);
    expect(rise, report).not.toBeNull();
    const [median, low, high] = rise!.slice(1).map(Number);
    expect(low).toBeLessThan(median);
    expect(high).toBeGreaterThan(median);
    // On the user's 0-10 scale: a rise of about 3.5 points, not 35.
    expect(median).toBeGreaterThan(2);
    expect(median).toBeLessThan(5);
    expect(Number(/came back at least halfway to the baseline: (\d+) %/.exec(report)![1])).toBeGreaterThanOrEqual(80);
    for (const m of p.byDay.get(REPORT_DAY)!) expect(text(m).length).toBeLessThanOrEqual(4096);

    // The export marks the withdrawal days, and analyze reads them back to the same verdict.
    const out = await buildExport(h.deps, 9101, translatorFor("en"));
    const rows = parseCsv(out.csv);
    const phaseOf = (date: string) => rows.find((r) => r[0] === date)?.at(-1);
    expect([phaseOf("2025-02-24"), phaseOf("2025-04-13"), phaseOf("2025-04-20")]).toEqual(["baseline", "block-1", "withdrawal"]);
    const json = JSON.parse(out.json);
    expect(json.phases.withdrawals).toEqual([{ afterBlock: 1, start: START, days: 14 }]);
    expect(importTrial(out.json).phases.at(-1)).toMatchObject({ kind: "withdrawal", start: START, end: END });
  }, 120_000);

  it("pain staying low: 'stayed low — natural recovery is as likely'", async () => {
    const p = await withdrawalTrial(9102, (i) => [3, 2, 3, 3, 2, 3, 3][i % 7]);
    const report = p.byDay.get(REPORT_DAY)!.map(text).join("\n");
    expect(report).toContain("Pain stayed low — natural recovery is as likely.");
    expect(report).not.toContain("came back when you stopped");
    expect(Number(/came back at least halfway to the baseline: (\d+) %/.exec(report)![1])).toBeLessThanOrEqual(20);
  }, 120_000);

  it("a session logged during the check: its report says so beside the verdict (it is no check without massage then)", async () => {
    const p = await enrol(h, "responder", 9104, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    await p.user.tap("⏸ Stop massage for 2 weeks and see");
    await runDays(h, scheduler, p, addDays(START, 1), END, () => 3);
    const day = addDays(START, 3);
    const entry = (await h.deps.stores.entries.get(9104, day))!;
    await h.deps.stores.entries.save(9104, { ...entry, session: true });
    await runDays(h, scheduler, p, REPORT_DAY, REPORT_DAY, () => null);
    const report = p.byDay.get(REPORT_DAY)!.map(text).join("\n");
    expect(report).toContain("Withdrawal check");
    expect(report).toContain("You logged a massage session during these days (Apr 17)");
  }, 120_000);

  it("/summary during the check says it runs and when its report comes", async () => {
    const p = await enrol(h, "responder", 9105, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    await p.user.tap("⏸ Stop massage for 2 weeks and see");
    await runDays(h, scheduler, p, addDays(START, 1), addDays(START, 4), () => 3);
    p.user.replies();
    await p.user.send("/summary");
    const summary = p.user.replies().map(text).join("\n");
    expect(summary).toContain("The 2-week check without massage runs until Sun, Apr 27, 2025.");
    expect(summary).toContain("Its report comes on Mon, Apr 28, 2025");
  }, 120_000);

  it("a second tap, or a tap on an old report, starts nothing new", async () => {
    const p = await enrol(h, "responder", 9103, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    const report = p.user.all().find((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text.startsWith("⏸")))!;
    const data = report.reply_markup!.inline_keyboard!.flat().find((b) => b.text.startsWith("⏸"))!.callback_data!;
    await p.user.tapData(report, data);
    expect(p.user.replyText()).toContain("Withdrawal check: no sessions");
    await p.user.tapData(report, data);
    expect(p.user.replyText()).toContain("one runs at a time");
    expect((await h.deps.stores.phases.read(9103)).withdrawals).toHaveLength(1);
  }, 120_000);

  it("/checkin on a session weekday of the check asks pain first, then the marker: no session question", async () => {
    const p = await enrol(h, "responder", 9104, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    await p.user.tap("⏸ Stop massage for 2 weeks and see");
    p.user.replies();
    // Thursday 04-17, a session weekday of the block, before the evening question.
    h.clock.set(new Date("2025-04-17T08:00:00Z"));
    await p.user.send("/checkin");
    const asked = p.user.replyText();
    expect(asked).toContain("How much pain did you have");
    expect(asked).not.toContain("Did you have a massage session");
    await p.user.tap("4");
    const next = p.user.replyText();
    expect(next).not.toContain("Did you have a massage session");
    expect(next).toContain("Saved: pain 4/10.");
    expect(next).toContain("How many minut");
  }, 120_000);
});
