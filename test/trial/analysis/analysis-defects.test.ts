import { describe, it, expect } from "vitest";
import { decide } from "../../../src/trial/analysis/decision.js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";
import { BASELINE_START, makeEntry, makePlan, weekStart } from "../../support/trial-fixtures.js";

/** One test per defect of the first before/after rule. */

const days = (start: string, pains: readonly (number | null)[], extra: (i: number) => Partial<Entry> = () => ({})) =>
  pains.flatMap((pain, i) => (pain === null ? [] : [makeEntry(addDays(start, i), pain, { scale: 10, ...extra(i) })]));
const twiceAWeek = (i: number) => ({ session: i === 0 || i === 3 });
const BASE = [7, 7, 6, 7, 8, 7, 7];
const WEEK_BETTER = [3, 3, 4, 3, 3, 2, 3];
const WEEK_FLAT = [7, 6, 7, 7, 8, 7, 6];

function block(weeks: number[][], extra: (i: number) => Partial<Entry> = twiceAWeek): Entry[] {
  return [...days(BASELINE_START, BASE, () => ({ marker: 20 })), ...weeks.flatMap((week, w) => days(weekStart(w + 1), week, (i) => ({ marker: 20, ...extra(i) })))];
}

describe("defects of the first rule", () => {
  it("0 of 8 planned sessions and pain 7 → 3 is not 'continue', and never 0.00 per point", () => {
    const plan = makePlan({ cost: { currency: "EUR", perSession: 60 } });
    const d = decide({ plan, entries: block([WEEK_BETTER, WEEK_BETTER, WEEK_BETTER, WEEK_BETTER], () => ({})) });
    expect(d.numbers.adherence).toEqual({ done: 0, planned: 8 });
    expect(d.outcome).toBe("unclear");
    expect(d.reasons[0]).toEqual({ rule: "no_sessions", data: { planned: 8 } });
    expect(d.numbers.costPerPoint).toBeNull();
  });

  it("a marker with one value on each side does not count", () => {
    const entries = [
      ...days(BASELINE_START, BASE, (i) => ({ marker: i === 6 ? 20 : null })),
      ...[1, 2, 3].flatMap((w) => days(weekStart(w), WEEK_FLAT, twiceAWeek)),
      ...days(weekStart(4), WEEK_FLAT, (i) => ({ ...twiceAWeek(i), marker: i === 6 ? 60 : null })),
    ];
    const d = decide({ plan: makePlan(), entries });
    expect(d.reasons.find((r) => r.rule.startsWith("marker_"))?.rule).toBe("marker_few_values");
    expect(d.numbers.markerImproved).toBe(false);
    expect(d.outcome).toBe("no_go");
  });

  it("a marker never logged is 'not measured', not 'did not change enough'", () => {
    const entries = [...days(BASELINE_START, BASE), ...[1, 2, 3, 4].flatMap((w) => days(weekStart(w), WEEK_BETTER, twiceAWeek))];
    const d = decide({ plan: makePlan(), entries });
    expect(d.reasons.map((r) => r.rule)).toContain("marker_not_measured");
    expect(d.model.marker.gate).toBe("not_measured");
    expect(d.outcome).toBe("partial");
  });

  it("knows whether the marker threshold is the user's or the default", () => {
    const entries = block([WEEK_BETTER, WEEK_BETTER, WEEK_BETTER, WEEK_BETTER]);
    expect(decide({ plan: makePlan(), entries }).numbers.markerMinChangeDefault).toBe(true);
    const own = makePlan({ marker: { preset: "walk_minutes", unit: "min", direction: "higher", minChange: 5 } });
    expect(decide({ plan: own, entries }).numbers).toMatchObject({ markerMinChangeDefault: false, markerMinChange: 5 });
  });

  it("one outlier day does not flip the outcome either way", () => {
    const better = decide({ plan: makePlan(), entries: block([WEEK_BETTER, WEEK_BETTER, WEEK_BETTER, [3, 3, 10, 3, 3, 2, 3]]) });
    const betterClean = decide({ plan: makePlan(), entries: block([WEEK_BETTER, WEEK_BETTER, WEEK_BETTER, WEEK_BETTER]) });
    expect(better.model.pain.verdict).toBe(betterClean.model.pain.verdict);
    expect(better.model.pain.verdict).toBe("meaningful");
    const flat = decide({ plan: makePlan(), entries: block([WEEK_FLAT, WEEK_FLAT, WEEK_FLAT, [7, 6, 0, 7, 8, 7, 6]]) });
    expect(flat.model.pain.verdict).toBe("no_benefit");
  });

  it("pain 0 throughout is 'little room to improve', not 'did not improve'", () => {
    const zero = [0, 0, 0, 0, 0, 0, 0];
    const entries = [...days(BASELINE_START, zero, () => ({ marker: 20 })), ...[1, 2, 3, 4].flatMap((w) => days(weekStart(w), zero, (i) => ({ marker: 20, ...twiceAWeek(i) })))];
    const d = decide({ plan: makePlan(), entries });
    expect(d.reasons[0].rule).toBe("pain_little_room");
    expect(d.reasons.map((r) => r.rule)).not.toContain("pain_no_benefit");
  });

  it("a baseline already falling by 0.5 points a day or more is said", () => {
    const falling = [8, 8, 7, 7, 6, 6, 5];
    const entries = [...days(BASELINE_START, falling), ...[1, 2, 3, 4].flatMap((w) => days(weekStart(w), WEEK_BETTER, twiceAWeek))];
    expect(decide({ plan: makePlan(), entries }).reasons.map((r) => r.rule)).toContain("already_improving");
  });

  it("fewer than 75 % of planned sessions: the verdict says it is about the sessions that happened", () => {
    const some = (w: number) => (i: number) => ({ session: w === 1 && i === 0 });
    const entries = [...days(BASELINE_START, BASE), ...[1, 2, 3, 4].flatMap((w) => days(weekStart(w), WEEK_BETTER, some(w)))];
    const d = decide({ plan: makePlan(), entries });
    expect(d.reasons).toContainEqual({ rule: "low_adherence", data: { done: 1, planned: 8 } });
  });

  it("two weeks 10 points above baseline by chance do not fire the stop rule; a real worsening does", () => {
    const wobble = [...days(BASELINE_START, [5, 4, 6, 5, 4, 6, 5]), ...days(weekStart(1), [6, 7, 6, 6, 5, 6, 6]), ...days(weekStart(2), [6, 6, 7, 6, 6, 5, 6])];
    const calm = analyseTrial({ plan: makePlan(), entries: wobble });
    expect(calm.weeks[0].painChange!.points).toBeLessThanOrEqual(-10);
    expect(calm.weeks[1].painChange!.points).toBeLessThanOrEqual(-10);
    expect(calm.settle.firings).toEqual([]);
    const worse = [...days(BASELINE_START, [3, 2, 3, 3, 2, 3, 3]), ...days(weekStart(1), [7, 8, 7, 8, 7, 8, 7]), ...days(weekStart(2), [8, 8, 7, 8, 8, 7, 8])];
    const fired = analyseTrial({ plan: makePlan(), entries: worse });
    expect(fired.settle.firings.map((f) => [f.kind, f.ordinal])).toEqual([["weeks", 1]]);
  });

  it("a last week without scores is too few days, never an earlier week judged in its place", () => {
    const d = decide({ plan: makePlan(), entries: block([WEEK_BETTER, WEEK_BETTER, WEEK_BETTER]) });
    expect(d.outcome).toBe("not_enough_data");
    expect(d.reasons).toEqual([{ rule: "few_last_week_days", data: { days: 0, min: 5 } }]);
  });
});
