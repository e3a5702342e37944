/**
 * Whether massage sessions are planned on a date, by phase: none during a withdrawal check or the
 * follow-up, so the daily check-in does not ask about one there. A wash-in is part of its block:
 * its sessions happen, they are only not counted.
 */
import type { Plan } from "../plan/plan.js";
import { withdrawalEnd, type Timeline } from "./timeline.js";

/**
 * False when a withdrawal check covers `date` or the follow-up has begun by then, unless the plan's
 * current block started after that phase did (a block planned after a withdrawal check or during
 * the follow-up brings its sessions back from its first session on).
 */
export function sessionsPlannedOn(timeline: Timeline, plan: Pick<Plan, "firstSession">, date: string): boolean {
  const since = (start: string) => start >= plan.firstSession;
  if (timeline.withdrawals.some((w) => w.start <= date && date <= withdrawalEnd(w) && since(w.start))) return false;
  const f = timeline.followUp;
  return !(f && f.start <= date && since(f.start));
}
