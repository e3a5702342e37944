/**
 * A global send rate shared by every bot instance, kept in Redis (key `rateLimiter()`), so the
 * scheduler stays under Telegram's ~30 messages/s however many processes send.
 *
 * GCRA with reservations: each `acquire()` books the next free slot atomically and waits until
 * it comes. Slots are `1000 / perSecond` ms apart; `burst` slots may be used at once. Time is the
 * Redis server's (TIME), so instances with skewed clocks still share one schedule.
 */
import type { RedisClient } from "./redis.js";
import { keys } from "./keys.js";
import { LuaScript } from "./lua.js";

/**
 * KEYS: rate key. ARGV: interval ms, burst. Returns { ms to wait before using the booked slot,
 * the slot's Redis time in ms }.
 */
const RESERVE = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - now - (burst - 1) * interval
if wait < 0 then wait = 0 end
local nextTat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return {wait, now + wait}
`);

/** Telegram allows about 30 messages per second to different chats; we stay a little below. */
export const DEFAULT_PER_SECOND = 28;

export interface RateLimiterOptions {
  /**
   * Messages per second across all instances (default 28: slots 36 ms apart, 27.8/s, 93 % of
   * Telegram's ~30/s broadcast limit, with room for jitter; bench/ measures 0 answers 429).
   */
  perSecond?: number;
  /** Messages that may go out back to back before pacing starts (default 1). */
  burst?: number;
  /** Waiting, replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export class RateLimiter {
  private readonly key: string;
  private readonly interval: number;
  private readonly burst: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    opts: RateLimiterOptions = {},
  ) {
    const perSecond = opts.perSecond ?? DEFAULT_PER_SECOND;
    if (!(perSecond > 0 && perSecond <= 1000)) throw new Error(`invalid rate: ${perSecond}/s`);
    this.key = keys(prefix).rateLimiter();
    this.interval = Math.max(1, Math.round(1000 / perSecond));
    this.burst = Math.max(1, Math.floor(opts.burst ?? 1));
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Books the next slot and resolves when it has come; returns the ms waited. */
  async acquire(): Promise<number> {
    return (await this.acquireSlot()).waited;
  }

  /** As acquire, also telling the booked slot's time on the Redis clock (ms). */
  async acquireSlot(): Promise<{ waited: number; slotAt: number }> {
    const [wait, slotAt] = (await RESERVE.run(this.redis, [this.key], [this.interval, this.burst])) as [number, number];
    if (wait > 0) await this.sleep(wait);
    return { waited: Number(wait), slotAt: Number(slotAt) };
  }
}
