import type { Entry, Reaction } from "../checkin/entry.js";
import { toPain100, type Marker, type Plan, type PlanVersion } from "../plan/plan.js";
import {
  addDays,
  inRange,
  plannedSessions,
  trialCalendar,
  type DateRange,
  type TrialCalendar,
  type TrialWeek,
} from "../time/calendar.js";
import { findSettleFirings, MIN_DAYS_PER_WEEK, type SettleResult } from "./settle.js";
import { lastUnpausedDates, weeklyPainPosteriors, type PainContext, type WeekPosterior } from "./trial-series.js";

export type PlanInput = Plan | readonly PlanVersion[];
export type SizeLabel = "none" | "minimal" | "moderate" | "substantial";
export type WeekStatusKind = "on_track" | "worth_a_look" | "too_early";
export type WeekStatusRule = "unsettled_cue" | "few_days" | "no_baseline" | "likely_better" | "likely_worse" | "not_clear";
export type ReactionCounts = Partial<Record<Exclude<Reaction, "none">, number>>;

export interface DayPoint {
  date: string;
  /** Pain on 0-100, null when not scored. */
  pain: number | null;
  /** null = not measured or not asked. */
  marker: number | null;
  session: boolean;
  reactions: Reaction[];
}

export interface PeriodStats extends DateRange {
  painMean: number | null;
  painDays: number;
  painScores: number[];
  markerMean: number | null;
  markerDays: number;
  sessionsDone: number;
  reactions: ReactionCounts;
}

export interface BaselineStats {
  kind: Plan["baseline"]["kind"];
  /** Recalled baselines are weaker evidence and every report says so. */
  recalled: boolean;
  window: DateRange;
  painMean: number | null;
  painDays: number;
  painScores: number[];
  painLow: number | null;
  painHigh: number | null;
  markerMean: number | null;
  markerDays: number;
}

export interface PainChange {
  /** Baseline − period mean, positive = better. */
  points: number;
  /** null when the baseline mean is 0. */
  percent: number | null;
  size: SizeLabel | null;
}

export interface MarkerChange {
  baseline: number;
  value: number;
  /** Change in the marker's good direction: positive = better. */
  change: number;
  minChange: number;
  improved: boolean;
}

export interface WeekStatus {
  status: WeekStatusKind;
  rule: WeekStatusRule;
  painDays: number;
  delta: number | null;
  /** The model's view of this week (data up to its end), null when it could not judge it. */
  posterior: WeekPosterior | null;
}

export interface WeekStats extends PeriodStats {
  index: number;
  extension: boolean;
  sessionsPlanned: number;
  painChange: PainChange | null;
  markerChange: MarkerChange | null;
  status: WeekStatus;
}

export type DoseField = "minutesPerSession" | "sessionsPerWeek" | "weekdays" | "pressure";

export interface DoseChange {
  date: string;
  version: number;
  changes: { field: DoseField; from: string | number | number[]; to: string | number | number[] }[];
}

export interface TrialInput {
  plan: PlanInput;
  entries: readonly Entry[];
  pausedDates?: readonly string[];
}

export interface TrialAnalysis {
  /** The latest plan version: it defines the calendar, baseline and marker. */
  plan: Plan;
  versions: PlanVersion[];
  calendar: TrialCalendar;
  days: DayPoint[];
  baseline: BaselineStats;
  weeks: WeekStats[];
  /** The judged last week: the last 7 unpaused days of the block. */
  lastWeek: PeriodStats;
  lastWeekDates: string[];
  paused: readonly string[];
  settle: SettleResult;
  doseChanges: DoseChange[];
}

/** Rounds away floating-point noise so that threshold comparisons behave as hand arithmetic. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round6(values.reduce((sum, v) => sum + v, 0) / values.length);
}

export function painOf(entry: Entry): number | null {
  return entry.pain === undefined ? null : round6(toPain100(entry.pain, entry.scale));
}

export function asVersions(plan: PlanInput): PlanVersion[] {
  const versions = Array.isArray(plan)
    ? [...(plan as readonly PlanVersion[])]
    : [{ version: 1, effectiveFrom: addDays((plan as Plan).firstSession, -7), savedAt: "", plan: plan as Plan }];
  if (versions.length === 0) throw new RangeError("a trial needs at least one plan version");
  return versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version);
}

/** The plan version in force on a date; dates before the first version use the first. */
export function planOn(versions: readonly PlanVersion[], date: string): Plan {
  const sorted = asVersions(versions);
  let found = sorted[0];
  for (const version of sorted) if (version.effectiveFrom <= date) found = version;
  return found.plan;
}

export function currentPlan(plan: PlanInput): Plan {
  return asVersions(plan).at(-1)!.plan;
}

const DOSE_FIELDS: DoseField[] = ["minutesPerSession", "sessionsPerWeek", "weekdays", "pressure"];

export function doseChanges(versions: readonly PlanVersion[]): DoseChange[] {
  const sorted = asVersions(versions);
  const result: DoseChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1].plan;
    const after = sorted[i].plan;
    const changes = DOSE_FIELDS.filter((field) => String(doseValue(before, field)) !== String(doseValue(after, field))).map(
      (field) => ({ field, from: doseValue(before, field), to: doseValue(after, field) }),
    );
    if (changes.length > 0) result.push({ date: sorted[i].effectiveFrom, version: sorted[i].version, changes });
  }
  return result;
}

function doseValue(plan: Plan, field: DoseField): string | number | number[] {
  return field === "weekdays" ? [...plan.weekdays].sort((a, b) => a - b) : plan[field];
}

/** One point per date (the last entry wins if a date repeats), sorted by date. */
export function dayPoints(entries: readonly Entry[]): DayPoint[] {
  const byDate = new Map<string, DayPoint>();
  for (const entry of entries) {
    byDate.set(entry.date, {
      date: entry.date,
      pain: painOf(entry),
      marker: entry.marker ?? null,
      session: entry.session === true,
      reactions: entry.reactions ?? [],
    });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function periodStats(days: readonly DayPoint[], range: DateRange, only?: ReadonlySet<string>): PeriodStats {
  const inside = days.filter((day) => inRange(day.date, range) && (!only || only.has(day.date)));
  const painScores = inside.flatMap((day) => (day.pain === null ? [] : [day.pain]));
  const markers = inside.flatMap((day) => (day.marker === null ? [] : [day.marker]));
  const reactions: ReactionCounts = {};
  for (const kind of inside.flatMap((day) => day.reactions)) {
    if (kind !== "none") reactions[kind] = (reactions[kind] ?? 0) + 1;
  }
  return {
    start: range.start,
    end: range.end,
    painMean: mean(painScores),
    painDays: painScores.length,
    painScores,
    markerMean: mean(markers),
    markerDays: markers.length,
    sessionsDone: inside.filter((day) => day.session).length,
    reactions,
  };
}

export function baselineStats(plan: Plan, days: readonly DayPoint[], window: DateRange): BaselineStats {
  const period = periodStats(days, window);
  if (plan.baseline.kind === "recalled") {
    return {
      kind: "recalled",
      recalled: true,
      window,
      painMean: round6(plan.baseline.pain10 * 10),
      painDays: 0,
      painScores: [],
      painLow: null,
      painHigh: null,
      markerMean: plan.baseline.marker ?? null,
      markerDays: 0,
    };
  }
  const { painScores } = period;
  return {
    kind: plan.baseline.kind,
    recalled: false,
    window,
    painMean: period.painMean,
    painDays: period.painDays,
    painScores,
    painLow: painScores.length ? Math.min(...painScores) : null,
    painHigh: painScores.length ? Math.max(...painScores) : null,
    markerMean: period.markerMean,
    markerDays: period.markerDays,
  };
}

export function sizeLabel(percent: number): SizeLabel {
  if (percent < 10) return "none";
  if (percent < 30) return "minimal";
  if (percent < 50) return "moderate";
  return "substantial";
}

/** Worsening gives a negative percent and so the label "none": the label grades improvement only. */
export function painChange(baselineMean: number | null, periodMean: number | null): PainChange | null {
  if (baselineMean === null || periodMean === null) return null;
  const points = round6(baselineMean - periodMean);
  if (baselineMean === 0) return { points, percent: null, size: null };
  const percent = round6((points * 100) / baselineMean);
  return { points, percent, size: sizeLabel(percent) };
}

export function defaultMinChange(baselineMarker: number): number {
  return Math.max(0.2 * Math.abs(baselineMarker), 1);
}

export function markerChange(marker: Marker, baseline: number | null, value: number | null): MarkerChange | null {
  if (baseline === null || value === null) return null;
  const change = round6(marker.direction === "higher" ? value - baseline : baseline - value);
  const minChange = marker.minChange ?? round6(defaultMinChange(baseline));
  return { baseline, value, change, minChange, improved: change >= minChange };
}

/**
 * A week's status from the model: "on track" when the week is likely meaningfully better than the
 * baseline (the same rule as the end of the block), "worth a look" when it is likely worse by the
 * MCID (P ≥ 0.8) or a "does not settle" cue fired, "too early to tell" otherwise.
 */
export function weekStatus(painDays: number, change: PainChange | null, unsettledCue: boolean, posterior: WeekPosterior | null = null): WeekStatus {
  const delta = change?.points ?? null;
  const status = (status: WeekStatusKind, rule: WeekStatusRule): WeekStatus => ({ status, rule, painDays, delta, posterior });
  if (unsettledCue) return status("worth_a_look", "unsettled_cue");
  if (painDays < MIN_DAYS_PER_WEEK) return status("too_early", "few_days");
  if (delta === null || posterior === null) return status("too_early", "no_baseline");
  if (posterior.verdict === "meaningful") return status("on_track", "likely_better");
  if (posterior.likelyWorse) return status("worth_a_look", "likely_worse");
  return status("too_early", "not_clear");
}

export function painContext(plan: Plan, calendar: TrialCalendar, paused: readonly string[], lastWeekDates: readonly string[]): PainContext {
  return {
    calendar,
    paused,
    lastWeekDates,
    painScale: plan.painScale,
    recalled: plan.baseline.kind === "recalled" ? round6(plan.baseline.pain10 * 10) : null,
    mcid: plan.painMinChange ?? null,
  };
}

/** What the "does not settle" rule needs: the analysis without the weekly statistics. */
export type SettleAnalysis = Pick<TrialAnalysis, "plan" | "versions" | "calendar" | "days" | "baseline" | "settle">;

interface Core extends SettleAnalysis {
  periods: PeriodStats[];
  paused: readonly string[];
  lastWeekDates: string[];
  posteriors: Map<number, WeekPosterior>;
}

function analyseCore(input: TrialInput, settleOnly = false): Core {
  const versions = asVersions(input.plan);
  const plan = versions.at(-1)!.plan;
  const paused = input.pausedDates ?? [];
  const calendar = trialCalendar(plan, paused);
  const days = dayPoints(input.entries);
  const baseline = baselineStats(plan, days, calendar.baseline);
  const periods = calendar.weeks.map((week) => periodStats(days, week));
  const block: DateRange = { start: calendar.firstSession, end: calendar.blockEnd };
  const lastWeekDates = lastUnpausedDates(calendar, paused);
  const posteriors = weeklyPainPosteriors(
    days.map((day) => ({ date: day.date, value: day.pain })),
    painContext(plan, calendar, paused, lastWeekDates),
    MIN_DAYS_PER_WEEK,
    settleOnly,
  );

  const settle = findSettleFirings({
    scores: days.flatMap((day) => (day.pain === null ? [] : [{ date: day.date, pain: day.pain }])),
    sessionDates: days.filter((day) => day.session && inRange(day.date, block)).map((day) => day.date),
    weeks: calendar.weeks.map((week, i) => ({
      ...week,
      mean: periods[i].painMean,
      days: periods[i].painDays,
      pWorse: posteriors.get(week.index)?.pWorseMcid ?? null,
    })),
    baselineMean: baseline.painMean,
  });
  return { plan, versions, calendar, days, baseline, settle, periods, paused, lastWeekDates, posteriors };
}

/**
 * The settle rule's part of analyseTrial, without weekly statistics, planned sessions and dose
 * changes: it runs after every saved pain score or session day. Same results.
 */
export function analyseSettle(input: TrialInput): SettleAnalysis {
  const { plan, versions, calendar, days, baseline, settle } = analyseCore(input, true);
  return { plan, versions, calendar, days, baseline, settle };
}

export function analyseTrial(input: TrialInput): TrialAnalysis {
  const { plan, versions, calendar, days, baseline, settle, periods, paused, lastWeekDates, posteriors } = analyseCore(input);
  const weeks = calendar.weeks.map((week, i) => weekStats(week, periods[i], { versions, baseline, settle, paused, plan, posteriors }));
  return {
    plan,
    versions,
    calendar,
    days,
    baseline,
    weeks,
    lastWeek: lastWeekStats(days, calendar, lastWeekDates),
    lastWeekDates,
    paused,
    settle,
    doseChanges: doseChanges(versions),
  };
}

/** Stats over the last 7 unpaused days; start/end span them. */
export function lastWeekStats(days: readonly DayPoint[], calendar: TrialCalendar, dates: readonly string[]): PeriodStats {
  const range = dates.length ? { start: dates[0], end: dates.at(-1)! } : calendar.lastWeek;
  return periodStats(days, range, new Set(dates));
}

interface WeekContext {
  posteriors: Map<number, WeekPosterior>;
  versions: PlanVersion[];
  plan: Plan;
  baseline: BaselineStats;
  settle: SettleResult;
  paused: readonly string[];
}

function weekStats(week: TrialWeek, period: PeriodStats, context: WeekContext): WeekStats {
  const change = painChange(context.baseline.painMean, period.painMean);
  const unsettledCue = context.settle.firings.some((firing) => inRange(firing.date, week));
  return {
    ...period,
    index: week.index,
    extension: week.extension,
    sessionsPlanned: plannedSessions(week, (date) => planOn(context.versions, date), context.paused),
    painChange: change,
    markerChange: markerChange(context.plan.marker, context.baseline.markerMean, period.markerMean),
    status: weekStatus(period.painDays, change, unsettledCue, context.posteriors.get(week.index) ?? null),
  };
}
