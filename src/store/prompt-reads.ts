import type { TrialPauses } from "./pauses.js";
import type { Profile, ProfileStore } from "./profile-store.js";
import type { PlanRead, PlanStore } from "./plan-store.js";
import type { TrialEnded } from "./report-store.js";
import type { EntryStore } from "./entry-store.js";
import type { PhaseStore } from "./phase-store.js";
import { CheckinStore, type PromptFields, type PromptNotes } from "./checkin-store.js";
import { TrialStore } from "./trial-store.js";
import { SafetyStore } from "./safety-store.js";
import { RedisStore } from "./redis-store.js";
import type { RedisClient } from "./redis.js";
import type { Timeline } from "../trial/phases/timeline.js";
import type { Entry } from "../trial/checkin/entry.js";

/**
 * Everything the daily prompt and the checks before it (reports, the settle rule, phases, pauses,
 * the "pause?" question, reminders) read about the user, in one round trip (two when the user
 * has pauses or safety events stored).
 */
export interface PromptInputs {
  profile: Profile | null;
  plan: PlanRead;
  /** Without notes. */
  entries: Entry[];
  /** The prompt date's entry, with its note. */
  day: Entry | null;
  pauses: TrialPauses;
  /**
   * The report hash, when it was read; null: not read (the report hook reads it on the days a
   * report or a "does not settle" message may be due).
   */
  reports: { ended: TrialEnded | null; sent: Set<string> } | null;
  timeline: Timeline;
  checkin: PromptFields;
}

/**
 * What a check before the daily prompt tells it: true when it sent or wrote something (the prompt
 * reads the user again), and notes to write with the prompt's record.
 */
export type BeforePromptResult = boolean | { changed: boolean; notes?: PromptNotes };

const noPauses = (): TrialPauses => ({ own: { open: null, ranges: [] }, safety: [] });

/**
 * The daily prompt's reads: one command per key the prompt needs (profile and phases in one MGET),
 * sent together. The user's own pauses and safety events are read only when an EXISTS sent with
 * them says they are stored: most users have neither.
 */
export class PromptReader extends RedisStore {
  constructor(
    redis: RedisClient,
    prefix: string,
    private readonly stores: { profiles: ProfileStore; plans: PlanStore; entries: EntryStore; phases: PhaseStore },
  ) {
    super(redis, prefix);
  }

  async read(userId: number, date: string): Promise<PromptInputs> {
    const { k } = this;
    const [[profileRaw, phasesRaw], planRaw, entriesRaw, checkinRaw, stored] = await Promise.all([
      this.redis.mget(k.profile(userId), k.phases(userId)),
      this.redis.lrange(k.planVersions(userId), 0, -1),
      this.redis.hgetallBuffer(k.entries(userId)),
      this.redis.hmget(k.checkin(userId), ...CheckinStore.PROMPT_FIELDS),
      // Each existing key counts once per mention: 1 = the pause hash, 2 = safety events, 3 = both.
      this.redis.exists(k.trial(userId), k.safety(userId), k.safety(userId)),
    ]);
    const [profile, plan, entries, timeline, pauses] = await Promise.all([
      this.stores.profiles.parse(userId, profileRaw),
      this.stores.plans.fromRaw(userId, planRaw),
      this.stores.entries.fromAll(userId, entriesRaw, date, { note: false }),
      this.stores.phases.fromRaw(userId, phasesRaw),
      stored === 0 ? noPauses() : this.pauses(userId, stored % 2 === 1, stored >= 2),
    ]);
    return { profile, plan, entries: entries.entries, day: entries.day, pauses, reports: null, timeline, checkin: CheckinStore.promptFieldsOf(checkinRaw) };
  }

  private async pauses(userId: number, own: boolean, safety: boolean): Promise<TrialPauses> {
    const [fields, events] = await Promise.all([
      own ? this.redis.hmget(this.k.trial(userId), ...TrialStore.PAUSE_FIELDS) : null,
      safety ? this.redis.hvals(this.k.safety(userId)) : null,
    ]);
    return {
      own: fields ? TrialStore.pauseStateOf(fields[0], fields[1]) : noPauses().own,
      safety: events ? SafetyStore.eventsOf(events) : [],
    };
  }
}
