/** Non-overlap of all pairs (NAP) and its thresholds (Parker & Vannest 2009). */
export const NAP_MODERATE = 0.66;
export const NAP_STRONG = 0.93;

export type NapLabel = "none" | "moderate" | "strong";

/**
 * Non-overlap of all pairs for pain, where lower is better: the share of (baseline day,
 * last-week day) pairs in which the last-week score is lower, ties counting ½.
 * Null when either side has no scores.
 */
export function nap(baseline: readonly number[], lastWeek: readonly number[]): number | null {
  if (baseline.length === 0 || lastWeek.length === 0) return null;
  let score = 0;
  for (const before of baseline) {
    for (const after of lastWeek) {
      if (after < before) score += 1;
      else if (after === before) score += 0.5;
    }
  }
  return score / (baseline.length * lastWeek.length);
}

export function napLabel(value: number | null): NapLabel | null {
  if (value === null) return null;
  if (value >= NAP_STRONG) return "strong";
  if (value >= NAP_MODERATE) return "moderate";
  return "none";
}
