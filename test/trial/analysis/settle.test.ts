import { describe, it, expect } from "vitest";
import { checkSession, findSettleFirings, type ScoredDay, type WeekMean } from "../../../src/trial/analysis/settle.js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan, series } from "../../support/trial-fixtures.js";

/** Scores on 0-100 for consecutive days from 2025-03-01 (Sat); null = no score that day. */
function days(values: readonly (number | null)[], start = "2025-03-01"): ScoredDay[] {
  return values.flatMap((pain, i) => (pain === null ? [] : [{ date: addDays(start, i), pain }]));
}

function sessionsOnly(scores: ScoredDay[], sessionDates: string[]) {
  return findSettleFirings({ scores, sessionDates, weeks: [], baselineMean: null });
}

describe("checkSession", () => {
  it("checks on the next session day when it comes before 3 days after", () => {
    const scores = days([40, 40, 40, 60]);
    expect(checkSession(scores, "2025-03-03", "2025-03-04")).toEqual({
      session: "2025-03-03",
      preDate: "2025-03-02",
      pre: 40,
      checkDate: "2025-03-04",
      check: 60,
      unsettled: true,
    });
  });

  it("checks 3 days after the session otherwise", () => {
    const scores = days([40, 40, 40, 80, 70, 59]);
    expect(checkSession(scores, "2025-03-03", "2025-03-10")).toMatchObject({ checkDate: "2025-03-06", check: 59, unsettled: false });
    expect(checkSession(scores, "2025-03-03")).toMatchObject({ checkDate: "2025-03-06" });
  });

  it("uses the last score before the session, however far back", () => {
    const scores = days([30, null, null, 50]);
    expect(checkSession(scores, "2025-03-03", "2025-03-04")).toMatchObject({ preDate: "2025-03-01", pre: 30, unsettled: true });
  });

  it("fires at exactly +20 and not at +19", () => {
    expect(checkSession(days([40, 40, 40, 60]), "2025-03-03", "2025-03-04").unsettled).toBe(true);
    expect(checkSession(days([40, 40, 40, 59]), "2025-03-03", "2025-03-04").unsettled).toBe(false);
  });

  it("is unknown without a score on the check day or before the session", () => {
    expect(checkSession(days([40, 40, 40, 90, 90, null, 90]), "2025-03-03").unsettled).toBeNull();
    expect(checkSession(days([null, null, 60, 90, 90, 90]), "2025-03-03").unsettled).toBeNull();
  });
});

describe("findSettleFirings: sessions", () => {
  // Sessions Mon 03-03, Thu 03-06, Mon 03-10, Thu 03-13, Mon 03-17; each checked on the next one.
  const sessions = ["2025-03-03", "2025-03-06", "2025-03-10", "2025-03-13", "2025-03-17"];

  it("does not fire for a one-day flare that settles", () => {
    // pre 40 → flare 70 the next day → 45 on the check day (03-06), and the same after 03-06.
    const scores = days([40, 40, 40, 70, 50, 45, 75, 50, 45, 45]);
    const result = sessionsOnly(scores, sessions.slice(0, 2));
    expect(result.checks.map((c) => c.unsettled)).toEqual([false, false]);
    expect(result.firings).toEqual([]);
  });

  it("does not fire for one unsettled session followed by a settled one", () => {
    const scores = days([40, 40, 40, 60, 60, 60, 60, 60, 45]);
    const result = sessionsOnly(scores, sessions.slice(0, 2));
    expect(result.checks.map((c) => c.unsettled)).toEqual([true, false]);
    expect(result.firings).toEqual([]);
  });

  it("fires once after two unsettled sessions in a row, on the later check day", () => {
    // 03-03 session: pre 20 (03-02), check 03-06 = 40. 03-06 session: pre 40 (03-05), check 03-09 = 60.
    const scores = days([20, 20, 20, 40, 40, 40, 60, 60, 60]);
    const { firings } = sessionsOnly(scores, sessions.slice(0, 2));
    expect(firings).toHaveLength(1);
    expect(firings[0]).toMatchObject({ kind: "sessions", ordinal: 1, date: "2025-03-09" });
    if (firings[0].kind !== "sessions") throw new Error("expected a sessions firing");
    expect(firings[0].checks.map((c) => [c.session, c.pre, c.check])).toEqual([
      ["2025-03-03", 20, 40],
      ["2025-03-06", 40, 60],
    ]);
  });

  it("needs two fresh unsettled sessions for the second firing", () => {
    const rising = days([0, 0, 0, 20, 20, 20, 40, 40, 40, 40, 60, 60, 60, 80, 80, 80, 80, 100]);
    const three = sessionsOnly(rising, sessions.slice(0, 3));
    expect(three.firings.map((f) => f.ordinal)).toEqual([1]);
    const four = sessionsOnly(rising, sessions.slice(0, 4));
    expect(four.firings.map((f) => [f.ordinal, f.date])).toEqual([
      [1, "2025-03-09"],
      [2, "2025-03-16"],
    ]);
  });

  it("lets an unknown check break the run", () => {
    // 03-03 unsettled (03-06: 40 vs 20); 03-06 unknown (03-09 missing); 03-10 unsettled (03-13: 80 vs 60 on 03-08).
    const scores = days([20, 20, 20, 40, 40, 40, 60, 60, null, 60, 80, 80, 80]);
    const result = sessionsOnly(scores, sessions.slice(0, 3));
    expect(result.checks.map((c) => c.unsettled)).toEqual([true, null, true]);
    expect(result.firings).toEqual([]);
  });

  it("reads floating-point scores the way a person would (6.3 → 8.3 is +20)", () => {
    const entries = [
      ...series(BASELINE_START, [5, 5, 5, 5, 5, 5, 6.3]),
      makeEntry("2025-03-03", 6.3, { session: true }),
      makeEntry("2025-03-04", 8.3, { session: true }),
      makeEntry("2025-03-05", 8.3),
      makeEntry("2025-03-06", 8),
    ];
    const { settle } = analyseTrial({ plan: makePlan(), entries });
    expect(settle.checks[0]).toMatchObject({ pre: 63, check: 83, unsettled: true });
  });
});

describe("findSettleFirings: weeks", () => {
  // pWorse is the model's P(worse than baseline by ≥ MCID) for the week; 0.8 or more counts as worse.
  const week = (index: number, mean: number | null, count = 7, pWorse: number | null = 0.9): WeekMean => ({
    index,
    start: addDays("2025-03-03", 7 * (index - 1)),
    end: addDays("2025-03-03", 7 * index - 1),
    mean,
    days: count,
    pWorse,
  });

  it("a week still under way fires on its last score, not on its end still to come", () => {
    const scores = days([80, 80, 80, 80, 80, 80, 80, 85, 85, 85], "2025-03-03");
    const { firings } = findSettleFirings({ scores, sessionDates: [], weeks: [week(1, 80), week(2, 85, 3)], baselineMean: 30 });
    expect(firings.map((f) => [f.kind, f.date])).toEqual([["weeks", "2025-03-12"]]);
  });

  it("fires when the model finds two weeks in a row likely worse by the MCID, with ≥ 3 days each", () => {
    const { firings } = findSettleFirings({ scores: [], sessionDates: [], weeks: [week(1, 40, 7, 0.8), week(2, 41, 7, 0.95)], baselineMean: 30 });
    expect(firings).toEqual([
      {
        kind: "weeks",
        ordinal: 1,
        date: "2025-03-16",
        baselineMean: 30,
        weeks: [
          { index: 1, end: "2025-03-09", mean: 40, days: 7, abovePoints: 10, pWorse: 0.8 },
          { index: 2, end: "2025-03-16", mean: 41, days: 7, abovePoints: 11, pWorse: 0.95 },
        ],
      },
    ]);
  });

  it("does not fire on raw means alone: 10+ points above baseline with P(worse) below 0.8 is ordinary noise", () => {
    const run = (weeks: WeekMean[], baselineMean: number | null = 30) =>
      findSettleFirings({ scores: [], sessionDates: [], weeks, baselineMean }).firings;
    expect(run([week(1, 45, 7, 0.79), week(2, 50, 7, 0.9)])).toEqual([]);
    expect(run([week(1, 45, 7, null), week(2, 50)])).toEqual([]);
    expect(run([week(1, 50, 2), week(2, 50)])).toEqual([]);
    expect(run([week(1, 50), week(3, 50)])).toEqual([]);
    expect(run([week(1, 50), week(2, null, 0), week(3, 50)])).toEqual([]);
    expect(run([week(1, 50), week(2, 50)], null)).toEqual([]);
  });

  it("fires a second time only after two more worse weeks", () => {
    const run = (n: number) =>
      findSettleFirings({ scores: [], sessionDates: [], weeks: [1, 2, 3, 4].slice(0, n).map((i) => week(i, 50)), baselineMean: 30 })
        .firings.map((f) => f.ordinal);
    expect(run(3)).toEqual([1]);
    expect(run(4)).toEqual([1, 2]);
  });

  it("numbers session and week firings together in date order", () => {
    const scores = days([20, 20, 20, 40, 40, 40, 60, 60, 60]);
    const { firings } = findSettleFirings({
      scores,
      sessionDates: ["2025-03-03", "2025-03-06"],
      weeks: [week(1, 50), week(2, 50)],
      baselineMean: 20,
    });
    expect(firings.map((f) => [f.ordinal, f.kind, f.date])).toEqual([
      [1, "sessions", "2025-03-09"],
      [2, "weeks", "2025-03-16"],
    ]);
  });
});
