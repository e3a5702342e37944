/**
 * 4. Sending at Telegram's pace: the fake Bot API enforces 30 messages/s overall and 1/s per
 *    chat, answering 429 with retry_after as Telegram does. Two bot instances (two Redis
 *    connections, two bots, two schedulers exactly as app.ts wires them, sharing the Redis-wide
 *    rate limiter) send one prompt to each of N users due in the same minute.
 */
import { Redis } from "ioredis";
import { ManualClock } from "../src/clock.js";
import { FakeBotApi } from "../src/local/bot-api-server.js";
import { connectRedis, createRedis } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { createI18n } from "../src/bot/i18n.js";
import { createDailyScheduler } from "../src/scheduler/daily-job.js";
import { reportsBeforePrompt } from "../src/bot/features/reports/scheduled.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { createInstance } from "../test/support/instance.js";
import { log, pool, round } from "./support.js";

export const TELEGRAM_GLOBAL_PER_SECOND = 30;

export interface SendingResult {
  prompts: number;
  instances: number;
  limit: { globalPerSecond: number; perChatPerSecond: number };
  sentPerSecond: number;
  shareOfLimit: number;
  lost: number;
  duplicates: number;
  calls: number;
  answered429: number;
  share429: number;
  seconds: number;
  /** CPU of this process (both instances and the fake Bot API) per prompt while sending, ms. */
  cpuMsPerPrompt: number;
  /** prompts / measured rate: how long a burst of 10 000 users due in the same minute takes. */
  burst10kSeconds: number;
  sentByInstance: number[];
}

/** Telegram's limit for paid broadcasts (allow_paid_broadcast), enforced by the fake API in the paid run. */
export const TELEGRAM_PAID_PER_SECOND = 1000;

export async function benchSending(opts: { redisUrl: string; prefix: string; prompts: number; paid?: boolean }): Promise<SendingResult> {
  const N = opts.prompts;
  const api = new FakeBotApi();
  await api.start();
  const clock = new ManualClock("2027-01-13T12:00:00Z"); // a Wednesday: no weekly summary is due
  const setup = new Redis(opts.redisUrl, { enableAutoPipelining: true });
  const stores = createStores(setup, opts.prefix, clock);
  const plan = makePlan({ firstSession: "2027-01-11", weeks: 6, prompt: { time: "20:00", zone: "Europe/Berlin" } });
  const ids = Array.from({ length: N }, (_, i) => 5_000_001 + i);
  log(`sending: preparing ${N} users due at the same minute`);
  await pool(ids, 64, async (id) => {
    await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
    await stores.plans.save(id, plan, "2027-01-04", clock.now());
    await stores.schedule.upsert(id, plan.prompt);
  });

  const i18n = createI18n("en", () => undefined);
  const t = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
  const clients = [createRedis(opts.redisUrl) as Redis, createRedis(opts.redisUrl) as Redis];
  const schedulers = [];
  for (const client of clients) {
    await connectRedis(client);
    const env = opts.paid ? { PAID_BROADCAST: "true" } : undefined;
    const inst = await createInstance({ redis: client, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock, env });
    // As app.ts wires it: default Redis-wide rate, reports before each prompt.
    schedulers.push(createDailyScheduler({ deps: inst.deps, api: inst.bot.api, t, beforePrompt: [reportsBeforePrompt(inst.deps, inst.bot.api)] }));
  }

  api.enforceRateLimits({ global: TELEGRAM_GLOBAL_PER_SECOND, perChat: 1, paidGlobal: TELEGRAM_PAID_PER_SECOND });
  const limit = opts.paid ? TELEGRAM_PAID_PER_SECOND : TELEGRAM_GLOBAL_PER_SECOND;
  clock.set("2027-01-13T19:00:05Z");
  log(`sending: ${N} prompts from 2 instances at Telegram's ${opts.paid ? "paid-broadcast" : "free"} pace (at least ${Math.ceil(N / (opts.paid ? 900 : 28))} s)`);
  const sentByInstance = [0, 0];
  const started = Date.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    schedulers.map(async (s, i) => {
      for (;;) {
        const r = await s.runOnce();
        if (!r) continue;
        sentByInstance[i] += r.sent;
        if (r.claimed === 0) break;
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);

  const sends = api.calls.filter((c) => c.method === "sendMessage");
  const ok = sends.filter((c) => c.status === 200).map((c) => c.at).sort((a, b) => a - b);
  const rate = ok.length > 1 ? (ok.length - 1) / ((ok[ok.length - 1] - ok[0]) / 1000) : 0;
  const counts = ids.map((id) => api.chat(id).filter((m) => /Check-in for/.test(m.text ?? "")).length);
  const answered429 = sends.filter((c) => c.status === 429).length;

  for (const s of schedulers) await s.stop();
  for (const c of clients) c.disconnect();
  setup.disconnect();
  await api.stop();

  return {
    prompts: N,
    instances: 2,
    limit: { globalPerSecond: limit, perChatPerSecond: 1 },
    sentPerSecond: round(rate, 2),
    shareOfLimit: round(rate / limit, 3),
    lost: counts.filter((c) => c === 0).length,
    duplicates: counts.filter((c) => c > 1).length,
    calls: sends.length,
    answered429,
    share429: round(answered429 / Math.max(1, sends.length), 4),
    seconds: round(seconds, 1),
    cpuMsPerPrompt: round((cpuUsed.user + cpuUsed.system) / 1000 / N, 2),
    burst10kSeconds: Math.round(10_000 / rate),
    sentByInstance,
  };
}
