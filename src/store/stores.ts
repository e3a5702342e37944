import type { RedisClient } from "./redis.js";
import { ProfileStore } from "./profile-store.js";
import { UpdateDedupe } from "./update-dedupe.js";
import { NoticeStore } from "./notice-store.js";
import { PlanStore } from "./plan-store.js";
import { DraftStore } from "./draft-store.js";
import { EntryStore } from "./entry-store.js";
import { SafetyStore } from "./safety-store.js";
import { ScheduleStore } from "./schedule-store.js";
import type { Clock } from "../clock.js";

/** Every store the bot uses, built over one Redis client and key prefix. */
export interface Stores {
  profiles: ProfileStore;
  updates: UpdateDedupe;
  notices: NoticeStore;
  plans: PlanStore;
  drafts: DraftStore;
  entries: EntryStore;
  safety: SafetyStore;
  schedule: ScheduleStore;
}

export function createStores(redis: RedisClient, prefix: string, clock: Clock): Stores {
  return {
    profiles: new ProfileStore(redis, prefix),
    updates: new UpdateDedupe(redis, prefix),
    notices: new NoticeStore(redis, prefix),
    plans: new PlanStore(redis, prefix),
    drafts: new DraftStore(redis, prefix),
    entries: new EntryStore(redis, prefix),
    safety: new SafetyStore(redis, prefix),
    schedule: new ScheduleStore(redis, prefix, undefined, clock),
  };
}
