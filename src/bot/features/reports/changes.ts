/**
 * Which updates changed what the "does not settle" rule reads — a pain score or a session day —
 * so the rule's reload and analysis run after those answers only, not after every tap, note or
 * marker (it was a third of a check-in answer's CPU). The daily prompt still checks the
 * rule before every prompt, whatever changed.
 */
import type { Entry } from "../../../trial/checkin/entry.js";
import type { PlanVersion } from "../../../trial/plan/plan.js";
import type { Timeline } from "../../../trial/phases/timeline.js";

export interface SettleInputChange {
  /** The plan versions read by this update, so the check does not read them again. */
  versions?: PlanVersion[];
  /** The phase timeline this update read, likewise. */
  timeline?: Timeline;
}

const changed = new WeakMap<object, SettleInputChange>();

/** True when saving `after` over `before` changes a pain score or a session day. */
export function settleInputChanged(before: Entry | null, after: Entry): boolean {
  if (before?.pain !== after.pain) return true;
  if (after.pain !== undefined && before?.scale !== after.scale) return true;
  return (before?.session === true) !== (after.session === true);
}

export function markSettleInputChanged(ctx: object, change: SettleInputChange = {}): void {
  changed.set(ctx, change);
}

/** Set when this update saved such a change; undefined otherwise. */
export function settleInputChangeOf(ctx: object): SettleInputChange | undefined {
  return changed.get(ctx);
}
