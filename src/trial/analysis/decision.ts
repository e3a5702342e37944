import type { Goal } from "../plan/plan.js";
import type { SafetyEvent } from "../safety/safety-event.js";
import { analyseTrial, painChange, markerChange, planOn, round6, defaultMinChange, painContext } from "./analysis.js";
import type { DoseChange, SizeLabel, TrialAnalysis, TrialInput } from "./analysis.js";
import { inRange } from "../time/calendar.js";
import { nap, napLabel, type NapLabel } from "./nap.js";
import type { SettleFiring } from "./settle.js";
import { MIN_GATE_DAYS, MIN_MARKER_VALUES } from "./measure.js";
import { markerMeasure, painMeasure, type PainMeasure } from "./trial-series.js";
import type { Verdict } from "./verdict.js";

/** The seed's outcomes, mapped from the model's verdicts, plus "unclear" (inconclusive). */
export type Outcome = "stop" | "not_enough_data" | "improved" | "partial" | "no_go" | "unclear";
export type Lead = "pain" | "marker";
/** Sessions done below this share of the planned ones: the verdict is about the sessions that happened. */
export const LOW_ADHERENCE = 0.75;

export type ReasonRule =
  | "urgent_cue"
  | "settle_second_firing"
  | "few_baseline_days"
  | "few_last_week_days"
  | "no_sessions"
  | "pain_meaningful"
  | "pain_no_benefit"
  | "pain_inconclusive"
  | "pain_little_room"
  | "marker_meaningful"
  | "marker_no_benefit"
  | "marker_inconclusive"
  | "marker_not_measured"
  | "marker_few_values"
  | "already_improving"
  | "low_adherence"
  | "recalled_baseline";

export interface Reason {
  rule: ReasonRule;
  data: Record<string, number | string | boolean | null>;
}

/** What the decision table reads about one measure. */
export interface MeasureFacts {
  gate: PainMeasure["gate"];
  verdict: Verdict | null;
  littleRoom: boolean;
  alreadyImproving: boolean;
  baselineDays: number;
  lastDays: number;
  /** Posterior numbers for the wording (improvement, positive = better). */
  median: number | null;
  pAny: number | null;
  pMcid: number | null;
  mcid: number;
  mcidDefault: boolean;
  extendWeeks: number | null;
}

/** Everything the decision table looks at, already computed. */
export interface DecisionFacts {
  urgentCues: readonly Pick<SafetyEvent, "date" | "cueId">[];
  secondSettleFiring: Pick<SettleFiring, "date" | "kind" | "ordinal"> | null;
  recalled: boolean;
  pain: MeasureFacts;
  marker: MeasureFacts;
  adherence: { done: number; planned: number };
}

export interface DecisionNumbers {
  baselineMean: number | null;
  lastWeekMean: number | null;
  delta: number | null;
  deltaPct: number | null;
  sizeLabel: SizeLabel | null;
  nap: number | null;
  napLabel: NapLabel | null;
  /** The pain verdict is "likely meaningful". */
  painImproved: boolean;
  markerImproved: boolean;
  markerBaseline: number | null;
  markerLast: number | null;
  markerChange: number | null;
  markerMinChange: number | null;
  /** True when the marker threshold is the default (20 % of baseline, at least 1), not the user's. */
  markerMinChangeDefault: boolean;
  baselineDays: number;
  lastWeekDays: number;
  recalled: boolean;
  adherence: { done: number; planned: number };
  currency: string | null;
  spent: number | null;
  /** Money spent per point of pain improvement on the user's own scale, per the Δ as reports show it (shownPainChange). */
  costPerPoint: number | null;
  alternativeMonthly: number | null;
}

export interface Decision {
  outcome: Outcome;
  reasons: Reason[];
  numbers: DecisionNumbers;
  /** The model's results behind the verdicts, for /method, the report and `analyze --json`. */
  model: { pain: PainMeasure; marker: PainMeasure };
  /** For "unclear": weeks of extension that would likely settle it (null = unlikely within 8). */
  extendWeeks: number | null;
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

function judged(m: MeasureFacts, kind: "pain" | "marker"): Verdict | null {
  if (m.gate !== "ok") return null;
  if (kind === "pain" && m.littleRoom) return null;
  return m.verdict;
}

/**
 * The decision table, first row that applies:
 *   stop            an urgent cue in the block, or the "does not settle" rule fired a second time
 *   not enough data < 5 scored pain days in the baseline (unless recalled) or in the judged last week
 *   unclear         no session was done at all (the numbers say nothing about massage)
 *   improved        pain and marker both likely meaningful
 *   partial         exactly one of them likely meaningful
 *   unclear         neither, and one of them is inconclusive (or neither could be judged)
 *   no-go           neither, and each one judged is likely no meaningful benefit
 * Guards (already improving, low adherence, little room, recalled baseline) add reasons, never change rows.
 */
export function decideOutcome(facts: DecisionFacts): { outcome: Outcome; reasons: Reason[]; extendWeeks: number | null } {
  const stop: Reason[] = facts.urgentCues.map((cue) => ({ rule: "urgent_cue", data: { date: cue.date, cueId: cue.cueId } }));
  if (facts.secondSettleFiring) {
    const { date, kind, ordinal } = facts.secondSettleFiring;
    stop.push({ rule: "settle_second_firing", data: { date, kind, ordinal } });
  }
  if (stop.length > 0) return { outcome: "stop", reasons: stop, extendWeeks: null };

  const { pain, marker } = facts;
  const few: Reason[] = [];
  if (!facts.recalled && pain.baselineDays < MIN_GATE_DAYS) few.push({ rule: "few_baseline_days", data: { days: pain.baselineDays, min: MIN_GATE_DAYS } });
  if (pain.lastDays < MIN_GATE_DAYS) few.push({ rule: "few_last_week_days", data: { days: pain.lastDays, min: MIN_GATE_DAYS } });
  if (few.length > 0) return { outcome: "not_enough_data", reasons: few, extendWeeks: null };

  const reasons: Reason[] = [painReason(pain), markerReason(marker)];
  const { done, planned } = facts.adherence;
  if (pain.alreadyImproving) reasons.push({ rule: "already_improving", data: {} });
  if (planned > 0 && done > 0 && done < LOW_ADHERENCE * planned) reasons.push({ rule: "low_adherence", data: { done, planned } });
  if (facts.recalled) reasons.push({ rule: "recalled_baseline", data: { weaker: true } });
  if (planned > 0 && done === 0) return { outcome: "unclear", reasons: [{ rule: "no_sessions", data: { planned } }, ...reasons], extendWeeks: null };

  const p = judged(pain, "pain");
  const m = judged(marker, "marker");
  const good = [p, m].filter((v) => v === "meaningful").length;
  const extendWeeks = p === "inconclusive" ? pain.extendWeeks : m === "inconclusive" ? marker.extendWeeks : null;
  if (good === 2) return { outcome: "improved", reasons, extendWeeks: null };
  if (good === 1) return { outcome: "partial", reasons, extendWeeks: null };
  if (p === "inconclusive" || m === "inconclusive" || (p === null && m === null)) return { outcome: "unclear", reasons, extendWeeks };
  return { outcome: "no_go", reasons, extendWeeks: null };
}

function measureData(m: MeasureFacts): Reason["data"] {
  return {
    median: m.median === null ? null : round6(m.median),
    pAny: m.pAny === null ? null : round6(m.pAny),
    pMcid: m.pMcid === null ? null : round6(m.pMcid),
    mcid: round6(m.mcid),
    mcidDefault: m.mcidDefault,
  };
}

function painReason(pain: MeasureFacts): Reason {
  if (pain.littleRoom) return { rule: "pain_little_room", data: measureData(pain) };
  return { rule: `pain_${pain.verdict ?? "inconclusive"}` as ReasonRule, data: measureData(pain) };
}

function markerReason(marker: MeasureFacts): Reason {
  if (marker.gate === "not_measured") return { rule: "marker_not_measured", data: {} };
  if (marker.gate === "too_few_days") {
    return { rule: "marker_few_values", data: { baseline: marker.baselineDays, last: marker.lastDays, min: MIN_MARKER_VALUES } };
  }
  return { rule: `marker_${marker.verdict ?? "inconclusive"}` as ReasonRule, data: measureData(marker) };
}

function measureFacts(m: PainMeasure): MeasureFacts {
  return {
    gate: m.gate,
    verdict: m.verdict,
    littleRoom: m.littleRoom,
    alreadyImproving: m.alreadyImproving,
    baselineDays: m.baselineDays,
    lastDays: m.lastDays,
    median: m.posterior?.median ?? null,
    pAny: m.posterior?.pAny ?? null,
    pMcid: m.posterior?.pMcid ?? null,
    mcid: m.mcid,
    mcidDefault: m.mcidDefault,
    extendWeeks: m.extendWeeks,
  };
}

export function decide(input: DecisionInput): Decision {
  return decideFromAnalysis(analyseTrial(input), input.safetyEvents ?? []);
}

/**
 * `sessionsUnknown`: the data has no session column (a clinician's file), so adherence is not
 * judged. `sentStop`: the firings a "does not settle" stop rested on when it
 * was sent; they stand for the rule's part of the decision, whatever later corrections show.
 */
export function decideFromAnalysis(
  analysis: TrialAnalysis,
  safetyEvents: readonly SafetyEvent[],
  options: { sessionsUnknown?: boolean; sentStop?: readonly SettleFiring[] } = {},
): Decision {
  const { plan, calendar, baseline, lastWeek } = analysis;
  const block = { start: calendar.firstSession, end: calendar.blockEnd };
  const cues = safetyEvents.filter((e) => e.status !== "dismissed").sort((a, b) => a.date.localeCompare(b.date));
  // An answer on the setup screen by the block's first day came before the trial (a block that
  // counts from the day it was set up starts on it); one given later, in a new setup during the
  // block, is a warning sign during the block like any other.
  const beforeTrial = (e: SafetyEvent) => e.source === "screen" && e.date <= calendar.firstSession;
  const urgentCues = cues.filter((e) => e.group === "urgent" && !beforeTrial(e) && inRange(e.date, block));
  const firings = options.sentStop?.length ? [...options.sentStop] : analysis.settle.firings.filter((f) => inRange(f.date, block));
  const pain = painChange(baseline.painMean, lastWeek.painMean);
  const napValue = baseline.recalled ? null : nap(baseline.painScores, lastWeek.painScores);
  const marker = markerChange(plan.marker, baseline.markerMean, lastWeek.markerMean);
  const model = modelFor(analysis);
  const done = options.sessionsUnknown ? { done: 0, planned: 0 } : adherence(analysis);
  const facts: DecisionFacts = {
    urgentCues,
    secondSettleFiring: firings.find((f) => f.ordinal >= 2) ?? null,
    recalled: baseline.recalled,
    pain: measureFacts(model.pain),
    marker: measureFacts(model.marker),
    adherence: done,
  };
  const { outcome, reasons, extendWeeks } = decideOutcome(facts);
  const markerJudged = model.marker.gate === "ok";
  return {
    outcome,
    reasons,
    numbers: {
      baselineMean: baseline.painMean,
      lastWeekMean: lastWeek.painMean,
      delta: pain?.points ?? null,
      deltaPct: pain?.percent ?? null,
      sizeLabel: pain?.size ?? null,
      nap: napValue,
      napLabel: napLabel(napValue),
      painImproved: model.pain.verdict === "meaningful" && model.pain.gate === "ok" && !model.pain.littleRoom,
      markerImproved: markerJudged && model.marker.verdict === "meaningful",
      markerBaseline: baseline.markerMean,
      markerLast: lastWeek.markerMean,
      markerChange: markerJudged ? (marker?.change ?? null) : null,
      markerMinChange: marker?.minChange ?? (markerJudged ? model.marker.mcid : null),
      markerMinChangeDefault: plan.marker.minChange === undefined,
      baselineDays: baseline.painDays,
      lastWeekDays: lastWeek.painDays,
      recalled: baseline.recalled,
      adherence: done,
      ...costNumbers(analysis, pain?.points ?? null, done.done),
    },
    model,
    extendWeeks,
    cues,
    lead: leadFor(plan.goal),
    doseChanges: analysis.doseChanges,
    settleFirings: firings,
  };
}

/** Runs the model for pain and the marker over the analysis' baseline, block and judged last week. */
export function modelFor(analysis: TrialAnalysis): { pain: PainMeasure; marker: PainMeasure } {
  const { plan, calendar, days, paused, lastWeekDates } = analysis;
  const context = painContext(plan, calendar, paused, lastWeekDates);
  const pain = painMeasure(
    days.map((day) => ({ date: day.date, value: day.pain })),
    context,
  );
  const recalledMarker = plan.baseline.kind === "recalled" ? (plan.baseline.marker ?? null) : null;
  const marker = markerMeasure(
    days.map((day) => ({ date: day.date, value: day.marker })),
    {
      calendar,
      paused,
      lastWeekDates,
      better: plan.marker.direction,
      recalled: recalledMarker,
      mcid: (baselineMean) =>
        plan.marker.minChange !== undefined
          ? { mcid: plan.marker.minChange, isDefault: false }
          : { mcid: round6(defaultMinChange(baselineMean ?? 0)), isDefault: true },
    },
  );
  return { pain, marker };
}

function adherence(analysis: TrialAnalysis): { done: number; planned: number } {
  return {
    done: analysis.weeks.reduce((sum, week) => sum + week.sessionsDone, 0),
    planned: analysis.weeks.reduce((sum, week) => sum + week.sessionsPlanned, 0),
  };
}

/**
 * Each session done is priced by the plan version in force on its date, falling back to the latest
 * price when that version had none. Cost per point only when Δ > 0, sessions were done and they cost something.
 */
/** A 0-100 pain change as every report shows it on the user's scale: 26.4 → 2.6 (0-10) or 26 (0-100). */
export function shownPainChange(points100: number, scale: 10 | 100): number {
  return Number(((points100 * scale) / 100).toFixed(scale === 10 ? 1 : 0));
}

function costNumbers(analysis: TrialAnalysis, delta: number | null, sessionsDone: number) {
  const { plan, versions, calendar, days } = analysis;
  const latestPrice = plan.cost?.perSession;
  const block = { start: calendar.firstSession, end: calendar.blockEnd };
  const prices = days
    .filter((day) => day.session && inRange(day.date, block))
    .map((day) => planOn(versions, day.date).cost?.perSession ?? latestPrice);
  const priced = latestPrice !== undefined || versions.some((v) => v.plan.cost?.perSession !== undefined);
  const spent = priced ? round6(prices.reduce<number>((sum, price) => sum + (price ?? 0), 0)) : null;
  // Divided by the Δ the reader sees beside it, so "€420 … 3.4 points better" gives €123.53 per point.
  const shown = delta === null ? 0 : shownPainChange(delta, plan.painScale);
  return {
    currency: plan.cost?.currency ?? null,
    spent,
    // Per point only for sessions actually done and paid for: never "0.00 per point".
    costPerPoint: spent !== null && spent > 0 && sessionsDone > 0 && shown > 0 ? round6(spent / shown) : null,
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
