/**
 * 1. Update cost: 10 000 daily check-in answers (a tap on the pain grid, each by a different user,
 *    saving that day's entry) and 10 000 /help commands through the full bot and through the
 *    baseline bot, in the same run, against the same Redis and the same fake Bot API (in a child
 *    process, so this process's CPU is the bot's alone). Also: Redis commands per update from
 *    INFO commandstats, round trips per update, and the bot's heap with 10 000 active users.
 *
 * PROFILE_PHASE=/tmp/x.cpuprofile npm run bench writes a V8 CPU profile of one chunk of the full
 * bot's check-in answers (open it in Chrome DevTools) — how the hot spots were found;
 * PROFILE_BASELINE=… the same chunk through the plain grammY bot, PROFILE_HELP=… the full bot's /help,
 * PROFILE_BASELINE_HELP=… the plain bot's /help; PROFILE_ALLOC=/tmp/x.heapprofile a sampling profile of
 * what the full bot's check-in answers allocate (the garbage collector's work).
 */
import { Redis } from "ioredis";
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { ManualClock } from "../src/clock.js";
import { connectRedis, createRedis, type RedisClient } from "../src/store/redis.js";
import { createStores } from "../src/store/stores.js";
import { createI18n } from "../src/bot/i18n.js";
import { painQuestion } from "../src/bot/features/checkin/keyboards.js";
import { painData } from "../src/bot/features/checkin/callback-data.js";
import { checkSettleRule } from "../src/bot/features/reports/scheduled.js";
import { makePlan } from "../test/support/trial-fixtures.js";
import { addDays, datesIn, isoWeekday } from "../src/trial/time/calendar.js";
import { EntryStore } from "../src/store/entry-store.js";
import type { Entry } from "../src/trial/checkin/entry.js";
import { keys } from "../src/store/keys.js";
import { createInstance } from "../test/support/instance.js";
import { createBaselineBot } from "./baseline.js";
import { startChildApi, onExit } from "./processes.js";
import { tapUpdate, textUpdate } from "./updates.js";
import { commandStats, cpuOf, heapUsed, log, median, pool, round, RoundTrips, statsDiff } from "./support.js";

export interface UpdateCostOptions {
  redisUrl: string;
  /** A connection for INFO commandstats (a private server: nothing else runs commands on it). */
  admin?: Redis;
  /** Connections to use instead of redisUrl (the cluster run), and their command stats. */
  connect?: () => Promise<RedisClient>;
  stats?: () => Promise<Map<string, number>>;
  prefix: string;
  users: number;
  concurrency?: number;
}

export interface PhaseResult {
  updates: number;
  cpuMsPerUpdate: number;
  wallMs: number;
  updatesPerSecond: number;
  redisCommandsPerUpdate: number;
  redisCommandsByKind?: Record<string, number>;
}

export interface UpdateCostResult {
  users: number;
  checkin: {
    full: PhaseResult;
    baseline: PhaseResult;
    cpuRatio: number;
    /** Median over chunks of full/baseline CPU (robust against a noisy neighbour in one chunk). */
    cpuRatioMedianOfChunks: number;
    /** Round trips of the whole update, one update at a time. */
    roundTripsPerAnswer: number;
    clientCommandsPerAnswer: number;
    /** Round trips from the update's start to the answer's Lua write. */
    roundTripsToSave: number;
  };
  help: { full: PhaseResult; baseline: PhaseResult; cpuRatio: number; cpuRatioMedianOfChunks: number; roundTripsPerUpdate: number; clientCommandsPerUpdate: number };
  heap: { afterStartMiB: number; with10kActiveMiB: number; bytesPerActiveUser: number };
}

/** Mid-trial: week 4 of 8, with every earlier day answered (30 entries), as a real user would be. */
const FIRST_SESSION = "2027-01-11";
const TODAY = "2027-02-03";
const PLAN = makePlan({ firstSession: FIRST_SESSION, weeks: 8, weekdays: [2, 5], prompt: { time: "20:00", zone: "Europe/Berlin" } });

/**
 * The user's history before `today`: steady pain 5-6, sessions on the planned days, no warning
 * signs. `user` varies the scores a little from user to user, as real histories differ: with every
 * user's history the same, the weekly model's fits would come from its cache for all but the first.
 */
export function history(user = 0, firstSession = FIRST_SESSION, today = TODAY): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  for (const [i, date] of datesIn({ start: addDays(firstSession, -7), end: addDays(today, -1) }).entries()) {
    const session = date >= firstSession && [2, 5].includes(isoWeekday(date));
    const entry: Entry = {
      date,
      pain: 5 + ((isoWeekday(date) + (user >> i % 20)) % 2),
      scale: 10,
      marker: 20,
      session,
      reactions: session ? ["none"] : [],
      note: "Walked to the shop and back; the back felt stiff in the morning but eased by lunch.",
      answeredAt: `${date}T19:05:00.000Z`,
    };
    out[date] = EntryStore.encode(entry);
  }
  return out;
}

const CHUNK = 1000;

function chunkRatio(full: PhaseResult[], base: PhaseResult[]): number {
  return round(median(full.map((f, i) => f.cpuMsPerUpdate / base[i].cpuMsPerUpdate)), 2);
}

/** One result from the chunks of one phase (sums, then per update). */
function combine(parts: PhaseResult[]): PhaseResult {
  const updates = parts.reduce((a, p) => a + p.updates, 0);
  const cpu = parts.reduce((a, p) => a + p.cpuMsPerUpdate * p.updates, 0);
  const wall = parts.reduce((a, p) => a + p.wallMs, 0);
  const cmds = parts.reduce((a, p) => a + p.redisCommandsPerUpdate * p.updates, 0);
  const kinds: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.redisCommandsByKind ?? {})) kinds[k] = (kinds[k] ?? 0) + v * p.updates;
  return {
    updates,
    cpuMsPerUpdate: round(cpu / updates, 3),
    wallMs: wall,
    updatesPerSecond: Math.round((updates / wall) * 1000),
    redisCommandsPerUpdate: round(cmds / updates, 2),
    ...(parts[0]?.redisCommandsByKind ? { redisCommandsByKind: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, round(v / updates, 2)])) } : {}),
  };
}

export async function benchUpdateCost(opts: UpdateCostOptions): Promise<UpdateCostResult> {
  const conc = opts.concurrency ?? 32;
  const clock = new ManualClock(`${TODAY}T12:00:00Z`);
  const api = await startChildApi();
  const stopApi = onExit(() => api.stop());

  const stats = opts.stats ?? (() => commandStats(opts.admin!));
  const setupRedis: RedisClient = opts.connect ? await opts.connect() : new Redis(opts.redisUrl, { enableAutoPipelining: true });
  const fullRedis: RedisClient = opts.connect ? await opts.connect() : (createRedis(opts.redisUrl) as Redis);
  await connectRedis(fullRedis);
  // The same client settings as the bot's (auto-pipelining on), so the ratio compares the bots, not the clients.
  const baseRedis: RedisClient = opts.connect ? await opts.connect() : new Redis(opts.redisUrl, { enableAutoPipelining: true });
  const trips = new RoundTrips();
  if (fullRedis instanceof Redis) trips.install(fullRedis);

  const full = await createInstance({ redis: fullRedis, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
  const base = createBaselineBot({ redis: baseRedis, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo });
  await base.init();

  // Users: consented, with a plan, and today's prompt in their chat (its message is what the tap edits).
  const N = opts.users;
  const WARM = 600;
  const REWARM = 400;
  const SEQ = 200;
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  const measured = ids(1_000_001, N);
  const warmFull = ids(2_000_001, WARM);
  const seq = ids(3_000_001, SEQ);
  const rewarm = ids(4_000_001, REWARM);
  const all = [...measured, ...warmFull, ...seq, ...rewarm];
  log(`update cost: preparing ${all.length} users`);
  const stores = createStores(setupRedis, opts.prefix, clock);
  const sender = new Api(api.token, { apiRoot: api.apiRoot });
  const i18n = createI18n("en", () => undefined);
  const view = painQuestion((k, v) => i18n.t("en", k, v), TODAY, 10, "en");
  const promptId = new Map<number, number>();
  const k = keys(opts.prefix);
  await pool(all, 64, async (id) => {
    await setupRedis.hset(k.entries(id), history(id));
    await stores.profiles.save(id, { locale: "en", consent: { adult: true, agreedAt: clock.now().toISOString() }, active: true, reminders: true, createdAt: clock.now().toISOString() });
    await stores.plans.save(id, PLAN, addDays(FIRST_SESSION, -7), clock.now());
    const m = await sender.sendMessage(id, view.text, { parse_mode: "HTML", reply_markup: view.markup });
    promptId.set(id, m.message_id);
  });
  const tapData = painData.pack({ date: TODAY, v: 4, r: "0", s: "10" });

  let updateId = 10_000_000;
  const tap = (id: number) => tapUpdate(updateId++, id, promptId.get(id)!, tapData, api.botInfo);
  const help = (id: number) => textUpdate(updateId++, id, "/help");

  async function phase(users: readonly number[], make: (id: number) => Update, handle: (u: Update) => Promise<void>, withKinds = false): Promise<PhaseResult> {
    await trips.idle();
    const before = await stats();
    const { cpuMs, wallMs } = await cpuOf(() => pool(users, conc, (id) => handle(make(id))));
    await trips.idle();
    await new Promise((r) => setTimeout(r, 20));
    const diff = statsDiff(before, await stats());
    return {
      updates: users.length,
      cpuMsPerUpdate: cpuMs / users.length,
      wallMs: Math.round(wallMs),
      updatesPerSecond: Math.round((users.length / wallMs) * 1000),
      redisCommandsPerUpdate: diff.total / users.length,
      ...(withKinds ? { redisCommandsByKind: Object.fromEntries(Object.entries(diff.byCommand).map(([k, v]) => [k, v / users.length])) } : {}),
    };
  }

  const fullHandle = (u: Update) => full.bot.handleUpdate(u);
  const baseHandle = (u: Update) => base.handleUpdate(u);

  // Warm-up (JIT, connections, script cache): the full bot answers for its own users, the baseline for the same.
  log("update cost: warm-up");
  await phase(warmFull, tap, fullHandle);
  await phase(warmFull, help, fullHandle);
  await phase(warmFull, tap, baseHandle);
  await phase(warmFull, help, baseHandle);
  const heapStart = heapUsed();

  // Round trips, one update at a time (a fresh user per answer, like the measured ones).
  let rtAnswer = { trips: NaN, commands: NaN };
  let rtHelp = { trips: NaN, commands: NaN };
  let rtSave = NaN;
  if (fullRedis instanceof Redis) {
    log("update cost: round trips (sequential)");
    trips.reset();
    trips.enabled = true;
    for (const id of seq.slice(0, SEQ / 2)) {
      await full.bot.handleUpdate(tap(id));
      await trips.idle();
    }
    rtAnswer = { trips: trips.trips / (SEQ / 2), commands: trips.commands / (SEQ / 2) };
    // Until the answer is saved: from the update's start to its Lua write.
    trips.enabled = false;
    trips.reset();
    const s = full.deps.stores;
    const save = s.checkins.saveAnswer.bind(s.checkins);
    s.checkins.saveAnswer = async (...a) => {
      const r = await save(...a);
      trips.enabled = false;
      return r;
    };
    for (const id of seq.slice(SEQ / 2)) {
      trips.enabled = true;
      await full.bot.handleUpdate(tap(id));
      trips.enabled = false;
      await trips.idle();
    }
    s.checkins.saveAnswer = save;
    rtSave = trips.trips / (SEQ / 2);
    trips.reset();
    trips.enabled = true;
    for (const id of seq) {
      await full.bot.handleUpdate(help(id));
      await trips.idle();
    }
    rtHelp = { trips: trips.trips / SEQ, commands: trips.commands / SEQ };
    trips.enabled = false;
  }

  // The heap measurement's full GC and the one-at-a-time round trips leave both bots colder than
  // a running bot is: warm them again. No GC is forced between the measured chunks — a forced full
  // GC throws away what the JIT learned and made both bots about twice as slow, the plain one most.
  log("update cost: warm-up again");
  await phase(rewarm, tap, fullHandle);
  await phase(rewarm, help, fullHandle);
  await phase(rewarm, tap, baseHandle);
  await phase(rewarm, help, baseHandle);

  // Baseline and full bot take turns on chunks of users, so drift (other load on the machine,
  // JIT, GC) hits both alike; the ratio is of the summed CPU.
  log(`update cost: ${N} check-in answers and ${N} /help, baseline and full bot in turns`);
  const chunks: number[][] = [];
  for (let i = 0; i < N; i += CHUNK) chunks.push(measured.slice(i, i + CHUNK));
  const parts = { baseTap: [] as PhaseResult[], fullTap: [] as PhaseResult[], baseHelp: [] as PhaseResult[], fullHelp: [] as PhaseResult[] };
  for (const [i, chunk] of chunks.entries()) {
    // As the daily prompt does before it asks (not measured): its "does not settle" check has
    // fitted these users' weeks when their answer comes in.
    await pool(chunk, conc, async (id) => void (await checkSettleRule(full.deps, full.bot.api, id)));
    const baseProf = process.env.PROFILE_BASELINE && i === 1 ? await startProfile(process.env.PROFILE_BASELINE) : null;
    parts.baseTap.push(await phase(chunk, tap, baseHandle));
    if (baseProf) await baseProf();
    const prof = process.env.PROFILE_PHASE && i === 1 ? await startProfile(process.env.PROFILE_PHASE) : null;
    const allocProf = process.env.PROFILE_ALLOC && i === 1 ? await startAllocationProfile(process.env.PROFILE_ALLOC) : null;
    parts.fullTap.push(await phase(chunk, tap, fullHandle, true));
    if (prof) await prof();
    if (allocProf) await allocProf();
    const baseHelpProf = process.env.PROFILE_BASELINE_HELP && i === 1 ? await startProfile(process.env.PROFILE_BASELINE_HELP) : null;
    parts.baseHelp.push(await phase(chunk, help, baseHandle));
    if (baseHelpProf) await baseHelpProf();
    const helpProf = process.env.PROFILE_HELP && i === 1 ? await startProfile(process.env.PROFILE_HELP) : null;
    parts.fullHelp.push(await phase(chunk, help, fullHandle, true));
    if (helpProf) await helpProf();
  }
  const baseTap = combine(parts.baseTap);
  const fullTap = combine(parts.fullTap);
  const baseHelp = combine(parts.baseHelp);
  const fullHelp = combine(parts.fullHelp);
  const heapActive = heapUsed();

  // The measured answers were really saved.
  await pool(measured.slice(0, 200), 16, async (id) => {
    if ((await stores.entries.get(id, TODAY))?.pain !== 4) throw new Error(`update cost: the answer of user ${id} was not saved`);
  });

  stopApi();
  await api.stop();
  fullRedis.disconnect();
  baseRedis.disconnect();
  setupRedis.disconnect();

  return {
    users: N,
    checkin: {
      full: fullTap,
      baseline: baseTap,
      cpuRatio: round(fullTap.cpuMsPerUpdate / baseTap.cpuMsPerUpdate, 2),
      cpuRatioMedianOfChunks: chunkRatio(parts.fullTap, parts.baseTap),
      roundTripsPerAnswer: round(rtAnswer.trips, 2),
      clientCommandsPerAnswer: round(rtAnswer.commands, 2),
      roundTripsToSave: round(rtSave, 2),
    },
    help: {
      full: fullHelp,
      baseline: baseHelp,
      cpuRatio: round(fullHelp.cpuMsPerUpdate / baseHelp.cpuMsPerUpdate, 2),
      cpuRatioMedianOfChunks: chunkRatio(parts.fullHelp, parts.baseHelp),
      roundTripsPerUpdate: round(rtHelp.trips, 2),
      clientCommandsPerUpdate: round(rtHelp.commands, 2),
    },
    heap: {
      afterStartMiB: round(heapStart / 2 ** 20, 1),
      with10kActiveMiB: round(heapActive / 2 ** 20, 1),
      bytesPerActiveUser: Math.max(0, Math.round((heapActive - heapStart) / N)),
    },
  };
}

async function startProfile(file: string): Promise<() => Promise<void>> {
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function startAllocationProfile(file: string): Promise<() => Promise<void>> {
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  // Every 4 KiB allocated, and objects already collected kept: the garbage is what is wanted.
  await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const { profile } = await session.post("HeapProfiler.stopSampling");
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
