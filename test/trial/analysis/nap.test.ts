import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { nap, napLabel } from "../../../src/trial/analysis/nap.js";

const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 14 });

describe("nap", () => {
  it("is null when either side is empty", () => {
    expect(nap([], [50])).toBeNull();
    expect(nap([50], [])).toBeNull();
  });

  it("counts lower last-week scores as wins and ties as half", () => {
    // (60,50)=1 (60,60)=½ (70,50)=1 (70,60)=1 → 3.5 / 4
    expect(nap([60, 70], [50, 60])).toBe(0.875);
    expect(nap([50, 50, 50], [50, 50])).toBe(0.5);
    expect(nap([60, 70], [10, 20])).toBe(1);
    expect(nap([10, 20], [60, 70])).toBe(0);
  });

  it("hits the 0.65 and 0.66 boundaries exactly", () => {
    expect(nap([40, 50, 60, 70, 80], [20, 30, 60, 80])).toBe(0.65);
    expect(nap([40, 50, 60, 70, 80], [20, 20, 40, 70, 80])).toBe(0.66);
  });

  it("labels non-overlap", () => {
    expect([null, 0.5, 0.65, 0.66, 0.92, 0.93, 1].map(napLabel)).toEqual([
      null,
      "none",
      "none",
      "moderate",
      "moderate",
      "strong",
      "strong",
    ]);
  });

  it("stays within [0, 1]", () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const value = nap(a, b) as number;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("gives 1 − NAP when the two phases swap", () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        expect((nap(a, b) as number) + (nap(b, a) as number)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("ignores the order of days", () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        expect(nap([...a].reverse(), [...b].sort())).toBe(nap(a, b));
      }),
    );
  });

  it("is 1 when every last-week day is below every baseline day", () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        expect(nap(a.map((v) => v + 101), b)).toBe(1);
      }),
    );
  });
});
