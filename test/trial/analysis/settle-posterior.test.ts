import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { analyseSettle, analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan } from "../../support/trial-fixtures.js";

describe("the 'does not settle' check after each answer", () => {
  it("finds exactly the firings of the full analysis (it judges only the weeks a pair can need)", () => {
    const week = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(week, { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 1000 }), (levels, seed) => {
        // A baseline and 4 weeks, each at its own level with a little day-to-day wobble.
        const entries = levels.flatMap(([level, wobble], w) =>
          Array.from({ length: 7 }, (_, d) => {
            const pain = Math.min(10, Math.max(0, level + (((seed + 7 * w + d) * 7919) % (2 * wobble + 1)) - wobble));
            return makeEntry(addDays(BASELINE_START, 7 * w + d), pain, { session: w > 0 && d % 3 === 0 });
          }),
        );
        const plan = makePlan();
        expect(analyseSettle({ plan, entries }).settle.firings).toEqual(analyseTrial({ plan, entries }).settle.firings);
      }),
      { numRuns: 60 },
    );
  });

  it("finds them too in the middle of a week, whatever day the history stops (the last week is judged only next to a worse one)", () => {
    const week = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(fc.array(week, { minLength: 2, maxLength: 5 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1000 }), (levels, cut, seed) => {
        // A baseline at 3 and then weeks at their own levels (often far above it), the last one
        // stopping after `cut` + 1 days, as on an evening in the middle of a week.
        const weeks: [number, number][] = [[3, 1], ...levels];
        const entries = weeks.flatMap(([level, wobble], w) =>
          Array.from({ length: w === weeks.length - 1 ? cut + 1 : 7 }, (_, d) => {
            const pain = Math.min(10, Math.max(0, level + (((seed + 7 * w + d) * 7919) % (2 * wobble + 1)) - wobble));
            return makeEntry(addDays(BASELINE_START, 7 * w + d), pain, { session: w > 0 && d % 3 === 0 });
          }),
        );
        const plan = makePlan({ weeks: 6 });
        expect(analyseSettle({ plan, entries }).settle.firings).toEqual(analyseTrial({ plan, entries }).settle.firings);
      }),
      { numRuns: 150 },
    );
  });
});
