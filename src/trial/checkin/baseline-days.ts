/**
 * What a pause does to the baseline week: its paused days are not made up anywhere (only paused
 * block days move the block end), so the baseline simply has fewer days with a pain score.
 */
import { datesIn, type DateRange } from "../time/calendar.js";
import { isAnswerable } from "./checkin.js";

export interface BaselineDays {
  /** Baseline dates with a pain score. */
  scored: number;
  /** Unscored, unpaused baseline dates that can still be answered (today or later, or late up to 3 days). */
  left: number;
  /** Baseline dates paused. */
  paused: number;
}

export function baselineDays(baseline: DateRange, paused: readonly string[], scored: ReadonlySet<string>, today: string): BaselineDays {
  const off = new Set(paused);
  const dates = datesIn(baseline);
  const open = dates.filter((d) => !off.has(d) && !scored.has(d));
  return {
    scored: dates.filter((d) => scored.has(d)).length,
    left: open.filter((d) => d > today || isAnswerable(d, today, baseline.start)).length,
    paused: dates.filter((d) => off.has(d)).length,
  };
}
