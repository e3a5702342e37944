/**
 * The check-in's two doors into the safety flow. The check-in calls only these; what happens
 * behind them (cue messages, pausing on urgent cues, the symptom list) belongs to features/safety.ts.
 */
import type { Entry } from "../../../trial/checkin/entry.js";
import { safetyOnNewSymptom, safetyOnNoteSaved, type SafetyCtx } from "./feature.js";

/** A check-in note was saved: scan it in the user's language and answer any cue it names. */
export async function onNoteSaved(ctx: SafetyCtx, entry: Pick<Entry, "date" | "note">): Promise<void> {
  await safetyOnNoteSaved(ctx, entry);
}

/** The "new symptom" button of the check-in for `date`. */
export async function onNewSymptomTapped(ctx: SafetyCtx, date: string): Promise<void> {
  await safetyOnNewSymptom(ctx, date);
}
