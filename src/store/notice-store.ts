import type { RedisClient } from "./redis.js";
import { keys } from "./keys.js";

/** "Say this only once" flags, e.g. the group-chat pointer or the flood notice. */
export class NoticeStore {
  private readonly k;
  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.k = keys(prefix);
  }

  /** True the first time `name` is seen within `ttlSeconds` (default: a year). */
  async firstTime(name: string, ttlSeconds = 365 * 24 * 3600): Promise<boolean> {
    return (await this.redis.set(this.k.notice(name), "1", "EX", ttlSeconds, "NX")) === "OK";
  }
}
