import { DateTime } from "luxon";

/** An inclusive range of ISO local dates. */
export interface DateRange {
  start: string;
  end: string;
}

export interface TrialWeek extends DateRange {
  /** 1-based week number counted from the first session. */
  index: number;
  /** True for the partial weeks that exist only because paused days lengthened the block. */
  extension: boolean;
}

export interface TrialCalendar {
  firstSession: string;
  plannedWeeks: number;
  baseline: DateRange;
  /** Weeks 1..plannedWeeks, then any extension weeks; the last one is clipped to blockEnd. */
  weeks: TrialWeek[];
  /** Paused dates that fall inside the block, sorted and de-duplicated. */
  pausedInBlock: string[];
  blockEnd: string;
  finalReportDate: string;
  /** The 7 calendar days ending at blockEnd: the decision's "last week". */
  lastWeek: DateRange;
}

/** The part of a plan that decides how many sessions a date carries (ISO weekdays; none = no fixed days). */
export interface SessionSchedule {
  sessionsPerWeek: number;
  weekdays: number[];
}

function parseDate(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: "utc" });
  if (!parsed.isValid) throw new RangeError(`not an ISO date: ${date}`);
  return parsed;
}

function formatDate(value: DateTime): string {
  return value.toISODate() as string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number (days since 1970-01-01) of a plain "YYYY-MM-DD", or null for anything else. The
 * report and settle code calls the date helpers thousands of times per analysis; plain UTC
 * arithmetic is much cheaper than building a luxon DateTime each time (see bench/).
 */
function dayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45 || !ISO_DAY.test(date)) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Rejects 2025-02-30 and friends, as luxon does.
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`not an ISO date: ${date}`);
  // Days from civil (H. Hinnant): proleptic Gregorian, 1970-01-01 = 0.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** True for a YYYY-MM-DD string naming a real calendar day (no 2025-02-30), by plain arithmetic. */
export function isCalendarDate(date: string): boolean {
  if (date.length !== 10 || !ISO_DAY.test(date)) return false;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function fromDayNumber(n: number): string | null {
  // Civil from days (H. Hinnant).
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return null;
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The "YYYY-MM-DD" of a day number (days since 1970-01-01); null outside the years 0000-9999. */
export function dateOfDayNumber(n: number): string | null {
  return Number.isSafeInteger(n) ? fromDayNumber(n) : null;
}

export function addDays(date: string, days: number): string {
  const n = Number.isInteger(days) ? dayNumber(date) : null;
  const out = n === null ? null : fromDayNumber(n + days);
  return out ?? formatDate(parseDate(date).plus({ days }));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a !== null && b !== null) return b - a;
  return Math.round(parseDate(to).diff(parseDate(from), "days").days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const n = dayNumber(date);
  // 1970-01-01 was a Thursday (4).
  if (n !== null) return ((((n + 3) % 7) + 7) % 7) + 1;
  return parseDate(date).weekday;
}

export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

export function datesIn(range: DateRange): string[] {
  const count = daysBetween(range.start, range.end) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(range.start, i));
}

/** Sorted dates as runs of consecutive days, each [first, last]. */
export function dateRuns(dates: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const date of dates) {
    const last = runs.at(-1);
    if (last && addDays(last[1], 1) === date) last[1] = date;
    else runs.push([date, date]);
  }
  return runs;
}

function countPausedUpTo(paused: readonly string[], firstSession: string, end: string): number {
  return paused.filter((date) => date >= firstSession && date <= end).length;
}

/** Paused days lengthen the block at its end; a pause inside that extension lengthens it again. */
function blockEndWithPauses(firstSession: string, weeks: number, paused: readonly string[]): string {
  const plannedEnd = addDays(firstSession, 7 * weeks - 1);
  let blockEnd = plannedEnd;
  for (;;) {
    const next = addDays(plannedEnd, countPausedUpTo(paused, firstSession, blockEnd));
    if (next === blockEnd) return blockEnd;
    blockEnd = next;
  }
}

export function trialCalendar(
  plan: { firstSession: string; weeks: number },
  pausedDates: readonly string[] = [],
): TrialCalendar {
  const { firstSession, weeks: plannedWeeks } = plan;
  const paused = [...new Set(pausedDates)].sort();
  const blockEnd = blockEndWithPauses(firstSession, plannedWeeks, paused);
  const weeks: TrialWeek[] = [];
  for (let index = 1; ; index++) {
    const start = addDays(firstSession, 7 * (index - 1));
    if (start > blockEnd) break;
    const fullEnd = addDays(start, 6);
    weeks.push({ index, start, end: fullEnd < blockEnd ? fullEnd : blockEnd, extension: index > plannedWeeks });
  }
  return {
    firstSession,
    plannedWeeks,
    baseline: { start: addDays(firstSession, -7), end: addDays(firstSession, -1) },
    weeks,
    pausedInBlock: paused.filter((date) => date >= firstSession && date <= blockEnd),
    blockEnd,
    finalReportDate: addDays(blockEnd, 1),
    lastWeek: { start: addDays(blockEnd, -6), end: blockEnd },
  };
}

/** 0 for the baseline window, k for trial week k (extension weeks included), null outside both. */
export function weekIndexOf(calendar: TrialCalendar, date: string): number | null {
  if (inRange(date, calendar.baseline)) return 0;
  if (date < calendar.firstSession || date > calendar.blockEnd) return null;
  return Math.floor(daysBetween(calendar.firstSession, date) / 7) + 1;
}

export function weekOf(calendar: TrialCalendar, date: string): TrialWeek | null {
  const index = weekIndexOf(calendar, date);
  return index ? calendar.weeks[index - 1] : null;
}

export function weeklySummaryDueDate(week: DateRange): string {
  return addDays(week.end, 1);
}

/**
 * Sessions planned in a date range, paused days excluded. With weekdays set, each planned
 * weekday that is not paused counts 1. Without weekdays, each unpaused day counts
 * sessionsPerWeek / 7 and the total is rounded, so a full unpaused week gives exactly
 * sessionsPerWeek, a week with paused days proportionally fewer, and a short extension week
 * proportionally few. A function schedule lets each date use the plan version in force then.
 */
export function plannedSessions(
  range: DateRange,
  schedule: SessionSchedule | ((date: string) => SessionSchedule),
  pausedDates: readonly string[] = [],
): number {
  const paused = new Set(pausedDates);
  const scheduleOn = typeof schedule === "function" ? schedule : () => schedule;
  let planned = 0;
  for (const date of datesIn(range)) {
    if (paused.has(date)) continue;
    const { sessionsPerWeek, weekdays } = scheduleOn(date);
    if (weekdays.length > 0) planned += weekdays.includes(isoWeekday(date)) ? 1 : 0;
    else planned += sessionsPerWeek / 7;
  }
  return Math.round(planned);
}
