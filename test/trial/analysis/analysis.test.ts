import { describe, it, expect } from "vitest";
import {
  analyseTrial,
  doseChanges,
  markerChange,
  painChange,
  painOf,
  planOn,
  sizeLabel,
  weekStatus,
} from "../../../src/trial/analysis/analysis.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, FIRST, makeEntry, makePlan, makeVersion, markerSeries, series, weekStart } from "../../support/trial-fixtures.js";

const walk = makePlan().marker;

describe("pain normalisation", () => {
  it("puts every score on 0-100", () => {
    expect(painOf(makeEntry(FIRST, 6))).toBe(60);
    expect(painOf(makeEntry(FIRST, 6.3))).toBe(63);
    expect(painOf(makeEntry(FIRST, 63, { scale: 100 }))).toBe(63);
    expect(painOf(makeEntry(FIRST, undefined, { session: true }))).toBeNull();
  });
});

describe("analyseTrial", () => {
  it("handles no data at all", () => {
    const a = analyseTrial({ plan: makePlan(), entries: [] });
    expect(a.baseline).toMatchObject({ painMean: null, painDays: 0, painLow: null, markerMean: null });
    expect(a.weeks).toHaveLength(4);
    for (const week of a.weeks) {
      expect(week).toMatchObject({ painMean: null, painDays: 0, sessionsDone: 0, sessionsPlanned: 2, painChange: null });
      expect(week.status).toEqual({ status: "too_early", rule: "few_days", painDays: 0, delta: null, posterior: null });
    }
    expect(a.lastWeek.painMean).toBeNull();
    expect(a.settle.firings).toEqual([]);
  });

  it("handles a single baseline day", () => {
    const a = analyseTrial({ plan: makePlan(), entries: [makeEntry("2025-03-01", 5)] });
    expect(a.baseline).toMatchObject({ painMean: 50, painDays: 1, painLow: 50, painHigh: 50 });
    expect(a.weeks[0].painChange).toBeNull();
  });

  it("computes per-week means with day counts, Δ and status; missing weeks stay empty", () => {
    const entries = [
      ...series(BASELINE_START, [6, 6, 6, 6, 6, 6, 6]),
      ...series(weekStart(1), [5, 5, 5]),
      ...series(weekStart(2), [4, null, 4]),
      ...series(weekStart(4), [7, 7, 7, 7]),
    ];
    const [w1, w2, w3, w4] = analyseTrial({ plan: makePlan(), entries }).weeks;
    expect(w1).toMatchObject({ painMean: 50, painDays: 3, painChange: { points: 10, percent: 16.666667, size: "minimal" } });
    // 10 points (1 on 0-10) is less than the 18 that matter at this baseline: not "on track" any more.
    expect(w1.status).toMatchObject({ status: "too_early", rule: "not_clear", painDays: 3, delta: 10 });
    expect(w2).toMatchObject({ painMean: 40, painDays: 2 });
    expect(w2.status).toMatchObject({ status: "too_early", rule: "few_days" });
    expect(w3).toMatchObject({ painMean: null, painDays: 0 });
    expect(w4.painChange).toEqual({ points: -10, percent: -16.666667, size: "none" });
    expect(w4.status).toMatchObject({ status: "too_early", rule: "not_clear" });
  });

  it("treats all-equal scores as no change", () => {
    const entries = [...series(BASELINE_START, [5, 5, 5, 5, 5, 5, 5]), ...series(weekStart(1), [5, 5, 5, 5, 5, 5, 5])];
    const [w1] = analyseTrial({ plan: makePlan(), entries }).weeks;
    expect(w1.painChange).toEqual({ points: 0, percent: 0, size: "none" });
    expect(w1.status.rule).toBe("not_clear");
  });

  it("gives points only when the baseline mean is 0", () => {
    const entries = [...series(BASELINE_START, [0, 0, 0, 0, 0, 0, 0]), ...series(weekStart(1), [2, 2, 2])];
    const [w1] = analyseTrial({ plan: makePlan(), entries }).weeks;
    expect(w1.painChange).toEqual({ points: -20, percent: null, size: null });
    expect(w1.status.status).toBe("worth_a_look");
  });

  it("analyses a 0-100 user on the same scale", () => {
    const entries = [
      ...series(BASELINE_START, [60, 62, 64, 66, 68, 70, 72], { scale: 100 }),
      ...series(weekStart(1), [40, 44, 48], { scale: 100 }),
    ];
    const a = analyseTrial({ plan: makePlan({ painScale: 100 }), entries });
    expect(a.baseline).toMatchObject({ painMean: 66, painLow: 60, painHigh: 72 });
    expect(a.weeks[0].painChange).toEqual({ points: 22, percent: 33.333333, size: "moderate" });
  });

  it("averages markers ignoring 'not measured' and unasked days", () => {
    const entries = [
      ...markerSeries(BASELINE_START, 5, [10, null, null, 20, 15, 15, 15]),
      makeEntry(weekStart(1), 5, { marker: 24 }),
      makeEntry(addDays(weekStart(1), 1), 5, { marker: null }),
      makeEntry(addDays(weekStart(1), 2), 5),
    ];
    const a = analyseTrial({ plan: makePlan(), entries });
    expect(a.baseline).toMatchObject({ markerMean: 15, markerDays: 5 });
    expect(a.weeks[0]).toMatchObject({ markerMean: 24, markerDays: 1 });
    expect(a.weeks[0].markerChange).toEqual({ baseline: 15, value: 24, change: 9, minChange: 3, improved: true });
  });

  it("reads a lower-is-better marker in its own direction", () => {
    const plan = makePlan({ marker: { preset: "night_wakings", unit: "times", direction: "lower" } });
    const entries = [...markerSeries(BASELINE_START, 5, [3, 3, 4, 2, 3, 3, 3]), ...markerSeries(weekStart(1), 5, [2, 2, 1])];
    const [w1] = analyseTrial({ plan, entries }).weeks;
    expect(w1.markerChange).toEqual({ baseline: 3, value: 1.666667, change: 1.333333, minChange: 1, improved: true });
  });

  it("counts sessions done vs planned and reactions by kind", () => {
    const entries = [
      makeEntry(weekStart(1), 5, { session: true, reactions: ["soreness", "stiffness"] }),
      makeEntry(addDays(weekStart(1), 3), 5, { session: true, reactions: ["soreness"] }),
      makeEntry(addDays(weekStart(1), 4), 5, { session: true, reactions: ["none"] }),
      makeEntry(addDays(weekStart(1), 5), 5, { session: false }),
    ];
    const [w1] = analyseTrial({ plan: makePlan(), entries }).weeks;
    expect(w1).toMatchObject({ sessionsDone: 3, sessionsPlanned: 2 });
    expect(w1.reactions).toEqual({ soreness: 2, stiffness: 1 });
  });

  it("uses a recalled baseline and marks it weaker", () => {
    const plan = makePlan({ baseline: { kind: "recalled", pain10: 6.5, marker: 12 } });
    const entries = [...series(BASELINE_START, [2, 2, 2]), ...series(weekStart(1), [5, 5, 5])];
    const a = analyseTrial({ plan, entries });
    expect(a.baseline).toMatchObject({ recalled: true, painMean: 65, painDays: 0, painScores: [], markerMean: 12 });
    expect(a.weeks[0].painChange?.points).toBe(15);
    const noMarker = analyseTrial({ plan: makePlan({ baseline: { kind: "recalled", pain10: 6 } }), entries });
    expect(noMarker.baseline.markerMean).toBeNull();
  });

  it("counts paused days out of planned sessions and adds an extension week", () => {
    const a = analyseTrial({ plan: makePlan(), entries: [], pausedDates: ["2025-03-12"] });
    expect(a.weeks.map((w) => w.sessionsPlanned)).toEqual([2, 2, 2, 2, 0]);
    expect(a.weeks[4]).toMatchObject({ index: 5, extension: true, start: "2025-03-31", end: "2025-03-31" });
    expect(a.lastWeek).toMatchObject({ start: "2025-03-25", end: "2025-03-31" });
  });

  it("follows a plan edited mid-trial", () => {
    const v1 = makePlan({ weekdays: [1, 4] });
    const v2 = makePlan({ weekdays: [1, 3, 5], minutesPerSession: 30, weeks: 5 });
    const a = analyseTrial({ plan: [makeVersion(v2, "2025-03-10", 2), makeVersion(v1, "2025-02-20", 1)], entries: [] });
    expect(a.calendar.blockEnd).toBe("2025-04-06");
    expect(a.weeks.map((w) => w.sessionsPlanned)).toEqual([2, 3, 3, 3, 3]);
    expect(a.doseChanges).toEqual([
      {
        date: "2025-03-10",
        version: 2,
        changes: [
          { field: "minutesPerSession", from: 45, to: 30 },
          { field: "weekdays", from: [1, 4], to: [1, 3, 5] },
        ],
      },
    ]);
  });
});

describe("plan versions", () => {
  const v1 = makeVersion(makePlan(), "2025-02-24", 1);
  const v2 = makeVersion(makePlan({ minutesPerSession: 30, pressure: "light" }), "2025-03-17", 2);
  const v3 = makeVersion(makePlan({ minutesPerSession: 30, pressure: "light", goal: "sleep" }), "2025-03-24", 3);

  it("picks the version in force on a date", () => {
    expect(planOn([v3, v1, v2], "2025-02-01").minutesPerSession).toBe(45);
    expect(planOn([v3, v1, v2], "2025-03-16").minutesPerSession).toBe(45);
    expect(planOn([v3, v1, v2], "2025-03-17").minutesPerSession).toBe(30);
    expect(planOn([v3, v1, v2], "2025-03-30").goal).toBe("sleep");
  });

  it("reports only dose changes, with their dates", () => {
    expect(doseChanges([v1, v2, v3])).toEqual([
      {
        date: "2025-03-17",
        version: 2,
        changes: [
          { field: "minutesPerSession", from: 45, to: 30 },
          { field: "pressure", from: "moderate", to: "light" },
        ],
      },
    ]);
    const reordered = makeVersion(makePlan({ weekdays: [4, 1] }), "2025-03-03", 2);
    expect(doseChanges([makeVersion(makePlan({ weekdays: [1, 4] }), "2025-02-24", 1), reordered])).toEqual([]);
  });
});

describe("thresholds", () => {
  it("labels relative change per IMMPACT", () => {
    expect([9.999, 10, 29.99, 30, 49.99, 50, -40].map(sizeLabel)).toEqual([
      "none",
      "minimal",
      "minimal",
      "moderate",
      "moderate",
      "substantial",
      "none",
    ]);
    expect(painChange(70, 63)).toEqual({ points: 7, percent: 10, size: "minimal" });
    expect(painChange(60, 30)).toEqual({ points: 30, percent: 50, size: "substantial" });
    expect(painChange(null, 30)).toBeNull();
  });

  it("defaults the smallest marker change to 20 % of baseline, at least 1 unit", () => {
    expect(markerChange(walk, 30, 36)?.improved).toBe(true);
    expect(markerChange(walk, 30, 35.9)?.improved).toBe(false);
    expect(markerChange(walk, 2, 3)).toMatchObject({ minChange: 1, improved: true });
    expect(markerChange({ ...walk, minChange: 10 }, 30, 39)).toMatchObject({ minChange: 10, improved: false });
    expect(markerChange(walk, null, 3)).toBeNull();
  });

  it("gives weekly status in rule order, from the model's posterior", () => {
    const change = (points: number) => ({ points, percent: null, size: null });
    const post = (verdict: "meaningful" | "no_benefit" | "inconclusive", likelyWorse = false) => ({ index: 1, pAny: 0.5, pMcid: 0.5, pWorseMcid: likelyWorse ? 0.9 : 0.1, verdict, likelyWorse });
    expect(weekStatus(1, null, true)).toMatchObject({ status: "worth_a_look", rule: "unsettled_cue" });
    expect(weekStatus(2, change(30), false, post("meaningful"))).toMatchObject({ status: "too_early", rule: "few_days" });
    expect(weekStatus(3, null, false)).toMatchObject({ status: "too_early", rule: "no_baseline" });
    expect(weekStatus(3, change(30), false, null)).toMatchObject({ status: "too_early", rule: "no_baseline" });
    expect(weekStatus(3, change(30), false, post("meaningful"))).toMatchObject({ status: "on_track", rule: "likely_better" });
    expect(weekStatus(3, change(30), false, post("inconclusive"))).toMatchObject({ status: "too_early", rule: "not_clear" });
    expect(weekStatus(3, change(-30), false, post("no_benefit", true))).toMatchObject({ status: "worth_a_look", rule: "likely_worse" });
    expect(weekStatus(7, change(25), true, post("meaningful"))).toMatchObject({ status: "worth_a_look", rule: "unsettled_cue" });
  });

  it("is on track only when the week is likely better by the amount that matters", () => {
    const entries = [...series(BASELINE_START, [6, 7, 6, 6, 7, 6, 6]), ...series(weekStart(1), [3, 3, 4, 3, 3, 4, 3]), ...series(weekStart(2), [6, 5, 6, 6, 5, 6, 6])];
    const [w1, w2] = analyseTrial({ plan: makePlan(), entries }).weeks;
    expect(w1.status).toMatchObject({ status: "on_track", rule: "likely_better" });
    expect(w1.status.posterior!.pMcid).toBeGreaterThanOrEqual(0.5);
    expect(w2.status).toMatchObject({ status: "too_early", rule: "not_clear" });
  });
});
