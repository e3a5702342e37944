/**
 * `npx tsx bench/logic-cost.ts`: the CPU of the bots' own work per update, with Telegram answered
 * in-process (a transformer returns the Bot API's answer; no HTTP), against a private redis-server.
 * The update-cost section's ratios include the HTTP calls both bots make alike; this shows what is
 * left once they are taken out — the middleware, Redis and the check-in's work — and what the
 * "does not settle" check costs on its own when the daily prompt runs it before asking.
 * Same users and history as the update-cost section (`--today=` another day answered); chunks of 2000 in turns, medians. Written to
 * the `logicCost` section of bench/results.json.
 */
import { Redis } from "ioredis";
import type { Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { ManualClock } from "../src/clock.js";
import { createRedis, connectRedis } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { painData } from "../src/bot/features/checkin/callback-data.js";
import { checkSettleRule } from "../src/bot/features/reports/scheduled.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { addDays } from "../src/trial/time/calendar.js";
import { keys } from "../src/store/keys.js";
import { createInstance } from "../test/support/instance.js";
import { createBaselineBot } from "./baseline.js";
import { PrivateRedis } from "./processes.js";
import { tapUpdate, textUpdate } from "./updates.js";
import { history } from "./update-cost.js";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { median, pool, round } from "./support.js";

const CHUNK = 2000;
const ROUNDS = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 7);
const FIRST_SESSION = "2027-01-11";
/** `--today=YYYY-MM-DD`: the day answered (default a Wednesday in week 4 of 8, as in update-cost). */
const TODAY = process.argv.find((a) => a.startsWith("--today="))?.slice(8) ?? "2027-02-03";
const PLAN = makePlan({ firstSession: FIRST_SESSION, weeks: 8, weekdays: [2, 5], prompt: { time: "20:00", zone: "Europe/Berlin" } });
const TOKEN = "123456:ABCdefGHIjklMNOpqrsTUVwxyz12345678";
const botInfo = { id: 42, is_bot: true, first_name: "Bench", username: "bench_bot" } as UserFromGetMe;

const server = await PrivateRedis.create();
const clock = new ManualClock(`${TODAY}T12:00:00Z`);
const redis = createRedis(server.url) as Redis;
await connectRedis(redis);
const prefix = "logic:";
const full = await createInstance({ redis, prefix, token: TOKEN, apiRoot: "http://127.0.0.1:9", botInfo, clock });
const base = createBaselineBot({ redis: new Redis(server.url, { enableAutoPipelining: true }), prefix, token: TOKEN, apiRoot: "http://127.0.0.1:9", botInfo });
let messageId = 1000;
const answered: Transformer = async (_prev, method, payload) => {
  const chatId = (payload as { chat_id?: number }).chat_id ?? 1;
  const result = method === "answerCallbackQuery" ? true : { message_id: messageId++, date: 0, chat: { id: chatId, type: "private" }, text: "." };
  return { ok: true, result } as never;
};
full.bot.api.config.use(answered);
base.api.config.use(answered);

const setup = new Redis(server.url);
const stores = createStores(setup, prefix, clock);
const k = keys(prefix);
const pastOf = (id: number) => history(id, FIRST_SESSION, TODAY);
const ids = Array.from({ length: CHUNK * (ROUNDS + 1) }, (_, i) => 100 + i);
await pool(ids, 64, async (id) => {
  await setup.hset(k.entries(id), pastOf(id));
  await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
  await stores.plans.save(id, PLAN, addDays(FIRST_SESSION, -7), clock.now());
});

const tapData = painData.pack({ date: TODAY, v: 4, r: "0", s: "10" });
let updateId = 1;
const tap = (id: number) => tapUpdate(updateId++, id, 5, tapData, botInfo);
const help = (id: number) => textUpdate(updateId++, id, "/help");

async function cpuPerItem(users: number[], fn: (id: number) => Promise<unknown>): Promise<number> {
  const t0 = process.cpuUsage();
  await pool(users, 32, async (id) => void (await fn(id)));
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / users.length;
}

type Row = { full: number[]; base: number[] };
const rows: Record<"tap" | "help", Row> = { tap: { full: [], base: [] }, help: { full: [], base: [] } };
const settle: number[] = [];
const slice = (i: number) => ids.slice(i * CHUNK, (i + 1) * CHUNK);
// Round 0 warms both bots up; its figures are dropped.
// As on a busy evening: the daily prompt's check runs for every user first (each user's weeks are
// fitted for the first time in this process), then the answers come in, and each answer's check
// refits only the week the answer changed — if the fits of the prompt's check are still remembered.
for (let r = 0; r <= ROUNDS; r++) settle.push(await cpuPerItem(slice(r), (id) => checkSettleRule(full.deps, full.bot.api, id)));
settle.shift();
for (let r = 0; r <= ROUNDS; r++) {
  const users = slice(r);
  const b = await cpuPerItem(users, (id) => base.handleUpdate(tap(id)));
  const f = await cpuPerItem(users, (id) => full.bot.handleUpdate(tap(id)));
  const bh = await cpuPerItem(users, (id) => base.handleUpdate(help(id)));
  const fh = await cpuPerItem(users, (id) => full.bot.handleUpdate(help(id)));
  if (r === 0) continue;
  rows.tap.base.push(b);
  rows.tap.full.push(f);
  rows.help.base.push(bh);
  rows.help.full.push(fh);
}
const us = (v: number[]) => round(median(v), 1);
const result = {
  measuredAt: new Date().toISOString(),
  today: TODAY,
  loadAverage: round((await import("node:os")).loadavg()[0], 1),
  users: ids.length,
  checkinAnswer: { fullMicros: us(rows.tap.full), plainMicros: us(rows.tap.base), ratio: round(median(rows.tap.full.map((f, i) => f / rows.tap.base[i])), 1) },
  help: { fullMicros: us(rows.help.full), plainMicros: us(rows.help.base), ratio: round(median(rows.help.full.map((f, i) => f / rows.help.base[i])), 1) },
  settleCheckBeforePromptMicros: us(settle),
};
console.log(`check-in answer: full ${result.checkinAnswer.fullMicros} µs, plain ${result.checkinAnswer.plainMicros} µs per update (Bot API answered in-process; ${result.checkinAnswer.ratio}×)`);
console.log(`/help: full ${result.help.fullMicros} µs, plain ${result.help.plainMicros} µs per update (${result.help.ratio}×)`);
console.log(`"does not settle" check alone, as the daily prompt runs it (the user's weeks not fitted yet): ${result.settleCheckBeforePromptMicros} µs`);
const resultsFile = new URL("./results.json", import.meta.url);
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, "utf8")) as Record<string, unknown>) : {};
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, logicCost: result }, null, 2)}\n`);
setup.disconnect();
redis.disconnect();
await server.stop();
process.exit(0);
