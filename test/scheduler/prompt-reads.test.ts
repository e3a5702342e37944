import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Redis } from "ioredis";
import { ManualClock } from "../../src/clock.js";
import { createStores } from "../../src/store/stores.js";
import { keys } from "../../src/store/keys.js";
import { reportsBeforePrompt } from "../../src/bot/features/reports/scheduled.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { cleanPrefix, plainRedis, testPrefix } from "../support/redis.js";
import { RoundTrips } from "../support/round-trips.js";
import { dailyJob, harnessesClosedAfterEach, isPrompt, prompts, tickAt, userWithPlan } from "../support/checkin.js";

const harness = harnessesClosedAfterEach();

describe("what the daily prompt reads", () => {
  let redis: Redis;
  const prefix = testPrefix("prompt-reads");

  beforeAll(async () => {
    redis = await plainRedis();
  });

  afterAll(async () => {
    await cleanPrefix(redis, prefix);
    redis.disconnect();
  });

  it("reads the user's pauses and safety events only when they are stored, each on its own", async () => {
    const trips = new RoundTrips();
    trips.install(redis);
    trips.logging = true;
    const stores = createStores(redis, prefix, new ManualClock("2027-01-13T19:00:00Z"));
    const event = { cueId: "chest_pain_breathless", group: "urgent", date: "2027-01-10", at: "2027-01-10T10:00:00Z", source: "button", status: "active" } as const;
    await stores.trial.pause(2, "2027-01-12", "user");
    await stores.safety.add(3, event);
    await stores.trial.pause(4, "2027-01-12", "user");
    await stores.safety.add(4, event);
    const read = async (id: number) => {
      trips.reset();
      trips.enabled = true;
      const inputs = await stores.promptReads.read(id, "2027-01-13");
      await trips.idle();
      trips.enabled = false;
      return { inputs, log: trips.log.map((t) => t.map((c) => c.split(" ")[0])) };
    };
    const none = await read(1);
    expect(none.log).toEqual([["mget", "lrange", "hgetall", "hmget", "exists"]]);
    expect(none.inputs.pauses).toEqual({ own: { open: null, ranges: [] }, safety: [] });
    expect(none.inputs.reports).toBeNull();
    const own = await read(2);
    expect(own.log[1]).toEqual(["hmget"]);
    expect(own.inputs.pauses.own.open).toEqual({ since: "2027-01-12", reason: "user" });
    expect(own.inputs.pauses.safety).toEqual([]);
    const safety = await read(3);
    expect(safety.log[1]).toEqual(["hvals"]);
    expect(safety.inputs.pauses.own.open).toBeNull();
    expect(safety.inputs.pauses.safety.map((e) => e.cueId)).toEqual(["chest_pain_breathless"]);
    const both = await read(4);
    expect(both.log[1]).toEqual(["hmget", "hvals"]);
    expect(both.inputs.pauses.own.open?.since).toBe("2027-01-12");
    expect(both.inputs.pauses.safety).toHaveLength(1);
  });
});

describe("the report hash before the daily prompt", () => {
  it("is read on the first prompt a weekly summary is due and on the one after it, not on the days between; a claim given back brings it back", async () => {
    const h = await harness();
    await userWithPlan(h, 1);
    const job = dailyJob(h, { beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api)] });
    const readAll = vi.spyOn(h.deps.stores.reports, "readAll");
    const summaries = () => h.api.chat(1).filter((m) => m.method === "sendPhoto").length;
    const readsOn = async (date: string) => {
      readAll.mockClear();
      await tickAt(h, job, `${date}T19:00:00Z`);
      return readAll.mock.calls.length;
    };
    // baseline and the first block week: nothing can be due
    for (let d = "2027-01-05"; d < "2027-01-18"; d = addDays(d, 1)) expect(await readsOn(d), d).toBe(0);
    // week 1's summary is due: read, sent; the next prompt reads once more and notes that all went out
    expect(await readsOn("2027-01-18")).toBe(1);
    expect(summaries()).toBe(1);
    expect(await readsOn("2027-01-19")).toBe(1);
    expect(await h.deps.redis.hget(keys(h.prefix).checkin(1), "reportsClear")).toMatch(/^0:[0-9a-f]{16}$/);
    expect(await readsOn("2027-01-20")).toBe(0);
    expect(await readsOn("2027-01-21")).toBe(0);
    // a claim given back (its send failed elsewhere after the note was made): the summary is owed again
    const flag = Object.keys(await h.deps.redis.hgetall(keys(h.prefix).reports(1))).find((f) => f.startsWith("sent:week:"))!;
    await h.deps.stores.reports.release(1, flag.slice("sent:".length));
    expect(await readsOn("2027-01-22")).toBe(1);
    expect(summaries()).toBe(2);
    expect(await readsOn("2027-01-23")).toBe(1);
    expect(await readsOn("2027-01-24")).toBe(0);
    // week 2's summary: due on the 25th
    expect(await readsOn("2027-01-25")).toBe(1);
    expect(summaries()).toBe(3);
    expect(prompts(h, 1)).toHaveLength(21);
  });

  it("is read when a \"does not settle\" firing stands although every report went out: a lost after-answer check is caught up", async () => {
    const h = await harness();
    await userWithPlan(h, 1);
    const job = dailyJob(h, { beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api)] });
    const readAll = vi.spyOn(h.deps.stores.reports, "readAll");
    for (let d = "2027-01-05"; d <= "2027-01-21"; d = addDays(d, 1)) await tickAt(h, job, `${d}T19:00:00Z`);
    readAll.mockClear();
    await tickAt(h, job, "2027-01-21T19:00:00Z");
    expect(readAll).not.toHaveBeenCalled();
    // Answers saved with no check after them (as if the process died before it ran): pain 2
    // points up three days after the session of the 12th, and after the one of the 14th.
    const entry = (date: string, pain: number, session?: boolean) => ({ date, pain, scale: 10 as const, reactions: [], answeredAt: `${date}T19:30:00Z`, ...(session ? { session } : {}) });
    for (let d = "2027-01-04"; d <= "2027-01-11"; d = addDays(d, 1)) await h.deps.stores.entries.save(1, entry(d, 3));
    for (const e of [entry("2027-01-12", 3, true), entry("2027-01-13", 3), entry("2027-01-14", 6, true), entry("2027-01-17", 7)]) await h.deps.stores.entries.save(1, e);
    const seen = h.api.chat(1).length;
    await tickAt(h, job, "2027-01-22T19:00:00Z");
    expect(readAll).toHaveBeenCalledTimes(1);
    const sent = h.api.chat(1).slice(seen);
    expect(sent.map((m) => m.text ?? "").join("\n")).toContain("Pain after sessions is not settling");
    expect(sent.filter(isPrompt)).toHaveLength(1);
  });
});
