import type { BotDeps } from "../../context.js";

/**
 * A user who blocked the bot was taken off the schedule by the 403. When they come back (unblock
 * or /start) the daily question is put back — unless the trial was ended. True when it was put
 * back, false when nothing had to change.
 */
export async function rearmSchedule(deps: BotDeps, userId: number): Promise<boolean> {
  const { stores } = deps;
  if (await stores.schedule.get(userId)) return false;
  const current = await stores.plans.current(userId);
  if (!current || (await stores.reports.ended(userId))) return false;
  await stores.schedule.upsert(userId, current.plan.prompt);
  return true;
}
