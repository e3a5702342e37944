/**
 * Every reason the trial is paused, read together: the user's own /pause (TrialStore) and urgent
 * safety cues (SafetyStore). Both lengthen the block at its end, counted once when they overlap
 * (the date rules are in src/trial/checkin/pauses.ts). Everything that needs a user's paused dates (the
 * calendar of reports, the scheduler, /pause, /history, the export, retention) reads them here.
 */
import type { SafetyStore } from "./safety-store.js";
import { pausedDatesOf, type PauseState, type TrialStore } from "./trial-store.js";
import type { SafetyEvent } from "../trial/safety/safety-event.js";
import { mergePausedDates, safetyPausedDates } from "../trial/checkin/pauses.js";

export interface PauseStores {
  trial: TrialStore;
  safety: SafetyStore;
}

export interface TrialPauses {
  /** The user's own pause (/pause, or "pause?" after three unanswered days). */
  own: PauseState;
  /** Every safety event of the user (only urgent trial cues pause the trial). */
  safety: SafetyEvent[];
}

export async function readPauses(stores: PauseStores, userId: number): Promise<TrialPauses> {
  const [own, safety] = await Promise.all([stores.trial.pauseState(userId), stores.safety.list(userId)]);
  return { own, safety };
}

/** Every paused date up to `today` (open pauses count through today), in the plan's zone. */
export function pausedDatesFrom(pauses: TrialPauses, zone: string, today: string): string[] {
  return mergePausedDates(pausedDatesOf(pauses.own, today), safetyPausedDates(pauses.safety, zone, today));
}

export async function allPausedDates(stores: PauseStores, userId: number, today: string, zone: string): Promise<string[]> {
  return pausedDatesFrom(await readPauses(stores, userId), zone, today);
}
