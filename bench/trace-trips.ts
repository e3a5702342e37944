/**
 * `npx tsx bench/trace-trips.ts`: prints each Redis round trip of one check-in answer (a tap on the
 * pain grid) and of one /help, command by command — where the update-cost bench's round-trip
 * counts come from. Runs against a private redis-server; nothing is timed.
 */
import { Redis } from "ioredis";
import { Api } from "grammy";
import { ManualClock } from "../src/clock.js";
import { createRedis, connectRedis } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { createI18n } from "../src/bot/i18n.js";
import { painQuestion } from "../src/bot/features/checkin/keyboards.js";
import { painData } from "../src/bot/features/checkin/callback-data.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { addDays } from "../src/trial/time/calendar.js";
import { createInstance } from "../test/support/instance.js";
import { PrivateRedis, startChildApi } from "./processes.js";
import { tapUpdate, textUpdate } from "./updates.js";
import { RoundTrips } from "../test/support/round-trips.js";

const FIRST_SESSION = "2027-01-11";
const TODAY = "2027-02-03";
const PLAN = makePlan({ firstSession: FIRST_SESSION, weeks: 8, weekdays: [2, 5], prompt: { time: "20:00", zone: "Europe/Berlin" } });

const server = await PrivateRedis.create();
const api = await startChildApi();
const clock = new ManualClock(`${TODAY}T12:00:00Z`);
const redis = createRedis(server.url) as Redis;
await connectRedis(redis);
const prefix = "trace:";
const inst = await createInstance({ redis, prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
const setup = new Redis(server.url);
const stores = createStores(setup, prefix, clock);
const i18n = createI18n("en", () => undefined);

const trips = new RoundTrips();
trips.install(redis);
trips.logging = true;

async function user(id: number): Promise<number> {
  await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
  await stores.plans.save(id, PLAN, addDays(FIRST_SESSION, -7), clock.now());
  const view = painQuestion((k, v) => i18n.t("en", k, v), TODAY, 10, "en");
  const m = await new Api(api.token, { apiRoot: api.apiRoot }).sendMessage(id, view.text, { reply_markup: view.markup });
  return m.message_id;
}

let updateId = 1;
async function trace(label: string, run: () => Promise<void>) {
  await trips.idle();
  trips.reset();
  trips.enabled = true;
  await run();
  await trips.idle();
  trips.enabled = false;
  console.log(`\n${label}: ${trips.trips} round trips, ${trips.commands} commands`);
  trips.log.forEach((t, i) => console.log(`  ${i + 1}. ${t.map((c) => c.replace(prefix, "")).join(" | ")}`));
}

const tapData = painData.pack({ date: TODAY, v: 4, r: "0", s: "10" });
for (const id of [101, 102]) {
  const msg = await user(id);
  await trace(`check-in answer (user ${id})`, () => inst.bot.handleUpdate(tapUpdate(updateId++, id, msg, tapData, api.botInfo)));
  await trace(`/help (user ${id})`, () => inst.bot.handleUpdate(textUpdate(updateId++, id, "/help")));
}
redis.disconnect();
setup.disconnect();
await api.stop();
await server.stop();
