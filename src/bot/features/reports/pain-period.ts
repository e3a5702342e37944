import type { TrialAnalysis, WeekStats } from "../../../trial/analysis/analysis.js";
import type { Decision } from "../../../trial/analysis/decision.js";

/**
 * The pain every report (chat, Mini App, clinician page) sets against the baseline: the last week
 * (the block's last 7 counted days), or, for a stop or a last week without scores, the latest trial
 * week with scores — where the pain went. null without a baseline mean or any week to compare.
 */
export type ReportedPain = { kind: "last-week" } | { kind: "latest-week"; week: ScoredWeek };

type ScoredWeek = WeekStats & { painMean: number };

export function reportedPain(analysis: TrialAnalysis, decision: Decision, asOf: string): ReportedPain | null {
  const n = decision.numbers;
  if (n.baselineMean === null) return null;
  // A stop is about where the pain went, not about the last 7 days (they may span two weeks).
  if (n.lastWeekMean !== null && decision.outcome !== "stop") return { kind: "last-week" };
  const latest = [...analysis.weeks].reverse().find((week): week is ScoredWeek => week.painMean !== null && week.start <= asOf);
  return latest ? { kind: "latest-week", week: latest } : null;
}
