import { describe, it, expect } from "vitest";
import { decide } from "../../../src/trial/analysis/decision.js";
import type { PainMeasure } from "../../../src/trial/analysis/trial-series.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";
import { BASELINE_START, makeEntry, makePlan, weekStart } from "../../support/trial-fixtures.js";

/**
 * A pattern that repeats inside every block week (relief after the weekly session that wears off,
 * or the reverse) is not a trend: the weeks sit level, so the judged change is the plain one.
 */

const PAIN_BASE = [6, 7, 6, 7, 7, 6, 7];
const MARKER_BASE = [19, 18, 20, 19, 18, 19, 18];
const PAIN_FLAT = [4, 4, 4, 4, 4, 4, 4];
const MARKER_FLAT = [25, 25, 25, 25, 25, 25, 25];

function trial(painBase: readonly number[], painWeek: (w: number) => readonly number[], markerWeek: readonly number[], weeks: number): PainMeasure[] {
  const entries: Entry[] = [
    ...painBase.map((pain, i) => makeEntry(addDays(BASELINE_START, i), pain, { marker: MARKER_BASE[i] })),
    ...Array.from({ length: weeks }, (_, w) =>
      painWeek(w).map((pain, i) => makeEntry(addDays(weekStart(w + 1), i), pain, { marker: markerWeek[i], session: i === 0 })),
    ).flat(),
  ];
  const d = decide({ plan: makePlan({ weeks }), entries });
  return [d.model.pain, d.model.marker];
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const markerPlain = mean(MARKER_FLAT) - mean(MARKER_BASE);

/** The estimate stays on the scale, its interval holds (or nearly holds) the plain change, and the verdict does not contradict it. */
function expectPlainChange(m: PainMeasure, plain: number, room: number) {
  const p = m.posterior!;
  expect(p.upper).toBeLessThanOrEqual(room);
  expect(p.lower).toBeLessThanOrEqual(plain + 2);
  expect(p.upper).toBeGreaterThanOrEqual(plain - 2);
  expect(m.verdict).toBe("meaningful");
}

describe("a pattern repeating inside every block week", () => {
  const painPlain = 10 * (mean(PAIN_BASE) - 4);
  const painRoom = 10 * mean(PAIN_BASE);

  it("pain rising 3 → 5 inside every week is the plain before/after change, not a trend projected off the scale", () => {
    const [pain] = trial(PAIN_BASE, () => [3, 3, 4, 4, 4, 5, 5], MARKER_FLAT, 4);
    expectPlainChange(pain, painPlain, painRoom);
  });

  it("pain falling 5 → 3 inside every week is still the plain improvement, not 'no benefit'", () => {
    const [pain] = trial(PAIN_BASE, () => [5, 5, 4, 4, 4, 3, 3], MARKER_FLAT, 4);
    expectPlainChange(pain, painPlain, painRoom);
  });

  it("a marker climbing 22 → 28 inside each of six weeks is the plain gain, not a loss", () => {
    const [, marker] = trial(PAIN_BASE, () => PAIN_FLAT, [22, 23, 24, 25, 26, 27, 28], 6);
    expectPlainChange(marker, markerPlain, Infinity);
  });

  it("a marker sliding 28 → 22 inside each of six weeks is the plain gain, not a jump", () => {
    const [, marker] = trial(PAIN_BASE, () => PAIN_FLAT, [28, 27, 26, 25, 24, 23, 22], 6);
    expectPlainChange(marker, markerPlain, Infinity);
  });
});

describe("what the trend is still for", () => {
  it("a flat baseline and a clean step down is found", () => {
    const base = [7, 7, 6, 7, 8, 7, 7];
    const week = [3, 3, 4, 3, 3, 2, 3];
    const [pain, marker] = trial(base, () => week, MARKER_FLAT, 4);
    expectPlainChange(pain, 10 * (mean(base) - mean(week)), 10 * mean(base));
    expectPlainChange(marker, markerPlain, Infinity);
  });

  it("pain easing by half a point a day through the baseline and the block is not credited", () => {
    const level = (t: number) => Math.round((75 - 0.5 * (t + 7)) / 10);
    const base = Array.from({ length: 7 }, (_, i) => level(i - 7));
    const [pain] = trial(base, (w) => Array.from({ length: 7 }, (_, i) => level(7 * w + i)), MARKER_FLAT, 4);
    expect(pain.verdict).not.toBe("meaningful");
  });
});
