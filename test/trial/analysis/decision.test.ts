import { describe, it, expect } from "vitest";
import {
  compareDecisions,
  decide,
  decideOutcome,
  leadFor,
  type DecisionFacts,
  type MeasureFacts,
  type Outcome,
} from "../../../src/trial/analysis/decision.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";
import type { Plan } from "../../../src/trial/plan/plan.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan, makeSafetyEvent, makeVersion, weekStart } from "../../support/trial-fixtures.js";

const measure = (overrides: Partial<MeasureFacts> = {}): MeasureFacts => ({
  gate: "ok",
  verdict: "meaningful",
  littleRoom: false,
  alreadyImproving: false,
  baselineDays: 7,
  lastDays: 7,
  median: 25,
  pAny: 0.99,
  pMcid: 0.8,
  mcid: 18,
  mcidDefault: true,
  extendWeeks: null,
  ...overrides,
});
const improvedFacts: DecisionFacts = {
  urgentCues: [],
  secondSettleFiring: null,
  recalled: false,
  pain: measure(),
  marker: measure({ mcid: 4 }),
  adherence: { done: 8, planned: 8 },
};
const urgent = [{ date: "2025-03-12", cueId: "chest_pain" }];
const second = { date: "2025-03-16", kind: "sessions" as const, ordinal: 2 };
const no = measure({ verdict: "no_benefit", median: 0, pAny: 0.5, pMcid: 0.01 });
const unsure = measure({ verdict: "inconclusive", median: 12, pAny: 0.9, pMcid: 0.3, extendWeeks: 3 });

describe("decideOutcome: the table, first row that applies", () => {
  const rows: [string, Partial<DecisionFacts>, Outcome][] = [
    ["urgent cue", { urgentCues: urgent }, "stop"],
    ["second 'does not settle' firing", { secondSettleFiring: second }, "stop"],
    ["stop wins over missing data", { urgentCues: urgent, pain: measure({ baselineDays: 0, lastDays: 0 }) }, "stop"],
    ["4 baseline days", { pain: measure({ baselineDays: 4 }) }, "not_enough_data"],
    ["5 baseline days", { pain: measure({ baselineDays: 5 }) }, "improved"],
    ["4 last-week days", { pain: measure({ lastDays: 4 }) }, "not_enough_data"],
    ["5 last-week days", { pain: measure({ lastDays: 5 }) }, "improved"],
    ["recalled baseline needs no baseline days", { recalled: true, pain: measure({ baselineDays: 0 }) }, "improved"],
    ["recalled baseline still needs 5 last-week days", { recalled: true, pain: measure({ baselineDays: 0, lastDays: 4 }) }, "not_enough_data"],
    ["no session done at all", { adherence: { done: 0, planned: 8 } }, "unclear"],
    ["pain only", { marker: no }, "partial"],
    ["marker only", { pain: no }, "partial"],
    ["marker never measured, pain likely meaningful", { marker: measure({ gate: "not_measured", verdict: null }) }, "partial"],
    ["marker with too few values does not count", { pain: no, marker: measure({ gate: "too_few_days", verdict: "meaningful" }) }, "no_go"],
    ["neither", { pain: no, marker: no }, "no_go"],
    ["pain inconclusive, marker no", { pain: unsure, marker: no }, "unclear"],
    ["pain no, marker inconclusive", { pain: no, marker: unsure }, "unclear"],
    ["pain inconclusive but marker meaningful", { pain: unsure }, "partial"],
    ["pain at the floor is not judged, marker decides", { pain: measure({ littleRoom: true, verdict: "no_benefit" }), marker: no }, "no_go"],
    ["pain at the floor and no marker: unclear", { pain: measure({ littleRoom: true, verdict: "no_benefit" }), marker: measure({ gate: "not_measured", verdict: null }) }, "unclear"],
    ["already improving changes the wording only", { pain: measure({ alreadyImproving: true }) }, "improved"],
    ["low adherence changes the wording only", { adherence: { done: 3, planned: 8 } }, "improved"],
  ];

  it.each(rows)("%s", (_name, facts, outcome) => {
    expect(decideOutcome({ ...improvedFacts, ...facts }).outcome).toBe(outcome);
  });

  it("gives the reasons as data, with the guards beside the verdicts", () => {
    expect(decideOutcome({ ...improvedFacts, urgentCues: urgent, secondSettleFiring: second }).reasons).toEqual([
      { rule: "urgent_cue", data: { date: "2025-03-12", cueId: "chest_pain" } },
      { rule: "settle_second_firing", data: { date: "2025-03-16", kind: "sessions", ordinal: 2 } },
    ]);
    expect(decideOutcome({ ...improvedFacts, pain: measure({ baselineDays: 2, lastDays: 1 }) }).reasons).toEqual([
      { rule: "few_baseline_days", data: { days: 2, min: 5 } },
      { rule: "few_last_week_days", data: { days: 1, min: 5 } },
    ]);
    const guarded = decideOutcome({
      ...improvedFacts,
      recalled: true,
      pain: measure({ alreadyImproving: true }),
      marker: measure({ gate: "not_measured", verdict: null }),
      adherence: { done: 5, planned: 8 },
    });
    expect(guarded.reasons.map((r) => r.rule)).toEqual(["pain_meaningful", "marker_not_measured", "already_improving", "low_adherence", "recalled_baseline"]);
    expect(guarded.reasons[0].data).toEqual({ median: 25, pAny: 0.99, pMcid: 0.8, mcid: 18, mcidDefault: true });
  });

  it("says how many weeks would likely settle an unclear result", () => {
    expect(decideOutcome({ ...improvedFacts, pain: unsure, marker: no })).toMatchObject({ outcome: "unclear", extendWeeks: 3 });
    expect(decideOutcome({ ...improvedFacts, pain: measure({ ...unsure, extendWeeks: null }), marker: no })).toMatchObject({ outcome: "unclear", extendWeeks: null });
  });
});

/**
 * Scale-100 entries: baseline from 02-24, last week from 03-24, marker 20 before and 30 at the end,
 * and (unless `sessions: false`) the 8 planned sessions logged on the Mondays and Thursdays of weeks 1-4.
 */
function trial(baseline: number[], last: number[], extra: Entry[] = [], { sessions = true } = {}): Entry[] {
  const day = (date: string, pain: number, marker: number) => makeEntry(date, pain, { scale: 100, marker, session: sessions && (date === weekStart(4) || date === addDays(weekStart(4), 3)) });
  const earlier = sessions ? [1, 2, 3].flatMap((w) => [weekStart(w), addDays(weekStart(w), 3)]).map((date) => makeEntry(date, undefined, { scale: 100, session: true })) : [];
  const lastWeek = last.map((pain, i) => day(addDays(weekStart(4), i), pain, 30));
  const lastDates = new Set(lastWeek.map((e) => e.date));
  const week4Sessions = sessions ? [weekStart(4), addDays(weekStart(4), 3)].filter((d) => !lastDates.has(d)).map((date) => makeEntry(date, undefined, { scale: 100, session: true })) : [];
  return [...baseline.map((pain, i) => day(addDays(BASELINE_START, i), pain, 20)), ...earlier, ...lastWeek, ...week4Sessions, ...extra];
}

const plan100 = makePlan({ painScale: 100 });
const flat60 = [60, 60, 60, 60, 60, 60, 60];

describe("decide: from entries", () => {
  it("calls a clear, lasting drop improved and gives the numbers beside the verdict", () => {
    const d = decide({ plan: plan100, entries: trial(flat60, [30, 32, 28, 30, 31, 29, 30]) });
    expect(d.outcome).toBe("improved");
    expect(d.numbers).toMatchObject({
      baselineMean: 60,
      lastWeekMean: 30,
      delta: 30,
      deltaPct: 50,
      sizeLabel: "substantial",
      nap: 1,
      napLabel: "strong",
      painImproved: true,
      markerImproved: true,
      markerBaseline: 20,
      markerLast: 30,
      markerChange: 10,
      markerMinChange: 4,
      markerMinChangeDefault: true,
      baselineDays: 7,
      lastWeekDays: 7,
      recalled: false,
    });
    // The model's estimate sits near Δ; the trend prior lets it shade a little below.
    expect(d.model.pain.posterior!.median).toBeGreaterThan(25);
    expect(d.model.pain.posterior!.median).toBeLessThan(32);
    expect(d.model.pain.mcid).toBe(18);
  });

  it("does not call Δ = 10 (1 point on 0-10) the amount that matters", () => {
    const d = decide({ plan: plan100, entries: trial(flat60, [50, 50, 50, 50, 50]) });
    expect(d.numbers).toMatchObject({ delta: 10, sizeLabel: "minimal", painImproved: false });
    expect(d.reasons[0].rule).toBe("pain_no_benefit");
    expect(d.outcome).toBe("partial");
  });

  it("shows NAP beside the verdict without letting it decide", () => {
    const base = [40, 50, 60, 70, 80];
    const d = decide({ plan: plan100, entries: trial(base, [20, 20, 40, 70, 80]) });
    expect(d.numbers).toMatchObject({ delta: 14, nap: 0.66, napLabel: "moderate" });
    expect(d.model.pain.nap!.lower).toBeLessThan(0.66);
    expect(d.numbers.painImproved).toBe(false);
  });

  it("needs 5 scored days on each side", () => {
    expect(decide({ plan: plan100, entries: trial([60, 60, 60, 60], [30, 30, 30, 30, 30]) }).outcome).toBe("not_enough_data");
    expect(decide({ plan: plan100, entries: trial([60, 60, 60, 60, 60], [30, 30, 30, 30, 30]) }).outcome).toBe("improved");
    expect(decide({ plan: plan100, entries: trial(flat60, [30, 30, 30, 30]) }).outcome).toBe("not_enough_data");
    expect(decide({ plan: plan100, entries: [] }).outcome).toBe("not_enough_data");
  });

  it("uses a recalled baseline without NAP and flags it weaker", () => {
    const plan = makePlan({ painScale: 100, baseline: { kind: "recalled", pain10: 6, marker: 20 } });
    const d = decide({ plan, entries: trial([], [30, 35, 30, 32, 30]) });
    expect(d.outcome).toBe("improved");
    expect(d.numbers).toMatchObject({ baselineMean: 60, nap: null, napLabel: null, recalled: true, baselineDays: 0 });
    expect(d.reasons.map((r) => r.rule)).toContain("recalled_baseline");
  });

  it("stops for an urgent cue in the block unless it was dismissed, and lists every other cue", () => {
    const entries = trial(flat60, [30, 30, 30, 30, 30]);
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

  it("does not stop for an urgent answer on the setup screen up to the first day (a block counted from its setup day); a later setup's does", () => {
    const entries = trial(flat60, [30, 30, 30, 30, 30]);
    const screen = makeSafetyEvent("2025-03-03", { source: "screen", cueId: "after_fall_injury", status: "seen" });
    const d = decide({ plan: plan100, entries, safetyEvents: [screen] });
    expect(d.outcome).toBe("improved");
    expect(d.cues.map((c) => [c.date, c.cueId])).toEqual([["2025-03-03", "after_fall_injury"]]);
    // A new setup's screen during the block is a warning sign during the block: it stops.
    const later = makeSafetyEvent("2025-03-12", { source: "screen", cueId: "after_fall_injury", status: "seen" });
    expect(decide({ plan: plan100, entries, safetyEvents: [later] }).outcome).toBe("stop");
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
      // The verdicts alone decide: the marker improved, pain is unclear after the flare week.
      expect(d.model.pain.verdict).toBe("inconclusive");
      expect(d.outcome).toBe("partial");
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
    const better = decide({ plan: [v1, v2], entries: trial(flat60, [40, 40, 40, 40, 40], sessions, { sessions: false }) });
    expect(better.numbers).toMatchObject({ currency: "EUR", spent: 240, costPerPoint: 12, alternativeMonthly: 80, adherence: { done: 4, planned: 8 } });
    const worse = decide({ plan: [v1, v2], entries: trial(flat60, [70, 70, 70, 70, 70], sessions, { sessions: false }) });
    expect(worse.numbers).toMatchObject({ spent: 240, costPerPoint: null });
    const unpriced = decide({ plan: plan100, entries: trial(flat60, [40, 40, 40, 40, 40], sessions, { sessions: false }) });
    expect(unpriced.numbers).toMatchObject({ currency: null, spent: null, costPerPoint: null, alternativeMonthly: null });
  });

  it("judges the last 7 days of a block lengthened by a pause", () => {
    const lastDays = ["2025-03-27", "2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31"].map((date) => makeEntry(date, 30, { scale: 100, marker: 30 }));
    const entries = [...trial(flat60, []), makeEntry("2025-03-24", 90, { scale: 100 }), ...lastDays];
    const d = decide({ plan: plan100, entries, pausedDates: ["2025-03-12"] });
    expect(d.numbers).toMatchObject({ lastWeekMean: 30, lastWeekDays: 5 });
    expect(d.outcome).toBe("improved");
  });

  it("takes the last 7 unpaused days as the last week, so a pause in it does not shrink it", () => {
    // Paused 03-26 and 03-27: the block ends 04-01 and its last 7 unpaused days are 03-24, 03-25, 03-28 … 04-01.
    const dates = ["2025-03-24", "2025-03-25", "2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01"];
    const entries = [...trial(flat60, []), ...dates.map((date) => makeEntry(date, 30, { scale: 100, marker: 30 }))];
    const d = decide({ plan: plan100, entries, pausedDates: ["2025-03-26", "2025-03-27"] });
    expect(d.numbers).toMatchObject({ lastWeekDays: 7, lastWeekMean: 30 });
    expect(d.model.pain.lastDays).toBe(7);
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
    const before = decide({ plan: plan100, entries: trial(flat60, [30, 30, 30, 30]) });
    const late = makeEntry("2025-03-30", 30, { scale: 100, marker: 30, late: true });
    const after = decide({ plan: plan100, entries: [...trial(flat60, [30, 30, 30, 30]), late] });
    expect(compareDecisions(before, after)).toEqual({ changed: true, from: "not_enough_data", to: "improved" });
    expect(compareDecisions(after, after)).toEqual({ changed: false, from: "improved", to: "improved" });
    expect(compareDecisions(null, after)).toEqual({ changed: false, from: null, to: "improved" });
  });
});
