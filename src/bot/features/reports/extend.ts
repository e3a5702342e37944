import type { BotDeps } from "../../context.js";
import { audit } from "../../../logger.js";
import { trialCalendar } from "../../../trial/time/calendar.js";
import { unaskedBeforeExtension } from "../../../trial/checkin/extension-gap.js";
import { mergePausedDates } from "../../../trial/checkin/pauses.js";
import { pausedDatesOf } from "../../../store/trial-store.js";
import type { LoadedTrial } from "./service.js";

/** The plan schema allows at most 20 weeks in a block. */
const MAX_WEEKS = 20;

export interface ExtendedBlock {
  weeks: number;
  blockEnd: string;
  finalReportDate: string;
  /** The days since the old block end that went unasked, now paused (inclusive [start, end] ranges). */
  unasked: [string, string][];
}

/**
 * Lengthens the block by `weeks` (at most to 20 in all) and takes the daily questions up again;
 * null when the block already has 20 weeks. Extended after the day following the block's end, the
 * days in between are paused (src/trial/checkin/extension-gap.ts), so the added weeks start today.
 */
export async function extendBlock(deps: BotDeps, userId: number, trial: LoadedTrial, weeks: number): Promise<ExtendedBlock | null> {
  const { plan, calendar } = trial.analysis;
  if (plan.weeks >= MAX_WEEKS) return null;
  const next = { ...plan, weeks: Math.min(MAX_WEEKS, plan.weeks + weeks) };
  const scored = new Set(trial.entries.filter((e) => e.pain !== undefined).map((e) => e.date));
  const unasked = unaskedBeforeExtension(calendar.blockEnd, trial.today, scored);
  // First: days paused after a block's end leave that block as it is, should the plan not be saved.
  await deps.stores.trial.addPausedRanges(userId, unasked);
  await deps.stores.plans.save(userId, next, trial.today, deps.clock.now());
  audit(deps.logger, "plan-changed", userId);
  await deps.stores.reports.clearEnded(userId);
  await deps.stores.schedule.upsert(userId, next.prompt);
  const cal = trialCalendar(next, mergePausedDates(trial.paused, pausedDatesOf({ open: null, ranges: unasked }, trial.today)));
  return { weeks: next.weeks, blockEnd: cal.blockEnd, finalReportDate: cal.finalReportDate, unasked };
}
