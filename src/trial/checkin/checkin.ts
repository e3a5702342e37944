/**
 * Pure rules of the daily check-in: the order of its questions, which answers are valid, and
 * which dates can still be answered. No I/O; the bot and the scheduler share these.
 */
import { addDays, daysBetween, isoWeekday } from "../time/calendar.js";
import type { Entry } from "./entry.js";
import type { Plan } from "../plan/plan.js";
import { MARKER_MAX } from "../plan/markers.js";
import { wallTimeToInstant } from "../time/next-occurrence.js";

export const CHECKIN_STEPS = ["pain", "marker", "session", "reaction", "note"] as const;
export type CheckinStep = (typeof CHECKIN_STEPS)[number];

/** How far back a date can still be answered (the prompt's buttons, /checkin, /session). */
export const MAX_DAYS_BACK = 3;
export const NOTE_MAX = 1000;

/** "did you have a session today?" is asked every day without planned weekdays, else on planned days. */
export function isSessionDay(plan: Pick<Plan, "weekdays">, date: string): boolean {
  return plan.weekdays.length === 0 || plan.weekdays.includes(isoWeekday(date));
}

/**
 * The session question is asked on session days once the sessions have begun: never during the
 * baseline week before the first session, nor on dates without planned sessions (`sessionsPlanned`
 * false: a withdrawal check or the follow-up, see sessionsPlannedOn in trial/phases).
 */
export function asksSession(plan: Pick<Plan, "weekdays" | "firstSession">, date: string, sessionsPlanned = true): boolean {
  return sessionsPlanned && date >= plan.firstSession && isSessionDay(plan, date);
}

/** The questions of a day's check-in, in order: the session first on session days, then pain and the marker. */
export function dailySteps(plan: Pick<Plan, "weekdays" | "firstSession">, date: string, sessionsPlanned = true): CheckinStep[] {
  return asksSession(plan, date, sessionsPlanned) ? ["session", "pain", "marker"] : ["pain", "marker"];
}

const answered = (entry: Pick<Entry, "pain" | "marker" | "session">, step: CheckinStep): boolean =>
  step === "session" ? entry.session !== undefined : step === "pain" ? entry.pain !== undefined : step === "marker" ? entry.marker !== undefined : true;

/** The questions of a day's check-in still without an answer, in order; none once the day is complete. */
export function openSteps(
  plan: Pick<Plan, "weekdays" | "firstSession">,
  entry: Pick<Entry, "date" | "pain" | "marker" | "session">,
  sessionsPlanned = true,
): CheckinStep[] {
  return dailySteps(plan, entry.date, sessionsPlanned).filter((s) => !answered(entry, s));
}

/** The first question of a day's check-in still without an answer (the session, pain or the marker), or "done". */
export function firstOpenStep(
  plan: Pick<Plan, "weekdays" | "firstSession">,
  entry: Pick<Entry, "date" | "pain" | "marker" | "session">,
  sessionsPlanned = true,
): CheckinStep | "done" {
  return openSteps(plan, entry, sessionsPlanned)[0] ?? "done";
}

/**
 * The question after `step` for this entry, or "done". Reactions and the note are asked only when
 * the user opens them (a button on the confirmation). `flow: "session"` is /session: a session,
 * then its reactions.
 */
export function nextStep(
  step: CheckinStep,
  plan: Pick<Plan, "weekdays" | "firstSession">,
  entry: Entry,
  flow: "daily" | "session" = "daily",
  sessionsPlanned = true,
): CheckinStep | "done" {
  if (flow === "session") return step === "session" && entry.session ? "reaction" : "done";
  return firstOpenStep(plan, entry, sessionsPlanned);
}

/** A whole-number pain score on the user's scale, or null: "4.5" on 0-10 is refused with the range. */
export function validPain(value: number | null, scale: 10 | 100): number | null {
  if (value === null || !Number.isInteger(value) || value < 0 || value > scale) return null;
  return value === 0 ? 0 : value; // "-0" is 0
}

/** A marker value within 0..`max` (the marker's own range, see markerMax), rounded to cents, or null. */
export function validMarker(value: number | null, max: number): number | null {
  if (value === null || !Number.isFinite(value) || value < 0 || value > max) return null;
  return Math.round(value * 100) / 100 || 0; // "-0" is 0
}

/** A typed marker value judged against the marker's own top: usable, a real value above that top, or no marker value at all. */
export type MarkerVerdict = { kind: "ok"; value: number } | { kind: "out-of-range"; value: number } | { kind: "invalid" };

/** validMarker with the reason for a refusal: "out-of-range" only for a value the general ceiling MARKER_MAX would allow. */
export function judgeMarker(value: number | null, max: number): MarkerVerdict {
  const valid = validMarker(value, max);
  if (valid !== null) return { kind: "ok", value: valid };
  const real = validMarker(value, MARKER_MAX);
  return real === null ? { kind: "invalid" } : { kind: "out-of-range", value: real };
}

/**
 * A date can be answered from its own day up to MAX_DAYS_BACK days later, and never before
 * `first`, the trial's first tracked date (the baseline start): nothing counts an answer from before it.
 */
export function isAnswerable(date: string, today: string, first: string): boolean {
  if (date > today || date < first) return false;
  return daysBetween(date, today) <= MAX_DAYS_BACK;
}

/** Why a date cannot be answered: not yet, before the trial, or too long ago; null when it can. */
export function notAnswerable(date: string, today: string, first: string): "future" | "before-trial" | "too-old" | null {
  if (date > today) return "future";
  if (date < first) return "before-trial";
  return isAnswerable(date, today, first) ? null : "too-old";
}

/** Today and the MAX_DAYS_BACK days before it that are not before `first`, newest first (none before the baseline starts). */
export function answerableDates(today: string, first: string): string[] {
  return Array.from({ length: MAX_DAYS_BACK + 1 }, (_, i) => addDays(today, -i)).filter((d) => d >= first);
}

/**
 * An answer to a prompt is late once the next day's prompt time has passed (an answer after
 * midnight still belongs to the prompt's date and is on time until then).
 */
export function isLateAnswer(date: string, now: Date, prompt: Plan["prompt"]): boolean {
  return now.getTime() >= wallTimeToInstant(addDays(date, 1), prompt.time, prompt.zone).getTime();
}

/** Notes are stored up to NOTE_MAX UTF-16 units (what the entry schema checks), never splitting a character. */
export function truncateNote(text: string): { note: string; truncated: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= NOTE_MAX) return { note: trimmed, truncated: false };
  let note = "";
  for (const ch of trimmed) {
    if (note.length + ch.length > NOTE_MAX) break;
    note += ch;
  }
  return { note, truncated: true };
}

/**
 * "After 3 unanswered days in a row, ask whether to pause": true when the three prompts before
 * `today` went out on the three days just before it and none of those dates has an answer.
 */
export function unansweredStreak(prompted: readonly string[], answered: ReadonlySet<string>, today: string, days = 3): boolean {
  const expected = Array.from({ length: days }, (_, i) => addDays(today, -(i + 1)));
  const set = new Set(prompted);
  return expected.every((d) => set.has(d) && !answered.has(d));
}

/** A new, empty entry for a date. */
export function emptyEntry(date: string, scale: 10 | 100, now: Date): Entry {
  return { date, scale, reactions: [], answeredAt: now.toISOString() };
}
