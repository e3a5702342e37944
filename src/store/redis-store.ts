import type { RedisClient } from "./redis.js";
import { keys, type Keys } from "./keys.js";

/** What every store over one Redis client and key prefix shares. */
export abstract class RedisStore {
  protected readonly k: Keys;
  constructor(
    protected readonly redis: RedisClient,
    prefix: string,
  ) {
    this.k = keys(prefix);
  }
}
