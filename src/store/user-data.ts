import { Cluster } from "ioredis";
import type { RedisClient } from "./redis.js";
import { bucketOf, escapeGlob, keys, userKeyPattern, type UserId } from "./keys.js";
import { safeJson } from "./profile-store.js";
import { DELETE_IF_HOLDS, LuaScript } from "./lua.js";
import type { ScheduleStore } from "./schedule-store.js";

/** Per-user keys that hold no answers (rate counters, a pending confirmation token, a chat lock, a language picked before consent). */
const TECHNICAL = new Set(["flood", "webapp", "deleteConfirm", "endTrialConfirm", "corruptTold", "corruptUntold", "lock", "chosenLocale"]);

/** What is stored about a user: answers, only the language picked before consent, or nothing. */
export type StoredData = "answers" | "language" | "nothing";

/** What a one-time confirmation token confirms. */
export type Confirmation = "delete" | "endTrial";
/** Key name without a variable suffix ("flood:179904960" → "flood"). */
const isTechnical = (name: string) => TECHNICAL.has(name.split(":")[0]);

// KEYS: corrupt list, told counter, untold flag. Returns the items added since the last call.
const TAKE_UNTOLD = new LuaScript(`
redis.call('DEL', KEYS[3])
local n = redis.call('LLEN', KEYS[1])
local told = tonumber(redis.call('GET', KEYS[2]) or '0')
if n == told then return {} end
if n == 0 then redis.call('DEL', KEYS[2]) return {} end
redis.call('SET', KEYS[2], n)
if n < told then return {} end
return redis.call('LRANGE', KEYS[1], told, -1)
`);

/**
 * Everything stored about one user, found by SCAN over the user's hash tag `{u:<id>}` (so keys
 * added by later features are covered without a list to maintain), plus their due-set membership.
 */
export class UserDataStore {
  private readonly k;
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly schedule: ScheduleStore,
  ) {
    this.k = keys(prefix);
  }

  /** Every key under the user's hash tag. */
  async keysOf(userId: UserId): Promise<string[]> {
    return scanAll(this.redis, userKeyPattern(this.prefix, userId));
  }

  /** The part of a key after `{u:<id>}:`, e.g. "entries". */
  nameOf(userId: UserId, key: string): string {
    return key.slice(this.k.profile(userId).length - "profile".length);
  }

  /** True when anything other than technical counters is stored for the user. */
  async hasData(userId: UserId): Promise<boolean> {
    return (await this.stored(userId)) === "answers";
  }

  async stored(userId: UserId): Promise<StoredData> {
    const names = (await this.keysOf(userId)).map((key) => this.nameOf(userId, key));
    if (names.some((name) => !isTechnical(name))) return "answers";
    return names.includes("chosenLocale") ? "language" : "nothing";
  }

  /**
   * Deletes every key of the user and takes them out of the due set (queued and in flight).
   * Idempotent; repeats the SCAN until nothing is left, in case a write raced the first pass.
   * Returns the number of keys deleted.
   */
  async deleteAll(userId: UserId): Promise<number> {
    await this.schedule.remove(userId);
    let deleted = 0;
    for (let pass = 0; pass < 5; pass++) {
      const found = await this.keysOf(userId);
      if (!found.length) break;
      // All keys of one user share a hash slot, so one DEL is fine on Cluster too.
      for (let i = 0; i < found.length; i += 500) deleted += await this.redis.del(...found.slice(i, i + 500));
    }
    // A prompt claimed while we deleted could have re-queued the user: remove once more.
    await this.schedule.remove(userId);
    await this.removeReminders(userId);
    return deleted;
  }

  /** Pending check-in reminders live in shared bucket sets as "<userId>:<date>" members. */
  private async removeReminders(userId: UserId): Promise<void> {
    const key = this.k.reminderBucket(bucketOf(userId, this.schedule.buckets));
    let cursor = "0";
    do {
      const [next, flat] = await this.redis.zscan(key, cursor, "MATCH", `${escapeGlob(String(userId))}:*`, "COUNT", 500);
      cursor = next;
      const members = flat.filter((_, i) => i % 2 === 0);
      if (members.length) await this.redis.zrem(key, ...members);
    } while (cursor !== "0");
  }

  /** Raw contents of every key of the user, by name, for the export (JSON values parsed). */
  async dump(userId: UserId, skip: readonly string[] = []): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of (await this.keysOf(userId)).sort()) {
      const name = this.nameOf(userId, key);
      if (skip.includes(name) || isTechnical(name)) continue;
      out[name] = await dumpKey(this.redis, key);
    }
    return out;
  }

  /** Starts a confirmation (/delete, /endtrial): a one-time token valid for `ttlSeconds`. */
  async newConfirmToken(userId: UserId, token: string, ttlSeconds = 600, what: Confirmation = "delete"): Promise<void> {
    await this.redis.set(this.confirmKey(userId, what), token, "EX", ttlSeconds);
  }

  /** Consumes the token: true only for the newest, unexpired one, and only once. */
  async takeConfirmToken(userId: UserId, token: string, what: Confirmation = "delete"): Promise<boolean> {
    return Number(await DELETE_IF_HOLDS.run(this.redis, [this.confirmKey(userId, what)], [token])) === 1;
  }

  private confirmKey(userId: UserId, what: Confirmation): string {
    return what === "delete" ? this.k.deleteConfirm(userId) : this.k.endTrialConfirm(userId);
  }

  /**
   * Set-aside values the user has not been told about yet ("planVersions", "entries", …), marked
   * as told in the same atomic step, so concurrent updates tell the user once.
   */
  async takeUntoldCorrupt(userId: UserId): Promise<string[]> {
    const items = (await TAKE_UNTOLD.run(this.redis, [this.k.corrupt(userId), this.k.corruptTold(userId), this.k.corruptUntold(userId)], [])) as string[];
    return items.map((raw) => {
      const v = safeJson(raw) as { key?: unknown } | undefined;
      return typeof v?.key === "string" ? v.key : "unknown";
    });
  }

  /** Ids of every user with any key (for the retention job). */
  async userIds(): Promise<string[]> {
    const found = await scanAll(this.redis, `${escapeGlob(this.prefix)}{u:*}:*`);
    const ids = new Set<string>();
    const head = `${this.prefix}{u:`;
    for (const key of found) {
      if (!key.startsWith(head)) continue;
      const end = key.indexOf("}:", head.length);
      if (end > head.length) ids.add(key.slice(head.length, end));
    }
    return [...ids].sort();
  }
}

/** SCAN MATCH over the whole keyspace (every master on Cluster); never KEYS. */
export async function scanAll(redis: RedisClient, pattern: string): Promise<string[]> {
  const nodes = redis instanceof Cluster ? redis.nodes("master") : [redis];
  const out = new Set<string>();
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, found] = await node.scan(cursor, "MATCH", pattern, "COUNT", 1000);
      cursor = next;
      for (const k of found) out.add(k);
    } while (cursor !== "0");
  }
  return [...out];
}

/** A key's value by type; JSON strings are parsed, anything else is kept as the raw string. */
export async function dumpKey(redis: RedisClient, key: string): Promise<unknown> {
  const parse = (raw: string) => {
    const v = safeJson(raw);
    return v === undefined ? raw : v;
  };
  const type = await redis.type(key);
  switch (type) {
    case "string": {
      const raw = await redis.get(key);
      return raw === null ? null : parse(raw);
    }
    case "hash":
      return Object.fromEntries(Object.entries(await redis.hgetall(key)).map(([f, v]) => [f, parse(v)]));
    case "list":
      return (await redis.lrange(key, 0, -1)).map(parse);
    case "set":
      return (await redis.smembers(key)).sort();
    case "zset": {
      const flat = await redis.zrange(key, "0", "-1", "WITHSCORES");
      const pairs: { member: string; score: number }[] = [];
      for (let i = 0; i < flat.length; i += 2) pairs.push({ member: flat[i], score: Number(flat[i + 1]) });
      return pairs;
    }
    default:
      return null;
  }
}
