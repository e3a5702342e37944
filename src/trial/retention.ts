/**
 * When a user's data is deleted: RETENTION_DAYS after their trial ended or after they blocked the
 * bot, whichever comes first; a user who can still be reached is told NOTICE_DAYS_BEFORE ahead.
 * - Trial end = the block's end (pauses lengthen it, an early end counts), never before the last
 *   activity (an entry, a plan change, consent). Paused days after both the planned end and the
 *   last activity do not count, so a pause never lifted does not keep data for ever.
 * - Blocked = the profile inactive since Telegram refused delivery (or said so in my_chat_member).
 * Dates are calendar dates in the plan's time zone (the default zone without a plan).
 */
import { addDays, trialCalendar } from "./time/calendar.js";
import type { PlanVersion } from "./plan/plan.js";

export const NOTICE_DAYS_BEFORE = 7;

export interface RetentionFacts {
  versions: readonly PlanVersion[];
  pausedDates?: readonly string[];
  /** The user ended the block early (ReportStore.ended), for the block that started on firstSession. */
  ended?: { date: string; firstSession: string } | null;
  /** Local dates of other activity: entries, consent, plan saves. */
  activity: readonly (string | null | undefined)[];
  /** Local date since which the user has blocked the bot. */
  blockedOn?: string | null;
}

export interface RetentionDates {
  trialEnd: string | null;
  deleteOn: string;
  noticeOn: string;
  reason: "ended" | "blocked";
}

export function maxDate(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** When a user's data is deleted and when they are told; null when there is nothing to go by. */
export function retentionDates(f: RetentionFacts, days: number): RetentionDates | null {
  let blockEnd: string | null = null;
  const current = f.versions.at(-1)?.plan;
  if (current) {
    // A pause nobody ever lifts would push the end out for ever: paused days count only up to the
    // later of the planned end and the user's last activity.
    const cutoff = maxDate([trialCalendar(current, []).blockEnd, ...f.activity])!;
    blockEnd = trialCalendar(
      current,
      (f.pausedDates ?? []).filter((d) => d <= cutoff),
    ).blockEnd;
    if (f.ended && f.ended.firstSession === current.firstSession && f.ended.date < blockEnd) blockEnd = f.ended.date;
  }
  const trialEnd = maxDate([blockEnd, ...f.activity]);
  const candidates: { on: string; reason: RetentionDates["reason"] }[] = [];
  if (trialEnd) candidates.push({ on: addDays(trialEnd, days), reason: "ended" });
  if (f.blockedOn) candidates.push({ on: addDays(f.blockedOn, days), reason: "blocked" });
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.on.localeCompare(b.on));
  const { on, reason } = candidates[0];
  return { trialEnd, deleteOn: on, noticeOn: addDays(on, -NOTICE_DAYS_BEFORE), reason };
}
