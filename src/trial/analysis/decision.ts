import type { Goal } from "../plan/plan.js";
import type { SafetyEvent } from "../safety/safety-event.js";
import { analyseTrial, painChange, markerChange, planOn, round6, MEANINGFUL_POINTS } from "./analysis.js";
import type { DoseChange, SizeLabel, TrialAnalysis, TrialInput } from "./analysis.js";
import { inRange } from "../time/calendar.js";
import { nap, napLabel, NAP_MODERATE, type NapLabel } from "./nap.js";
import { MIN_DAYS_PER_WEEK, type SettleFiring } from "./settle.js";

export type Outcome = "stop" | "not_enough_data" | "improved" | "partial" | "no_go";
export type Lead = "pain" | "marker";
export type ReasonRule =
  | "urgent_cue"
  | "settle_second_firing"
  | "few_baseline_days"
  | "few_last_week_days"
  | "pain_improved"
  | "pain_not_improved"
  | "marker_improved"
  | "marker_not_improved"
  | "marker_not_measured"
  | "recalled_baseline";

export interface Reason {
  rule: ReasonRule;
  data: Record<string, number | string | boolean | null>;
}

/** Everything the decision table looks at, already computed. */
export interface DecisionFacts {
  urgentCues: readonly Pick<SafetyEvent, "date" | "cueId">[];
  secondSettleFiring: Pick<SettleFiring, "date" | "kind" | "ordinal"> | null;
  recalled: boolean;
  baselineDays: number;
  lastWeekDays: number;
  delta: number | null;
  nap: number | null;
  marker: { change: number; minChange: number; improved: boolean } | null;
}

export interface DecisionNumbers {
  baselineMean: number | null;
  lastWeekMean: number | null;
  delta: number | null;
  deltaPct: number | null;
  sizeLabel: SizeLabel | null;
  nap: number | null;
  napLabel: NapLabel | null;
  painImproved: boolean;
  markerImproved: boolean;
  markerBaseline: number | null;
  markerLast: number | null;
  markerChange: number | null;
  markerMinChange: number | null;
  baselineDays: number;
  lastWeekDays: number;
  recalled: boolean;
  adherence: { done: number; planned: number };
  currency: string | null;
  spent: number | null;
  costPerPoint: number | null;
  alternativeMonthly: number | null;
}

export interface Decision {
  outcome: Outcome;
  reasons: Reason[];
  numbers: DecisionNumbers;
  /** Safety cues that were not dismissed, by date; only urgent ones in the block change the outcome. */
  cues: SafetyEvent[];
  lead: Lead;
  doseChanges: DoseChange[];
  settleFirings: SettleFiring[];
}

export interface DecisionInput extends TrialInput {
  safetyEvents?: readonly SafetyEvent[];
}

/** Mood has no marker preset of its own, so pain leads for it as for the pain goal. */
export function leadFor(goal: Goal): Lead {
  return goal === "function" || goal === "sleep" ? "marker" : "pain";
}

export function isPainImproved(facts: Pick<DecisionFacts, "delta" | "nap" | "recalled">): boolean {
  if (facts.delta === null || facts.delta < MEANINGFUL_POINTS) return false;
  return facts.recalled || (facts.nap !== null && facts.nap >= NAP_MODERATE);
}

/** The decision table: the first row that applies wins. */
export function decideOutcome(facts: DecisionFacts): { outcome: Outcome; reasons: Reason[] } {
  const stop: Reason[] = facts.urgentCues.map((cue) => ({ rule: "urgent_cue", data: { date: cue.date, cueId: cue.cueId } }));
  if (facts.secondSettleFiring) {
    const { date, kind, ordinal } = facts.secondSettleFiring;
    stop.push({ rule: "settle_second_firing", data: { date, kind, ordinal } });
  }
  if (stop.length > 0) return { outcome: "stop", reasons: stop };

  const few: Reason[] = [];
  if (!facts.recalled && facts.baselineDays < MIN_DAYS_PER_WEEK) {
    few.push({ rule: "few_baseline_days", data: { days: facts.baselineDays, min: MIN_DAYS_PER_WEEK } });
  }
  if (facts.lastWeekDays < MIN_DAYS_PER_WEEK) {
    few.push({ rule: "few_last_week_days", data: { days: facts.lastWeekDays, min: MIN_DAYS_PER_WEEK } });
  }
  if (few.length > 0) return { outcome: "not_enough_data", reasons: few };

  const painImproved = isPainImproved(facts);
  const markerImproved = facts.marker?.improved === true;
  const reasons: Reason[] = [painReason(facts, painImproved), markerReason(facts)];
  if (facts.recalled) reasons.push({ rule: "recalled_baseline", data: { weaker: true } });
  const outcome = painImproved && markerImproved ? "improved" : painImproved || markerImproved ? "partial" : "no_go";
  return { outcome, reasons };
}

function painReason(facts: DecisionFacts, improved: boolean): Reason {
  return {
    rule: improved ? "pain_improved" : "pain_not_improved",
    data: { delta: facts.delta, minDelta: MEANINGFUL_POINTS, nap: facts.nap, minNap: facts.recalled ? null : NAP_MODERATE },
  };
}

function markerReason(facts: DecisionFacts): Reason {
  if (!facts.marker) return { rule: "marker_not_measured", data: {} };
  const { change, minChange, improved } = facts.marker;
  return { rule: improved ? "marker_improved" : "marker_not_improved", data: { change, minChange } };
}

export function decide(input: DecisionInput): Decision {
  return decideFromAnalysis(analyseTrial(input), input.safetyEvents ?? []);
}

export function decideFromAnalysis(analysis: TrialAnalysis, safetyEvents: readonly SafetyEvent[]): Decision {
  const { plan, calendar, baseline, lastWeek } = analysis;
  const block = { start: calendar.firstSession, end: calendar.blockEnd };
  const cues = safetyEvents.filter((e) => e.status !== "dismissed").sort((a, b) => a.date.localeCompare(b.date));
  const urgentCues = cues.filter((e) => e.group === "urgent" && inRange(e.date, block));
  const firings = analysis.settle.firings.filter((f) => inRange(f.date, block));
  const pain = painChange(baseline.painMean, lastWeek.painMean);
  const napValue = baseline.recalled ? null : nap(baseline.painScores, lastWeek.painScores);
  const marker = markerChange(plan.marker, baseline.markerMean, lastWeek.markerMean);
  const facts: DecisionFacts = {
    urgentCues,
    secondSettleFiring: firings.find((f) => f.ordinal >= 2) ?? null,
    recalled: baseline.recalled,
    baselineDays: baseline.painDays,
    lastWeekDays: lastWeek.painDays,
    delta: pain?.points ?? null,
    nap: napValue,
    marker,
  };
  const { outcome, reasons } = decideOutcome(facts);
  return {
    outcome,
    reasons,
    numbers: {
      baselineMean: baseline.painMean,
      lastWeekMean: lastWeek.painMean,
      delta: facts.delta,
      deltaPct: pain?.percent ?? null,
      sizeLabel: pain?.size ?? null,
      nap: napValue,
      napLabel: napLabel(napValue),
      painImproved: isPainImproved(facts),
      markerImproved: marker?.improved === true,
      markerBaseline: baseline.markerMean,
      markerLast: lastWeek.markerMean,
      markerChange: marker?.change ?? null,
      markerMinChange: marker?.minChange ?? null,
      baselineDays: baseline.painDays,
      lastWeekDays: lastWeek.painDays,
      recalled: baseline.recalled,
      adherence: adherence(analysis),
      ...costNumbers(analysis, facts.delta),
    },
    cues,
    lead: leadFor(plan.goal),
    doseChanges: analysis.doseChanges,
    settleFirings: firings,
  };
}

function adherence(analysis: TrialAnalysis): { done: number; planned: number } {
  return {
    done: analysis.weeks.reduce((sum, week) => sum + week.sessionsDone, 0),
    planned: analysis.weeks.reduce((sum, week) => sum + week.sessionsPlanned, 0),
  };
}

/**
 * Each session is priced by the plan version in force on its date, falling back to the latest
 * price when that version had none. Cost per point only when Δ > 0 and a price exists.
 */
function costNumbers(analysis: TrialAnalysis, delta: number | null) {
  const { plan, versions, calendar, days } = analysis;
  const latestPrice = plan.cost?.perSession;
  const block = { start: calendar.firstSession, end: calendar.blockEnd };
  const prices = days
    .filter((day) => day.session && inRange(day.date, block))
    .map((day) => planOn(versions, day.date).cost?.perSession ?? latestPrice);
  const priced = latestPrice !== undefined || versions.some((v) => v.plan.cost?.perSession !== undefined);
  const spent = priced ? round6(prices.reduce<number>((sum, price) => sum + (price ?? 0), 0)) : null;
  return {
    currency: plan.cost?.currency ?? null,
    spent,
    costPerPoint: spent !== null && delta !== null && delta > 0 ? round6(spent / delta) : null,
    alternativeMonthly: plan.cost?.alternativeMonthly ?? null,
  };
}

export interface OutcomeChange {
  changed: boolean;
  from: Outcome | null;
  to: Outcome;
}

/** For `/summary final`: did a recompute (e.g. after late entries) change the outcome? */
export function compareDecisions(previous: Pick<Decision, "outcome"> | null | undefined, current: Pick<Decision, "outcome">): OutcomeChange {
  const from = previous?.outcome ?? null;
  return { changed: from !== null && from !== current.outcome, from, to: current.outcome };
}
