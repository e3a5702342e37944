/**
 * The pre-registered rule, the same for pain and the marker (improvement is always "positive =
 * better" here):
 *   likely meaningful            P(≥ MCID) ≥ 0.5 and P(> 0) ≥ 0.95
 *   likely no meaningful benefit P(≥ MCID) ≤ 0.2
 *   inconclusive                 otherwise
 * and, for the "does not settle" rule and the weekly wording, "likely worse" = P(worse by ≥ MCID) ≥ 0.8.
 */
import jstat from "jstat";

const { jStat } = jstat;

export const MEANINGFUL_P_MCID = 0.5;
export const MEANINGFUL_P_ANY = 0.95;
export const NO_BENEFIT_P_MCID = 0.2;
export const WORSE_P_MCID = 0.8;
export const MAX_EXTENSION_WEEKS = 8;

export type Verdict = "meaningful" | "no_benefit" | "inconclusive";

export interface Probabilities {
  /** P(improvement > 0). */
  pAny: number;
  /** P(improvement ≥ MCID). */
  pMcid: number;
}

export function verdictOf({ pAny, pMcid }: Probabilities): Verdict {
  if (pMcid >= MEANINGFUL_P_MCID && pAny >= MEANINGFUL_P_ANY) return "meaningful";
  if (pMcid <= NO_BENEFIT_P_MCID) return "no_benefit";
  return "inconclusive";
}

export function isLikelyWorse(pWorseMcid: number): boolean {
  return pWorseMcid >= WORSE_P_MCID;
}

export interface ExtensionInput {
  /** Posterior median and SD of the improvement. */
  median: number;
  sd: number;
  mcid: number;
  baselineDays: number;
  lastDays: number;
}

/**
 * How many more block weeks would likely make an inconclusive verdict clear, or null when even
 * 8 would not. An approximation, said as one: the median is taken as the truth, the judged period
 * grows by 7 days a week while the baseline stays as it is, so only the block's share of the
 * uncertainty shrinks: sd_N = sd·√((1/b + 1/(l+7N)) / (1/b + 1/l)).
 */
export function weeksToClarity(input: ExtensionInput): number | null {
  const { median, sd, mcid, baselineDays: b, lastDays: l } = input;
  if (!(sd > 0) || b <= 0 || l <= 0) return null;
  for (let weeks = 1; weeks <= MAX_EXTENSION_WEEKS; weeks++) {
    const s = sd * Math.sqrt((1 / b + 1 / (l + 7 * weeks)) / (1 / b + 1 / l));
    const pAny = 1 - jStat.normal.cdf(0, median, s);
    const pMcid = 1 - jStat.normal.cdf(mcid, median, s);
    if (verdictOf({ pAny, pMcid }) !== "inconclusive") return weeks;
  }
  return null;
}
