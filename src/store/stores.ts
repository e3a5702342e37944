import type { RedisClient } from "./redis.js";
import { ProfileStore } from "./profile-store.js";
import { UpdateDedupe } from "./update-dedupe.js";
import { NoticeStore } from "./notice-store.js";
import { PlanStore } from "./plan-store.js";

/** Every store the bot uses, built over one Redis client and key prefix. */
export interface Stores {
  profiles: ProfileStore;
  updates: UpdateDedupe;
  notices: NoticeStore;
  plans: PlanStore;
}

export function createStores(redis: RedisClient, prefix: string): Stores {
  return {
    profiles: new ProfileStore(redis, prefix),
    updates: new UpdateDedupe(redis, prefix),
    notices: new NoticeStore(redis, prefix),
    plans: new PlanStore(redis, prefix),
  };
}
