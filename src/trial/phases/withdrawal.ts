/**
 * The withdrawal check (A-B-A): after a block, the sessions stop for two weeks while the daily
 * question goes on. If pain climbs back toward the baseline, the block's improvement went with the
 * sessions (support for a real effect); if it stays low, natural recovery explains the numbers as
 * well. Judged on the withdrawal's last 7 days (the first week allows for carry-over) against the
 * block's last 7 days: "came back" = likely risen by at least half of what the block gained.
 */
import { datesIn } from "../time/calendar.js";
import type { DayValue } from "../analysis/trial-series.js";
import { NO_BENEFIT_P_MCID, WORSE_P_MCID } from "../analysis/verdict.js";
import { comparePeriods, levelOf, type PeriodLevel, type PhaseComparison } from "./compare.js";
import { withdrawalEnd, type PhaseSpan, type Withdrawal } from "./timeline.js";

export type WithdrawalVerdict = "above_baseline" | "returned" | "stayed_low" | "unclear" | "no_gain" | "too_few_days";

/**
 * Pain without sessions this far above the baseline (0-100, DOMAIN's "worth a look") is no evidence
 * about the sessions first: it is worse than before the trial, and a clinician should hear of it.
 */
export const ABOVE_BASELINE_POINTS = 10;

export interface WithdrawalResult {
  verdict: WithdrawalVerdict;
  baseline: PeriodLevel;
  blockEnd: PeriodLevel;
  withdrawal: PeriodLevel;
  /** Baseline − block end, 0-100 (positive = the block lowered pain). */
  gain: number | null;
  /** Half the gain: the rise that counts as "came back". */
  threshold: number | null;
  /** Withdrawal against the block's end (improvement < 0 = pain rose). */
  rise: PhaseComparison | null;
  /** Withdrawal against the baseline. */
  vsBaseline: PhaseComparison | null;
  /** P(pain rose by at least the threshold). */
  pReturned: number | null;
}

export interface WithdrawalInput {
  /** Pain on 0-100 by date (missing days absent or null). */
  pain: readonly DayValue[];
  spans: readonly PhaseSpan[];
  withdrawal: Withdrawal;
  paused: readonly string[];
  painScale: 10 | 100;
  /** A recalled baseline on 0-100 (no baseline days), or null. */
  recalledBaseline: number | null;
}

function pick(pain: readonly DayValue[], dates: readonly string[]): DayValue[] {
  const wanted = new Set(dates);
  return pain.filter((d) => wanted.has(d.date) && d.value !== null);
}

function spanDates(span: PhaseSpan | undefined, paused: ReadonlySet<string>): string[] {
  if (!span || span.end === null) return [];
  return datesIn({ start: span.start, end: span.end }).filter((d) => !paused.has(d));
}

export function withdrawalCheck(input: WithdrawalInput): WithdrawalResult {
  const paused = new Set(input.paused);
  const w = input.withdrawal;
  const block = input.spans.filter((s) => s.kind === "block" && s.block === w.afterBlock && s.start < w.start).at(-1);
  const baselineSpan = input.spans.find((s) => s.kind === "baseline");
  const baselineDays = pick(input.pain, spanDates(baselineSpan, paused));
  const blockEndDays = pick(input.pain, spanDates(block, paused).slice(-7));
  const withdrawalDays = pick(
    input.pain,
    datesIn({ start: w.start, end: withdrawalEnd(w) })
      .filter((d) => !paused.has(d))
      .slice(-7),
  );
  const baseline = input.recalledBaseline !== null ? { start: null, end: null, mean: input.recalledBaseline, days: 0 } : levelOf(baselineDays);
  const blockEnd = levelOf(blockEndDays);
  const withdrawal = levelOf(withdrawalDays);
  const empty = { baseline, blockEnd, withdrawal, rise: null, vsBaseline: null, pReturned: null };
  const resolution = input.painScale === 10 ? 10 : 1;
  if (baseline.mean === null || blockEnd.days < 3 || withdrawal.days < 3) return { verdict: "too_few_days", gain: null, threshold: null, ...empty };
  const gain = baseline.mean - (blockEnd.mean as number);
  const above = (withdrawal.mean as number) - baseline.mean >= ABOVE_BASELINE_POINTS - 1e-9;
  // The smallest step of the scale: a gain below it is no gain to lose.
  if (gain < resolution) return { verdict: above ? "above_baseline" : "no_gain", gain, threshold: null, ...empty };
  const threshold = gain / 2;
  const rise = comparePeriods(blockEndDays, withdrawalDays, { threshold, resolution });
  const vsBaseline = input.recalledBaseline === null ? comparePeriods(baselineDays, withdrawalDays, { threshold: gain, resolution }) : null;
  const pReturned = rise.posterior?.pWorseMcid ?? null;
  const verdict: WithdrawalVerdict = above
    ? "above_baseline"
    : pReturned === null
      ? "too_few_days"
      : pReturned >= WORSE_P_MCID
        ? "returned"
        : pReturned <= NO_BENEFIT_P_MCID
          ? "stayed_low"
          : "unclear";
  return { verdict, baseline, blockEnd, withdrawal, gain, threshold, rise, vsBaseline, pReturned };
}
