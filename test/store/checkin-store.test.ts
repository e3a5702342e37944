import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { CheckinStore } from "../../src/store/checkin-store.js";
import { EntryStore } from "../../src/store/entry-store.js";
import { TrialStore, pausedDatesOf } from "../../src/store/trial-store.js";
import { RateLimiter } from "../../src/store/rate-limiter.js";
import { keys } from "../../src/store/keys.js";
import { cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";
import { makeEntry } from "../support/trial-fixtures.js";
import { trialCalendar } from "../../src/trial/time/calendar.js";
import { makePlan } from "../support/trial-fixtures.js";

let redis: Redis;
const prefixes: string[] = [];
const fresh = () => {
  const p = testPrefix("ci");
  prefixes.push(p);
  return p;
};
beforeAll(() => {
  redis = sharedRedis();
});
afterAll(async () => {
  for (const p of prefixes) await cleanPrefix(redis, p);
  redis.disconnect();
});

describe("CheckinStore", () => {
  it("saves an answer, its next question and a typed ref in one step; archives only when asked", async () => {
    const prefix = fresh();
    const store = new CheckinStore(redis, prefix);
    const entries = new EntryStore(redis, prefix);
    const state = { kind: "answer", date: "2027-01-04", step: "marker", late: false, flow: "daily" } as const;
    expect(await store.saveAnswer(1, makeEntry("2027-01-04", 4), { state, typed: { m: 10, d: "2027-01-04", f: "pain" } })).toBeNull();
    expect(await store.state(1)).toEqual(state);
    expect(await store.typedRef(1, 10)).toEqual({ m: 10, d: "2027-01-04", f: "pain" });
    // a merge keeps no history; a replacement does
    await store.saveAnswer(1, makeEntry("2027-01-04", 4, { marker: 20 }), { state: null });
    expect(await store.state(1)).toBeNull();
    expect(await entries.history(1)).toEqual([]);
    const old = await store.saveAnswer(1, makeEntry("2027-01-04", 6, { corrected: true }), { archive: true });
    expect(old).toMatchObject({ pain: 4, marker: 20 });
    expect((await entries.history(1)).map((e) => e.pain)).toEqual([4]);
    expect((await entries.get(1, "2027-01-04"))?.pain).toBe(6);
    // invalid entries never reach Redis
    await expect(store.saveAnswer(1, { ...makeEntry("2027-01-04", 4), note: "n".repeat(1001) })).rejects.toThrow();
  });

  it("keeps only the last 10 typed refs and the last 4 prompted dates; an answer clears the pause question", async () => {
    const prefix = fresh();
    const store = new CheckinStore(redis, prefix);
    for (let m = 1; m <= 12; m++) await store.saveAnswer(2, makeEntry("2027-01-04", m % 10), { typed: { m, d: "2027-01-04", f: "pain" } });
    expect(await store.typedRef(2, 2)).toBeNull();
    expect(await store.typedRef(2, 3)).toMatchObject({ m: 3 });
    const raw = await redis.hget(keys(prefix).checkin(2), "typed");
    expect(JSON.parse(raw!)).toHaveLength(10);
    const s = { kind: "answer", date: "2027-01-04", step: "pain", late: false, flow: "daily" } as const;
    for (const d of ["01", "02", "03", "03", "04", "05"]) await store.recordPrompt(2, `2027-01-${d}`, { ...s, date: `2027-01-${d}` });
    expect(await store.prompted(2)).toEqual(["2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"]);
    expect(await store.state(2)).toMatchObject({ date: "2027-01-05", step: "pain" });
    await store.setPauseAsked(2, "2027-01-05");
    expect(await store.pauseAsked(2)).toBe("2027-01-05");
    await store.saveAnswer(2, makeEntry("2027-01-05", 3));
    expect(await store.pauseAsked(2)).toBeNull();
  });

  it("hands out each due reminder once, even to concurrent claimers", async () => {
    const prefix = fresh();
    const other = sharedRedis();
    try {
      const a = new CheckinStore(redis, prefix);
      const b = new CheckinStore(other, prefix);
      for (let id = 1; id <= 200; id++) await a.scheduleReminder(id, "2027-01-04", new Date("2027-01-04T22:00:00Z"));
      await a.scheduleReminder(999, "2027-01-04", new Date("2027-01-04T23:00:00Z"));
      const now = new Date("2027-01-04T22:00:00Z");
      const got: string[] = [];
      for (;;) {
        const [x, y] = await Promise.all([a.claimReminders(now, 7), b.claimReminders(now, 5)]);
        if (!x.length && !y.length) break;
        got.push(...[...x, ...y].map((r) => `${r.userId}:${r.date}`));
      }
      expect(got).toHaveLength(200);
      expect(new Set(got).size).toBe(200);
      expect(await a.reminderAt(999, "2027-01-04")).toEqual(new Date("2027-01-04T23:00:00Z"));
    } finally {
      other.disconnect();
    }
  });

  it("remembers the reminder delay", async () => {
    const store = new CheckinStore(redis, fresh());
    expect(await store.remindHours(3)).toBe(3);
    await store.setRemindHours(3, 6);
    expect(await store.remindHours(3)).toBe(6);
    await expect(store.setRemindHours(3, 5)).rejects.toThrow();
  });
});

describe("TrialStore", () => {
  it("pauses and resumes; paused days move the block end, not the weeks", async () => {
    const trial = new TrialStore(redis, fresh());
    const plan = makePlan({ firstSession: "2027-01-11", weeks: 4 });
    expect(await trial.pause(1, "2027-01-12", "user")).toBe(true);
    expect(await trial.pause(1, "2027-01-13", "user")).toBe(false);
    expect(await trial.pausedDates(1, "2027-01-13")).toEqual(["2027-01-12", "2027-01-13"]);
    const r = await trial.resume(1, "2027-01-15");
    expect(r).toEqual({ pause: { since: "2027-01-12", reason: "user" }, days: 3 });
    expect(await trial.resume(1, "2027-01-15")).toBeNull();
    // a pause started and ended the same day leaves no paused day
    await trial.pause(1, "2027-01-20", "unanswered");
    expect((await trial.resume(1, "2027-01-20"))?.days).toBe(0);
    const paused = await trial.pausedDates(1, "2027-01-30");
    expect(paused).toEqual(["2027-01-12", "2027-01-13", "2027-01-14"]);
    const cal = trialCalendar(plan, paused);
    expect(cal.blockEnd).toBe("2027-02-10");
    expect(cal.weeks[1].start).toBe("2027-01-18");
    expect(pausedDatesOf({ open: { since: "2027-02-01", reason: "user" }, ranges: [] }, "2027-01-31")).toEqual([]);
  });

  it("adds finished paused ranges beside a running pause, which resume keeps", async () => {
    const trial = new TrialStore(redis, fresh());
    await trial.addPausedRanges(1, []);
    expect(await trial.pauseState(1)).toEqual({ open: null, ranges: [] });
    await trial.pause(1, "2027-02-10", "user");
    await trial.addPausedRanges(1, [["2027-02-01", "2027-02-03"], ["2027-02-05", "2027-02-05"]]);
    expect(await trial.pausedDates(1, "2027-02-11")).toEqual(["2027-02-01", "2027-02-02", "2027-02-03", "2027-02-05", "2027-02-10", "2027-02-11"]);
    await trial.resume(1, "2027-02-12");
    expect((await trial.pauseState(1)).ranges).toEqual([
      ["2027-02-01", "2027-02-03"],
      ["2027-02-05", "2027-02-05"],
      ["2027-02-10", "2027-02-11"],
    ]);
  });
});

describe("RateLimiter", () => {
  it("books several slots per trip to Redis when asked, each its own and spaced to the rate", async () => {
    const prefix = fresh();
    const other = sharedRedis();
    try {
      const a = new RateLimiter(redis, prefix, { perSecond: 50, ahead: 4 });
      const b = new RateLimiter(other, prefix, { perSecond: 50, ahead: 4 });
      const slots = await Promise.all(Array.from({ length: 6 }, () => a.acquireSlot()));
      // 6 slots taken from two bookings of 4: the shared schedule moved by 8 slots, and the next
      // client's slots come after the two a still holds
      const tat = Number(await redis.get(`${prefix}rate:{tg}`));
      const at = slots.map((s) => s.slotAt).sort((x, y) => x - y);
      expect(tat - at[0]).toBe(8 * 20);
      for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(20);
      expect((await b.acquireSlot()).slotAt).toBeGreaterThanOrEqual(at[0] + 8 * 20);
    } finally {
      other.disconnect();
    }
  });

  it("after an idle spell books from now; while booked ahead, after the last booking, whether an earlier version wrote the key (with an expiry) or this one", async () => {
    const prefix = fresh();
    const key = keys(prefix).rateLimiter();
    const limiter = new RateLimiter(redis, prefix, { perSecond: 50, sleep: async () => undefined });
    // idle: the stored arrival time lies in the past
    await redis.set(key, "1000");
    const idle = await limiter.acquireSlot();
    expect(Number(await redis.get(key))).toBe(idle.slotAt + 20);
    expect(await redis.pttl(key)).toBe(-1);
    // an earlier version's key: the arrival time 5 s ahead, with an expiry
    await redis.set(key, String(idle.slotAt + 5000), "PX", 6000);
    expect((await limiter.acquireSlot()).slotAt).toBe(idle.slotAt + 5000);
    expect(Number(await redis.get(key))).toBe(idle.slotAt + 5020);
  });

  it("spaces sends across clients to the configured rate", async () => {
    const prefix = fresh();
    const other = sharedRedis();
    try {
      const a = new RateLimiter(redis, prefix, { perSecond: 50 });
      const b = new RateLimiter(other, prefix, { perSecond: 50 });
      const slots = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).acquireSlot()));
      // every booked slot is its own, 20 ms after the one before it on the shared (Redis) clock,
      // however late the waiting process wakes up
      const at = slots.map((s) => s.slotAt).sort((x, y) => x - y);
      for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(20);
      expect(at[at.length - 1] - at[0]).toBeGreaterThanOrEqual(39 * 20);
      // a caller waits for its slot (or finds it already passed), never less
      for (const s of slots) expect(s.waited).toBeGreaterThanOrEqual(0);
      expect(() => new RateLimiter(redis, prefix, { perSecond: 0 })).toThrow();
    } finally {
      other.disconnect();
    }
  });
});
