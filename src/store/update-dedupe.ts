import { randomUUID } from "node:crypto";
import { RedisStore } from "./redis-store.js";
import { LuaScript } from "./lua.js";

const TTL_SECONDS = 24 * 3600;
/** A claim older than this is taken over whoever holds it (a handler never runs this long). */
const STALE_CLAIM_MS = 15_000;
/** A live process renews its liveness key this often; a dead one's key is gone within LIVE_TTL_MS. */
const HEARTBEAT_MS = 1_000;
const LIVE_TTL_MS = 3_000;

/** KEYS: the update's claim. ARGV: the holder's value seen, our value, ttl s. 1 when taken over. */
const TAKE_OVER = new LuaScript(`
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1
`);

/** KEYS: the update's claim. ARGV: our value. Gives a failed update back for its redelivery. */
const RELEASE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * handle: ours to handle (`retry`: taken over from a process that died or stalled while handling
 * it, so part of its work may already be saved); done: handled before (skip, confirm); busy: a
 * live process is on it.
 */
export type Claim = { outcome: "handle"; token: string; retry: boolean } | { outcome: "done" } | { outcome: "busy" };

/**
 * Telegram redelivers updates we had not confirmed before a crash, and webhooks retry: each update
 * id is handled once. A claim names the process (boot) handling it; a claim whose process is no
 * longer alive (its liveness key, renewed every second, ran out) is taken over at once, while a live
 * holder makes the redelivery "busy", so the webhook answers non-2xx and Telegram tries again.
 */
export class UpdateDedupe extends RedisStore {
  private readonly boot = randomUUID().slice(0, 8);
  private heartbeat?: NodeJS.Timeout;

  private value(nowMs: number): string {
    return `p:${this.boot}:${nowMs}`;
  }

  /** This process's name in update claims and chat leases; alive while its heartbeat runs. */
  get processId(): string {
    return this.boot;
  }

  /** True while the named process runs (its liveness key, renewed every second, has not run out). */
  async isAlive(processId: string): Promise<boolean> {
    return processId === this.boot || (await this.redis.exists(this.k.liveProcess(processId))) === 1;
  }

  /** Marks this process alive, and keeps it marked while it runs. */
  async startHeartbeat(): Promise<void> {
    if (this.heartbeat) return;
    const beat = () => this.redis.set(this.k.liveProcess(this.boot), "1", "PX", LIVE_TTL_MS);
    this.heartbeat = setInterval(() => {
      beat().catch(() => undefined); // Redis away: the key runs out and others may take over, as after a crash
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    await beat();
  }

  /** Stops the heartbeat and says at once that this boot is gone. */
  async stopHeartbeat(): Promise<void> {
    if (!this.heartbeat) return;
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.redis.del(this.k.liveProcess(this.boot)).catch(() => undefined); // gone anyway within 3 s
  }

  async claim(updateId: number, nowMs: number): Promise<Claim> {
    if (!this.heartbeat) await this.startHeartbeat();
    const key = this.k.updateDedupe(updateId);
    const mine = this.value(nowMs);
    // One command: set our claim unless there is one, and say what was there.
    const held = await this.redis.set(key, mine, "EX", TTL_SECONDS, "NX", "GET");
    if (held === null) return { outcome: "handle", token: mine, retry: false };
    return this.contend(key, held, mine, nowMs);
  }

  /** Someone claimed the update before: done, still busy, or ours to take over (the rare path). */
  private async contend(key: string, held: string, mine: string, nowMs: number): Promise<Claim> {
    if (held === "done") return { outcome: "done" };
    const [, boot = "", ms = ""] = held.split(":");
    const stale = nowMs - Number(ms) > STALE_CLAIM_MS;
    if (!stale) {
      if (boot === this.boot) return { outcome: "busy" }; // a retry while we are still on it
      if ((await this.redis.exists(this.k.liveProcess(boot))) === 1) return { outcome: "busy" };
    }
    if (Number(await TAKE_OVER.run(this.redis, [key], [held, mine, String(TTL_SECONDS)])) === 1) return { outcome: "handle", token: mine, retry: true };
    return { outcome: "busy" }; // someone else took it over between our two reads
  }

  /** Not awaited by callers on the hot path: a lost "done" only allows a takeover after 15 s. */
  async finish(updateId: number): Promise<void> {
    await this.redis.set(this.k.updateDedupe(updateId), "done", "EX", TTL_SECONDS);
  }

  /** The handler failed: the update is given back, so its redelivery is handled, not skipped. */
  async release(updateId: number, token: string): Promise<void> {
    await RELEASE.run(this.redis, [this.k.updateDedupe(updateId)], [token]);
  }
}
