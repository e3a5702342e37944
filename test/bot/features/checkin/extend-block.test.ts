import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import {
  BASELINE_START,
  FINAL_DAY,
  FIRST,
  enrol,
  phaseHarnessPerTest,
  promptTime,
  runDays,
  text,
  thinLastWeek,
  type PhaseParticipant,
} from "../../../support/phase-trial.js";
import { finishCheckin } from "../../../support/checkin.js";
import { addDays, datesIn } from "../../../../src/trial/time/calendar.js";

/** The six-week block ends on Sun 2025-04-13; its report comes on Mon 2025-04-14 (FINAL_DAY). */
const NEW_END = "2025-04-20";

/** The day's question as it is asked (not the next step of an answer). */
const isQuestion = (date: string) => (t: string) => t.startsWith(`📋 <b>Check-in for ${DateTime.fromISO(date).toFormat("ccc, MMM d")}</b>`);
const isReport = (t: string) => t.includes("End-of-block report");
const isPauseAsk = (t: string) => t.includes("I haven't had an answer for three days in a row");

describe("extending the block from its end-of-block report", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /**
   * A block run to its end, every day answered but the last week's pain thin ("not enough data",
   * whose report offers "➕ Extend one week"), then the report day's tick (the report, no question).
   */
  async function blockToReport(id: number, seed?: number): Promise<PhaseParticipant> {
    const p = await enrol(h, "non_responder", id, seed);
    await runDays(h, scheduler, p, BASELINE_START, addDays(FINAL_DAY, -1), await thinLastWeek(h, p));
    h.clock.set(promptTime(FINAL_DAY));
    await scheduler.runOnce();
    const sent = p.user.replies().map(text);
    expect(sent.some(isReport)).toBe(true);
    expect(sent.some((t) => t.includes("Check-in for"))).toBe(false);
    return p;
  }

  async function painDays(id: number, dates: readonly string[]): Promise<string[]> {
    const entries = await h.deps.stores.checkins.entriesOn(id, dates);
    return dates.filter((d) => entries.get(d)?.pain !== undefined);
  }

  it("asks the report day's question right after the tap, then every day of the new week, and reports once at its end", async () => {
    const p = await blockToReport(7801);
    h.clock.set(DateTime.fromISO(`${FINAL_DAY}T20:30`, { zone: "Europe/Berlin" }).toJSDate());
    await p.user.tap("➕ Extend one week");
    const reply = p.user.replies().map(text);
    expect(reply[0]).toContain("the block now has 7 weeks and ends on Sun, Apr 20, 2025");
    expect(reply[0]).toContain("Today is part of the block now, so here is today's question.");
    expect(reply.filter(isQuestion(FINAL_DAY))).toHaveLength(1);
    if (p.user.buttons().includes("❌ Not today")) await p.user.tap("❌ Not today");
    await p.user.tap("5");
    await finishCheckin(p.user);

    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(NEW_END, 3), () => 4);
    for (const date of datesIn({ start: addDays(FINAL_DAY, 1), end: NEW_END })) {
      expect(p.byDay.get(date)!.map(text).filter(isQuestion(date)), date).toHaveLength(1);
    }
    const reportDays = [...p.byDay].filter(([, ms]) => ms.map(text).some(isReport)).map(([d]) => d);
    expect(reportDays).toEqual([addDays(NEW_END, 1)]);
    expect(
      p.byDay
        .get(addDays(NEW_END, 1))!
        .map(text)
        .some((t) => t.includes("Check-in for")),
    ).toBe(false);
    expect(await painDays(7801, datesIn({ start: FINAL_DAY, end: NEW_END }))).toHaveLength(7);
  });

  it("extended two days later before the prompt time: the report day and the day after are paused, not missed", async () => {
    const p = await blockToReport(7802, 7801);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 1), () => null);
    expect(p.byDay.get(addDays(FINAL_DAY, 1))).toEqual([]);

    const wed = addDays(FINAL_DAY, 2);
    h.clock.set(DateTime.fromISO(`${wed}T09:00`, { zone: "Europe/Berlin" }).toJSDate());
    await p.user.tap("➕ Extend one week");
    const reply = p.user.replies().map(text);
    expect(reply).toHaveLength(1);
    expect(reply[0]).toContain("the block now has 7 weeks and ends on Tue, Apr 22, 2025");
    expect(reply[0]).toContain("no daily question went out (Apr 14 – Apr 15). Those 2 days count as paused, not as missed");

    await runDays(h, scheduler, p, wed, wed, () => 4);
    expect(p.byDay.get(wed)!.map(text).filter(isQuestion(wed))).toHaveLength(1);
    const done = await finishCheckin(p.user);
    expect(done).toContain("That's everything for Wed, Apr 16");
    expect(done).not.toContain("You missed");
  });

  it("extended three days after the block: no 'pause?' question, no back-fill offer, and the added week is asked in full", async () => {
    const p = await blockToReport(7804, 7801);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 2), () => null);
    const thu = addDays(FINAL_DAY, 3);
    h.clock.set(DateTime.fromISO(`${thu}T09:00`, { zone: "Europe/Berlin" }).toJSDate());
    await p.user.tap("➕ Extend one week");
    const reply = p.user.replies().map(text);
    expect(reply[0]).toContain("the block now has 7 weeks and ends on Wed, Apr 23, 2025. Your end-of-block report comes on Thu, Apr 24, 2025.");
    expect(reply[0]).toContain("(Apr 14 – Apr 16). Those 3 days count as paused");

    await runDays(h, scheduler, p, thu, thu, () => 4);
    const thursday = p.byDay.get(thu)!.map(text);
    expect(thursday.filter(isQuestion(thu))).toHaveLength(1);
    expect(thursday.some(isPauseAsk)).toBe(false);
    expect(await finishCheckin(p.user)).not.toContain("You missed");

    await p.user.send("/history");
    const history = p.user.replyText();
    for (const day of ["Mon, Apr 14", "Tue, Apr 15", "Wed, Apr 16"]) expect(history).toContain(`${day}: paused`);

    const lastDay = "2025-04-23";
    await runDays(h, scheduler, p, addDays(thu, 1), addDays(lastDay, 1), () => 4);
    for (const date of datesIn({ start: addDays(thu, 1), end: lastDay })) {
      expect(p.byDay.get(date)!.map(text).filter(isQuestion(date)), date).toHaveLength(1);
    }
    expect([...p.byDay.values()].flat().map(text).some(isPauseAsk)).toBe(false);
    const report = p.byDay.get(addDays(lastDay, 1))!.map(text).find(isReport);
    expect(report).toContain("Mar 3 – Apr 23");
    expect(report).toContain("last week (Apr 17 – Apr 23, 7 days)");
    expect(await painDays(7804, datesIn({ start: thu, end: lastDay }))).toHaveLength(7);
  });

  it("left unanswered after a late extension, the 'pause?' question waits for three days that were really asked", async () => {
    const p = await blockToReport(7805, 7801);
    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 2), () => null);
    const thu = addDays(FINAL_DAY, 3);
    h.clock.set(DateTime.fromISO(`${thu}T09:00`, { zone: "Europe/Berlin" }).toJSDate());
    await p.user.tap("➕ Extend one week");
    p.user.replies();

    const sun = addDays(thu, 3);
    await runDays(h, scheduler, p, thu, sun, () => null);
    for (const date of datesIn({ start: thu, end: addDays(sun, -1) })) {
      const sent = p.byDay.get(date)!.map(text);
      expect(sent.filter(isQuestion(date)), date).toHaveLength(1);
      expect(sent.some(isPauseAsk), date).toBe(false);
    }
    expect(p.byDay.get(sun)!.map(text).some(isPauseAsk)).toBe(true);
  });

  it("extending by several weeks from an unclear report asks the report day too", async () => {
    const p = await enrol(h, "non_responder", 7803, 5);
    // Block answers that leave the verdict open: the report offers "Extend the block by N weeks".
    const wobble = [0, 1, -1, 1, 0, 1, -1];
    for (const [i, e] of p.trial.entries.entries()) {
      await h.deps.stores.entries.save(7803, e.date >= FIRST ? { ...e, pain: 4.75 + wobble[i % 7] } : e);
    }
    await runDays(h, scheduler, p, BASELINE_START, addDays(FINAL_DAY, -1), () => null);
    h.clock.set(promptTime(FINAL_DAY));
    await scheduler.runOnce();
    p.user.replies();
    const extend = p.user.buttons().find((b) => b.startsWith("➕ Extend the block by"));
    expect(extend).toBeDefined();
    await p.user.tap(extend!);
    const reply = p.user.replies().map(text);
    expect(reply[0]).toContain("Today is part of the block now");
    expect(reply.filter(isQuestion(FINAL_DAY))).toHaveLength(1);

    await runDays(h, scheduler, p, addDays(FINAL_DAY, 1), addDays(FINAL_DAY, 1), () => 4);
    expect(
      p.byDay
        .get(addDays(FINAL_DAY, 1))!
        .map(text)
        .filter(isQuestion(addDays(FINAL_DAY, 1))),
    ).toHaveLength(1);
  });
});
