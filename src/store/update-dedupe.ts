import { RedisStore } from "./redis-store.js";
import { randomUUID } from "node:crypto";
import { LuaScript } from "./lua.js";

const TTL_SECONDS = 24 * 3600;
/** A claim by a process that has since died is taken over after this long. */
const STALE_CLAIM_MS = 15_000;

// Returns 1 when this process should handle the update, 0 when it was handled or is being handled.
const CLAIM = new LuaScript(`
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
  return 1
end
if v == 'done' then return 0 end
local boot, ms = string.match(v, '^p:([^:]+):(%d+)$')
if boot and boot ~= ARGV[2] and tonumber(ARGV[3]) - tonumber(ms) > tonumber(ARGV[5]) then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[4])
  return 1
end
return 0
`);

/**
 * Telegram redelivers updates we had not confirmed before a crash, and webhooks retry: each
 * update id is handled once. A claim left by a crashed process is taken over, a finished one never.
 */
export class UpdateDedupe extends RedisStore {
  private readonly boot = randomUUID().slice(0, 8);

  async claim(updateId: number, nowMs: number): Promise<boolean> {
    // EVALSHA: the script body is sent once per server, not with every update.
    const res = await CLAIM.run(this.redis, [this.k.updateDedupe(updateId)], [`p:${this.boot}:${nowMs}`, this.boot, String(nowMs), String(TTL_SECONDS), String(STALE_CLAIM_MS)]);
    return res === 1;
  }

  /** Not awaited by callers on the hot path: a lost "done" only allows a takeover after 15 s. */
  async finish(updateId: number): Promise<void> {
    await this.redis.set(this.k.updateDedupe(updateId), "done", "EX", TTL_SECONDS);
  }
}
