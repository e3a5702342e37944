/**
 * The follow-up after the user stops or decides: one pain score and one marker a week for four
 * weeks, then at 3 and 6 months (the horizon of the evidence on massage), each answered point with
 * a short "how it held": the day's pain against the level the last block ended on.
 */
import { addDays, datesIn } from "../time/calendar.js";
import type { DayValue } from "../analysis/trial-series.js";
import { NO_BENEFIT_P_MCID, WORSE_P_MCID } from "../analysis/verdict.js";
import { comparePeriods, levelOf, type PeriodLevel, type PhaseComparison } from "./compare.js";
import { ABOVE_BASELINE_POINTS } from "./withdrawal.js";
import type { FollowUp, PhaseSpan } from "./timeline.js";

export interface Checkpoint {
  /** 1-based, in date order. */
  index: number;
  date: string;
  unit: "week" | "month";
  n: number;
}

const POINTS: readonly { days: number; unit: "week" | "month"; n: number }[] = [
  { days: 7, unit: "week", n: 1 },
  { days: 14, unit: "week", n: 2 },
  { days: 21, unit: "week", n: 3 },
  { days: 28, unit: "week", n: 4 },
  { days: 91, unit: "month", n: 3 },
  { days: 182, unit: "month", n: 6 },
];

export function checkpoints(f: Pick<FollowUp, "start">): Checkpoint[] {
  return POINTS.map((p, i) => ({ index: i + 1, date: addDays(f.start, p.days), unit: p.unit, n: p.n }));
}

/** Running on `date`: not stopped by then, not paused since on or before it. */
export function followUpRunning(f: FollowUp | null, date: string): boolean {
  if (!f) return false;
  if (f.stoppedOn !== undefined && f.stoppedOn <= date) return false;
  return !(f.pausedSince !== undefined && f.pausedSince <= date);
}

/** The checkpoint asked on `date`, if the follow-up is running then. */
export function checkpointOn(f: FollowUp | null, date: string): Checkpoint | null {
  if (!f || !followUpRunning(f, date)) return null;
  return checkpoints(f).find((c) => c.date === date) ?? null;
}

/** The next checkpoint after `date` (null after the last). */
export function nextCheckpoint(f: FollowUp, date: string): Checkpoint | null {
  return checkpoints(f).find((c) => c.date > date) ?? null;
}

export type HeldVerdict = "above_baseline" | "held" | "partly" | "faded" | "no_gain" | "too_few_days";

export interface HowItHeld {
  verdict: HeldVerdict;
  baseline: PeriodLevel;
  blockEnd: PeriodLevel;
  /** The checkpoint's pain on 0-100. */
  today: number | null;
  /** The checkpoint against the block's end (improvement < 0 = pain rose). */
  change: PhaseComparison | null;
  /** P(pain rose by at least half of what the block gained). */
  pFaded: number | null;
}

export interface HowItHeldInput {
  pain: readonly DayValue[];
  spans: readonly PhaseSpan[];
  date: string;
  paused: readonly string[];
  painScale: 10 | 100;
  recalledBaseline: number | null;
}

export function howItHeld(input: HowItHeldInput): HowItHeld {
  const paused = new Set(input.paused);
  const within = (span: PhaseSpan | undefined) =>
    span && span.end !== null ? datesIn({ start: span.start, end: span.end }).filter((d) => !paused.has(d)) : [];
  const pick = (dates: readonly string[]) => {
    const wanted = new Set(dates);
    return input.pain.filter((d) => wanted.has(d.date) && d.value !== null);
  };
  const block = input.spans.filter((s) => s.kind === "block" && s.end !== null && s.end < input.date).at(-1);
  const baselineDays = pick(within(input.spans.find((s) => s.kind === "baseline")));
  const blockEndDays = pick(within(block).slice(-7));
  const todayDays = pick([input.date]);
  const baseline = input.recalledBaseline !== null ? { start: null, end: null, mean: input.recalledBaseline, days: 0 } : levelOf(baselineDays);
  const blockEnd = levelOf(blockEndDays);
  const today = todayDays[0]?.value ?? null;
  const resolution = input.painScale === 10 ? 10 : 1;
  const base = { baseline, blockEnd, today };
  if (baseline.mean === null || blockEnd.days < 3 || today === null) return { verdict: "too_few_days", ...base, change: null, pFaded: null };
  const gain = baseline.mean - (blockEnd.mean as number);
  const change = comparePeriods(blockEndDays, todayDays, { threshold: Math.max(gain / 2, resolution), resolution, minTarget: 1 });
  // Worse than before the trial is said first, whatever the block gained.
  if (today - baseline.mean >= ABOVE_BASELINE_POINTS - 1e-9) return { verdict: "above_baseline", ...base, change, pFaded: null };
  if (gain < resolution) return { verdict: "no_gain", ...base, change, pFaded: null };
  const pFaded = change.posterior?.pWorseMcid ?? null;
  const verdict: HeldVerdict = pFaded === null ? "too_few_days" : pFaded <= NO_BENEFIT_P_MCID ? "held" : pFaded >= WORSE_P_MCID ? "faded" : "partly";
  return { verdict, ...base, change, pFaded };
}
