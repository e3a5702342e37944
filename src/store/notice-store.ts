import { RedisStore } from "./redis-store.js";

/** "Say this only once" flags, e.g. the group-chat pointer or the flood notice. */
export class NoticeStore extends RedisStore {

  /** True the first time `name` is seen within `ttlSeconds` (default: a year). */
  async firstTime(name: string, ttlSeconds = 365 * 24 * 3600): Promise<boolean> {
    return (await this.redis.set(this.k.notice(name), "1", "EX", ttlSeconds, "NX")) === "OK";
  }
}
