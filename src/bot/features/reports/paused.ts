import type { BotDeps } from "../../context.js";
import type { SafetyEvent } from "../../../trial/safety/safety-event.js";
import { pausedDatesFrom, readPauses } from "../../../store/pauses.js";

/**
 * THE one place reports read a user's paused dates (local ISO dates on which the trial was
 * paused: they do not move week boundaries, they lengthen the block at its end): the user's own
 * pauses and urgent safety pauses, counted once where they overlap; an open pause counts through
 * `today`. The safety events come along (read in the same go), for the reports that list them.
 */
export async function readPausedDates(deps: BotDeps, userId: number, today: string, zone: string): Promise<{ paused: string[]; events: SafetyEvent[] }> {
  const pauses = await readPauses(deps.stores, userId);
  return { paused: pausedDatesFrom(pauses, zone, today), events: pauses.safety };
}
