/**
 * The robustness numbers shown beside the model: they do not decide anything.
 * Medians come from simple-statistics (a small, well-tested package) rather than our own sort code;
 * the normal quantile for the NAP interval comes from jstat.
 */
import jstat from "jstat";
import { median } from "simple-statistics";

const { jStat } = jstat;

export type Better = "lower" | "higher";

export interface NapInterval {
  nap: number;
  lower: number;
  upper: number;
}

/** Share of (baseline, block) pairs where the block value is better, ties ½ (Parker & Vannest 2009). */
export function napValue(baseline: readonly number[], block: readonly number[], better: Better): number | null {
  if (baseline.length === 0 || block.length === 0) return null;
  let score = 0;
  for (const a of baseline) {
    for (const b of block) {
      if (a === b) score += 0.5;
      else if (better === "lower" ? b < a : b > a) score += 1;
    }
  }
  return score / (baseline.length * block.length);
}

/**
 * NAP with the 95 % interval of Newcombe (2006, Method 5): the θ solving
 * (NAP − θ)² = z² h θ(1−θ)/(mn) · [1/h + (1−θ)/(2−θ) + θ/(1+θ)], h = (m+n)/2 − 1,
 * found by bisection on each side of the estimate. Needs at least one value on each side.
 */
export function napWithInterval(baseline: readonly number[], block: readonly number[], better: Better, level = 0.95): NapInterval | null {
  const nap = napValue(baseline, block, better);
  if (nap === null) return null;
  const m = baseline.length;
  const n = block.length;
  const h = (m + n) / 2 - 1;
  const z = jStat.normal.inv(1 - (1 - level) / 2, 0, 1);
  const gap = (theta: number) =>
    (nap - theta) ** 2 - ((z * z * h * theta * (1 - theta)) / (m * n)) * (1 / Math.max(h, 1e-9) + (1 - theta) / (2 - theta) + theta / (1 + theta));
  // gap ≤ 0 at θ = NAP and > 0 far enough away (or never, at the ends): bisect between.
  const root = (inside: number, outside: number) => {
    if (gap(outside) <= 0) return outside;
    let a = inside;
    let b = outside;
    for (let i = 0; i < 80; i++) {
      const mid = (a + b) / 2;
      if (gap(mid) <= 0) a = mid;
      else b = mid;
    }
    return (a + b) / 2;
  };
  return { nap, lower: root(nap, 0), upper: root(nap, 1) };
}

/** Median of the block minus median of the baseline, turned so that positive = better. */
export function medianImprovement(baseline: readonly number[], block: readonly number[], better: Better): number | null {
  if (baseline.length === 0 || block.length === 0) return null;
  const diff = median([...block]) - median([...baseline]);
  return better === "lower" ? -diff : diff;
}

/** Theil-Sen slope: the median of all pairwise slopes (Sen 1968), in units per day. Needs 2 distinct days. */
export function theilSenSlope(points: readonly { day: number; value: number }[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j].day - points[i].day;
      if (dx !== 0) slopes.push((points[j].value - points[i].value) / dx);
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}
