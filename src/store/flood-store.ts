import { RedisStore } from "./redis-store.js";
import { LuaScript } from "./lua.js";

// Counts one message; the first one of a window starts its expiry (also repairs a key without one).
const HIT = new LuaScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`);

/**
 * Per-user message counter over a fixed window: one small key per user that expires by itself,
 * so a flood never makes Redis grow.
 */
export class FloodStore extends RedisStore {

  /**
   * Counts a message and returns how many arrived in the current window (this one included).
   * Windows follow the injected clock, so simulated time (tests, the demo) counts like real time;
   * the key's own expiry only cleans up.
   */
  async hit(userId: number, windowMs: number, nowMs: number): Promise<number> {
    const window = Math.floor(nowMs / windowMs);
    return Number(await HIT.run(this.redis, [this.k.flood(userId, window)], [windowMs * 2]));
  }
}
