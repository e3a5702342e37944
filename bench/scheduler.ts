/**
 * 3. Scheduler at scale: 100 000 users with prompt times spread over the day, 10 000 of them due
 *    in the same minute. (a) How long claiming the 10 000 takes (the store's claim loop as runTick
 *    runs it: batches of 100, atomically per bucket, each claim checked against the user's
 *    schedule). (b) Two scheduler instances with the real daily job (profile, plan, reports hook,
 *    Redis-wide rate limiter, prompt, bookkeeping) send the 10 000 through the fake Bot API:
 *    duplicates, misses, and Redis commands per prompt from INFO commandstats.
 */
import { Redis } from "ioredis";
import { ManualClock } from "../src/clock.js";
import { FakeBotApi } from "../src/local/bot-api-server.js";
import { connectRedis, createRedis, type RedisClient } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { ScheduleStore } from "../src/store/schedule-store.js";
import { RateLimiter } from "../src/store/rate-limiter.js";
import { createI18n } from "../src/bot/i18n.js";
import { createDailyJob, limiterAhead } from "../src/scheduler/daily-job.js";
import { runTick } from "../src/scheduler/tick.js";
import { reportsBeforePrompt } from "../src/bot/features/reports/scheduled.js";
import { seededRandom } from "../src/local/synthetic.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { createInstance } from "../test/support/instance.js";
import { commandStats, log, pool, round, RoundTrips, statsDiff } from "./support.js";

export interface SchedulerResult {
  users: number;
  dueInSameMinute: number;
  loadSeconds: number;
  claim: { batchSize: number; ms: number; claimed: number; redisCommandsPerClaim: number };
  twoInstances: {
    seconds: number;
    promptsPerSecond: number;
    sent: number;
    duplicates: number;
    misses: number;
    /** INFO commandstats: every command Redis ran, those inside Lua scripts included. */
    redisCommandsPerPrompt: number;
    /** Commands the two clients sent (a Lua script is one); null on Cluster. */
    clientCommandsPerPrompt: number | null;
    byCommand: Record<string, number>;
  };
}

const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "America/Los_Angeles", "Europe/London", "Asia/Tokyo", "UTC"];

export async function benchScheduler(opts: {
  redisUrl: string;
  /** INFO commandstats of the same (private) server. */
  admin?: Redis;
  prefix: string;
  users: number;
  due: number;
  /** Build the store/job over this client instead (the cluster run). */
  client?: () => Promise<RedisClient>;
  stats?: () => Promise<Map<string, number>>;
}): Promise<SchedulerResult> {
  // Loaded half a minute before the busy minute: every queued prompt lies ahead.
  const clock = new ManualClock("2027-01-13T18:59:30Z");
  const connect = opts.client ?? (async () => {
    const c = createRedis(opts.redisUrl);
    await connectRedis(c);
    return c;
  });
  const stats = opts.stats ?? (() => commandStats(opts.admin!));
  const setup = opts.client ? await opts.client() : new Redis(opts.redisUrl, { enableAutoPipelining: true });
  const stores = createStores(setup, opts.prefix, clock);
  const plan = makePlan({ firstSession: "2027-01-11", weeks: 6, prompt: { time: "20:00", zone: "Europe/Berlin" } });

  // Load: the due users have a profile and a plan; everybody has a schedule. 20:00 in Berlin is
  // 19:00Z; nobody else is due within that minute.
  log(`scheduler: loading ${opts.users} schedules (${opts.due} due in the same minute)`);
  const t0 = performance.now();
  const random = seededRandom(42);
  await pool<number>(opts.users, 128, async (i) => {
    const id = 7_000_001 + i;
    if (i < opts.due) {
      await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
      await stores.plans.save(id, plan, "2027-01-04", clock.now());
      await stores.schedule.upsert(id, plan.prompt);
      return;
    }
    const zone = ZONES[i % ZONES.length];
    for (;;) {
      const minute = Math.floor(random() * 1440);
      const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
      const next = await stores.schedule.upsert(id, { time, zone });
      if (next.at.getTime() > Date.parse("2027-01-13T19:00:05Z")) break;
    }
  });
  const loadSeconds = (performance.now() - t0) / 1000;

  // (a) Claiming the 10 000 as one tick does (batches of 100), then putting them back.
  const claimClient = await connect();
  const claimStore = new ScheduleStore(claimClient, opts.prefix, undefined, clock);
  clock.set("2027-01-13T19:00:05Z");
  log("scheduler: claiming the due prompts");
  let claimed = 0;
  const before = await stats();
  const c0 = performance.now();
  for (;;) {
    const r = await claimStore.claimDue(clock.now(), 100);
    const n = r.due.length + r.skipped.length;
    claimed += n;
    if (n < 100) break;
  }
  const claimMs = performance.now() - c0;
  const claimCommands = statsDiff(before, await stats()).total;
  await claimStore.recoverInFlight(clock.now(), 0);
  if (claimed !== opts.due) throw new Error(`scheduler bench: claimed ${claimed}, expected ${opts.due}`);
  if ((await claimStore.dueCount()) !== opts.users) throw new Error("scheduler bench: the claimed prompts did not all go back");

  // (b) Two instances send them for real.
  log(`scheduler: 2 instances send the ${opts.due} prompts (no rate limit at the fake Bot API)`);
  const api = new FakeBotApi();
  await api.start();
  const i18n = createI18n("en", () => undefined);
  const t = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
  const jobs = [];
  const clients: RedisClient[] = [claimClient];
  for (let i = 0; i < 2; i++) {
    const client = i === 0 ? claimClient : await connect();
    if (i > 0) clients.push(client);
    const inst = await createInstance({ redis: client, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
    const job = createDailyJob({
      stores: inst.deps.stores,
      api: inst.bot.api,
      t,
      defaultLocale: "en",
      clock,
      // As createDailyScheduler books slots for the 4 it sends side by side.
      limiter: new RateLimiter(client, opts.prefix, { perSecond: 1000, ahead: limiterAhead(4) }),
      logger: inst.deps.logger,
      beforePrompt: [reportsBeforePrompt(inst.deps, inst.bot.api)],
    });
    jobs.push({ inst, job });
  }
  const sentCommands = new RoundTrips();
  for (const c of clients) if (c instanceof Redis) sentCommands.install(c);
  sentCommands.enabled = true;
  const sb = await stats();
  const s0 = performance.now();
  const sent = [0, 0];
  await Promise.all(
    jobs.map(async ({ inst, job }, i) => {
      for (;;) {
        const r = await runTick({ store: inst.deps.stores.schedule, clock, send: job.send, logger: inst.deps.logger });
        sent[i] += r.sent;
        if (r.claimed === 0) break;
      }
    }),
  );
  const seconds = (performance.now() - s0) / 1000;
  await sentCommands.idle();
  sentCommands.enabled = false;
  const diff = statsDiff(sb, await stats());
  const counts = new Map<number, number>();
  for (const m of api.allMessages()) if (/Check-in for/.test(m.text ?? "")) counts.set(m.chat_id, (counts.get(m.chat_id) ?? 0) + 1);
  let misses = 0;
  let duplicates = 0;
  for (let i = 0; i < opts.due; i++) {
    const c = counts.get(7_000_001 + i) ?? 0;
    if (c === 0) misses++;
    if (c > 1) duplicates++;
  }
  const strays = [...counts.keys()].filter((id) => id > 7_000_000 + opts.due).length;
  if (strays) throw new Error(`scheduler bench: ${strays} users were prompted who were not due`);

  await api.stop();
  for (const c of clients) c.disconnect();
  setup.disconnect();
  const total = sent[0] + sent[1];
  return {
    users: opts.users,
    dueInSameMinute: opts.due,
    loadSeconds: round(loadSeconds, 1),
    claim: { batchSize: 100, ms: Math.round(claimMs), claimed, redisCommandsPerClaim: round(claimCommands / Math.max(1, claimed), 2) },
    twoInstances: {
      seconds: round(seconds, 1),
      promptsPerSecond: Math.round(total / seconds),
      sent: total,
      duplicates,
      misses,
      redisCommandsPerPrompt: round(diff.total / Math.max(1, total), 1),
      clientCommandsPerPrompt: clients.every((c) => c instanceof Redis) ? round(sentCommands.commands / Math.max(1, total), 1) : null,
      byCommand: Object.fromEntries(Object.entries(diff.byCommand).map(([k, v]) => [k, round(v / Math.max(1, total), 2)])),
    },
  };
}
