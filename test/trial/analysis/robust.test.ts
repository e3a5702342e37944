import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { medianImprovement, napValue, napWithInterval, theilSenSlope } from "../../../src/trial/analysis/robust.js";

describe("NAP with the Newcombe (2006, Method 5) interval", () => {
  it("reproduces the Parker & Vannest (2009) worked example", () => {
    // Their Figure 1 data (as used in the SingleCaseES examples): 106 of 110 pairs improve, 0 ties.
    const a = [4, 3, 4, 3, 4, 7, 5, 2, 3, 2];
    const b = [5, 9, 7, 9, 7, 5, 9, 11, 11, 10, 9];
    const result = napWithInterval(a, b, "higher")!;
    expect(result.nap).toBeCloseTo(106 / 110, 12);
    // Roots of Newcombe's quartic computed independently with scipy.optimize.brentq.
    expect(result.lower).toBeCloseTo(0.7499720066, 8);
    expect(result.upper).toBeCloseTo(0.9950812864, 8);
  });

  it("reproduces the SingleCaseES example A/B", () => {
    const result = napWithInterval([20, 20, 26, 25, 22, 23], [28, 25, 24, 27, 30, 30, 29], "higher")!;
    // 38.5 of 42 pairs (one tie at 25): 0.916667; interval from scipy.optimize.brentq on the same equation.
    expect(result.nap).toBeCloseTo(38.5 / 42, 12);
    expect(result.lower).toBeCloseTo(0.59731936, 7);
    expect(result.upper).toBeCloseTo(0.98599769, 7);
  });

  it("is null without data on a side", () => {
    expect(napWithInterval([], [1], "lower")).toBeNull();
    expect(napValue([1], [], "lower")).toBeNull();
  });

  const side = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 14 });
  it("brackets the estimate inside [0, 1] and mirrors between directions", () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const lower = napWithInterval(a, b, "lower")!;
        const higher = napWithInterval(a, b, "higher")!;
        expect(lower.lower).toBeGreaterThanOrEqual(0);
        expect(lower.upper).toBeLessThanOrEqual(1);
        expect(lower.lower).toBeLessThanOrEqual(lower.nap + 1e-12);
        expect(lower.upper).toBeGreaterThanOrEqual(lower.nap - 1e-12);
        expect(lower.nap + higher.nap).toBeCloseTo(1, 12);
        expect(lower.lower).toBeCloseTo(1 - higher.upper, 6);
      }),
    );
  });
});

describe("median difference and Theil-Sen slope", () => {
  it("computes them by hand", () => {
    // medians 60 and (45 + 50) / 2 = 47.5 → 12.5 points better when lower is better
    expect(medianImprovement([50, 60, 70], [40, 45, 50, 90], "lower")).toBe(12.5);
    expect(medianImprovement([50, 60, 70], [40, 45, 50, 90], "higher")).toBe(-12.5);
    // slopes of (0,10) (1,12) (2,20) (3,18): 2, 5, 8/3, 8, 3, −2 → median of sorted (−2, 2, 8/3, 3, 5, 8) = (8/3 + 3) / 2
    const points = [10, 12, 20, 18].map((value, day) => ({ day, value }));
    expect(theilSenSlope(points)).toBeCloseTo((8 / 3 + 3) / 2, 12);
    expect(theilSenSlope([{ day: 0, value: 1 }])).toBeNull();
  });

  it("Theil-Sen ignores one wild day and recovers an exact line", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: 0, max: 6 }), fc.double({ min: -100, max: 100, noNaN: true }), (slope, wild, jump) => {
        const points = Array.from({ length: 7 }, (_, day) => ({ day, value: 50 + slope * day + (day === wild ? jump : 0) }));
        expect(theilSenSlope(points)).toBeCloseTo(slope, 9);
      }),
    );
  });
});
