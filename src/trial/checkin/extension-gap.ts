/**
 * The days between a block's end and its late extension. From the day after the old block end the
 * block was over and its decision open: no daily question went out until the day the extension was
 * chosen. None of those days was asked, so none was missed; they are paused days instead, which
 * lengthen the block at its end, and the added weeks are asked in full from the day of the
 * extension on. A day the user scored anyway (/checkin) stays a block day.
 */
import { addDays, dateRuns, datesIn } from "../time/calendar.js";

/** Inclusive [start, end] ranges of the unasked days after `previousEnd` and before `extendedOn`, oldest first. */
export function unaskedBeforeExtension(previousEnd: string, extendedOn: string, scored: ReadonlySet<string>): [string, string][] {
  return dateRuns(datesIn({ start: addDays(previousEnd, 1), end: addDays(extendedOn, -1) }).filter((date) => !scored.has(date)));
}
