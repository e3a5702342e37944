import { describe, it, expect } from "vitest";
import { analyseMeasure, defaultPainMcid, MIN_GATE_DAYS, PAIN_TREND_PRIOR_SD, type MeasureSeries } from "../../../src/trial/analysis/measure.js";
import type { SeriesPoint } from "../../../src/trial/analysis/model.js";

function points(baseline: (number | null)[], weeks: (number | null)[][]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  baseline.forEach((value, i) => value !== null && out.push({ day: i - baseline.length, value, period: 0 }));
  weeks.forEach((week, w) => week.forEach((value, i) => value !== null && out.push({ day: 7 * w + i, value, period: w + 1 })));
  return out;
}

const pain = (p: SeriesPoint[], extra: Partial<MeasureSeries> = {}) =>
  analyseMeasure({ points: p, better: "lower", mcid: 18, resolution: 10, trendPriorSd: PAIN_TREND_PRIOR_SD, minDays: MIN_GATE_DAYS, floor: 0, ...extra });

const BASE = [60, 70, 60, 60, 70, 60, 60];
const FLAT = [60, 60, 70, 60, 60, 70, 60];
const BETTER = [30, 30, 20, 30, 30, 20, 30];

describe("analyseMeasure", () => {
  it("calls a clear, lasting 35-point drop likely meaningful", () => {
    const r = pain(points(BASE, [BETTER, BETTER, BETTER, BETTER]));
    expect(r.gate).toBe("ok");
    expect(r.verdict).toBe("meaningful");
    expect(r.posterior!.median).toBeGreaterThan(25);
    expect(r.posterior!.lower).toBeLessThan(r.posterior!.median);
    expect(r.posterior!.pAny).toBeGreaterThan(0.99);
    expect(r.nap!.nap).toBe(1);
  });

  it("calls a flat series likely no meaningful benefit", () => {
    const r = pain(points(BASE, [FLAT, FLAT, FLAT, FLAT]));
    expect(r.verdict).toBe("no_benefit");
    expect(r.posterior!.pMcid).toBeLessThanOrEqual(0.2);
  });

  it("gates fewer than 5 scored days on either side as too few days", () => {
    expect(pain(points([60, null, 70, null, 60, null, 60], [FLAT, FLAT, FLAT, BETTER])).gate).toBe("too_few_days");
    expect(pain(points(BASE, [FLAT, FLAT, FLAT, [30, null, 30, null, 30, null, 30]])).gate).toBe("too_few_days");
    const five = pain(points([60, null, 70, null, 60, 60, 60], [FLAT, FLAT, FLAT, [30, 20, null, 30, null, 30, 30]]));
    expect(five.gate).toBe("ok");
    expect(five.baselineDays).toBe(5);
    expect(five.lastDays).toBe(5);
  });

  it("says not measured when there is nothing at all", () => {
    expect(pain([]).gate).toBe("not_measured");
  });

  it("pain 0 throughout is little room to improve, not a failure to improve", () => {
    const zero = [0, 0, 0, 0, 0, 0, 0];
    const r = pain(points(zero, [zero, zero, zero, zero]));
    expect(r.littleRoom).toBe(true);
    expect(r.posterior!.median).toBeCloseTo(0, 6);
  });

  it("flags a baseline that was already falling by 0.5 points a day or more", () => {
    const falling = [75, 70, 70, 65, 65, 60, 55];
    expect(pain(points(falling, [FLAT, FLAT, FLAT, FLAT])).alreadyImproving).toBe(true);
    expect(pain(points(BASE, [FLAT, FLAT, FLAT, FLAT])).alreadyImproving).toBe(false);
  });

  it("one outlier day does not flip the verdict either way", () => {
    const good = pain(points(BASE, [BETTER, BETTER, BETTER, [30, 30, 20, 100, 30, 20, 30]]));
    expect(good.verdict).toBe("meaningful");
    const flat = pain(points(BASE, [FLAT, FLAT, FLAT, [60, 60, 70, 0, 60, 70, 60]]));
    expect(flat.verdict).not.toBe("meaningful");
  });

  it("handles a recalled baseline without baseline days", () => {
    const r = pain(points([], [BETTER, BETTER, BETTER, BETTER]), { recalledBaseline: 65 });
    expect(r.gate).toBe("ok");
    expect(r.nap).toBeNull();
    expect(r.verdict).toBe("meaningful");
  });
});

describe("defaultPainMcid", () => {
  it("is 20 points or 30 % of the baseline, whichever is smaller, never below 10", () => {
    expect(defaultPainMcid(80)).toBe(20);
    expect(defaultPainMcid(60)).toBe(18);
    expect(defaultPainMcid(20)).toBe(10);
    expect(defaultPainMcid(null)).toBe(20);
  });
});
