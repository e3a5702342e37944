import type { Translate } from "../../ui/format.js";
import { decisionAt, reportScope, type LoadedTrial } from "../reports/service.js";

/**
 * The summary part of /export. The calendar is the plan's own (its planned block end and final
 * report date); the numbers are those of the report that applies on the export date — `/summary
 * final`, the Mini App and the clinician page — so weeks, settle firings and the decision's last
 * week stop at `asOf`: the export date mid-block, the block end after it, or the day it was ended.
 */
export function exportSummary(trial: LoadedTrial, t: Translate) {
  const { calendar } = trial.analysis;
  const { kind, asOf } = reportScope(trial);
  const { analysis, decision } = decisionAt(trial, asOf);
  const { baseline, weeks, lastWeek, settle, doseChanges } = analysis;
  return {
    asOf,
    note: t("export-summary-note", { asOf, blockEnd: calendar.blockEnd }),
    calendar,
    baseline,
    weeks,
    settle,
    doseChanges,
    decision: {
      report: kind,
      asOf,
      // Before the first session there is no last week yet (not a range that ends before it starts).
      lastWeek: asOf >= calendar.firstSession ? lastWeek : null,
      outcome: decision.outcome,
      reasons: decision.reasons,
      numbers: decision.numbers,
      model: decision.model,
      extendWeeks: decision.extendWeeks,
    },
  };
}
