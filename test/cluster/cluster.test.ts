/**
 * Redis Cluster end to end: a local 3-master cluster, two bot instances on two ioredis Cluster
 * clients (REDIS_CLUSTER_NODES), one fake Telegram. Plan setup (conversation state through our
 * own Cluster storage adapter), daily prompts claimed by two schedulers, check-in answers landing
 * on either instance, reminders, data export and deletion (SCAN over every master). Every Lua
 * script and MULTI must touch one slot: any CROSSSLOT error fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cluster } from "ioredis";
import { ManualClock } from "../../src/clock.js";
import { FakeBotApi, type BotMessage } from "../../src/local/bot-api-server.js";
import { ChatUser } from "../../src/local/chat-user.js";
import { connectRedis, createRedis } from "../../src/store/redis.js";
import { keys } from "../../src/store/keys.js";
import { scanAll } from "../../src/store/user-data.js";
import { createI18n } from "../../src/bot/i18n.js";
import { createDailyJob } from "../../src/scheduler/daily-job.js";
import { runTick, type TickResult } from "../../src/scheduler/tick.js";
import { reportsBeforePrompt } from "../../src/bot/features/reports/scheduled.js";
import { RateLimiter } from "../../src/store/rate-limiter.js";
import { makePlan } from "../support/trial-fixtures.js";
import { LogSink } from "../support/harness.js";
import { testPrefix } from "../support/redis.js";
import { clusterSupport, LocalCluster } from "../support/cluster.js";
import { createInstance, type Instance } from "../support/instance.js";

const support = await clusterSupport();
if (!support.ok) console.warn(`[cluster test] skipped: ${support.reason}`);

const i18n = createI18n("en", () => undefined);
const t = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
const isPrompt = (m: BotMessage) => /Check-in for/.test(m.text ?? "") && !/gentle reminder/.test(m.text ?? "");

describe.skipIf(!support.ok)(`Redis Cluster (3 local masters)${support.ok ? "" : ` — skipped: ${support.reason}`}`, () => {
  let cluster: LocalCluster;
  let api: FakeBotApi;
  const clients: Cluster[] = [];
  const instances: Instance[] = [];
  const logs = new LogSink();
  const clock = new ManualClock("2027-01-04T08:00:00Z");
  const prefix = testPrefix("cluster");

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    api = new FakeBotApi();
    await api.start();
    for (let i = 0; i < 2; i++) {
      // Exactly what main.ts does with REDIS_CLUSTER_NODES set.
      const client = createRedis("redis://unused:1", cluster.nodesSpec) as Cluster;
      expect(client).toBeInstanceOf(Cluster);
      await connectRedis(client);
      clients.push(client);
      instances.push(
        await createInstance({
          redis: client,
          prefix,
          token: api.token,
          apiRoot: api.apiRoot,
          botInfo: api.botInfo,
          clock,
          logStream: logs,
          logLevel: "debug",
          env: { REDIS_CLUSTER_NODES: cluster.nodesSpec },
        }),
      );
    }
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await api?.stop();
    await cluster?.stop();
  });

  /** A user whose updates go to instance 0, 1, 0, 1, … as a load balancer might send them. */
  function user(id: number): ChatUser {
    let n = id;
    return new ChatUser(api, (u) => instances[n++ % 2].handle(u), { id, languageCode: "en", firstName: "Alex" });
  }

  function jobs() {
    return instances.map((inst) =>
      createDailyJob({
        stores: inst.deps.stores,
        api: inst.bot.api,
        t,
        defaultLocale: "en",
        clock,
        // The Redis-wide rate limiter (one key with its own hash tag), fast enough not to slow the test.
        limiter: new RateLimiter(inst.deps.redis, prefix, { perSecond: 1000 }),
        logger: inst.deps.logger,
        beforePrompt: [reportsBeforePrompt(inst.deps, inst.bot.api)],
      }),
    );
  }

  /** Both schedulers tick at once until nothing is due. */
  async function tickBoth(): Promise<TickResult[]> {
    const all: TickResult[] = [];
    const js = jobs();
    await Promise.all(
      instances.map(async (inst, i) => {
        for (;;) {
          const r = await runTick({ store: inst.deps.stores.schedule, clock, send: js[i].send, logger: inst.deps.logger, batchSize: 25 });
          all.push(r);
          await js[i].runReminders();
          if (r.claimed === 0) break;
        }
      }),
    );
    return all;
  }

  function noCrossSlot() {
    expect(logs.text).not.toMatch(/CROSSSLOT/);
    expect(logs.lines.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
  }

  it("plan setup across two instances (conversation state on the cluster), then prompts and check-ins", async () => {
    const u = user(501);
    await u.send("/start");
    await u.tap(/18\+/);
    await u.send("/plan");
    for (const step of ["No", "No", "No", "Low back", "Done ✓", "✏️ Change details", "Less pain", "45", "2", "Tue", "Fri", "Done ✓"]) await u.tap(step);
    await u.send("12");
    for (const step of ["Moderate", "Exercise programme", "Done ✓", "Support it", "EUR"]) await u.tap(step);
    await u.send("65");
    for (const step of ["Skip", "Skip", "0-10", "Minutes walked before having to stop", "20:00"]) await u.tap(step);
    await u.send("Europe/Berlin");
    await u.send("2027-01-12");
    expect(u.replyText()).toContain("Here is your plan");
    await u.tap("✓ Looks right");
    expect(u.replyText()).toContain("Your plan is saved");
    const stores = instances[1].deps.stores;
    expect((await stores.plans.current(501))?.plan).toMatchObject({ weeks: 12, prompt: { time: "20:00", zone: "Europe/Berlin" } });

    // 40 more users, spread over all three masters' slots.
    const plan = makePlan({ firstSession: "2027-01-12", weeks: 4, prompt: { time: "20:00", zone: "Europe/Berlin" } });
    const ids = Array.from({ length: 40 }, (_, i) => 600 + i);
    for (const id of ids) {
      const other = user(id);
      await other.send("/start");
      await other.tap(/18\+/);
      await other.send("/cancel"); // consent goes on into the setup; this user's plan is written below instead
      await stores.plans.save(id, plan, "2027-01-05", clock.now());
      await stores.schedule.upsert(id, plan.prompt);
    }
    const everyone = [501, ...ids];

    // 20:00 in Berlin the day before the baseline week: nothing to ask yet, nothing sent.
    clock.set("2027-01-04T19:00:30Z");
    await tickBoth();
    for (const id of everyone) expect(api.chat(id).filter(isPrompt)).toHaveLength(0);
    // The first baseline day, 20:00 in Berlin: both schedulers tick together.
    clock.set("2027-01-05T19:00:30Z");
    const results = await tickBoth();
    expect(results.reduce((a, r) => a + r.sent, 0)).toBe(everyone.length);
    expect(results.reduce((a, r) => a + r.errors + r.failed, 0)).toBe(0);
    for (const id of everyone) expect(api.chat(id).filter(isPrompt), `prompts of ${id}`).toHaveLength(1);

    // Every user answers; the updates alternate between the instances.
    for (const id of everyone) {
      const answerer = user(id);
      answerer.replies();
      await answerer.tap("4");
      await answerer.send("25");
      expect(answerer.replyText()).toMatch(/Saved: pain 4\/10[\s\S]*Saved/);
    }
    for (const id of everyone) expect((await stores.entries.get(id, "2027-01-05"))?.marker, `entry of ${id}`).toBe(25);

    // Three hours later nobody gets a reminder (all answered); the next day's prompts are queued once.
    clock.set("2027-01-05T22:05:00Z");
    await tickBoth();
    for (const id of everyone) expect(api.chat(id).filter((m) => /gentle reminder/.test(m.text ?? ""))).toHaveLength(0);
    expect(await stores.schedule.inFlightCount()).toBe(0);
    expect(await stores.schedule.dueCount()).toBe(everyone.length);
    noCrossSlot();
  }, 30_000);

  it("two schedulers claim 300 prompts due in the same minute: 0 duplicates, 0 misses", async () => {
    const stores = instances[0].deps.stores;
    const plan = makePlan({ firstSession: "2027-01-12", weeks: 4, prompt: { time: "07:30", zone: "Europe/Berlin" } });
    const ids = Array.from({ length: 300 }, (_, i) => 10_000 + i);
    await Promise.all(
      ids.map(async (id) => {
        await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: false, createdAt: clock.now().toISOString() });
        await stores.plans.save(id, plan, "2027-01-05", clock.now());
        await stores.schedule.upsert(id, plan.prompt);
      }),
    );
    clock.set("2027-01-06T06:30:10Z");
    const results = await tickBoth();
    const sent = results.reduce((a, r) => a + r.sent, 0);
    const perInstance = [0, 1].map((i) => results.filter((_, j) => j % 2 === i).length);
    expect(perInstance.every((n) => n > 0)).toBe(true);
    expect(sent).toBeGreaterThanOrEqual(ids.length);
    const counts = ids.map((id) => api.chat(id).filter(isPrompt).length);
    expect(counts.filter((c) => c === 0), "misses").toEqual([]);
    expect(counts.filter((c) => c > 1), "duplicates").toEqual([]);
    expect(await stores.schedule.inFlightCount()).toBe(0);
    noCrossSlot();
  }, 30_000);

  it("export and deletion find a user's keys on whichever master holds them; bucket keys sit on several masters", async () => {
    const stores = instances[1].deps.stores;
    const k = keys(prefix);
    const ids = (await stores.userData.userIds()).map(Number);
    expect(ids).toContain(501);
    expect(ids.length).toBeGreaterThanOrEqual(341);
    // The users' keys really are spread over the masters.
    const masters = clients[0].nodes("master");
    expect(masters).toHaveLength(3);
    const perMaster = await Promise.all(masters.map(async (m) => (await m.scan("0", "MATCH", `${prefix}{u:*`, "COUNT", 10_000))[1].length));
    expect(perMaster.filter((n) => n > 0)).toHaveLength(3);

    const before = await stores.userData.keysOf(501);
    expect(before).toContain(k.entries(501));
    const dump = await stores.userData.dump(501);
    expect(Object.keys(dump)).toEqual(expect.arrayContaining(["profile", "planVersions", "entries", "sched"]));
    expect(await stores.userData.deleteAll(501)).toBeGreaterThan(0);
    expect(await scanAll(clients[0], `${prefix}{u:501}:*`)).toEqual([]);
    expect(await stores.schedule.dueScore(501)).toBeNull();
    noCrossSlot();
  }, 30_000);
});
