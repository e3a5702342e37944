/**
 * Phase against phase, through the analysis model: the level of one set of days against another
 * (no trend term: the phases are weeks apart and a baseline trend carried that far would decide
 * the answer by itself), with the AR(1) noise the model estimates, as an improvement posterior
 * (positive = lower pain) with its 95 % interval.
 */
import { daysBetween } from "../time/calendar.js";
import { fitModel, rhoMean, type SeriesPoint } from "../analysis/model.js";
import { improvementPosterior, type Posterior } from "../analysis/measure.js";
import { mean } from "../analysis/analysis.js";
import type { DayValue } from "../analysis/trial-series.js";

export interface PeriodLevel {
  start: string | null;
  end: string | null;
  mean: number | null;
  days: number;
}

export interface PhaseComparison {
  reference: PeriodLevel;
  target: PeriodLevel;
  /** Improvement of target over reference (positive = less pain), on 0-100; null with too few days. */
  posterior: Posterior | null;
}

export function levelOf(days: readonly DayValue[]): PeriodLevel {
  const scored = days.filter((d) => d.value !== null);
  return {
    start: scored[0]?.date ?? null,
    end: scored.at(-1)?.date ?? null,
    mean: mean(scored.map((d) => d.value as number)),
    days: scored.length,
  };
}

/**
 * `threshold`: the change (0-100 points) whose probability the caller wants in either direction
 * (pMcid = P(improved by at least it), pWorseMcid = P(worse by at least it)).
 */
export function comparePeriods(
  reference: readonly DayValue[],
  target: readonly DayValue[],
  /** Scored days needed on each side (default 3; a follow-up checkpoint is a single day). */
  opts: { threshold: number; resolution: number; minReference?: number; minTarget?: number },
): PhaseComparison {
  const ref = reference.filter((d) => d.value !== null);
  const tgt = target.filter((d) => d.value !== null);
  const out = { reference: levelOf(ref), target: levelOf(tgt) };
  if (ref.length < Math.max(1, opts.minReference ?? 3) || tgt.length < Math.max(1, opts.minTarget ?? 3)) return { ...out, posterior: null };
  const origin = tgt[0].date;
  const points: SeriesPoint[] = [
    ...ref.map((d) => ({ day: daysBetween(origin, d.date), value: d.value as number, period: 0 })),
    ...tgt.map((d) => ({ day: daysBetween(origin, d.date), value: d.value as number, period: 1 })),
  ].sort((a, b) => a.day - b.day);
  const fit = fitModel(points, { trendPriorSd: null, resolution: opts.resolution, periods: [1] });
  const effect = fit?.effects.find((e) => e.period === 1);
  if (!fit || !effect) return { ...out, posterior: null };
  return { ...out, posterior: improvementPosterior(effect, "lower", Math.max(opts.threshold, 0.01), rhoMean(fit)) };
}
