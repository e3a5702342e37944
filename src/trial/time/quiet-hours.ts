/**
 * Quiet hours and "⏰ Later": pure local-time math. Wall times ("HH:MM") are read in the user's
 * zone, so a DST change never moves them; "1 h" and "3 h" are elapsed hours.
 */
import { DateTime } from "luxon";
import { localDateOf, wallTimeToInstant } from "./next-occurrence.js";

export interface QuietHours {
  /** Local "HH:MM" the quiet starts (inclusive). */
  from: string;
  /** Local "HH:MM" it ends (exclusive); before `from` when it spans midnight. */
  to: string;
}

export const DEFAULT_QUIET: QuietHours = { from: "22:00", to: "07:00" };
/** The choices in /settings ("off" besides them). */
export const QUIET_PRESETS = ["22:00-07:00", "23:00-07:00", "21:00-08:00", "23:00-06:00"] as const;

const RANGE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** "22:00-07:00" → quiet hours; "off" → null; anything else → undefined. */
export function parseQuiet(text: string): QuietHours | null | undefined {
  if (text === "off") return null;
  const m = RANGE.exec(text);
  if (!m || text.slice(0, 5) === text.slice(6)) return undefined;
  return { from: text.slice(0, 5), to: text.slice(6) };
}

export const formatQuiet = (q: QuietHours | null): string => (q ? `${q.from}-${q.to}` : "off");

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inWindow(m: number, q: QuietHours): boolean {
  const from = minutes(q.from);
  const to = minutes(q.to);
  return from < to ? m >= from && m < to : m >= from || m < to;
}

/** Whether the local wall clock in `zone` at `at` shows a time inside the quiet hours. */
export function inQuietHours(at: Date, zone: string, q: QuietHours | null): boolean {
  if (!q) return false;
  const local = DateTime.fromJSDate(at, { zone });
  return inWindow(local.hour * 60 + local.minute, q);
}

/** The daily prompt's time: a time inside the quiet hours moves to their end. */
export function promptTimeOutside(time: string, q: QuietHours | null): string {
  return q && inWindow(minutes(time), q) ? q.to : time;
}

export const SNOOZE_CHOICES = ["1", "3", "t"] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
/** "tonight" in the snooze choices. */
export const TONIGHT = "21:30";

/** Where a snooze choice lands, or null when it does not fit (past, quiet, or after the prompt's day). */
export function snoozeAt(choice: SnoozeChoice, now: Date, date: string, zone: string, q: QuietHours | null): Date | null {
  const at = choice === "t" ? wallTimeToInstant(date, TONIGHT, zone) : new Date(now.getTime() + Number(choice) * 3_600_000);
  return fitsDay(at, now, date, zone, q) ? at : null;
}

/**
 * A second message about `date` may come at `at`: later than now, on that local day (the day's
 * question ends at its midnight; later days are answered through /checkin), outside quiet hours.
 */
export function fitsDay(at: Date, now: Date, date: string, zone: string, q: QuietHours | null): boolean {
  return at.getTime() > now.getTime() && localDateOf(at, zone) === date && !inQuietHours(at, zone, q);
}

/** The snooze choices that fit now, in button order; empty → "Ask me tomorrow". */
export function snoozeChoices(now: Date, date: string, zone: string, q: QuietHours | null): Array<{ choice: SnoozeChoice; at: Date }> {
  const out: Array<{ choice: SnoozeChoice; at: Date }> = [];
  for (const choice of SNOOZE_CHOICES) {
    const at = snoozeAt(choice, now, date, zone, q);
    if (at && !out.some((o) => o.at.getTime() === at.getTime())) out.push({ choice, at });
  }
  return out;
}

/** A reminder at least this long after its prompt, when it is moved before the quiet hours. */
const MIN_REMINDER_GAP = 3_600_000;
/** How long before the quiet hours a moved reminder comes. */
const BEFORE_QUIET_MIN = 30;

/**
 * When the one reminder `hours` after a prompt (sent `now`, for `date`) comes: then, if that is
 * outside quiet hours on the same day; else half an hour before the quiet hours start, if that is
 * still an hour after the prompt; else never (null).
 */
export function reminderAt(now: Date, hours: number, date: string, zone: string, q: QuietHours | null): Date | null {
  const at = new Date(now.getTime() + hours * 3_600_000);
  if (fitsDay(at, now, date, zone, q)) return at;
  if (!q) return null;
  const m = minutes(q.from) - BEFORE_QUIET_MIN;
  if (m < 0) return null;
  const hhmm = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const early = wallTimeToInstant(date, hhmm, zone);
  return early.getTime() >= now.getTime() + MIN_REMINDER_GAP && early < at && fitsDay(early, now, date, zone, q) ? early : null;
}

/**
 * The reminder `hours` after the daily question that a prompt time `time` (before quiet hours
 * move it) gives on `date`: the same rule the scheduler applies, for saying what will happen.
 */
export function reminderForDay(date: string, time: string, hours: number, zone: string, q: QuietHours | null): Date | null {
  return reminderAt(wallTimeToInstant(date, promptTimeOutside(time, q), zone), hours, date, zone, q);
}

/** Local "HH:MM" of an instant (for "I'll ask again at …"). */
export const localClock = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toFormat("HH:mm");
