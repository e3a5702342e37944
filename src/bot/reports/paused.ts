import type { BotDeps } from "../context.js";

/**
 * THE one place reports read a user's paused dates (local ISO dates on which the trial was
 * paused: they do not move week boundaries, they lengthen the block at its end). They come from
 * the pause/resume feature's TrialStore; an open pause counts through `today`.
 */
export async function readPausedDates(deps: BotDeps, userId: number, today: string): Promise<string[]> {
  return deps.stores.trial.pausedDates(userId, today);
}
