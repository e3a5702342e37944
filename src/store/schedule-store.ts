/**
 * Daily-prompt schedule in Redis: a per-user schedule hash plus a due set sharded into buckets.
 *
 * Life of one prompt:
 *   upsert ──► due:{b} (score = due instant) ──claimDue──► inflight:{b} (score = claim time)
 *     ──markSent──► due:{b} (next occurrence)     ──retry──► due:{b} (in a minute)
 *     ──remove──► gone                              ──recoverInFlight (stale)──► due:{b} (original due)
 *
 * Every Lua script touches only the three keys of one bucket (same {b<n>} hash tag), so the store
 * works on Redis Cluster. Claiming is atomic per bucket: two instances never both claim the same
 * (user, due instant). A user is never claimed while already in flight.
 */
import { createHash } from "node:crypto";
import type { Redis, Cluster } from "ioredis";
import { Info } from "luxon";
import { systemClock, type Clock } from "../clock.js";
import { bucketOf, DEFAULT_BUCKETS, keys, type Keys, type UserId } from "./keys.js";
import { localDateOf, nextPromptAfterDate, wallTimeToInstant, type PromptInstant } from "../trial/time/next-occurrence.js";
import { formatQuiet, parseQuiet, promptTimeOutside, type QuietHours } from "../trial/time/quiet-hours.js";

export type ScheduleRedis = Redis | Cluster;

export interface ScheduleInput {
  /** Local "HH:MM". */
  time: string;
  /** IANA zone or luxon fixed offset ("UTC+2"). */
  zone: string;
}

export interface ScheduleRecord extends ScheduleInput {
  /** Due instant of the next prompt (ms since epoch). */
  nextAt: number;
  /** Local date (YYYY-MM-DD) the next prompt belongs to. */
  nextLocalDate: string;
  /** Local date of the last prompt sent, if any. */
  lastSentDate: string | null;
  /** The user's quiet hours (null = off); a prompt time inside them fires at their end. */
  quiet: QuietHours | null;
}

/** The local time the prompt actually fires at (the chosen time, moved out of quiet hours). */
export const firingTime = (s: Pick<ScheduleRecord, "time" | "quiet">): string => promptTimeOutside(s.time, s.quiet);

export interface DueClaim {
  userId: string;
  /** The due instant that was claimed (a retry's instant after a failure). */
  dueAt: Date;
  /** The local date this prompt belongs to (what the check-in answers). */
  localDate: string;
  time: string;
  zone: string;
  /** The schedule as read when claiming (quiet hours, last sent date), for the prompt's bookkeeping. */
  schedule: ScheduleRecord;
}

/** The bucket half of a sent prompt (see ScheduleStore.finishSent). */
export interface SentPrompt {
  userId: UserId;
  /** The next due instant (ms), or null when the schedule is gone. */
  requeueAt: number | null;
  /** A reminder to queue in the user's reminder bucket: its member and instant (ms). */
  reminder?: { member: string; at: number };
}

export interface SkippedClaim {
  userId: string;
  dueAt: Date;
  localDate: string | null;
  reason: CatchUpSkipReason | "not-scheduled" | "moved";
}

export interface ClaimResult {
  /** Prompts to send now; each stays in flight until markSent / retry / remove. */
  due: DueClaim[];
  /** Claimed but not to be sent; already rescheduled (or dropped when no schedule exists). */
  skipped: SkippedClaim[];
}

export type CatchUpSkipReason = "already-sent" | "day-over" | "not-yet";
export type CatchUpDecision = { send: true } | { send: false; reason: CatchUpSkipReason };

/**
 * The "same local day" catch-up rule. A claimed prompt is sent only while its local date is still
 * the user's current local date (a prompt late by minutes or hours is still sent; yesterday's is
 * not), and never for a date that was already prompted.
 */
export function catchUpDecision(p: {
  localDate: string;
  zone: string;
  now: Date;
  lastSentDate?: string | null;
}): CatchUpDecision {
  if (p.lastSentDate && p.lastSentDate >= p.localDate) return { send: false, reason: "already-sent" };
  const today = localDateOf(p.now, p.zone);
  if (p.localDate < today) return { send: false, reason: "day-over" };
  if (p.localDate > today) return { send: false, reason: "not-yet" };
  return { send: true };
}

/**
 * Today's prompt when its time has passed and no prompt for today (or later) went out yet; null
 * otherwise. The catch-up rule never sends a past day's prompt, but it must not skip today's.
 */
export function owedToday(sched: Pick<ScheduleRecord, "time" | "zone" | "lastSentDate"> & { quiet?: QuietHours | null }, now: Date): PromptInstant | null {
  const today = localDateOf(now, sched.zone);
  if (sched.lastSentDate && sched.lastSentDate >= today) return null;
  const at = wallTimeToInstant(today, firingTime({ time: sched.time, quiet: sched.quiet ?? null }), sched.zone);
  return at.getTime() <= now.getTime() ? { at, localDate: today } : null;
}

// ---------------------------------------------------------------------------------------------
// Lua (each script: KEYS = due, inflight, inflightDue of ONE bucket)
// ---------------------------------------------------------------------------------------------

/**
 * ARGV: now(ms), limit. Returns flat [more, member, dueScore, ...]; more = 1 when the bucket may
 * hold further due prompts (the range was cut at its window, or it had more than the limit took).
 * A fixed number of commands per call however many it claims (one ZMSCORE, ZREM, ZADD, HSET over
 * all of them).
 */
const CLAIM = `
local limit = tonumber(ARGV[2])
local window = limit + redis.call('ZCARD', KEYS[2])
local items = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, window)
if #items == 0 then return {0} end
local members = {}
for i = 1, #items, 2 do members[#members + 1] = items[i] end
local flying = redis.call('ZMSCORE', KEYS[2], unpack(members))
local out, claimed, scored, dues = {0}, {}, {}, {}
local free = 0
for i = 1, #members do
  if not flying[i] then
    free = free + 1
    if #claimed < limit then
      local m, due = members[i], items[2 * i]
      claimed[#claimed + 1] = m
      scored[#scored + 1] = ARGV[1]
      scored[#scored + 1] = m
      dues[#dues + 1] = m
      dues[#dues + 1] = due
      out[#out + 1] = m
      out[#out + 1] = due
    end
  end
end
if #claimed > 0 then
  redis.call('ZREM', KEYS[1], unpack(claimed))
  redis.call('ZADD', KEYS[2], unpack(scored))
  redis.call('HSET', KEYS[3], unpack(dues))
end
if #members == window or free > #claimed then out[1] = 1 end
return out
`;

/** ARGV: member, mode ('none' | 'set'), score. Ends the in-flight state, optionally re-queues. */
const COMPLETE = `
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
if ARGV[2] == 'set' then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
end
return 1
`;

/** ARGV: member. Removes the user from due and in-flight. */
const REMOVE = `
local a = redis.call('ZREM', KEYS[1], ARGV[1])
local b = redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
return a + b
`;

/** ARGV: member, score. Removes the due entry only if it still has that score. */
const REMOVE_IF_SCORE = `
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if s and tonumber(s) == tonumber(ARGV[2]) then
  return redis.call('ZREM', KEYS[1], ARGV[1])
end
return 0
`;

/**
 * KEYS: due, inflight, inflightDue, reminders of ONE bucket. ARGV: n, n members (end their
 * in-flight state), then the due set's score/member pairs, then after ARGV[n + 2] = their count,
 * the reminder set's score/member pairs.
 */
const FINISH = `
local n = tonumber(ARGV[1])
local members = {}
for i = 2, n + 1 do members[#members + 1] = ARGV[i] end
redis.call('ZREM', KEYS[2], unpack(members))
redis.call('HDEL', KEYS[3], unpack(members))
local k = tonumber(ARGV[n + 2])
local due, remind = {}, {}
for i = n + 3, n + 2 + k do due[#due + 1] = ARGV[i] end
for i = n + 3 + k, #ARGV do remind[#remind + 1] = ARGV[i] end
if #due > 0 then redis.call('ZADD', KEYS[1], unpack(due)) end
if #remind > 0 then redis.call('ZADD', KEYS[4], unpack(remind)) end
return n
`;

/**
 * KEYS: sched, checkin of ONE user. ARGV: lastSentDate, nextAt, nextLocalDate, then field/value
 * pairs for the check-in hash. The user half of a sent prompt; 0 when the schedule is gone.
 * A schedule always holds nextAt and nextLocalDate (upsert writes them with time and zone), so
 * HSET adding all three fields means there was none (removed meanwhile): they are taken out again
 * and nothing is written, which spares an EXISTS on every prompt.
 */
const RECORD_SENT = `
local added = redis.call('HSET', KEYS[1], 'lastSentDate', ARGV[1], 'nextAt', ARGV[2], 'nextLocalDate', ARGV[3])
if added == 3 then
  redis.call('HDEL', KEYS[1], 'lastSentDate', 'nextAt', 'nextLocalDate')
  return 0
end
if #ARGV > 3 then redis.call('HSET', KEYS[2], unpack(ARGV, 4)) end
return 1
`;

/** ARGV: cutoff(ms), now(ms). Claimed before cutoff and never completed → back to due (NX). */
const RECOVER = `
local items = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
for _, m in ipairs(items) do
  local d = redis.call('HGET', KEYS[3], m) or ARGV[2]
  redis.call('ZADD', KEYS[1], 'NX', d, m)
  redis.call('ZREM', KEYS[2], m)
  redis.call('HDEL', KEYS[3], m)
end
return items
`;

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const SHAS = new Map<string, string>([CLAIM, COMPLETE, REMOVE, REMOVE_IF_SCORE, RECOVER, FINISH, RECORD_SENT].map((s) => [s, sha1(s)]));

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ScheduleStore {
  private readonly k: Keys;
  private cursor = 0;
  /** Buckets whose last claim left more due prompts behind (claimed first next time). */
  private readonly busy = new Set<number>();

  constructor(
    private readonly redis: ScheduleRedis,
    prefix: string,
    readonly buckets: number = DEFAULT_BUCKETS,
    private readonly clock: Clock = systemClock,
    /** Quiet hours of a user who never chose any (null = none). */
    private readonly defaultQuiet: QuietHours | null = null,
  ) {
    if (!Number.isInteger(buckets) || buckets < 1) throw new Error(`invalid bucket count: ${buckets}`);
    this.k = keys(prefix);
  }

  /** Bucket of a user (stable: FNV-1a of the id). */
  bucketOf(userId: UserId): number {
    return bucketOf(userId, this.buckets);
  }

  private bucketKeys(n: number): string[] {
    return [this.k.dueBucket(n), this.k.inflightBucket(n), this.k.inflightDue(n)];
  }

  private async script(script: string, keyList: string[], args: (string | number)[]): Promise<unknown> {
    const sha = SHAS.get(script)!;
    try {
      return await this.redis.evalsha(sha, keyList.length, ...keyList, ...args);
    } catch (err) {
      if (!/NOSCRIPT/.test(String((err as Error)?.message))) throw err;
      return await this.redis.eval(script, keyList.length, ...keyList, ...args);
    }
  }

  /** The stored schedule, or null. */
  async get(userId: UserId): Promise<ScheduleRecord | null> {
    const h = await this.redis.hgetall(this.k.sched(userId));
    if (!h || !h.time || !h.zone) return null;
    return {
      time: h.time,
      zone: h.zone,
      nextAt: Number(h.nextAt),
      nextLocalDate: h.nextLocalDate,
      lastSentDate: h.lastSentDate || null,
      quiet: this.quietOf(h.quiet),
    };
  }

  private quietOf(raw: string | null | undefined): QuietHours | null {
    const q = raw ? parseQuiet(raw) : undefined;
    return q === undefined ? this.defaultQuiet : q;
  }

  /** The user's quiet hours (null = off). */
  async quietHours(userId: UserId): Promise<QuietHours | null> {
    return this.quietOf(await this.redis.hget(this.k.sched(userId), "quiet"));
  }

  /** Sets the quiet hours (null = off) and, when a prompt is scheduled, queues it again under them. */
  async setQuiet(userId: UserId, quiet: QuietHours | null): Promise<PromptInstant | null> {
    await this.redis.hset(this.k.sched(userId), "quiet", formatQuiet(quiet));
    const sched = await this.get(userId);
    return sched ? this.upsert(userId, { time: sched.time, zone: sched.zone }) : null;
  }

  /** When is this user due (ms), per the due set? null if not queued (e.g. in flight or removed). */
  async dueScore(userId: UserId): Promise<number | null> {
    const s = await this.redis.zscore(this.k.dueBucket(this.bucketOf(userId)), String(userId));
    return s === null ? null : Number(s);
  }

  /**
   * Stores time and zone and queues the next prompt after now (never for a local date that was
   * already prompted, so moving the time later on the same day does not prompt twice).
   */
  async upsert(userId: UserId, input: ScheduleInput): Promise<PromptInstant> {
    if (!HHMM.test(input.time)) throw new Error(`invalid time (expected HH:MM): ${input.time}`);
    const z = Info.normalizeZone(input.zone);
    if (!z || !z.isValid) throw new Error(`invalid time zone: ${input.zone}`);
    const key = this.k.sched(userId);
    const [lastSent, quiet] = await this.redis.hmget(key, "lastSentDate", "quiet");
    const next = nextPromptAfterDate(firingTime({ time: input.time, quiet: this.quietOf(quiet) }), input.zone, this.clock.now(), lastSent);
    await this.redis.hset(key, {
      time: input.time,
      zone: input.zone,
      nextAt: String(next.at.getTime()),
      nextLocalDate: next.localDate,
    });
    await this.redis.zadd(this.k.dueBucket(this.bucketOf(userId)), next.at.getTime(), String(userId));
    return next;
  }

  /** Removes the user's schedule and any queued or in-flight prompt. True if anything existed. */
  async remove(userId: UserId): Promise<boolean> {
    const deleted = await this.redis.del(this.k.sched(userId));
    const n = Number(await this.script(REMOVE, this.bucketKeys(this.bucketOf(userId)), [String(userId)]));
    return deleted + n > 0;
  }

  /**
   * Claims up to `limit` due prompts (score ≤ now) across all buckets, atomically per bucket,
   * starting at a rotating bucket so none starves. Applies the catch-up rule: prompts that must
   * not be sent are rescheduled here and reported in `skipped`.
   */
  async claimDue(now: Date = this.clock.now(), limit = 100): Promise<ClaimResult> {
    const nowMs = now.getTime();
    const raw: Array<{ userId: string; dueAt: number }> = [];
    const tried = new Set<number>();
    const claimFrom = async (b: number) => {
      tried.add(b);
      const [more, ...res] = (await this.script(CLAIM, this.bucketKeys(b), [nowMs, limit - raw.length])) as Array<string | number>;
      for (let j = 0; j < res.length; j += 2) raw.push({ userId: String(res[j]), dueAt: Number(res[j + 1]) });
      if (Number(more) === 1) this.busy.add(b);
      else this.busy.delete(b);
    };
    // A burst fills a bucket with far more than one batch: its next batch is claimed straight
    // away, without asking every bucket again.
    for (const b of [...this.busy]) {
      if (raw.length >= limit) break;
      await claimFrom(b);
    }
    if (raw.length < limit) {
      const start = this.cursor++ % this.buckets;
      const order = Array.from({ length: this.buckets }, (_, i) => (start + i) % this.buckets).filter((b) => !tried.has(b));
      // One round trip finds the buckets with anything due (most ticks: none); only those are
      // claimed, one after another, as the limit spans them.
      const probes = await Promise.all(order.map((b) => this.redis.zrangebyscore(this.k.dueBucket(b), "-inf", nowMs, "LIMIT", 0, 1)));
      for (const [i, b] of order.entries()) {
        if (raw.length >= limit) break;
        if (probes[i].length > 0) await claimFrom(b);
      }
    }

    const result: ClaimResult = { due: [], skipped: [] };
    const decided = await Promise.all(raw.map((c) => this.decide(c.userId, c.dueAt, now)));
    for (const d of decided) {
      if ("reason" in d) result.skipped.push(d);
      else result.due.push(d);
    }
    return result;
  }

  private async decide(userId: string, dueAtMs: number, now: Date): Promise<DueClaim | SkippedClaim> {
    const dueAt = new Date(dueAtMs);
    const sched = await this.get(userId);
    if (!sched) {
      await this.complete(userId, null);
      return { userId, dueAt, localDate: null, reason: "not-scheduled" };
    }
    // The schedule was moved to a later instant after this entry was queued (e.g. a time change
    // racing a recovery): follow the schedule.
    if (sched.nextAt > now.getTime()) {
      await this.complete(userId, sched.nextAt);
      return { userId, dueAt, localDate: sched.nextLocalDate, reason: "moved" };
    }
    const decision = catchUpDecision({
      localDate: sched.nextLocalDate,
      zone: sched.zone,
      now,
      lastSentDate: sched.lastSentDate,
    });
    if (!decision.send) {
      // The queued day is over or was asked already, but today's prompt time has passed unasked
      // (the process was down, or the clock jumped past it): today's question is still owed.
      const owed = owedToday(sched, now);
      if (owed) {
        await this.redis.hset(this.k.sched(userId), { nextAt: String(owed.at.getTime()), nextLocalDate: owed.localDate });
        const schedule = { ...sched, nextAt: owed.at.getTime(), nextLocalDate: owed.localDate };
        return { userId, dueAt: owed.at, localDate: owed.localDate, time: sched.time, zone: sched.zone, schedule };
      }
      await this.reschedule(userId, sched, now);
      return { userId, dueAt, localDate: sched.nextLocalDate, reason: decision.reason };
    }
    return { userId, dueAt, localDate: sched.nextLocalDate, time: sched.time, zone: sched.zone, schedule: sched };
  }

  /** Queues the next prompt after `now` whose date is after the last one sent. */
  private async reschedule(userId: string, sched: ScheduleRecord, now: Date): Promise<PromptInstant> {
    const next = nextPromptAfterDate(firingTime(sched), sched.zone, now, sched.lastSentDate);
    await this.redis.hset(this.k.sched(userId), { nextAt: String(next.at.getTime()), nextLocalDate: next.localDate });
    await this.requeueChecked(userId, next.at.getTime());
    return next;
  }

  /** Ends the in-flight state; with a score, queues the user at that instant. */
  private async complete(userId: UserId, score: number | null): Promise<void> {
    await this.script(COMPLETE, this.bucketKeys(this.bucketOf(userId)), [
      String(userId),
      score === null ? "none" : "set",
      score ?? 0,
    ]);
  }

  /**
   * complete(score) then make sure a concurrent remove() did not lose the race: if the schedule
   * is gone now, take the entry we just added back out (only if it is still ours).
   */
  private async requeueChecked(userId: UserId, score: number): Promise<boolean> {
    await this.complete(userId, score);
    if ((await this.redis.exists(this.k.sched(userId))) === 1) return true;
    await this.script(REMOVE_IF_SCORE, this.bucketKeys(this.bucketOf(userId)), [String(userId), score]);
    return false;
  }

  /**
   * The prompt for `localDate` was delivered: remember it, end the in-flight state and queue the
   * next occurrence (a later local date). Returns the next prompt, or null if no schedule exists.
   */
  async markSent(userId: UserId, localDate: string): Promise<PromptInstant | null> {
    const sched = await this.get(userId);
    if (!sched) {
      await this.complete(userId, null);
      return null;
    }
    const lastSent = sched.lastSentDate && sched.lastSentDate > localDate ? sched.lastSentDate : localDate;
    const next = nextPromptAfterDate(firingTime(sched), sched.zone, this.clock.now(), lastSent);
    await this.redis.hset(this.k.sched(userId), {
      lastSentDate: lastSent,
      nextAt: String(next.at.getTime()),
      nextLocalDate: next.localDate,
    });
    return (await this.requeueChecked(userId, next.at.getTime())) ? next : null;
  }

  /**
   * The user half of markSent, with the schedule the claim read (no read here): remember the date
   * and move nextAt in the schedule hash, and set `checkin` fields on the user's check-in hash in
   * the same step. Returns the next prompt for finishSent, or null if the schedule is gone (then
   * nothing is written, so a /delete racing the prompt leaves no key behind). A crash after this
   * and before finishSent is safe: the recovered claim finds the date sent.
   */
  async recordSent(userId: UserId, localDate: string, sched: ScheduleRecord, checkin: Record<string, string> = {}): Promise<PromptInstant | null> {
    const lastSent = sched.lastSentDate && sched.lastSentDate > localDate ? sched.lastSentDate : localDate;
    const next = nextPromptAfterDate(firingTime(sched), sched.zone, this.clock.now(), lastSent);
    const recorded = await this.script(
      RECORD_SENT,
      [this.k.sched(userId), this.k.checkin(userId)],
      [lastSent, String(next.at.getTime()), next.localDate, ...Object.entries(checkin).flat()],
    );
    return Number(recorded) === 1 ? next : null;
  }

  /**
   * The bucket half of sent prompts, one script per bucket for all of them: end the in-flight
   * state, queue the next prompt, queue reminders. A schedule removed between recordSent and
   * this leaves a queued entry without schedule; claiming it drops it ("not-scheduled").
   */
  async finishSent(sent: readonly SentPrompt[]): Promise<void> {
    const byBucket = new Map<number, SentPrompt[]>();
    for (const p of sent) {
      const b = this.bucketOf(p.userId);
      byBucket.set(b, [...(byBucket.get(b) ?? []), p]);
    }
    await Promise.all(
      [...byBucket].map(([b, list]) => {
        const due = list.filter((p) => p.requeueAt !== null).flatMap((p) => [p.requeueAt!, String(p.userId)]);
        const remind = list.flatMap((p) => (p.reminder ? [p.reminder.at, p.reminder.member] : []));
        return this.script(FINISH, [...this.bucketKeys(b), this.k.reminderBucket(b)], [list.length, ...list.map((p) => String(p.userId)), due.length, ...due, ...remind]);
      }),
    );
  }

  /**
   * Sending failed for a passing reason: back to the due set for another try in `delayMs`.
   * The prompt keeps its local date, so the catch-up rule stops retries when that day is over.
   */
  async retry(userId: UserId, delayMs = 60_000): Promise<Date | null> {
    if ((await this.redis.exists(this.k.sched(userId))) !== 1) {
      await this.complete(userId, null);
      return null;
    }
    const at = this.clock.now().getTime() + delayMs;
    return (await this.requeueChecked(userId, at)) ? new Date(at) : null;
  }

  /**
   * Claimed-but-unfinished prompts older than `staleMs` (a crashed or stuck tick) go back to the
   * due set with their original due instant, unless the user was queued again meanwhile.
   * Returns the user ids put back.
   */
  async recoverInFlight(now: Date, staleMs: number): Promise<string[]> {
    const cutoff = now.getTime() - staleMs;
    // Buckets are independent: all of them asked in one round trip; only those with a stale
    // claim (almost never any) run the script.
    const all = Array.from({ length: this.buckets }, (_, b) => b);
    const probes = await Promise.all(all.map((b) => this.redis.zrangebyscore(this.k.inflightBucket(b), "-inf", cutoff, "LIMIT", 0, 1)));
    const stale = all.filter((b) => probes[b].length > 0);
    const res = await Promise.all(stale.map((b) => this.script(RECOVER, this.bucketKeys(b), [cutoff, now.getTime()])));
    return (res as string[][]).flat();
  }

  /** Number of in-flight prompts (all buckets), for health checks and tests. */
  async inFlightCount(): Promise<number> {
    let n = 0;
    for (let b = 0; b < this.buckets; b++) n += await this.redis.zcard(this.k.inflightBucket(b));
    return n;
  }

  /** Number of queued prompts (all buckets). */
  async dueCount(): Promise<number> {
    let n = 0;
    for (let b = 0; b < this.buckets; b++) n += await this.redis.zcard(this.k.dueBucket(b));
    return n;
  }
}
