/**
 * Pure schedule math: when does a daily prompt at local "HH:MM" in a zone fire next?
 *
 * - A wall time that does not exist that day (spring forward) is shifted forward by the gap
 *   (02:30 → 03:30 in Europe/Berlin on 2026-03-29).
 * - A wall time that happens twice (fall back) is used once: its first occurrence.
 * - `localDate` is the user's calendar date the prompt belongs to.
 */
import { DateTime, Info, type Zone } from "luxon";
import { addDays } from "./calendar.js";

export interface PromptInstant {
  at: Date;
  /** YYYY-MM-DD in the user's zone. */
  localDate: string;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function zoneOf(zone: string): Zone {
  const z = Info.normalizeZone(zone);
  if (!z || !z.isValid) throw new Error(`invalid time zone: ${zone}`);
  return z;
}

function parseHHMM(time: string): [number, number] {
  const m = HHMM.exec(time);
  if (!m) throw new Error(`invalid time (expected HH:MM): ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The instant at which the local wall clock in `zone` shows `hour:minute` on `localDate`:
 * the earliest such instant if it happens twice; if it never happens (DST gap), the wall time
 * interpreted with the offset in force before the gap, i.e. shifted forward by the gap.
 */
export function wallTimeToInstant(localDate: string, time: string, zone: string): Date {
  // Pure (the time-zone rules cannot change while the process runs): remembered, because every
  // check-in answer and every scheduled prompt asks.
  const key = `${localDate}|${time}|${zone}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const at = computeWallTimeToInstant(localDate, time, zone);
  remember(instants, key, at.getTime());
  return at;
}

const instants = new Map<string, number>();
const localDates = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= 20_000) cache.clear();
  cache.set(key, value);
}

function computeWallTimeToInstant(localDate: string, time: string, zone: string): Date {
  const z = zoneOf(zone);
  const [hour, minute] = parseHHMM(time);
  const d = DateTime.fromISO(localDate, { zone: "utc" });
  if (!d.isValid) throw new Error(`invalid date: ${localDate}`);
  // The wall time read as if it were UTC.
  const wallAsUtc = Date.UTC(d.year, d.month - 1, d.day, hour, minute);

  // Every offset that could be in force around that wall time.
  const offsets = new Set<number>();
  for (const probe of [-DAY, -6 * 60 * MINUTE, 0, 6 * 60 * MINUTE, DAY]) offsets.add(z.offset(wallAsUtc + probe));

  let best: number | null = null;
  for (const off of offsets) {
    const ts = wallAsUtc - off * MINUTE;
    if (z.offset(ts) === off && (best === null || ts < best)) best = ts;
  }
  if (best !== null) return new Date(best);

  // Gap: use the offset in force just before it (the smaller offset for a forward jump).
  const before = z.offset(wallAsUtc - DAY);
  return new Date(wallAsUtc - before * MINUTE);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(at: Date, zone: string): string {
  const ms = at.getTime();
  // Since 1973 every zone's offset is a whole number of minutes, so a local date cannot change
  // inside a UTC minute: remember it per (zone, minute).
  if (!(ms >= SINCE_WHOLE_MINUTE_OFFSETS)) return DateTime.fromJSDate(at, { zone: zoneOf(zone) }).toISODate()!;
  const key = `${zone}|${Math.floor(ms / MINUTE)}`;
  let date = localDates.get(key);
  if (date === undefined) {
    date = DateTime.fromJSDate(at, { zone: zoneOf(zone) }).toISODate()!;
    remember(localDates, key, date);
  }
  return date;
}

const SINCE_WHOLE_MINUTE_OFFSETS = Date.UTC(1973, 0, 1);

/**
 * The next instant strictly after `after` at which the prompt at `time` fires in `zone`,
 * with the local date it belongs to.
 */
export function nextPromptInstant(time: string, zone: string, after: Date): PromptInstant {
  parseHHMM(time);
  const afterMs = after.getTime();
  if (!Number.isFinite(afterMs)) throw new Error("invalid 'after' date");
  // Start a day early: near a transition the previous local date can still be ahead.
  let localDate = addDays(localDateOf(after, zone), -1);
  for (let i = 0; i < 5; i++) {
    const at = wallTimeToInstant(localDate, time, zone);
    if (at.getTime() > afterMs) return { at, localDate };
    localDate = addDays(localDate, 1);
  }
  throw new Error(`no prompt instant found for ${time} in ${zone} after ${after.toISOString()}`);
}

/**
 * The next prompt strictly after `after` whose local date is strictly later than `notOnOrBefore`
 * (the last date already prompted), so a day is never prompted twice.
 */
export function nextPromptAfterDate(
  time: string,
  zone: string,
  after: Date,
  notOnOrBefore?: string | null,
): PromptInstant {
  let next = nextPromptInstant(time, zone, after);
  if (notOnOrBefore && next.localDate <= notOnOrBefore) {
    const later = wallTimeToInstant(addDays(notOnOrBefore, 1), time, zone);
    const from = new Date(Math.max(after.getTime(), later.getTime() - 1));
    next = nextPromptInstant(time, zone, from);
  }
  return next;
}
