import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import { loadPhases } from "../reports/phase-load.js";
import { sendWithdrawalReports, withdrawalFlag } from "./withdrawal.js";
import { withdrawalReportDate } from "../../../trial/phases/timeline.js";
import { checkpointOn } from "../../../trial/phases/followup.js";
import { sendFollowUpIntro } from "./followup.js";
import { sendBlockComparison } from "../reports/next-block.js";
import type { PromptInputs } from "../../../store/prompt-reads.js";

/**
 * The daily-job hook for the phases after a block: the withdrawal check's report on the day after
 * it ends, on a follow-up checkpoint's day the note that comes before its question, and after a
 * later block's end-of-block report the comparison of all phases. Errors are logged, never thrown: a failed report must not cost the user their prompt.
 */
export function phasesBeforePrompt(deps: BotDeps, api: Api) {
  return async (userId: number | string, localDate: string, inputs?: PromptInputs): Promise<boolean> => {
    const id = Number(userId);
    try {
      const timeline = inputs ? inputs.timeline : await deps.stores.phases.read(id);
      // Most users never start a later phase, and those who do have nothing due on most days:
      // the trial is loaded (and analysed) only when a report or a checkpoint is due.
      const ended = timeline.withdrawals.filter((w) => withdrawalReportDate(w) <= localDate).map(withdrawalFlag);
      const reports = inputs?.reports;
      const sent = reports ? new Set(ended.filter((f) => reports.sent.has(f))) : await deps.stores.reports.sentFlags(id, ended);
      if (sent.size === ended.length && !checkpointOn(timeline.followUp, localDate) && !timeline.blocks.length) return false;
      const loaded = await loadPhases(deps, id);
      if (!loaded) return false;
      await sendWithdrawalReports(deps, api, id, localDate, loaded);
      await sendFollowUpIntro(deps, api, id, localDate, loaded);
      await sendBlockComparison(deps, api, id, localDate, loaded);
      return true;
    } catch (err) {
      deps.logger.error({ err, userId: String(userId), localDate }, "phases: scheduled report failed");
      return true;
    }
  };
}
