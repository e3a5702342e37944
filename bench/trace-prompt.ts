/**
 * `npx tsx bench/trace-prompt.ts`: prints each Redis round trip of one scheduled daily prompt
 * (claim, the checks before it, the prompt, its bookkeeping) as the app wires the daily job
 * (reports and phases hooks), command by command, and what Redis ran (INFO commandstats, Lua
 * inside). Runs against a private redis-server; nothing is timed.
 */
import { Redis } from "ioredis";
import { ManualClock } from "../src/clock.js";
import { createRedis, connectRedis } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { createI18n } from "../src/bot/i18n.js";
import { createDailyJob, limiterAhead } from "../src/scheduler/daily-job.js";
import { runTick } from "../src/scheduler/tick.js";
import { RateLimiter } from "../src/store/rate-limiter.js";
import { reportsBeforePrompt } from "../src/bot/features/reports/scheduled.js";
import { phasesBeforePrompt } from "../src/bot/features/phases/scheduled.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { createInstance } from "../test/support/instance.js";
import { PrivateRedis, startChildApi } from "./processes.js";
import { commandStats, statsDiff } from "./support.js";

const PLAN = makePlan({ firstSession: "2027-01-11", weeks: 6, prompt: { time: "20:00", zone: "Europe/Berlin" } });
const USERS = Number(process.argv[2] ?? 1);

const server = await PrivateRedis.create();
const admin = new Redis(server.url);
const api = await startChildApi();
const clock = new ManualClock("2027-01-13T18:59:30Z");
const redis = createRedis(server.url) as Redis;
await connectRedis(redis);
const prefix = "trace:";
const inst = await createInstance({ redis, prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
const setup = new Redis(server.url);
const stores = createStores(setup, prefix, clock);
const i18n = createI18n("en", () => undefined);
for (let i = 0; i < USERS; i++) {
  const id = 101 + i;
  await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
  await stores.plans.save(id, PLAN, "2027-01-04", clock.now());
  await stores.schedule.upsert(id, PLAN.prompt);
}

let trips: string[][] = [];
let pending = 0;
let on = false;
const original = redis.sendCommand.bind(redis);
redis.sendCommand = ((command: { name: string; args: unknown[]; promise: Promise<unknown> }, ...rest: unknown[]) => {
  if (on) {
    if (pending === 0) trips.push([]);
    const label = command.name === "evalsha" || command.name === "eval" ? `${command.name}(${String(command.args[1])} keys: ${String(command.args[2]).replace(prefix, "")})` : `${command.name} ${String(command.args[0] ?? "").replace(prefix, "")}`;
    trips[trips.length - 1].push(label);
    pending++;
    const done = () => void pending--;
    command.promise.then(done, done);
  }
  return (original as (...a: unknown[]) => unknown)(command, ...rest);
}) as typeof redis.sendCommand;

const job = createDailyJob({
  stores: inst.deps.stores,
  api: inst.bot.api,
  t: (locale, key, vars) => i18n.t(locale, key, vars),
  defaultLocale: "en",
  clock,
  limiter: new RateLimiter(redis, prefix, { perSecond: 1000, ahead: limiterAhead(4) }),
  logger: inst.deps.logger,
  beforePrompt: [reportsBeforePrompt(inst.deps, inst.bot.api), phasesBeforePrompt(inst.deps, inst.bot.api)],
});
clock.set("2027-01-13T19:00:05Z");
const before = await commandStats(admin);
trips = [];
on = true;
const r = await runTick({ store: inst.deps.stores.schedule, clock, send: job.send, logger: inst.deps.logger });
do await new Promise((res) => setImmediate(res));
while (pending > 0);
on = false;
const ran = statsDiff(before, await commandStats(admin));
console.log(`\n${r.sent} prompt(s) sent: ${trips.length} round trips, ${trips.flat().length} commands sent, ${ran.total} run by Redis`);
trips.forEach((t, i) => console.log(`  ${i + 1}. ${t.join(" | ")}`));
console.log(`run: ${JSON.stringify(ran.byCommand)}`);
redis.disconnect();
setup.disconnect();
admin.disconnect();
await api.stop();
await server.stop();
