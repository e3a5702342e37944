import { describe, it, expect } from "vitest";
import { decide } from "../../../src/trial/analysis/decision.js";
import { lastUnpausedDates, markerMeasure, type MarkerContext } from "../../../src/trial/analysis/trial-series.js";
import { addDays, datesIn, trialCalendar } from "../../../src/trial/time/calendar.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";
import { BASELINE_START, makeEntry, makePlan, weekStart } from "../../support/trial-fixtures.js";

/** Baseline pain 6-7 and 18-20 min of walking, then six alike block weeks: pain 3-5, walking 22-28 min. */
const BASE_PAIN = [6, 7, 6, 7, 7, 6, 7];
const BASE_WALK = [19, 18, 20, 19, 20, 19, 19];
const WEEK_PAIN = [4, 3, 5, 4, 3, 4, 5];
const WEEK_WALK = [22, 24, 26, 28, 27, 25, 26];

function sixAlikeWeeks(walk: (minutes: number) => number = (m) => m): Entry[] {
  return [
    ...BASE_PAIN.map((pain, i) => makeEntry(addDays(BASELINE_START, i), pain, { marker: walk(BASE_WALK[i]) })),
    ...[1, 2, 3, 4, 5, 6].flatMap((w) =>
      WEEK_PAIN.map((pain, i) => makeEntry(addDays(weekStart(w), i), pain, { marker: walk(WEEK_WALK[i]), session: i === 0 || i === 3 })),
    ),
  ];
}

describe("the marker's model in the marker's own units", () => {
  it("a steady 6-minute gain on 19 minutes, NAP 1.00, is not read as 'likely worse'", () => {
    const d = decide({ plan: makePlan({ weeks: 6 }), entries: sixAlikeWeeks() });
    const plain = d.numbers.markerLast! - d.numbers.markerBaseline!;
    expect(plain).toBeCloseTo(6.29, 2);
    expect(d.model.marker.nap!.nap).toBe(1);
    const post = d.model.marker.posterior!;
    expect(post.lower).toBeLessThan(plain);
    expect(post.upper).toBeGreaterThan(plain);
    expect(post.median).toBeGreaterThan(3);
    expect(post.upper - post.lower).toBeLessThan(10);
    expect(d.model.marker.verdict).not.toBe("no_benefit");
  });

  it("gives the same verdict whatever unit the marker is logged in", () => {
    const plan = makePlan({ weeks: 6 });
    const calendar = trialCalendar(plan, []);
    const lastWeekDates = lastUnpausedDates(calendar, []);
    const byDate = new Map(sixAlikeWeeks().map((e) => [e.date, e.marker ?? null]));
    const days = datesIn({ start: BASELINE_START, end: calendar.blockEnd }).map((date) => ({ date, value: byDate.get(date) ?? null }));
    const context = (factor: number): MarkerContext => ({
      calendar,
      paused: [],
      lastWeekDates,
      better: "higher",
      recalled: null,
      mcid: () => ({ mcid: 4 * factor, isDefault: false }),
    });
    const minutes = markerMeasure(days, context(1));
    const seconds = markerMeasure(
      days.map((d) => ({ ...d, value: d.value === null ? null : d.value * 60 })),
      context(60),
    );
    expect(seconds.verdict).toBe(minutes.verdict);
    expect(seconds.posterior!.pMcid).toBeCloseTo(minutes.posterior!.pMcid, 2);
    expect(seconds.posterior!.median / 60).toBeCloseTo(minutes.posterior!.median, 1);
  });
});
