import type { Outcome } from "../../../trial/analysis/decision.js";
import { reportChoices, type ReportChoice } from "../../../trial/phases/report-choices.js";
import { runningWithdrawal, withdrawalEnd, withdrawalReportDate, type Withdrawal } from "../../../trial/phases/timeline.js";
import { longDate, type Lang, type Translate } from "../../ui/format.js";
import { decisionAt, reportScope, type LoadedTrial } from "./service.js";

/**
 * The choices the block's report offers now (the outcome as recomputed today: late entries can
 * change it; a running withdrawal check leaves only ending). A tap from an older keyboard that
 * offered more is checked against these.
 */
export function choicesNow(trial: LoadedTrial): { outcome: Outcome; choices: ReportChoice[]; withdrawal: Withdrawal | null } {
  const { decision } = decisionAt(trial, reportScope(trial).asOf);
  const withdrawal = runningWithdrawal(trial.timeline, trial.today);
  return { outcome: decision.outcome, choices: reportChoices(decision.outcome, decision.extendWeeks, withdrawal !== null), withdrawal };
}

/** Why a choice from an older keyboard is not carried out: a withdrawal check runs; after a stop nothing but ending is; after a no-go, no extension. */
export function notOfferedText(t: Translate, now: { choices: readonly ReportChoice[]; withdrawal: Withdrawal | null }, lang: Lang): string {
  if (now.withdrawal) return withdrawalFirstText(t, now.withdrawal, lang);
  return now.choices.includes("block") ? t("rep-extend-not-offered") : t("rep-stop-no-more");
}

export function withdrawalFirstText(t: Translate, w: Withdrawal, lang: Lang): string {
  const { wdEnd, report } = withdrawalDates(w, lang);
  return t("rep-withdrawal-first", { end: wdEnd, report });
}

/** "{ $wdEnd }" and "{ $report }": a withdrawal check's last day and its report's day. */
export function withdrawalDates(w: Withdrawal, lang: Lang): { wdEnd: string; report: string } {
  return { wdEnd: longDate(withdrawalEnd(w), lang), report: longDate(withdrawalReportDate(w), lang) };
}
