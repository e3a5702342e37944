import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { DateTime } from "luxon";
import { ManualClock } from "../../src/clock.js";
import { bucketOf, escapeGlob, fnv1a32, keys, userKeyPattern } from "../../src/store/keys.js";
import { catchUpDecision, ScheduleStore, type DueClaim } from "../../src/store/schedule-store.js";
import { nextPromptInstant } from "../../src/trial/time/next-occurrence.js";
import { SHARED_REDIS_URL, cleanPrefix, plainRedis } from "../support/redis.js";

const PREFIX = `test:sched:${process.pid}:${randomUUID().slice(0, 8)}:`;
let redis: Redis;
let run = 0;
/** A fresh prefix per test so tests never see each other's keys. */
const freshPrefix = () => `${PREFIX}${++run}:`;

const deleteAll = (prefix: string) => cleanPrefix(redis, prefix);

beforeAll(async () => {
  redis = await plainRedis();
});

afterAll(async () => {
  await deleteAll(PREFIX);
  const [, left] = await redis.scan("0", "MATCH", `${escapeGlob(PREFIX)}*`, "COUNT", 10000);
  expect(left).toEqual([]);
  await redis.quit();
});

/** CRC16/XMODEM as Redis Cluster uses it, with hash-tag handling. */
function keySlot(key: string): number {
  const open = key.indexOf("{");
  if (open >= 0) {
    const close = key.indexOf("}", open + 1);
    if (close > open + 1) key = key.slice(open + 1, close);
  }
  let crc = 0;
  for (const byte of Buffer.from(key)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc % 16384;
}

describe("keys", () => {
  const k = keys("mtb:");

  it("puts every per-user key in the user's hash tag (one slot per user)", () => {
    const userKeys = [
      k.profile(42),
      k.plan(42),
      k.planVersions(42),
      k.draft(42),
      k.entries(42),
      k.entryHistory(42),
      k.checkin(42),
      k.safety(42),
      k.conv(42),
      k.sched(42),
    ];
    expect(k.plan(42)).toBe("mtb:{u:42}:plan");
    expect(k.sched(42)).toBe("mtb:{u:42}:sched");
    expect(new Set(userKeys).size).toBe(userKeys.length);
    expect(new Set(userKeys.map(keySlot)).size).toBe(1);
    expect(keySlot(k.plan(42))).not.toBe(keySlot(k.plan(43)));
  });

  it("names bucket and global keys", () => {
    expect(k.dueBucket(3)).toBe("mtb:due:{b3}");
    expect(k.inflightBucket(3)).toBe("mtb:inflight:{b3}");
    expect(new Set([k.dueBucket(3), k.inflightBucket(3), k.inflightDue(3)].map(keySlot)).size).toBe(1);
    expect(k.updateDedupe(123)).toBe("mtb:upd:123");
    expect(k.rateLimiter()).toBe("mtb:rate:{tg}");
  });

  it("assigns buckets stably and spreads users", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(bucketOf(123456789)).toBe(bucketOf("123456789"));
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 16000; i++) counts[bucketOf(100000 + i * 7919)]++;
    for (const c of counts) expect(c).toBeGreaterThan(700);
    expect(() => bucketOf(1, 0)).toThrow();
  });

  it("rejects ids that would break the hash tag, escapes SCAN patterns", () => {
    expect(() => k.plan("1}x")).toThrow();
    expect(() => k.plan("a:b")).toThrow();
    expect(() => k.plan("")).toThrow();
    expect(k.plan(-100123)).toBe("mtb:{u:-100123}:plan");
    expect(userKeyPattern("mtb:", 42)).toBe("mtb:{u:42}:*");
    expect(userKeyPattern("a*b[1]?:", 42)).toBe("a\\*b\\[1\\]\\?:{u:42}:*");
  });

  it("userKeyPattern finds exactly one user's keys with SCAN", async () => {
    const prefix = freshPrefix();
    const kk = keys(prefix);
    await redis.set(kk.plan(7), "x");
    await redis.set(kk.profile(7), "x");
    await redis.set(kk.plan(77), "x");
    const [, found] = await redis.scan("0", "MATCH", userKeyPattern(prefix, 7), "COUNT", 10000);
    expect(found.sort()).toEqual([kk.plan(7), kk.profile(7)].sort());
    await deleteAll(prefix);
  });
});

describe("catchUpDecision", () => {
  const zone = "Europe/Berlin";
  it.each([
    ["2026-06-01", "2026-06-01T06:00:00Z", null, { send: true }],
    ["2026-06-01", "2026-06-01T21:59:00Z", null, { send: true }], // late, same local day (23:59)
    ["2026-06-01", "2026-06-01T22:00:00Z", null, { send: false, reason: "day-over" }], // local midnight
    ["2026-06-01", "2026-06-01T06:00:00Z", "2026-06-01", { send: false, reason: "already-sent" }],
    ["2026-06-01", "2026-06-01T06:00:00Z", "2026-06-02", { send: false, reason: "already-sent" }],
    ["2026-06-01", "2026-06-01T06:00:00Z", "2026-05-31", { send: true }],
    ["2026-06-02", "2026-06-01T06:00:00Z", null, { send: false, reason: "not-yet" }],
  ] as const)("%s at %s (last sent %s)", (localDate, now, lastSentDate, want) => {
    expect(catchUpDecision({ localDate, zone, now: new Date(now), lastSentDate })).toEqual(want);
  });

  it("uses the user's own calendar day", () => {
    const now = new Date("2026-05-01T12:00:00Z");
    expect(catchUpDecision({ localDate: "2026-05-02", zone: "Pacific/Kiritimati", now })).toEqual({ send: true });
    expect(catchUpDecision({ localDate: "2026-05-01", zone: "Pacific/Kiritimati", now })).toEqual({ send: false, reason: "day-over" });
    expect(catchUpDecision({ localDate: "2026-05-01", zone: "Etc/GMT+12", now })).toEqual({ send: true });
    expect(catchUpDecision({ localDate: "2026-05-01", zone: "Etc/GMT+12", now: new Date("2026-05-02T11:59:00Z") })).toEqual({ send: true });
  });
});

describe("ScheduleStore", () => {
  let prefix: string;
  let clock: ManualClock;
  let store: ScheduleStore;

  beforeEach(async (ctx) => {
    prefix = freshPrefix();
    clock = new ManualClock("2026-06-01T04:00:00Z"); // 06:00 in Berlin
    store = new ScheduleStore(redis, prefix, 16, clock);
    ctx.onTestFinished(() => deleteAll(prefix));
  });

  it("upsert stores the schedule and queues the next prompt in the user's bucket", async () => {
    const next = await store.upsert(1001, { time: "08:00", zone: "Europe/Berlin" });
    expect(next).toEqual({ at: new Date("2026-06-01T06:00:00Z"), localDate: "2026-06-01" });
    expect(await store.get(1001)).toEqual({
      time: "08:00",
      zone: "Europe/Berlin",
      nextAt: Date.parse("2026-06-01T06:00:00Z"),
      nextLocalDate: "2026-06-01",
      lastSentDate: null,
      quiet: null,
    });
    const k = keys(prefix);
    expect(await redis.zscore(k.dueBucket(bucketOf(1001)), "1001")).toBe(String(Date.parse("2026-06-01T06:00:00Z")));
    expect(await redis.type(k.sched(1001))).toBe("hash");
    await expect(store.upsert(1001, { time: "8:00", zone: "Europe/Berlin" })).rejects.toThrow();
    await expect(store.upsert(1001, { time: "08:00", zone: "Mars/Olympus" })).rejects.toThrow();
  });

  it("claims only what is due, once, and marks it in flight", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" }); // 06:00Z
    await store.upsert(2, { time: "09:00", zone: "Europe/Berlin" }); // 07:00Z
    expect((await store.claimDue(new Date("2026-06-01T05:59:59Z"), 10)).due).toEqual([]);
    const { due, skipped } = await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    expect(skipped).toEqual([]);
    expect(due).toEqual<DueClaim[]>([
      {
        userId: "1",
        dueAt: new Date("2026-06-01T06:00:00Z"),
        localDate: "2026-06-01",
        time: "08:00",
        zone: "Europe/Berlin",
        schedule: { time: "08:00", zone: "Europe/Berlin", nextAt: Date.parse("2026-06-01T06:00:00Z"), nextLocalDate: "2026-06-01", lastSentDate: null, quiet: null },
      },
    ]);
    expect(await store.inFlightCount()).toBe(1);
    expect(await store.dueScore(1)).toBeNull();
    expect((await store.claimDue(new Date("2026-06-01T06:30:00Z"), 10)).due).toEqual([]);
  });

  it("markSent records the date, clears in-flight and queues tomorrow", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    clock.set("2026-06-01T06:00:30Z");
    const { due } = await store.claimDue(clock.now(), 10);
    const next = await store.markSent(1, due[0].localDate);
    expect(next).toEqual({ at: new Date("2026-06-02T06:00:00Z"), localDate: "2026-06-02" });
    expect(await store.inFlightCount()).toBe(0);
    expect(await store.dueScore(1)).toBe(Date.parse("2026-06-02T06:00:00Z"));
    expect((await store.get(1))!.lastSentDate).toBe("2026-06-01");
  });

  it("moving the time later on a day already prompted does not prompt twice", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    clock.set("2026-06-01T06:01:00Z");
    await store.claimDue(clock.now(), 10);
    await store.markSent(1, "2026-06-01");
    const next = await store.upsert(1, { time: "20:00", zone: "Europe/Berlin" });
    expect(next.localDate).toBe("2026-06-02");
    // moving it later on a day not yet prompted keeps today
    const next2 = await store.upsert(2, { time: "20:00", zone: "Europe/Berlin" });
    expect(next2.localDate).toBe("2026-06-01");
  });

  it("honours the limit across buckets and eventually claims everyone", async () => {
    const ids = Array.from({ length: 60 }, (_, i) => 5000 + i);
    for (const id of ids) await store.upsert(id, { time: "05:00", zone: "UTC" });
    const seen = new Set<string>();
    const at = new Date("2026-06-01T05:00:00Z");
    for (let i = 0; i < 10; i++) {
      const { due } = await store.claimDue(at, 7);
      expect(due.length).toBeLessThanOrEqual(7);
      for (const d of due) {
        expect(seen.has(d.userId)).toBe(false);
        seen.add(d.userId);
      }
    }
    expect(seen.size).toBe(60);
  });

  it("skips a prompt whose local day is over and reschedules it (catch-up rule)", async () => {
    await store.upsert(1, { time: "23:30", zone: "Europe/Berlin" }); // 21:30Z
    await store.upsert(2, { time: "08:00", zone: "Europe/Berlin" });
    // the bot was down from 05:00Z until 22:30Z (00:30 local next day)
    const now = new Date("2026-06-01T22:30:00Z");
    const { due, skipped } = await store.claimDue(now, 10);
    expect(due).toEqual([]);
    expect(skipped.map((s) => [s.userId, s.localDate, s.reason]).sort()).toEqual([
      ["1", "2026-06-01", "day-over"],
      ["2", "2026-06-01", "day-over"],
    ]);
    expect(await store.inFlightCount()).toBe(0);
    expect(await store.dueScore(1)).toBe(Date.parse("2026-06-02T21:30:00Z"));
    expect(await store.dueScore(2)).toBe(Date.parse("2026-06-02T06:00:00Z"));
    expect((await store.get(2))!.nextLocalDate).toBe("2026-06-02");
  });

  it("sends a prompt late on the same local day", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    const { due } = await store.claimDue(new Date("2026-06-01T20:00:00Z"), 10); // 22:00 local
    expect(due.map((d) => d.localDate)).toEqual(["2026-06-01"]);
  });

  it("recoverInFlight puts stale claims back with their due instant, leaves fresh ones", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    const claimAt = new Date("2026-06-01T06:00:00Z");
    const first = await store.claimDue(claimAt, 10);
    expect(first.due).toHaveLength(1);
    // "crash": never marked sent
    expect(await store.recoverInFlight(new Date(claimAt.getTime() + 60_000), 5 * 60_000)).toEqual([]);
    expect(await store.inFlightCount()).toBe(1);
    expect(await store.recoverInFlight(new Date(claimAt.getTime() + 6 * 60_000), 5 * 60_000)).toEqual(["1"]);
    expect(await store.inFlightCount()).toBe(0);
    expect(await store.dueScore(1)).toBe(claimAt.getTime());
    const again = await store.claimDue(new Date(claimAt.getTime() + 6 * 60_000), 10);
    expect(again.due).toEqual([{ ...first.due[0] }]);
  });

  it("recovery does not override a newer queue entry", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    clock.set("2026-06-01T06:01:00Z");
    const moved = await store.upsert(1, { time: "21:00", zone: "Europe/Berlin" });
    await store.recoverInFlight(new Date("2026-06-01T07:00:00Z"), 60_000);
    expect(await store.dueScore(1)).toBe(moved.at.getTime());
  });

  it("never claims a user that is already in flight", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    clock.set("2026-06-01T06:00:10Z");
    await store.upsert(1, { time: "08:01", zone: "Europe/Berlin" }); // queued again while in flight
    const second = await store.claimDue(new Date("2026-06-01T06:02:00Z"), 10);
    expect(second.due).toEqual([]);
    expect(await store.dueScore(1)).toBe(Date.parse("2026-06-01T06:01:00Z")); // still queued
    await store.markSent(1, "2026-06-01");
    expect(await store.dueScore(1)).toBe(Date.parse("2026-06-02T06:01:00Z"));
  });

  it("retry re-queues in a minute; the catch-up rule ends retries at local midnight", async () => {
    await store.upsert(1, { time: "23:58", zone: "Europe/Berlin" }); // 21:58Z
    clock.set("2026-06-01T21:58:00Z");
    const { due } = await store.claimDue(clock.now(), 10);
    expect(due).toHaveLength(1);
    expect(await store.retry(1, 60_000)).toEqual(new Date("2026-06-01T21:59:00Z"));
    clock.set("2026-06-01T21:59:00Z");
    const r2 = await store.claimDue(clock.now(), 10);
    expect(r2.due.map((d) => [d.localDate, d.dueAt.toISOString()])).toEqual([["2026-06-01", "2026-06-01T21:59:00.000Z"]]);
    await store.retry(1, 60_000);
    clock.set("2026-06-01T22:00:00Z"); // local midnight
    const r3 = await store.claimDue(clock.now(), 10);
    expect(r3.due).toEqual([]);
    expect(r3.skipped.map((s) => s.reason)).toEqual(["day-over"]);
    expect(await store.dueScore(1)).toBe(Date.parse("2026-06-02T21:58:00Z"));
  });

  it("remove deletes schedule, queue entry and in-flight state; a late markSent does not resurrect", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    await store.upsert(2, { time: "08:00", zone: "Europe/Berlin" });
    await store.claimDue(new Date("2026-06-01T06:00:00Z"), 1);
    expect(await store.remove(1)).toBe(true);
    expect(await store.remove(2)).toBe(true);
    expect(await store.remove(3)).toBe(false);
    expect(await store.markSent(1, "2026-06-01")).toBeNull();
    expect(await store.retry(2)).toBeNull();
    expect(await store.get(1)).toBeNull();
    expect(await store.dueCount()).toBe(0);
    expect(await store.inFlightCount()).toBe(0);
    // a queue entry without a schedule is dropped when claimed
    await redis.zadd(keys(prefix).dueBucket(bucketOf(9, 16)), 1, "9");
    const r = await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    expect(r.skipped).toEqual([{ userId: "9", dueAt: new Date(1), localDate: null, reason: "not-scheduled" }]);
    expect(await store.dueCount()).toBe(0);
    expect(await store.inFlightCount()).toBe(0);
  });

  it("recordSent writes the sent date and the check-in fields only while the schedule exists", async () => {
    const k = keys(prefix);
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    const { due } = await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    expect(await store.recordSent(1, "2026-06-01", due[0].schedule, { prompted: '["2026-06-01"]' })).toMatchObject({ localDate: "2026-06-02" });
    expect((await store.get(1))?.lastSentDate).toBe("2026-06-01");
    expect(await redis.hget(k.checkin(1), "prompted")).toBe('["2026-06-01"]');
    // removed while the prompt went out (a /delete, the user blocked the bot): no key comes back
    await store.remove(1);
    expect(await store.recordSent(1, "2026-06-01", due[0].schedule, { prompted: '["2026-06-01"]' })).toBeNull();
    expect(await redis.exists(k.sched(1))).toBe(0);
    await redis.del(k.checkin(1));
    expect(await store.recordSent(1, "2026-06-01", due[0].schedule, { prompted: '["2026-06-01"]' })).toBeNull();
    expect(await redis.exists(k.checkin(1))).toBe(0);
    // quiet hours chosen with no schedule stored are kept as they were
    await store.setQuiet(2, null);
    expect(await store.recordSent(2, "2026-06-01", due[0].schedule)).toBeNull();
    expect(await redis.hgetall(k.sched(2))).toEqual({ quiet: "off" });
  });

  it("keeps per-user data and bucket data in separate slots only via the two tags", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    await store.claimDue(new Date("2026-06-01T06:00:00Z"), 10);
    const [, found] = await redis.scan("0", "MATCH", `${escapeGlob(prefix)}*`, "COUNT", 10000);
    for (const key of found) expect(key).toMatch(/\{u:\d+\}:sched$|:(due|inflight):\{b\d+\}(:due)?$/);
  });

  it("gives UTC+14 and UTC−12 users their prompt on their own calendar day", async () => {
    clock.set("2026-05-01T12:00:00Z");
    const a = await store.upsert(11, { time: "08:00", zone: "Pacific/Kiritimati" });
    const b = await store.upsert(12, { time: "08:00", zone: "Etc/GMT+12" });
    expect(a).toEqual({ at: new Date("2026-05-01T18:00:00Z"), localDate: "2026-05-02" });
    expect(b).toEqual({ at: new Date("2026-05-01T20:00:00Z"), localDate: "2026-05-01" });
    const r = await store.claimDue(new Date("2026-05-01T20:00:00Z"), 10);
    expect(r.due.map((d) => [d.userId, d.localDate]).sort()).toEqual([
      ["11", "2026-05-02"],
      ["12", "2026-05-01"],
    ]);
  });

  it("works with a different bucket count", async () => {
    const s4 = new ScheduleStore(redis, prefix, 1, clock);
    await s4.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    expect(await redis.zcard(keys(prefix).dueBucket(0))).toBe(1);
    expect(() => new ScheduleStore(redis, prefix, 0, clock)).toThrow();
  });
});

describe("two instances claiming concurrently over a simulated week", () => {
  it("send each (user, local date) prompt exactly once", async (ctx) => {
    const prefix = freshPrefix();
    ctx.onTestFinished(() => deleteAll(prefix));
    const start = new Date("2026-10-22T00:00:00Z"); // spans the EU fall-back day 2026-10-25
    const end = new Date("2026-10-29T00:00:00Z");
    const clock = new ManualClock(start);
    // two connections, as two processes would have
    const redis2 = new Redis(SHARED_REDIS_URL, { maxRetriesPerRequest: 1 });
    ctx.onTestFinished(async () => {
      await redis2.quit();
    });
    const a = new ScheduleStore(redis, prefix, 16, clock);
    const b = new ScheduleStore(redis2, prefix, 16, clock);
    const zones = ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "Asia/Kolkata", "UTC+5:30"];
    // deterministic pseudo-random
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const users: Array<{ id: number; time: string; zone: string }> = [];
    for (let i = 0; i < 120; i++) {
      // times before 23:00 local so a tick step (≤ 13 min) never crosses the user's midnight;
      // include the overlap hour 02:xx for the fall-back day
      const h = i % 10 === 0 ? 2 : rnd(23);
      const time = `${String(h).padStart(2, "0")}:${String(rnd(60)).padStart(2, "0")}`;
      const u = { id: 900000 + i, time, zone: zones[i % zones.length] };
      users.push(u);
      await (i % 2 ? a : b).upsert(u.id, u);
    }

    const sent = new Map<string, number>();
    const claimedPairs = new Set<string>();
    const claimsBy = new Map<ScheduleStore, number>([
      [a, 0],
      [b, 0],
    ]);
    const record = async (store: ScheduleStore, due: DueClaim[]) => {
      claimsBy.set(store, claimsBy.get(store)! + due.length);
      for (const d of due) {
        const pair = `${d.userId}@${d.dueAt.getTime()}`;
        expect(claimedPairs.has(pair), pair).toBe(false);
        claimedPairs.add(pair);
        const key = `${d.userId}|${d.localDate}`;
        sent.set(key, (sent.get(key) ?? 0) + 1);
        await store.markSent(d.userId, d.localDate);
      }
    };

    let step = 0;
    while (clock.now() < end) {
      clock.advance((7 + rnd(7)) * 60_000);
      const now = clock.now();
      step++;
      // interleave: both claim at once with small limits, sometimes several rounds
      const rounds = 1 + (step % 3);
      for (let r = 0; r < rounds; r++) {
        const [ra, rb] = await Promise.all([a.claimDue(now, 3 + rnd(5)), b.claimDue(now, 3 + rnd(5))]);
        expect(ra.skipped.filter((s) => s.reason !== "already-sent")).toEqual([]);
        expect(rb.skipped.filter((s) => s.reason !== "already-sent")).toEqual([]);
        await Promise.all([record(a, ra.due), record(b, rb.due)]);
      }
      // drain whatever is left for this instant
      for (;;) {
        const [ra, rb] = await Promise.all([a.claimDue(now, 50), b.claimDue(now, 50)]);
        if (ra.due.length + rb.due.length + ra.skipped.length + rb.skipped.length === 0) break;
        await Promise.all([record(a, ra.due), record(b, rb.due)]);
      }
    }

    // expected: every prompt instant in (start, last tick]
    const lastTick = clock.now();
    const expected = new Set<string>();
    for (const u of users) {
      let after = start;
      for (;;) {
        const p = nextPromptInstant(u.time, u.zone, after);
        if (p.at > lastTick) break;
        expected.add(`${u.id}|${p.localDate}`);
        after = p.at;
      }
    }
    expect(expected.size).toBeGreaterThan(120 * 6);
    expect([...sent.keys()].sort()).toEqual([...expected].sort());
    for (const [key, n] of sent) expect(n, key).toBe(1);
    expect(await a.inFlightCount()).toBe(0);
    // how the claims split between the two instances depends on the machine's load: no share is
    // asserted, only that together they sent every prompt exactly once
    expect(claimsBy.get(a)! + claimsBy.get(b)!).toBe(sent.size);
    // the fall-back day was prompted exactly once for Berlin users in the overlap hour
    const berlin2 = users.filter((u) => u.zone === "Europe/Berlin" && u.time.startsWith("02:"));
    for (const u of berlin2) expect(sent.get(`${u.id}|2026-10-25`)).toBe(1);
    expect(DateTime.fromJSDate(lastTick).toMillis()).toBeGreaterThanOrEqual(end.getTime());
  }, 120_000);
});
