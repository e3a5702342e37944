import { describe, expect, it } from "vitest";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { analysisAsOf } from "../../../src/trial/analysis/as-of.js";
import { decideFromAnalysis } from "../../../src/trial/analysis/decision.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { FIRST, makeEntry, makePlan, series, syntheticTrial } from "../../support/trial-fixtures.js";

describe("analysisAsOf", () => {
  it("returns the analysis unchanged on or after the block end", () => {
    const a = analyseTrial({ plan: makePlan(), entries: series(addDays(FIRST, -7), [5, 5, 5]) });
    expect(analysisAsOf(a, a.calendar.blockEnd)).toBe(a);
    expect(analysisAsOf(a, addDays(a.calendar.blockEnd, 5))).toBe(a);
  });

  it("cuts the block at the date: last 7 days, clipped week with its planned sessions, later weeks dropped", () => {
    const plan = makePlan({ weeks: 4, weekdays: [1, 4] });
    const entries = series(addDays(FIRST, -7), Array.from({ length: 17 }, () => 6)).map((e) =>
      [FIRST, addDays(FIRST, 3), addDays(FIRST, 7)].includes(e.date) ? { ...e, session: true } : e,
    );
    const cut = analysisAsOf(analyseTrial({ plan, entries }), addDays(FIRST, 9)); // Wednesday of week 2
    expect(cut.calendar.blockEnd).toBe(addDays(FIRST, 9));
    expect(cut.lastWeek).toMatchObject({ start: addDays(FIRST, 3), end: addDays(FIRST, 9), painDays: 7 });
    expect(cut.weeks.map((w) => [w.index, w.end, w.sessionsPlanned])).toEqual([
      [1, addDays(FIRST, 6), 2],
      [2, addDays(FIRST, 9), 1],
    ]);
    expect(decideFromAnalysis(cut, []).numbers.adherence).toEqual({ done: 3, planned: 3 });
  });

  it("never reaches back before the first session, and has no last week during the baseline", () => {
    const a = analyseTrial({ plan: makePlan(), entries: series(addDays(FIRST, -7), [5, 5, 5, 5, 5, 5, 5, 4, 4]) });
    expect(analysisAsOf(a, addDays(FIRST, 1)).lastWeek).toMatchObject({ start: FIRST, painDays: 2 });
    const before = analysisAsOf(a, addDays(FIRST, -2));
    expect(before.lastWeek.painDays).toBe(0);
    expect(before.weeks).toEqual([]);
    expect(decideFromAnalysis(before, []).outcome).toBe("not_enough_data");
  });

  it("leaves out 'does not settle' firings after the date", () => {
    const trial = syntheticTrial("worsening", 3);
    const full = analyseTrial({ plan: trial.versions, entries: trial.entries });
    const second = full.settle.firings[1];
    expect(analysisAsOf(full, addDays(second.date, -1)).settle.firings.map((f) => f.ordinal)).toEqual([1]);
    expect(decideFromAnalysis(analysisAsOf(full, addDays(second.date, -1)), []).outcome).not.toBe("stop");
    expect(decideFromAnalysis(analysisAsOf(full, second.date), []).outcome).toBe("stop");
  });

  it("drops entries after the date (e.g. a trial ended early, looked at later)", () => {
    const a = analyseTrial({ plan: makePlan(), entries: [makeEntry(FIRST, 5, { session: true }), makeEntry(addDays(FIRST, 5), 5, { session: true })] });
    const cut = analysisAsOf(a, addDays(FIRST, 2));
    expect(cut.days.map((d) => d.date)).toEqual([FIRST]);
  });
});
