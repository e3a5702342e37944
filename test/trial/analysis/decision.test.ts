import { describe, it, expect } from "vitest";
import {
  compareDecisions,
  decide,
  decideOutcome,
  leadFor,
  type DecisionFacts,
  type Outcome,
} from "../../../src/trial/analysis/decision.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";
import type { Plan } from "../../../src/trial/plan/plan.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan, makeSafetyEvent, makeVersion, weekStart } from "../../support/trial-fixtures.js";

const improvedFacts: DecisionFacts = {
  urgentCues: [],
  secondSettleFiring: null,
  recalled: false,
  baselineDays: 7,
  lastWeekDays: 7,
  delta: 20,
  nap: 0.9,
  marker: { change: 5, minChange: 4, improved: true },
};
const markerFlat = { change: 0, minChange: 4, improved: false };
const urgent = [{ date: "2025-03-12", cueId: "chest_pain" }];
const second = { date: "2025-03-16", kind: "sessions" as const, ordinal: 2 };

describe("decideOutcome: the table, first row that applies", () => {
  const rows: [string, Partial<DecisionFacts>, Outcome][] = [
    ["urgent cue", { urgentCues: urgent }, "stop"],
    ["second 'does not settle' firing", { secondSettleFiring: second }, "stop"],
    ["stop wins over missing data", { urgentCues: urgent, baselineDays: 0, lastWeekDays: 0 }, "stop"],
    ["2 baseline days", { baselineDays: 2 }, "not_enough_data"],
    ["3 baseline days", { baselineDays: 3 }, "improved"],
    ["2 last-week days", { lastWeekDays: 2 }, "not_enough_data"],
    ["3 last-week days", { lastWeekDays: 3 }, "improved"],
    ["recalled baseline needs no baseline days", { recalled: true, baselineDays: 0, nap: null }, "improved"],
    ["recalled baseline still needs 3 last-week days", { recalled: true, baselineDays: 0, lastWeekDays: 2 }, "not_enough_data"],
    ["Δ 10", { delta: 10 }, "improved"],
    ["Δ 9.9", { delta: 9.9 }, "partial"],
    ["NAP 0.66", { nap: 0.66 }, "improved"],
    ["NAP 0.65", { nap: 0.65 }, "partial"],
    ["NAP not computable", { nap: null }, "partial"],
    ["recalled: Δ 10 alone", { recalled: true, delta: 10, nap: null }, "improved"],
    ["recalled: Δ 9.9", { recalled: true, delta: 9.9, nap: null }, "partial"],
    ["pain only", { marker: markerFlat }, "partial"],
    ["marker only", { delta: 5 }, "partial"],
    ["marker never measured, pain improved", { marker: null }, "partial"],
    ["neither", { delta: 0, nap: 0.5, marker: markerFlat }, "no_go"],
    ["worse", { delta: -30, nap: 0, marker: { change: -5, minChange: 4, improved: false } }, "no_go"],
    ["no last-week mean at all", { delta: null, nap: null, marker: null }, "no_go"],
  ];

  it.each(rows)("%s", (_name, facts, outcome) => {
    expect(decideOutcome({ ...improvedFacts, ...facts }).outcome).toBe(outcome);
  });

  it("gives the reasons as data", () => {
    expect(decideOutcome({ ...improvedFacts, urgentCues: urgent, secondSettleFiring: second }).reasons).toEqual([
      { rule: "urgent_cue", data: { date: "2025-03-12", cueId: "chest_pain" } },
      { rule: "settle_second_firing", data: { date: "2025-03-16", kind: "sessions", ordinal: 2 } },
    ]);
    expect(decideOutcome({ ...improvedFacts, baselineDays: 2, lastWeekDays: 1 }).reasons).toEqual([
      { rule: "few_baseline_days", data: { days: 2, min: 3 } },
      { rule: "few_last_week_days", data: { days: 1, min: 3 } },
    ]);
    expect(decideOutcome({ ...improvedFacts, recalled: true, nap: null, marker: null }).reasons).toEqual([
      { rule: "pain_improved", data: { delta: 20, minDelta: 10, nap: null, minNap: null } },
      { rule: "marker_not_measured", data: {} },
      { rule: "recalled_baseline", data: { weaker: true } },
    ]);
    expect(decideOutcome({ ...improvedFacts, nap: 0.65, marker: markerFlat }).reasons).toEqual([
      { rule: "pain_not_improved", data: { delta: 20, minDelta: 10, nap: 0.65, minNap: 0.66 } },
      { rule: "marker_not_improved", data: { change: 0, minChange: 4 } },
    ]);
  });
});

/** Scale-100 entries: baseline from 02-24, last week from 03-24, marker 20 before and 30 at the end. */
function trial(baseline: number[], last: number[], extra: Entry[] = []): Entry[] {
  const day = (date: string, pain: number, marker: number) => makeEntry(date, pain, { scale: 100, marker });
  return [
    ...baseline.map((pain, i) => day(addDays(BASELINE_START, i), pain, 20)),
    ...last.map((pain, i) => day(addDays(weekStart(4), i), pain, 30)),
    ...extra,
  ];
}

const plan100 = makePlan({ painScale: 100 });
const flat60 = [60, 60, 60, 60, 60, 60, 60];

describe("decide: from entries", () => {
  it("improves at Δ = 10 and NAP 1 and gives the numbers", () => {
    const d = decide({ plan: plan100, entries: trial(flat60, [50, 50, 50]) });
    expect(d.outcome).toBe("improved");
    expect(d.numbers).toMatchObject({
      baselineMean: 60,
      lastWeekMean: 50,
      delta: 10,
      deltaPct: 16.666667,
      sizeLabel: "minimal",
      nap: 1,
      napLabel: "strong",
      painImproved: true,
      markerImproved: true,
      markerBaseline: 20,
      markerLast: 30,
      markerChange: 10,
      markerMinChange: 4,
      baselineDays: 7,
      lastWeekDays: 3,
      recalled: false,
      adherence: { done: 0, planned: 8 },
      costPerPoint: null,
    });
  });

  it("is partial at Δ = 9.9", () => {
    expect(decide({ plan: plan100, entries: trial(flat60, [50.1, 50.1, 50.1]) }).outcome).toBe("partial");
  });

  it("separates NAP 0.65 from 0.66 with Δ ≥ 10 on both sides", () => {
    const base = [40, 50, 60, 70, 80];
    const at065 = decide({ plan: plan100, entries: trial(base, [20, 30, 60, 80]) });
    expect(at065.numbers).toMatchObject({ delta: 12.5, nap: 0.65, napLabel: "none", painImproved: false });
    expect(at065.outcome).toBe("partial");
    const at066 = decide({ plan: plan100, entries: trial(base, [20, 20, 40, 70, 80]) });
    expect(at066.numbers).toMatchObject({ delta: 14, nap: 0.66, napLabel: "moderate", painImproved: true });
    expect(at066.outcome).toBe("improved");
  });

  it("needs 3 scored days on each side", () => {
    expect(decide({ plan: plan100, entries: trial([60, 60], [40, 40, 40]) }).outcome).toBe("not_enough_data");
    expect(decide({ plan: plan100, entries: trial([60, 60, 60], [40, 40, 40]) }).outcome).toBe("improved");
    expect(decide({ plan: plan100, entries: trial(flat60, [40, 40]) }).outcome).toBe("not_enough_data");
    expect(decide({ plan: plan100, entries: [] }).outcome).toBe("not_enough_data");
  });

  it("uses a recalled baseline without NAP and flags it weaker", () => {
    const plan = makePlan({ painScale: 100, baseline: { kind: "recalled", pain10: 6, marker: 20 } });
    const d = decide({ plan, entries: trial([], [45, 50, 55]) });
    expect(d.outcome).toBe("improved");
    expect(d.numbers).toMatchObject({ baselineMean: 60, delta: 10, nap: null, napLabel: null, recalled: true, baselineDays: 0 });
    expect(d.reasons.map((r) => r.rule)).toContain("recalled_baseline");
  });

  it("stops for an urgent cue in the block unless it was dismissed, and lists every other cue", () => {
    const entries = trial(flat60, [40, 40, 40]);
    const events = [
      makeSafetyEvent("2025-02-25"),
      makeSafetyEvent("2025-03-12", { group: "see_clinician", cueId: "nerve" }),
    ];
    const calm = decide({ plan: plan100, entries, safetyEvents: events });
    expect(calm.outcome).toBe("improved");
    expect(calm.cues.map((c) => [c.date, c.group])).toEqual([
      ["2025-02-25", "urgent"],
      ["2025-03-12", "see_clinician"],
    ]);
    const seen = decide({ plan: plan100, entries, safetyEvents: [...events, makeSafetyEvent("2025-03-20", { status: "seen" })] });
    expect(seen.outcome).toBe("stop");
    expect(seen.reasons).toEqual([{ rule: "urgent_cue", data: { date: "2025-03-20", cueId: "chest_pain" } }]);
    const dismissed = decide({ plan: plan100, entries, safetyEvents: [makeSafetyEvent("2025-03-20", { status: "dismissed" })] });
    expect(dismissed.outcome).toBe("improved");
    expect(dismissed.cues).toEqual([]);
  });

  describe("the 'does not settle' rule", () => {
    const session = (date: string, pain: number) => makeEntry(date, pain, { scale: 100, marker: 20, session: true });
    const plain = (date: string, pain: number) => makeEntry(date, pain, { scale: 100, marker: 20 });
    // Sessions Mon 03-03 and Thu 03-06; both still ≥ +20 on their check days (03-06, 03-09).
    const week1 = [session("2025-03-03", 40), plain("2025-03-04", 50), plain("2025-03-05", 40), session("2025-03-06", 60), plain("2025-03-07", 60), plain("2025-03-08", 50), plain("2025-03-09", 60)];
    const base = [40, 40, 40, 40, 40, 40, 40];
    const recovered = [20, 20, 20, 20, 20, 20, 20];

    it("does not change the outcome on the first firing", () => {
      const calmWeek2 = [0, 1, 2, 3, 4, 5, 6].map((i) => plain(addDays(weekStart(2), i), 40));
      const d = decide({ plan: plan100, entries: trial(base, recovered, [...week1, ...calmWeek2]) });
      expect(d.settleFirings.map((f) => [f.ordinal, f.kind, f.date])).toEqual([[1, "sessions", "2025-03-09"]]);
      expect(d.outcome).toBe("improved");
    });

    it("stops on the second firing", () => {
      const risingWeek2 = [session("2025-03-10", 60), plain("2025-03-11", 70), plain("2025-03-12", 70), session("2025-03-13", 80), plain("2025-03-14", 80), plain("2025-03-15", 80), plain("2025-03-16", 100)];
      const d = decide({ plan: plan100, entries: trial(base, recovered, [...week1, ...risingWeek2]) });
      expect(d.outcome).toBe("stop");
      expect(d.reasons).toEqual([{ rule: "settle_second_firing", data: { date: "2025-03-16", kind: "sessions", ordinal: 2 } }]);
    });
  });

  it("prices sessions by the plan in force and gives cost per point only when Δ > 0", () => {
    const cost = (perSession: number) => ({ currency: "EUR", perSession, alternativeMonthly: 80 });
    const v1 = makeVersion(makePlan({ painScale: 100, cost: cost(50) }), BASELINE_START, 1);
    const v2 = makeVersion(makePlan({ painScale: 100, cost: cost(70) }), "2025-03-10", 2);
    const sessions = ["2025-03-03", "2025-03-06", "2025-03-10", "2025-03-13"].map((date) =>
      makeEntry(date, undefined, { scale: 100, session: true }),
    );
    const better = decide({ plan: [v1, v2], entries: trial(flat60, [40, 40, 40], sessions) });
    expect(better.numbers).toMatchObject({ currency: "EUR", spent: 240, costPerPoint: 12, alternativeMonthly: 80, adherence: { done: 4, planned: 8 } });
    const worse = decide({ plan: [v1, v2], entries: trial(flat60, [70, 70, 70], sessions) });
    expect(worse.numbers).toMatchObject({ spent: 240, costPerPoint: null });
    const unpriced = decide({ plan: plan100, entries: trial(flat60, [40, 40, 40], sessions) });
    expect(unpriced.numbers).toMatchObject({ currency: null, spent: null, costPerPoint: null, alternativeMonthly: null });
  });

  it("judges the last 7 days of a block lengthened by a pause", () => {
    const lastDays = ["2025-03-29", "2025-03-30", "2025-03-31"].map((date) => makeEntry(date, 40, { scale: 100, marker: 30 }));
    const entries = [...trial(flat60, []), makeEntry("2025-03-24", 90, { scale: 100 }), ...lastDays];
    const d = decide({ plan: plan100, entries, pausedDates: ["2025-03-12"] });
    expect(d.numbers).toMatchObject({ lastWeekMean: 40, lastWeekDays: 3 });
    expect(d.outcome).toBe("improved");
  });

  it("reports dose changes and which number leads", () => {
    const v1 = makeVersion(makePlan({ painScale: 100 }), BASELINE_START, 1);
    const v2 = makeVersion(makePlan({ painScale: 100, pressure: "light", goal: "function" }), "2025-03-17", 2);
    const d = decide({ plan: [v1, v2], entries: trial(flat60, [40, 40, 40]) });
    expect(d.lead).toBe("marker");
    expect(d.doseChanges).toEqual([{ date: "2025-03-17", version: 2, changes: [{ field: "pressure", from: "moderate", to: "light" }] }]);
    const leads = (["pain", "function", "sleep", "mood"] as Plan["goal"][]).map(leadFor);
    expect(leads).toEqual(["pain", "marker", "marker", "pain"]);
  });
});

describe("compareDecisions", () => {
  it("says when a late entry changes the outcome", () => {
    const before = decide({ plan: plan100, entries: trial(flat60, [40, 40]) });
    const late = makeEntry("2025-03-30", 40, { scale: 100, marker: 30, late: true });
    const after = decide({ plan: plan100, entries: [...trial(flat60, [40, 40]), late] });
    expect(compareDecisions(before, after)).toEqual({ changed: true, from: "not_enough_data", to: "improved" });
    expect(compareDecisions(after, after)).toEqual({ changed: false, from: "improved", to: "improved" });
    expect(compareDecisions(null, after)).toEqual({ changed: false, from: null, to: "improved" });
  });
});
