import type { Outcome } from "../../../trial/analysis/decision.js";
import { reportChoices, type ReportChoice } from "../../../trial/phases/report-choices.js";
import type { Translate } from "../../ui/format.js";
import { decisionAt, reportScope, type LoadedTrial } from "./service.js";

/**
 * The choices the block's report offers now (the outcome as recomputed today: late entries can
 * change it). A tap from an older keyboard that offered more is checked against these.
 */
export function choicesNow(trial: LoadedTrial): { outcome: Outcome; choices: ReportChoice[] } {
  const { decision } = decisionAt(trial, reportScope(trial).asOf);
  return { outcome: decision.outcome, choices: reportChoices(decision.outcome, decision.extendWeeks) };
}

/** Why a choice from an older keyboard is not carried out: after a stop nothing but ending is; after a no-go, no extension. */
export function notOfferedText(t: Translate, choices: readonly ReportChoice[]): string {
  return choices.includes("block") ? t("rep-extend-not-offered") : t("rep-stop-no-more");
}
