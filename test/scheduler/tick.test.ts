import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import pino from "pino";
import { ManualClock } from "../../src/clock.js";
import { ScheduleStore, type DueClaim } from "../../src/store/schedule-store.js";
import { runTick, type SendOutcome, type TickLogger } from "../../src/scheduler/tick.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { cleanPrefix, plainRedis } from "../support/redis.js";
import { RoundTrips } from "../support/round-trips.js";

const PREFIX = `test:tick:${process.pid}:${randomUUID().slice(0, 8)}:`;
let redis: Redis;
let run = 0;

const deleteAll = (prefix: string) => cleanPrefix(redis, prefix);

beforeAll(async () => {
  redis = await plainRedis();
});

afterAll(async () => {
  await deleteAll(PREFIX);
  await redis.quit();
});

// pino's logger satisfies the tick's logger interface
const _typecheck: TickLogger = pino({ enabled: false });

describe("runTick", () => {
  let prefix: string;
  let clock: ManualClock;
  let store: ScheduleStore;
  let calls: Array<{ userId: string; localDate: string; at: string }>;
  let outcomes: Map<string, SendOutcome | "throw">;
  const send = async (userId: string, due: DueClaim): Promise<SendOutcome> => {
    calls.push({ userId, localDate: due.localDate, at: clock.now().toISOString() });
    const o = outcomes.get(userId) ?? "sent";
    if (o === "throw") throw new Error("network down");
    return o;
  };

  /** A schedule store on its own connection, whose round trips are logged. */
  async function countedStore() {
    const counted = await plainRedis();
    const trips = new RoundTrips();
    trips.install(counted);
    trips.logging = true;
    return { counted, trips, own: new ScheduleStore(counted, prefix, 16, clock) };
  }

  beforeEach((ctx) => {
    prefix = `${PREFIX}${++run}:`;
    clock = new ManualClock("2026-06-01T05:00:00Z");
    store = new ScheduleStore(redis, prefix, 16, clock);
    calls = [];
    outcomes = new Map();
    ctx.onTestFinished(() => deleteAll(prefix));
  });

  it("a tick with nothing due costs two Redis round trips whatever the number of buckets; a due prompt adds the claim of its bucket only", async () => {
    const { counted, trips, own } = await countedStore();
    try {
      await own.upsert(1, { time: "20:00", zone: "Europe/Berlin" }); // 18:00Z in June
      const tripsOf = async (at: string) => {
        clock.set(at);
        trips.reset();
        trips.enabled = true;
        const r = await runTick({ store: own, clock, send });
        await trips.idle();
        trips.enabled = false;
        return { trips: trips.trips, sent: r.sent };
      };
      // Recovery of all 16 buckets, then the due check of all 16: one round trip each.
      expect(await tripsOf("2026-06-01T17:30:00Z")).toEqual({ trips: 2, sent: 0 });
      const due = await tripsOf("2026-06-01T18:00:00Z");
      expect(due.sent).toBe(1);
      expect(calls.map((c) => c.userId)).toEqual(["1"]);
      // Recovery and the due check as before, then a claim of the one bucket that has something due.
      const [recover, probe, claim] = trips.log;
      expect(recover).toHaveLength(16);
      expect(recover.every((c) => c.startsWith("zrangebyscore"))).toBe(true);
      expect(probe.every((c) => c.startsWith("zrangebyscore"))).toBe(true);
      expect(probe).toHaveLength(16);
      expect(claim).toEqual(["evalsha"]);
    } finally {
      counted.disconnect();
    }
  });

  it("in a burst, a bucket with more due than one batch is claimed again without asking every bucket", async () => {
    const { counted, trips, own } = await countedStore();
    try {
      // 25 users of one bucket and 3 of others, all due at 18:00Z
      const inBucket = Array.from({ length: 400 }, (_, i) => 1000 + i).filter((id) => own.bucketOf(id) === own.bucketOf(1000)).slice(0, 25);
      const others = [2000, 2001, 2002].filter((id) => own.bucketOf(id) !== own.bucketOf(1000));
      for (const id of [...inBucket, ...others]) await own.upsert(id, { time: "20:00", zone: "Europe/Berlin" });
      clock.set("2026-06-01T18:00:00Z");
      trips.enabled = true;
      const claimed: string[] = [];
      const batches: string[][][] = [];
      for (;;) {
        trips.reset();
        const r = await own.claimDue(clock.now(), 10);
        await trips.idle();
        batches.push(trips.log.map((t) => [...t]));
        claimed.push(...r.due.map((d) => d.userId));
        if (r.due.length < 10) break;
      }
      trips.enabled = false;
      expect(new Set(claimed).size).toBe(inBucket.length + others.length);
      const probes = batches.flat().filter((t) => t.length === 16 && t.every((c) => c.startsWith("zrangebyscore")));
      // the first batch asks every bucket; the next ones go to the busy bucket directly until it
      // runs dry, and then every bucket (but it) is asked once more
      expect(batches[1].flat().some((c) => c.startsWith("zrangebyscore"))).toBe(false);
      expect(probes.length).toBe(1);
      expect(batches.flat().filter((t) => t.length === 15 && t.every((c) => c.startsWith("zrangebyscore")))).toHaveLength(1);
    } finally {
      counted.disconnect();
    }
  });

  it("a tick fired 2 ms before the minute sends that minute's prompt, for its own day, once", async () => {
    await store.upsert(1, { time: "20:00", zone: "Europe/Berlin" }); // 18:00Z in June
    await store.upsert(2, { time: "00:00", zone: "Europe/Berlin" }); // midnight: the date must not slip back
    clock.set("2026-06-01T17:59:58.900Z");
    expect((await runTick({ store, clock, send })).sent).toBe(0); // more than a second early: not yet
    clock.set("2026-06-01T17:59:59.998Z");
    await runTick({ store, clock, send });
    expect(calls.map((c) => `${c.userId}|${c.localDate}`)).toEqual(["1|2026-06-01"]);
    clock.set("2026-06-01T21:59:59.998Z"); // 23:59:59.998 in Berlin
    await runTick({ store, clock, send });
    expect(calls.map((c) => `${c.userId}|${c.localDate}`)).toEqual(["1|2026-06-01", "2|2026-06-02"]);
    clock.set("2026-06-01T22:00:00.500Z"); // the on-time tick after the early one claims nothing more
    await runTick({ store, clock, send });
    expect(calls).toHaveLength(2);
  });

  it("sends due prompts once a day and reschedules", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" }); // 06:00Z
    await store.upsert(2, { time: "08:00", zone: "America/New_York" }); // 12:00Z
    const seen: string[] = [];
    // A tick every quarter hour for three days: each due time is hit exactly, and the ticks after it
    // the same day would show a second send.
    for (let m = 0; m < (3 * 24 * 60) / 15; m++) {
      await runTick({ store, clock, send });
      clock.advance(15 * 60_000);
    }
    for (const c of calls) seen.push(`${c.userId}|${c.localDate}|${c.at}`);
    expect(seen).toEqual([
      "1|2026-06-01|2026-06-01T06:00:00.000Z",
      "2|2026-06-01|2026-06-01T12:00:00.000Z",
      "1|2026-06-02|2026-06-02T06:00:00.000Z",
      "2|2026-06-02|2026-06-02T12:00:00.000Z",
      "1|2026-06-03|2026-06-03T06:00:00.000Z",
      "2|2026-06-03|2026-06-03T12:00:00.000Z",
    ]);
  });

  it("returns counts, removes blocked users, retries failures a minute later", async () => {
    await store.upsert(1, { time: "07:00", zone: "UTC" });
    await store.upsert(2, { time: "07:00", zone: "UTC" });
    await store.upsert(3, { time: "07:00", zone: "UTC" });
    await store.upsert(4, { time: "07:00", zone: "UTC" });
    outcomes.set("2", "blocked");
    outcomes.set("3", "failed");
    outcomes.set("4", "throw");
    clock.set("2026-06-01T07:00:00Z");
    const r = await runTick({ store, clock, send });
    expect(r).toEqual({ recovered: 0, claimed: 4, sent: 1, skipped: 0, blocked: 1, failed: 2, errors: 0 });
    expect(await store.get(2)).toBeNull();
    expect(await store.dueScore(3)).toBe(Date.parse("2026-06-01T07:01:00Z"));
    expect(await store.inFlightCount()).toBe(0);

    // nothing new 30 s later
    clock.set("2026-06-01T07:00:30Z");
    expect((await runTick({ store, clock, send })).claimed).toBe(0);
    // the retry a minute later succeeds
    outcomes.set("3", "sent");
    outcomes.set("4", "sent");
    clock.set("2026-06-01T07:01:00Z");
    const r2 = await runTick({ store, clock, send });
    expect(r2.sent).toBe(2);
    expect(calls.filter((c) => c.userId === "3").map((c) => c.localDate)).toEqual(["2026-06-01", "2026-06-01"]);
    expect((await store.get(3))!.lastSentDate).toBe("2026-06-01");
    expect(await store.dueScore(3)).toBe(Date.parse("2026-06-02T07:00:00Z"));
  });

  it("a crash mid-tick drops nothing: stale in-flight prompts are recovered and sent", async () => {
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    clock.set("2026-06-01T06:00:00Z");
    // a tick that dies after claiming (send never returns)
    const crashed = runTick({ store, clock, send: () => new Promise<SendOutcome>(() => undefined) });
    for (let i = 0; i < 100 && (await store.inFlightCount()) === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await store.inFlightCount()).toBe(1);
    void crashed;
    // another process ticks later
    clock.set("2026-06-01T06:01:00Z");
    expect((await runTick({ store, clock, send, staleMs: 5 * 60_000 })).claimed).toBe(0);
    clock.set("2026-06-01T06:06:00Z");
    const r = await runTick({ store, clock, send, staleMs: 5 * 60_000 });
    expect(r.recovered).toBe(1);
    expect(r.sent).toBe(1);
    expect(calls.map((c) => c.localDate)).toEqual(["2026-06-01"]);
  });

  it("processes more than one batch per tick and respects maxBatches", async () => {
    for (let i = 0; i < 25; i++) await store.upsert(100 + i, { time: "07:00", zone: "UTC" });
    clock.set("2026-06-01T07:00:00Z");
    const r = await runTick({ store, clock, send, batchSize: 10, maxBatches: 2 });
    expect(r.sent).toBe(20);
    const r2 = await runTick({ store, clock, send, batchSize: 10 });
    expect(r2.sent).toBe(5);
    expect(new Set(calls.map((c) => c.userId)).size).toBe(25);
  });

  it("logs skipped prompts after a long outage", async () => {
    const lines: Array<{ obj: object; msg?: string }> = [];
    const logger: TickLogger = {
      info: (obj, msg) => lines.push({ obj, msg }),
      warn: (obj, msg) => lines.push({ obj, msg }),
      error: (obj, msg) => lines.push({ obj, msg }),
    };
    await store.upsert(1, { time: "08:00", zone: "Europe/Berlin" });
    clock.set("2026-06-02T05:00:00Z"); // next local day, 07:00
    const r = await runTick({ store, clock, send, logger });
    expect(r.skipped).toBe(1);
    expect(calls).toEqual([]);
    expect(lines.some((l) => l.msg === "scheduler: prompt skipped")).toBe(true);
    clock.set("2026-06-02T06:00:00Z");
    await runTick({ store, clock, send, logger });
    expect(calls.map((c) => c.localDate)).toEqual(["2026-06-02"]);
  });
});

describe("Scheduler", () => {
  it("never runs two ticks at once and stops cleanly", async (ctx) => {
    const prefix = `${PREFIX}${++run}:`;
    ctx.onTestFinished(() => deleteAll(prefix));
    const clock = new ManualClock("2026-06-01T06:00:00Z");
    const store = new ScheduleStore(redis, prefix, 16, clock);
    await store.upsert(1, { time: "07:00", zone: "UTC" });
    clock.set("2026-06-01T07:00:00Z");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let sends = 0;
    const scheduler = new Scheduler({
      store,
      clock,
      send: async () => {
        sends++;
        await gate;
        return "sent";
      },
    });
    const first = scheduler.runOnce();
    expect(scheduler.running).toBe(true);
    expect(await scheduler.runOnce()).toBeNull(); // guarded
    release();
    const r = await first;
    expect(r?.sent).toBe(1);
    expect(sends).toBe(1);
    expect(scheduler.running).toBe(false);

    expect(() => scheduler.start("not a cron")).toThrow();
    scheduler.start("* * * * *");
    expect(scheduler.started).toBe(true);
    expect(() => scheduler.start()).toThrow();
    await scheduler.stop();
    expect(scheduler.started).toBe(false);
  });
});
