import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseSettle, analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { forgetWeekPosteriors } from "../../../src/trial/analysis/trial-series.js";
import { BASELINE_START, makePlan, series } from "../../support/trial-fixtures.js";

const plan = makePlan();
// Baseline week and four block weeks, some days unanswered.
const history = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 6 }), { minLength: 35, maxLength: 35 });

function fresh<T>(run: () => T): T {
  forgetWeekPosteriors();
  return run();
}

describe("remembered week posteriors", () => {
  it("an analysis gives what it gives from scratch, after analyses of histories that differ in one day", () => {
    fc.assert(
      fc.property(history, fc.nat(34), fc.integer({ min: 0, max: 10 }), (pains, day, other) => {
        const a = series(BASELINE_START, pains);
        const changed = [...pains];
        changed[day] = changed[day] === other ? (other + 1) % 11 : other;
        const b = series(BASELINE_START, changed);
        const input = (entries: typeof a) => ({ plan, entries });
        const expectedA = fresh(() => analyseTrial(input(a)));
        const expectedB = fresh(() => analyseTrial(input(b)));
        const settleB = fresh(() => analyseSettle(input(b)).settle);
        // The same analyses again, one after the other, with what the earlier ones remembered.
        forgetWeekPosteriors();
        analyseTrial(input(a));
        analyseSettle(input(a));
        expect(analyseTrial(input(b))).toEqual(expectedB);
        expect(analyseSettle(input(b)).settle).toEqual(settleB);
        expect(analyseTrial(input(a))).toEqual(expectedA);
      }),
      { numRuns: 60 },
    );
  });
});
