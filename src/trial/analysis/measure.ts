/**
 * One measure (pain or the marker) through the model, the gates and the robustness numbers.
 * Works on day numbers (0 = first session) so the simulation bench and the bot share it.
 */
import { fitModel, mixtureCdf, mixtureQuantile, rhoMean, type EffectPosterior, type SeriesPoint } from "./model.js";
import { medianImprovement, napWithInterval, theilSenSlope, type Better, type NapInterval } from "./robust.js";
import { verdictOf, weeksToClarity, type Verdict } from "./verdict.js";

/** Gates: fewer scored days than this in the baseline or the judged last week → "too few days". */
export const MIN_GATE_DAYS = 5;
/** The marker needs at least this many values on each side. */
export const MIN_MARKER_VALUES = 3;
/** Prior SD of the pain trend, points (0-100) per day. */
export const PAIN_TREND_PRIOR_SD = 0.25;
/** The day-to-day SD of pain (0-100) that PAIN_TREND_PRIOR_SD and the model's week SD were set against. */
export const PAIN_DAILY_SD = 12;
/** A baseline Theil-Sen slope at or below this (points per day, improving direction) means "already improving". */
export const FALLING_SLOPE = 0.5;

export interface MeasureSeries {
  /** Scored baseline days (period 0) and block days (period ≥ 1; the highest is the judged last week). */
  points: readonly SeriesPoint[];
  better: Better;
  mcid: number;
  /** The scale's smallest step on the analysis scale (10 for 0-10 pain, 1 for 0-100). */
  resolution: number;
  /** Prior SD of the trend per day, null = no trend term. */
  trendPriorSd: number | null;
  /** Prior SD of one block week's own deviation from the block's shift; default the model's (pain points). */
  weekSd?: number;
  /** A recalled baseline value instead of baseline days. */
  recalledBaseline?: number | null;
  /** Days needed on each side (5 for pain, 3 for the marker). */
  minDays: number;
  /** The judged period; default the highest period present. A judged week without data is too few days, never an earlier week. */
  lastPeriod?: number;
  /** Lowest possible value, for the floor guard when lower is better (0 for pain). */
  floor?: number | null;
}

export type Gate = "ok" | "too_few_days" | "not_measured";

export interface Posterior {
  /** Improvement in the last week (positive = better): median and 95 % interval. */
  median: number;
  lower: number;
  upper: number;
  sd: number;
  pAny: number;
  pMcid: number;
  /** P(worse by at least the MCID). */
  pWorseMcid: number;
  rho: number;
}

export interface MeasureResult {
  gate: Gate;
  baselineDays: number;
  lastDays: number;
  mcid: number;
  posterior: Posterior | null;
  verdict: Verdict | null;
  /** Weeks of extension that would likely settle an inconclusive verdict; null = unlikely within 8. */
  extendWeeks: number | null;
  nap: NapInterval | null;
  medianDifference: number | null;
  /** Theil-Sen slope of the baseline, per day, in the improving direction (positive = improving). */
  baselineSlope: number | null;
  alreadyImproving: boolean;
  /** Too little room below the baseline to improve by the MCID. */
  littleRoom: boolean;
}

/** Summarises a δ posterior as an improvement (sign flipped when lower is better). */
export function improvementPosterior(effect: EffectPosterior, better: Better, mcid: number, rho: number): Posterior {
  const sign = better === "lower" ? -1 : 1;
  const q = (p: number) => sign * mixtureQuantile(effect, better === "lower" ? 1 - p : p);
  const below = (x: number) => mixtureCdf(effect, x);
  // improvement > c  ⇔  δ < −c (lower better) or δ > c (higher better)
  const pImprovedBy = (c: number) => (better === "lower" ? below(-c) : 1 - below(c));
  const pWorseBy = (c: number) => (better === "lower" ? 1 - below(c) : below(-c));
  const lower = q(0.025);
  const upper = q(0.975);
  return {
    median: q(0.5),
    lower,
    upper,
    sd: (upper - lower) / (2 * 1.959964),
    pAny: pImprovedBy(0),
    pMcid: pImprovedBy(mcid),
    pWorseMcid: pWorseBy(mcid),
    rho,
  };
}

export function analyseMeasure(series: MeasureSeries): MeasureResult {
  const baseline = series.points.filter((p) => p.period === 0);
  const lastPeriod = series.lastPeriod ?? Math.max(0, ...series.points.map((p) => p.period));
  const last = lastPeriod > 0 ? series.points.filter((p) => p.period === lastPeriod) : [];
  const recalled = series.recalledBaseline !== undefined && series.recalledBaseline !== null;
  const baselineDays = recalled ? 0 : baseline.length;
  const base = {
    baselineDays,
    lastDays: last.length,
    mcid: series.mcid,
    nap: recalled ? null : napWithInterval(baseline.map((p) => p.value), last.map((p) => p.value), series.better),
    medianDifference: recalled ? null : medianImprovement(baseline.map((p) => p.value), last.map((p) => p.value), series.better),
  };
  const sign = series.better === "lower" ? -1 : 1;
  const rawSlope = recalled ? null : theilSenSlope(baseline);
  const baselineSlope = rawSlope === null ? null : sign * rawSlope;
  const baselineLevel = recalled ? (series.recalledBaseline as number) : mean(baseline.map((p) => p.value));
  const littleRoom =
    series.better === "lower" && series.floor !== undefined && series.floor !== null && baselineLevel !== null && baselineLevel - series.floor < series.mcid;
  const guards = { baselineSlope, alreadyImproving: baselineSlope !== null && baselineSlope >= FALLING_SLOPE, littleRoom };
  const empty = { posterior: null, verdict: null, extendWeeks: null };
  if (series.points.length === 0 || (baselineDays === 0 && !recalled && last.length === 0)) {
    return { gate: "not_measured", ...base, ...guards, ...empty };
  }
  if ((!recalled && baselineDays < series.minDays) || last.length < series.minDays) {
    return { gate: "too_few_days", ...base, ...guards, ...empty };
  }
  const fit = fitModel(recalled ? series.points.filter((p) => p.period > 0) : series.points, {
    trendPriorSd: recalled ? null : series.trendPriorSd,
    weekSd: series.weekSd,
    resolution: series.resolution,
    fixedBaseline: recalled ? series.recalledBaseline : null,
    periods: [lastPeriod],
  });
  const effect = fit?.effects.find((e) => e.period === lastPeriod);
  if (!fit || !effect) return { gate: "too_few_days", ...base, ...guards, ...empty };
  const posterior = improvementPosterior(effect, series.better, series.mcid, rhoMean(fit));
  const verdict = verdictOf(posterior);
  const extendWeeks =
    verdict === "inconclusive"
      ? weeksToClarity({ median: posterior.median, sd: posterior.sd, mcid: series.mcid, baselineDays: Math.max(baselineDays, 7), lastDays: last.length })
      : null;
  return { gate: "ok", ...base, ...guards, posterior, verdict, extendWeeks };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** The default pain MCID: 20 points or 30 % of the baseline, whichever is smaller, but never below 10. */
export function defaultPainMcid(baselineMean: number | null): number {
  if (baselineMean === null) return 20;
  return Math.max(10, Math.min(20, 0.3 * baselineMean));
}
