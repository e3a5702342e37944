import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { decide, type Outcome } from "../../src/trial/analysis/decision.js";
import { syntheticTrial, type SyntheticProfile } from "../support/trial-fixtures.js";

const expected: [SyntheticProfile, Outcome][] = [
  ["responder", "improved"],
  ["partial", "partial"],
  ["non_responder", "no_go"],
  ["worsening", "stop"],
];

describe("syntheticTrial", () => {
  it.each(expected)("%s → %s for any seed", (profile, outcome) => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const trial = syntheticTrial(profile, seed);
        expect(decide({ plan: trial.versions, entries: trial.entries, pausedDates: trial.pausedDates }).outcome).toBe(outcome);
      }),
      { numRuns: 25 },
    );
  });

  it("is deterministic per seed and covers baseline plus 6 weeks", () => {
    const a = syntheticTrial("responder", 42);
    expect(syntheticTrial("responder", 42)).toEqual(a);
    expect(syntheticTrial("responder", 43).entries).not.toEqual(a.entries);
    expect(a.entries).toHaveLength(49);
    expect(a.entries[0].date).toBe("2025-02-24");
    expect(a.entries.at(-1)?.date).toBe("2025-04-13");
    expect(a.entries.filter((e) => e.session)).toHaveLength(12);
  });

  it("stops the worsening profile on the second 'does not settle' firing", () => {
    const trial = syntheticTrial("worsening", 1);
    const d = decide({ plan: trial.versions, entries: trial.entries });
    expect(d.reasons[0]).toMatchObject({ rule: "settle_second_firing", data: { kind: "sessions", ordinal: 2 } });
    expect(d.settleFirings[0]).toMatchObject({ kind: "sessions", ordinal: 1, date: "2025-03-09" });
  });

  it("can start on another date", () => {
    expect(syntheticTrial("partial", 1, "2026-01-05").entries[0].date).toBe("2025-12-29");
  });
});
