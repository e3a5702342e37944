import type { Entry } from "../trial/checkin/entry.js";
import type { Timeline } from "../trial/phases/timeline.js";
import { EntryStore } from "./entry-store.js";
import { CheckinStore, type CheckinState } from "./checkin-store.js";
import type { PlanRead, PlanStore } from "./plan-store.js";
import type { PhaseStore } from "./phase-store.js";
import { RedisStore } from "./redis-store.js";
import type { ReportStore, TrialEnded } from "./report-store.js";
import type { RedisClient } from "./redis.js";

/** What answering a check-in button for one date reads, all in one round trip. */
export interface CheckinReads {
  plan: PlanRead;
  timeline: Timeline;
  /** The question waiting for an answer, if any. */
  state: CheckinState | null;
  /** The dates the daily question was last sent for. */
  prompted: string[];
  /** The date the button answers. */
  date: string;
  /** That date's entry, complete (note included); null when none. */
  entry: Entry | null;
  /** Every other date read, with its entry without the note (null: none, or unreadable). */
  nearby: ReadonlyMap<string, Entry | null>;
  /** The block's end mark, if the block was ended (by the user or by the "does not settle" stop). */
  ended: TrialEnded | null;
}

/**
 * The reads a check-in button needs, issued together so they share the update's first round trip:
 * plan versions, phases, the waiting question and the prompted dates, the answered date's entry and
 * the entries of the dates around it (the usual marker range, the days a back-fill offer looks at).
 */
export class CheckinReader extends RedisStore {
  constructor(
    redis: RedisClient,
    prefix: string,
    private readonly plans: PlanStore,
    private readonly phases: PhaseStore,
    private readonly entries: EntryStore,
    private readonly reports: ReportStore,
  ) {
    super(redis, prefix);
  }

  async read(userId: number, date: string, nearbyDates: readonly string[]): Promise<CheckinReads> {
    const [planRaw, phasesRaw, [stateRaw, promptedRaw], entriesRaw, ended] = await Promise.all([
      this.redis.lrange(this.k.planVersions(userId), 0, -1),
      this.redis.get(this.k.phases(userId)),
      this.redis.hmget(this.k.checkin(userId), "state", "prompted"),
      this.redis.hmgetBuffer(this.k.entries(userId), date, ...nearbyDates),
      this.reports.ended(userId),
    ]);
    const [plan, timeline, entry] = await Promise.all([
      this.plans.fromRaw(userId, planRaw),
      this.phases.fromRaw(userId, phasesRaw),
      this.entries.fromRaw(userId, date, entriesRaw[0]),
    ]);
    const nearby = new Map<string, Entry | null>();
    nearbyDates.forEach((d, i) => {
      const raw = entriesRaw[i + 1];
      nearby.set(d, raw ? EntryStore.decode(raw, { note: false }) : null);
    });
    return { plan, timeline, state: CheckinStore.parseState(stateRaw), prompted: CheckinStore.parsePrompted(promptedRaw), date, entry, nearby, ended };
  }
}
