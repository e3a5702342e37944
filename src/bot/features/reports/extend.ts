import type { BotDeps } from "../../context.js";
import { audit } from "../../../logger.js";
import { trialCalendar } from "../../../trial/time/calendar.js";
import type { LoadedTrial } from "./service.js";

/** The plan schema allows at most 20 weeks in a block. */
const MAX_WEEKS = 20;

export interface ExtendedBlock {
  weeks: number;
  blockEnd: string;
  finalReportDate: string;
  /** The block's last day before it was extended. */
  previousEnd: string;
}

/**
 * Lengthens the block by `weeks` (at most to 20 in all) from today on and takes the daily questions
 * up again; null when the block already has 20 weeks.
 */
export async function extendBlock(deps: BotDeps, userId: number, trial: LoadedTrial, weeks: number): Promise<ExtendedBlock | null> {
  const { plan } = trial.analysis;
  if (plan.weeks >= MAX_WEEKS) return null;
  const next = { ...plan, weeks: Math.min(MAX_WEEKS, plan.weeks + weeks) };
  await deps.stores.plans.save(userId, next, trial.today, deps.clock.now());
  audit(deps.logger, "plan-changed", userId);
  await deps.stores.reports.clearEnded(userId);
  await deps.stores.schedule.upsert(userId, next.prompt);
  const cal = trialCalendar(next, trial.paused);
  return { weeks: next.weeks, blockEnd: cal.blockEnd, finalReportDate: cal.finalReportDate, previousEnd: trial.analysis.calendar.blockEnd };
}
