import type { RedisClient } from "./redis.js";
import { ProfileStore } from "./profile-store.js";
import { UpdateJournal } from "./update-journal.js";
import { UpdateDedupe } from "./update-dedupe.js";
import { NoticeStore } from "./notice-store.js";
import { PlanStore } from "./plan-store.js";
import { DraftStore } from "./draft-store.js";
import { EntryStore } from "./entry-store.js";
import { SafetyStore } from "./safety-store.js";
import { ScheduleStore } from "./schedule-store.js";
import { CheckinStore } from "./checkin-store.js";
import { TrialStore } from "./trial-store.js";
import { ReportStore } from "./report-store.js";
import type { Clock } from "../clock.js";
import { FloodStore } from "./flood-store.js";
import { UpdateReads } from "./update-reads.js";
import { UserDataStore } from "./user-data.js";
import { RetentionStore } from "./retention-store.js";
import { PhaseStore } from "./phase-store.js";
import { CheckinReader } from "./checkin-reads.js";
import { PromptReader } from "./prompt-reads.js";
import { DEFAULT_QUIET } from "../trial/time/quiet-hours.js";

/** Every store the bot uses, built over one Redis client and key prefix. */
export interface Stores {
  profiles: ProfileStore;
  updates: UpdateDedupe;
  journal: UpdateJournal;
  notices: NoticeStore;
  plans: PlanStore;
  drafts: DraftStore;
  entries: EntryStore;
  safety: SafetyStore;
  schedule: ScheduleStore;
  /** Flood guard counter. */
  flood: FloodStore;
  /** The sender's profile, conversation state, set-aside flag and flood count, in one read per update. */
  reads: UpdateReads;
  /** Export, delete and retention over every key of a user. */
  userData: UserDataStore;
  /** Check-in questions waiting for an answer, typed-answer refs, reminders. */
  checkins: CheckinStore;
  /** Pauses of the trial. */
  trial: TrialStore;
  reports: ReportStore;
  /** The retention job's run lock and sent notices. */
  retention: RetentionStore;
  /** Later blocks, withdrawal checks, the follow-up. */
  phases: PhaseStore;
  /** What a check-in button reads (plan, phases, waiting question, entries), in one round trip. */
  checkinReads: CheckinReader;
  /** What the daily prompt reads about a user (src/store/prompt-reads.ts). */
  promptReads: PromptReader;
}

export function createStores(redis: RedisClient, prefix: string, clock: Clock): Stores {
  const schedule = new ScheduleStore(redis, prefix, undefined, clock, DEFAULT_QUIET);
  const plans = new PlanStore(redis, prefix);
  const phases = new PhaseStore(redis, prefix);
  const entries = new EntryStore(redis, prefix);
  const profiles = new ProfileStore(redis, prefix);
  const reports = new ReportStore(redis, prefix);
  return {
    flood: new FloodStore(redis, prefix),
    reads: new UpdateReads(redis, prefix),
    userData: new UserDataStore(redis, prefix, schedule),
    profiles,
    updates: new UpdateDedupe(redis, prefix),
    journal: new UpdateJournal(redis, prefix),
    notices: new NoticeStore(redis, prefix),
    plans,
    drafts: new DraftStore(redis, prefix),
    entries,
    safety: new SafetyStore(redis, prefix),
    schedule,
    checkins: new CheckinStore(redis, prefix),
    trial: new TrialStore(redis, prefix),
    reports,
    retention: new RetentionStore(redis, prefix),
    phases,
    checkinReads: new CheckinReader(redis, prefix, plans, phases, entries, reports),
    promptReads: new PromptReader(redis, prefix, { profiles, plans, entries, phases }),
  };
}
