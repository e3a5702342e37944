/**
 * The local dates an urgent safety cue raised during the trial paused it. As for the user's own
 * /pause: from the day after the check-in the cue was raised for (but not before the day it was
 * raised on), through the day before it was lifted ("I have been seen", /resume); a standing
 * pause counts through today. Paused days lengthen the block. A dismissed cue ("that's not what
 * I meant") pauses no day; setup-screen cues and the "does not settle" stop are no pause (the
 * stop silences the prompts but neither lengthens the block nor holds the reports).
 */
import { DateTime } from "luxon";
import type { SafetyEvent } from "../safety/safety-event.js";
import { addDays, datesIn } from "../time/calendar.js";

/**
 * An urgent cue from the trial (the "new symptom" button or a note), thoughts of self-harm
 * included: it pauses the trial while it stands.
 */
export function isUrgentTrialCue(e: SafetyEvent): boolean {
  return e.group === "urgent" && e.source !== "screen";
}

/** An urgent trial cue that is still open: the trial is paused right now. */
export function isUrgentPause(e: SafetyEvent): boolean {
  return isUrgentTrialCue(e) && e.status === "active";
}

/** An open urgent trial cue or an open "does not settle" stop: no daily question while it stands. */
export function silencesPrompts(e: SafetyEvent): boolean {
  return isUrgentPause(e) || (e.status === "active" && e.source === "rule");
}

/** The local date of an ISO instant in `zone`; null for an unreadable instant or zone. */
function localDateIn(iso: string, zone: string): string | null {
  const d = DateTime.fromISO(iso, { zone: "utc" }).setZone(zone);
  return d.isValid ? d.toISODate() : null;
}

/** The dates one event kept the trial paused (none for a dismissed or non-urgent event). */
export function safetyPauseRange(e: SafetyEvent, zone: string, today: string): string[] {
  if (!isUrgentTrialCue(e) || e.status === "dismissed") return [];
  const raisedOn = localDateIn(e.at, zone) ?? e.date;
  const dayAfter = addDays(e.date, 1);
  const start = dayAfter > raisedOn ? dayAfter : raisedOn;
  let end: string;
  if (e.status === "active") end = today;
  else {
    const liftedOn = e.resolvedAt ? localDateIn(e.resolvedAt, zone) : null;
    end = addDays(liftedOn ?? raisedOn, -1);
  }
  return start <= end ? datesIn({ start, end }) : [];
}

/** Every date an urgent safety cue kept the trial paused, up to `today`; sorted, no duplicates. */
export function safetyPausedDates(events: readonly SafetyEvent[], zone: string, today: string): string[] {
  return mergePausedDates(...events.map((e) => safetyPauseRange(e, zone, today)));
}

/** The union of several lists of paused dates (a day paused for two reasons counts once). */
export function mergePausedDates(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * Scheduled reports (weekly summaries, the end-of-block report) wait while the trial is paused on
 * `date`: an urgent safety cue stands, or `date` is a paused date (the user's own pause covers it).
 * Nobody just told to seek care, or who asked for quiet, gets a progress report; the held reports
 * go out with the first daily prompt after the pause ends (at once when it ends after that day's
 * prompt time). /summary on demand is never held.
 */
export function reportsHeldOn(pausedDates: readonly string[], events: readonly SafetyEvent[], date: string): boolean {
  return events.some(isUrgentPause) || pausedDates.includes(date);
}
