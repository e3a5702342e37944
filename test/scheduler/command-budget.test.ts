import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { ManualClock } from "../../src/clock.js";
import { createDailyJob, limiterAhead } from "../../src/scheduler/daily-job.js";
import { runTick } from "../../src/scheduler/tick.js";
import { RateLimiter } from "../../src/store/rate-limiter.js";
import { bucketOf } from "../../src/store/keys.js";
import { reportsBeforePrompt, flags } from "../../src/bot/features/reports/scheduled.js";
import { phasesBeforePrompt } from "../../src/bot/features/phases/scheduled.js";
import { trialCalendar } from "../../src/trial/time/calendar.js";
import { makePlan } from "../support/trial-fixtures.js";
import { PrivateRedis, commandStats, statsDiff } from "../support/redis.js";
import { harnessesClosedAfterEach, isPrompt, translateFor } from "../support/checkin.js";
import type { Harness } from "../support/harness.js";

const harness = harnessesClosedAfterEach();
const USERS = 1000;
const AHEAD = limiterAhead(4);
/** The limiter's commands per prompt as built: one booking of four commands at most per AHEAD slots. */
const LIMITER_SHARE = 4 / AHEAD;
const PLAN = makePlan({ firstSession: "2027-01-11", weeks: 4, prompt: { time: "20:00", zone: "Europe/Berlin" } });

/**
 * Counted by Redis itself (INFO commandstats), so commands run inside Lua scripts count too. The
 * send-rate limiter books its slots on a second server: how often it books depends on how fast this
 * machine sends (a slot left unused too long is booked again), so its share is counted at the rate
 * it is built for — one booking script (EVALSHA, TIME, INCRBY, and SET after an idle spell) per
 * `ahead` slots — and the rest is what Redis ran, whatever the machine's load.
 */
describe("the daily prompt's Redis commands", () => {
  let server: PrivateRedis;
  let pacer: PrivateRedis;
  let admin: Redis;
  let pacerClient: Redis;

  beforeAll(async () => {
    server = await PrivateRedis.create();
    pacer = await PrivateRedis.create();
    admin = new Redis(server.url);
    pacerClient = new Redis(pacer.url, { enableAutoPipelining: true });
  });

  afterAll(async () => {
    admin.disconnect();
    pacerClient.disconnect();
    await server.stop();
    await pacer.stop();
  });

  it("two instances send a burst due in the same minute for at most 10 commands per prompt, before and after the first weekly summary", async () => {
    // Loaded half a minute before the busy minute, as in bench/scheduler.ts.
    const clock = new ManualClock("2027-01-13T18:59:30Z");
    const a = await harness({ clock, redisUrl: server.url });
    const b = await harness({ clock, redisUrl: server.url, api: a.api, prefix: a.prefix });
    // A burst fills each due-set bucket with hundreds of users; here they share one bucket.
    const ids: number[] = [];
    for (let id = 5000; ids.length < USERS; id++) if (bucketOf(id) === bucketOf(5000)) ids.push(id);
    const now = clock.now().toISOString();
    await Promise.all(
      ids.map(async (id) => {
        await a.deps.stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: now }, active: true, reminders: true, createdAt: now });
        await a.deps.stores.plans.save(id, PLAN, "2027-01-04", clock.now());
        await a.deps.stores.schedule.upsert(id, PLAN.prompt);
      }),
    );
    // As the app wires the job: both hooks, and the limiter booking slots as createDailyScheduler does.
    const job = (h: Harness) =>
      createDailyJob({
        stores: h.deps.stores,
        api: h.bot.api,
        t: translateFor,
        defaultLocale: "en",
        clock,
        limiter: new RateLimiter(pacerClient, h.prefix, { perSecond: 1000, ahead: AHEAD }),
        beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api), phasesBeforePrompt(h.deps, h.bot.api)],
      });
    const jobs = [
      { h: a, job: job(a) },
      { h: b, job: job(b) },
    ];
    /** The day's burst at 20:00 in Berlin: commands Redis ran per prompt sent. */
    const burst = async (date: string) => {
      clock.set(`${date}T19:00:00Z`);
      const before = await commandStats(admin);
      const sent = await Promise.all(
        jobs.map(async ({ h, job }) => {
          let n = 0;
          for (;;) {
            const r = await runTick({ store: h.deps.stores.schedule, clock, send: job.send, logger: h.deps.logger });
            n += r.sent;
            if (r.claimed === 0) return n;
          }
        }),
      );
      const ran = statsDiff(before, await commandStats(admin));
      expect(sent[0] + sent[1]).toBe(USERS);
      return { perPrompt: ran.total / USERS + LIMITER_SHARE, byCommand: JSON.stringify(ran.byCommand) };
    };

    // In the first block week nothing is due yet.
    const first = await burst("2027-01-13");
    expect(first.perPrompt, first.byCommand).toBeLessThanOrEqual(10);
    // Week 1's summary went out on the 18th (claimed here, not rendered a thousand times); the next
    // prompt reads the report hash once and notes that it is clear; the one after need not.
    const week1 = flags.week({ analysis: { calendar: { firstSession: "2027-01-11" } } } as Parameters<typeof flags.week>[0], trialCalendar(PLAN, []).weeks[0].index);
    await Promise.all(ids.map((id) => a.deps.stores.reports.claim(id, week1, clock.now())));
    await burst("2027-01-19");
    const later = await burst("2027-01-20");
    expect(later.perPrompt, later.byCommand).toBeLessThanOrEqual(10);
    for (const id of ids) expect(a.api.chat(id).filter(isPrompt), `user ${id}`).toHaveLength(3);
  }, 60_000);
});
