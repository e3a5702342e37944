/**
 * "Not enough data", explained where the report says it: how many days have a score against the
 * days needed, and what can still change that (a missed day added with /checkin, a longer block).
 */
import type { TrialAnalysis } from "../../../trial/analysis/analysis.js";
import type { Decision } from "../../../trial/analysis/decision.js";
import { MIN_GATE_DAYS } from "../../../trial/analysis/measure.js";
import { isAnswerable, MAX_DAYS_BACK } from "../../../trial/checkin/checkin.js";
import { datesIn } from "../../../trial/time/calendar.js";
import { shortDate, type Lang, type Translate } from "../../ui/format.js";

export interface FewDaysInput {
  analysis: TrialAnalysis;
  decision: Decision;
  /** The block's number: from block 2 on, the baseline is the previous block's last week. */
  block?: number;
  /** The user's local date, for the days /checkin can still add; without it none are offered. */
  today?: string;
}

type FewRule = "few_baseline_days" | "few_last_week_days";

/** The gate's scored days on one side, when that side is short. */
function shortBy(decision: Decision, rule: FewRule): number | null {
  const reason = decision.reasons.find((r) => r.rule === rule);
  return reason ? Number(reason.data.days) : null;
}

function baselineDates(analysis: TrialAnalysis): string[] {
  const paused = new Set(analysis.paused);
  return datesIn(analysis.baseline.window).filter((date) => !paused.has(date));
}

/** Dates among `dates` without a pain score that /checkin still takes today. */
function addableDates(input: FewDaysInput, dates: readonly string[]): string[] {
  const { analysis, today } = input;
  if (!today) return [];
  const scored = new Set(analysis.days.filter((day) => day.pain !== null).map((day) => day.date));
  return dates.filter((date) => !scored.has(date) && isAnswerable(date, today, analysis.calendar.baseline.start));
}

/** One line per short side: "Only 3 of the last 7 days have a pain score; I need at least 5 …". */
export function fewDaysLines(t: Translate, input: FewDaysInput): string[] {
  const { analysis, decision } = input;
  if (decision.outcome !== "not_enough_data") return [];
  const lines: string[] = [];
  const baseline = shortBy(decision, "few_baseline_days");
  if (baseline !== null) {
    lines.push(t("rep-few-baseline", { days: baseline, total: baselineDates(analysis).length, min: MIN_GATE_DAYS, previous: (input.block ?? 1) - 1 }));
  }
  const last = shortBy(decision, "few_last_week_days");
  if (last !== null) lines.push(t("rep-few-last-week", { days: last, total: analysis.lastWeekDates.length, min: MIN_GATE_DAYS }));
  return lines;
}

/**
 * What can still make the block judgeable: the missed days /checkin still takes, then a longer
 * block. A baseline that stays short even so is said plainly: no later day can fill it.
 */
export function fewDaysNextText(t: Translate, input: FewDaysInput, lang: Lang): string {
  const { analysis, decision } = input;
  const baseline = shortBy(decision, "few_baseline_days");
  const lastShort = shortBy(decision, "few_last_week_days") !== null;
  const baselineAddable = baseline !== null ? addableDates(input, baselineDates(analysis)) : [];
  if (baseline !== null && baseline + baselineAddable.length < MIN_GATE_DAYS) return t("rep-next-few", { text: t("rep-next-few-baseline") });
  const lastAddable = lastShort ? addableDates(input, analysis.lastWeekDates) : [];
  const addable = [...new Set([...baselineAddable, ...lastAddable])].sort();
  const parts: string[] = [];
  if (addable.length) {
    parts.push(t("rep-next-few-checkin", { dates: addable.map((date) => shortDate(date, lang)).join(", "), back: MAX_DAYS_BACK }));
  }
  if (lastShort || !addable.length) parts.push(t("rep-next-few-extend", { checkin: addable.length ? "yes" : "no" }));
  return t("rep-next-few", { text: parts.join(" ") });
}
