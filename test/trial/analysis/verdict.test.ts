import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { verdictOf, weeksToClarity, isLikelyWorse, MAX_EXTENSION_WEEKS } from "../../../src/trial/analysis/verdict.js";

describe("verdictOf: the pre-registered rule", () => {
  it.each([
    [{ pAny: 0.95, pMcid: 0.5 }, "meaningful"],
    [{ pAny: 0.949, pMcid: 0.9 }, "inconclusive"],
    [{ pAny: 0.99, pMcid: 0.499 }, "inconclusive"],
    [{ pAny: 0.99, pMcid: 0.2 }, "no_benefit"],
    [{ pAny: 0.3, pMcid: 0.01 }, "no_benefit"],
    [{ pAny: 0.8, pMcid: 0.21 }, "inconclusive"],
  ] as const)("%o → %s", (p, verdict) => {
    expect(verdictOf(p)).toBe(verdict);
  });

  it("likely worse from P(worse by ≥ MCID) ≥ 0.8", () => {
    expect(isLikelyWorse(0.8)).toBe(true);
    expect(isLikelyWorse(0.79)).toBe(false);
  });
});

describe("weeksToClarity", () => {
  it("needs more weeks the closer the median sits to the line, and gives up beyond 8", () => {
    const base = { sd: 10, mcid: 20, baselineDays: 7, lastDays: 7 };
    // sd after N weeks: 10·√((1/7 + 1/(7+7N)) / (2/7)) = 8.66, 8.16, … → 7.07 (the baseline's share stays).
    // Median 35: P(> 0) ≥ 0.95 already at 8.66 → 1 week.
    expect(weeksToClarity({ ...base, median: 35 })).toBe(1);
    // Median 13: P(≥ 20) ≤ 0.2 needs sd ≤ 7 / 0.8416 = 8.32 → 2 weeks (8.16).
    expect(weeksToClarity({ ...base, median: 13 })).toBe(2);
    // Median 19.5: P(≥ 20) stays near ½ however long → unlikely to become clear.
    expect(weeksToClarity({ ...base, median: 19.5 })).toBeNull();
  });

  it("is between 1 and 8 or null", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 60, noNaN: true }), fc.double({ min: 0.5, max: 30, noNaN: true }), (median, sd) => {
        const weeks = weeksToClarity({ median, sd, mcid: 18, baselineDays: 7, lastDays: 7 });
        expect(weeks === null || (weeks >= 1 && weeks <= MAX_EXTENSION_WEEKS)).toBe(true);
      }),
    );
  });
});
