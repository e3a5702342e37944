import { RedisStore } from "./redis-store.js";
import { LuaScript } from "./lua.js";

// Counts one call; the first one of a window starts its expiry (also repairs a key without one).
const HIT = new LuaScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`);

/** Mini App API calls per user over a fixed window, shared by every instance; one small key that expires by itself. */
export class WebappRateStore extends RedisStore {
  /** Counts a call and says whether it is within `limit` calls in the current window. */
  async allow(userId: number, limit: number, windowMs: number, nowMs: number): Promise<boolean> {
    const window = Math.floor(nowMs / windowMs);
    const n = Number(await HIT.run(this.redis, [this.k.webappRate(userId, window)], [windowMs * 2]));
    return n <= limit;
  }
}
