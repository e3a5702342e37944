import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import { loadPhases } from "./load.js";
import { sendWithdrawalReports } from "./withdrawal.js";

/**
 * The daily-job hook for the phases after a block: the withdrawal check's report on the day after
 * it ends. Errors are logged, never thrown: a failed report must not cost the user their prompt.
 */
export function phasesBeforePrompt(deps: BotDeps, api: Api) {
  return async (userId: number | string, localDate: string): Promise<void> => {
    const id = Number(userId);
    try {
      const timeline = await deps.stores.phases.read(id);
      // Most users never start a later phase: one read and done.
      if (!timeline.withdrawals.length) return;
      const loaded = await loadPhases(deps, id);
      if (loaded) await sendWithdrawalReports(deps, api, id, localDate, loaded);
    } catch (err) {
      deps.logger.error({ err, userId: String(userId), localDate }, "phases: scheduled report failed");
    }
  };
}
