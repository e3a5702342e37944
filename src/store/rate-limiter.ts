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
 * KEYS: rate key. ARGV: interval ms, count. Books `count` consecutive slots; returns { the first
 * slot's Redis time in ms, Redis time now in ms }. While sends queue up (the theoretical arrival
 * time is ahead of now) one INCRBY books the slots; only after an idle spell is it set to now.
 * The key has no expiry: it is one number, and an expiry would have to move with every INCRBY.
 */
const RESERVE = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local span = tonumber(ARGV[1]) * tonumber(ARGV[2])
local tat = redis.call('INCRBY', KEYS[1], span) - span
if tat < now then
  tat = now
  redis.call('SET', KEYS[1], string.format('%d', now + span))
end
return {tat, now}
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
  /**
   * Slots booked per trip to Redis (default 1). The ones not used at once are handed to the next
   * callers of this process while their time has not passed; one left unused costs one slot.
   */
  ahead?: number;
  /** Waiting, replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** How late a held slot may still be used at least (ms). */
const LATE_MS = 25;

export class RateLimiter {
  private readonly key: string;
  private readonly interval: number;
  private readonly burst: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly ahead: number;
  /** Booked slots not handed out yet: Redis time, and the local time it corresponds to (ms). */
  private held: Array<{ slotAt: number; localAt: number }> = [];
  private booking: Promise<void> | null = null;

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
    this.ahead = Math.max(1, Math.floor(opts.ahead ?? 1));
  }

  /** Books the next slot and resolves when it has come; returns the ms waited. */
  async acquire(): Promise<number> {
    return (await this.acquireSlot()).waited;
  }

  /** As acquire, also telling the booked slot's time on the Redis clock (ms). */
  async acquireSlot(): Promise<{ waited: number; slotAt: number }> {
    for (;;) {
      // A held slot whose time has passed by more than one booking's span is dropped: used
      // late, many such slots would go out at once.
      const late = Date.now() - Math.max(this.interval * this.ahead, LATE_MS);
      while (this.held.length && this.held[0].localAt < late) this.held.shift();
      const slot = this.held.shift();
      if (slot) {
        const wait = Math.max(0, slot.localAt - Date.now());
        if (wait > 0) await this.sleep(wait);
        return { waited: wait, slotAt: slot.slotAt };
      }
      // Callers arriving together share one booking.
      this.booking ??= this.book().finally(() => (this.booking = null));
      await this.booking;
    }
  }

  private async book(): Promise<void> {
    const [first, now] = ((await RESERVE.run(this.redis, [this.key], [this.interval, this.ahead])) as [number, number]).map(Number);
    const localNow = Date.now();
    // The burst lets the first slots go out early (the GCRA's tolerance).
    const early = (this.burst - 1) * this.interval;
    for (let i = 0; i < this.ahead; i++) {
      const slotAt = Math.max(now, first + i * this.interval - early);
      this.held.push({ slotAt, localAt: localNow + (slotAt - now) });
    }
  }
}
