/**
 * Pauses of a user's trial (hash `trial`): the open pause, if any, and the closed paused ranges.
 * Paused dates feed `trialCalendar(plan, pausedDates)`: they lengthen the block at its end while
 * week boundaries stay fixed. No daily prompt goes out on a paused date. (A standing urgent safety
 * cue also pauses the trial; that pause lives in SafetyStore. Read the paused dates of both through
 * src/store/pauses.ts, which the calendar of every report, the scheduler and retention use.)
 */
import { z } from "zod";
import { RedisStore } from "./redis-store.js";
import { safeJson } from "./profile-store.js";
import { isoDate } from "../trial/plan/plan.js";
import { addDays, datesIn } from "../trial/time/calendar.js";

export const PAUSE_REASONS = ["user", "unanswered"] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

const openPauseSchema = z.object({ since: isoDate, reason: z.enum(PAUSE_REASONS) });
export type OpenPause = z.infer<typeof openPauseSchema>;
const rangesSchema = z.array(z.tuple([isoDate, isoDate]));

export interface PauseState {
  /** The running pause: no prompts from `since` on. */
  open: OpenPause | null;
  /** Finished pauses, inclusive [start, end] local dates. */
  ranges: [string, string][];
}

export class TrialStore extends RedisStore {

  async pauseState(userId: number): Promise<PauseState> {
    const [pause, ranges] = await this.redis.hmget(this.k.trial(userId), ...TrialStore.PAUSE_FIELDS);
    return TrialStore.pauseStateOf(pause, ranges);
  }

  /** The hash fields pauseState reads, in the order pauseStateOf takes them. */
  static readonly PAUSE_FIELDS = ["pause", "pausedRanges"] as const;

  /** The pause state from its stored fields (by pauseState, or with the daily prompt's other reads). */
  static pauseStateOf(pause: string | null, ranges: string | null): PauseState {
    const open = pause ? openPauseSchema.safeParse(safeJson(pause)) : null;
    const closed = ranges ? rangesSchema.safeParse(safeJson(ranges)) : null;
    return { open: open?.success ? open.data : null, ranges: closed?.success ? closed.data : [] };
  }

  /**
   * The dates of the user's OWN pauses up to `today` (an open pause counts through today). The
   * trial's paused dates also include urgent safety pauses: read those with allPausedDates
   * (src/store/pauses.ts).
   */
  async pausedDates(userId: number, today: string): Promise<string[]> {
    return pausedDatesOf(await this.pauseState(userId), today);
  }

  /** Starts a pause from `since`; false if one is already running. */
  async pause(userId: number, since: string, reason: PauseReason): Promise<boolean> {
    const value = JSON.stringify(openPauseSchema.parse({ since, reason }));
    return (await this.redis.hsetnx(this.k.trial(userId), "pause", value)) === 1;
  }

  /**
   * Ends the running pause: the dates from its start through yesterday become a paused range
   * (none when it started today or later). Returns the ended pause with its paused-day count,
   * or null when there was none.
   */
  async resume(userId: number, today: string): Promise<{ pause: OpenPause; days: number } | null> {
    const state = await this.pauseState(userId);
    if (!state.open) return null;
    const end = addDays(today, -1);
    const ranges = [...state.ranges];
    const days = state.open.since <= end ? datesIn({ start: state.open.since, end }).length : 0;
    if (days > 0) ranges.push([state.open.since, end]);
    await this.redis.multi().hdel(this.k.trial(userId), "pause").hset(this.k.trial(userId), "pausedRanges", JSON.stringify(ranges)).exec();
    return { pause: state.open, days };
  }

  /** Adds finished paused ranges (inclusive [start, end] local dates) beside any pause there is. */
  async addPausedRanges(userId: number, add: readonly [string, string][]): Promise<void> {
    if (!add.length) return;
    const state = await this.pauseState(userId);
    const ranges = rangesSchema.parse([...state.ranges, ...add]);
    await this.redis.hset(this.k.trial(userId), "pausedRanges", JSON.stringify(ranges));
  }
}

export function pausedDatesOf(state: PauseState, today: string): string[] {
  const out = new Set<string>();
  for (const [start, end] of state.ranges) for (const d of datesIn({ start, end })) out.add(d);
  if (state.open && state.open.since <= today) for (const d of datesIn({ start: state.open.since, end: today })) out.add(d);
  return [...out].sort();
}
