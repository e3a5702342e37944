import type { Outcome } from "../../../trial/analysis/decision.js";
import { reportChoices, type ReportChoice } from "../../../trial/phases/report-choices.js";
import { addDays } from "../../../trial/time/calendar.js";
import { runningWithdrawal, withdrawalEnd, type Withdrawal } from "../../../trial/phases/timeline.js";
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
  const end = withdrawalEnd(w);
  return t("rep-withdrawal-first", { end: longDate(end, lang), report: longDate(addDays(end, 1), lang) });
}
