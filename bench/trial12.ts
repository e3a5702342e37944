/**
 * 5 + 6. A simulated 12-week trial through the bot, day by day: the plan setup, the daily prompt
 * from the scheduler (weekly summaries and the end-of-block report come with it), and every
 * day's answers — the session first on planned days, pain, marker, and a 100-character note.
 * Then: Redis bytes per user (sum of MEMORY USAGE over the user's keys), and /summary with its
 * chart: median and p95 time, and the chart's share of it.
 */
import { Redis } from "ioredis";
import { ManualClock } from "../src/clock.js";
import { FakeBotApi } from "../src/local/bot-api-server.js";
import { ChatUser } from "../src/local/chat-user.js";
import { connectRedis, createRedis } from "../src/store/redis.js";
import { userKeyPattern } from "../src/store/keys.js";
import { scanAll } from "../src/store/user-data.js";
import { createI18n } from "../src/bot/i18n.js";
import { createDailyScheduler } from "../src/scheduler/daily-job.js";
import { reportsBeforePrompt } from "../src/bot/features/reports/scheduled.js";
import { wallTimeToInstant } from "../src/trial/time/next-occurrence.js";
import { datesIn } from "../src/trial/time/calendar.js";
import { loadTrial } from "../src/bot/features/reports/service.js";
import { Resvg } from "@resvg/resvg-js";
import { chartDataUpTo, chartLabels, chartPng } from "../src/bot/features/reports/chart.js";
import { chartSvg, clearRenderCache, renderChart } from "../src/bot/ui/chart-png.js";
import { FONT_FILES } from "../src/bot/ui/fonts.js";
import { translatorFor } from "../src/bot/ui/translate.js";
import { createInstance } from "../test/support/instance.js";
import { setUpPlan } from "./setup-steps.js";
import { EntryStore } from "../src/store/entry-store.js";
import { log, median, percentile, round } from "./support.js";

/** Notes of exactly 100 characters, ordinary words (no safety cue), one per day in turn. */
export const NOTES_100 = [
  "Walked to the bakery and back, did the stretches after lunch; the lower back felt stiff by evening..",
  "Long day at the desk; took two short breaks to walk around, slept fine. Neck a little tight at night",
  "Gardening for an hour in the morning, then a rest. The back ached afterwards but eased after a bath.",
  "Drove to my sister's place, about two hours each way; sitting that long made the lower back grumble.",
];
if (NOTES_100.some((n) => n.length !== 100)) throw new Error("bench notes must be 100 characters");

export interface Trial12Result {
  users: number;
  days: number;
  updatesPerUser: number;
  memory: {
    bytesPerUserMedian: number;
    kibPerUser: number;
    keysPerUser: number;
    byKey: Record<string, number>;
    entryBytes: number;
    worstCaseNotes: { entriesBytes: number; kibPerUser: number };
    transientBytesPerUser: number;
  };
  updateDedupeKeyBytes: number;
  summary: {
    runs: number;
    /** /summary as the bot answers it: the same chart asked again the same day comes from the render cache. */
    medianMs: number;
    p95Ms: number;
    /** /summary with the render cache emptied before each run: a day's first /summary. */
    uncachedMedianMs: number;
    /** The chart alone, rendered from scratch (no cache). */
    chartMedianMs: number;
    chartShare: number;
    /** The same SVG through the earlier path: resvg shaping the text with the font files, RGBA PNG. */
    earlierPath: { chartMedianMs: number; pngBytes: number };
    chartSpeedup: number;
    photoBytes: number;
    goal: string;
  };
}

export async function benchTrial12(opts: { redisUrl: string; prefix: string; users: number; summaryRuns: number }): Promise<Trial12Result> {
  const api = new FakeBotApi();
  await api.start();
  api.recordCalls = false;
  const clock = new ManualClock("2027-01-04T08:00:00Z");
  const redis = createRedis(opts.redisUrl) as Redis;
  await connectRedis(redis);
  const inst = await createInstance({ redis, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
  const i18n = createI18n("en", () => undefined);
  const scheduler = createDailyScheduler({
    deps: inst.deps,
    api: inst.bot.api,
    t: (locale, key, vars) => i18n.t(locale, key, vars),
    beforePrompt: [reportsBeforePrompt(inst.deps, inst.bot.api)],
    perSecond: 1000,
  });

  let updates = 0;
  const users = Array.from({ length: opts.users }, (_, i) => {
    return new ChatUser(
      api,
      async (u) => {
        updates++;
        await inst.handle(u);
      },
      { id: 9_000_001 + i, languageCode: "en", firstName: "Alex" },
    );
  });
  log(`12-week trial: ${opts.users} users set up a plan and answer every day`);
  for (const u of users) await setUpPlan(u);

  // Baseline Jan 5-11, first session Tue Jan 12, 12 weeks: the block ends Apr 5, the final report comes Apr 6.
  const days = datesIn({ start: "2027-01-04", end: "2027-04-06" });
  const last = (u: ChatUser) => u.all().at(-1)?.text ?? "";
  for (const [d, date] of days.entries()) {
    clock.set(wallTimeToInstant(date, "20:00", "Europe/Berlin").getTime() + 30_000);
    for (const u of users) u.replies();
    await scheduler.runOnce();
    for (const [i, u] of users.entries()) {
      // Before the baseline week (and after the block) there is no question.
      if (!u.replies().some((m) => /Check-in for/.test(m.text ?? "") && m.reply_markup?.inline_keyboard?.length)) continue;
      // Pain drifts from 6 down to 3 over the block, a point up or down on some days.
      const pain = Math.max(1, Math.round(6 - (3 * Math.max(0, d - 8)) / 84 + ((d + i) % 3 === 0 ? 1 : 0)));
      // Planned session days ask the session first.
      if (/massage session on/.test(last(u))) await u.tap("✅ Had it");
      await u.tap(String(pain));
      await u.send(String(20 + ((d * 7 + i) % 15)));
      if (!/That's everything/.test(last(u))) throw new Error(`12-week trial: unexpected question on ${date}: ${last(u).slice(0, 120)}`);
      await u.tap("📝 Add a note");
      await u.send(NOTES_100[(d + i) % NOTES_100.length]);
      if (!/Saved/.test(last(u))) throw new Error(`12-week trial: the day ${date} did not finish`);
    }
  }
  const reports = users[0].all().filter((m) => m.method === "sendPhoto").length;
  if (reports < 12) throw new Error(`12-week trial: expected 12 weekly charts, got ${reports}`);

  // Redis bytes per user.
  log("12-week trial: measuring memory and /summary");
  const perUser: number[] = [];
  const byKey: Record<string, number[]> = {};
  let keyCount = 0;
  const transientBytes: number[] = [];
  for (const u of users) {
    const found = await scanAll(redis, userKeyPattern(opts.prefix, u.id));
    let sum = 0;
    let transient = 0;
    for (const key of found) {
      const bytes = Number(await redis.call("MEMORY", "USAGE", key, "SAMPLES", "0"));
      // Keys that expire within minutes (flood-guard windows: real time stands still in this
      // simulation, so they have not expired yet) are not part of what a user keeps.
      const ttl = await redis.pttl(key);
      if (ttl >= 0 && ttl < 3_600_000) {
        transient += bytes;
        continue;
      }
      keyCount++;
      sum += bytes;
      const name = key.slice(key.indexOf("}:") + 2);
      (byKey[name] ??= []).push(bytes);
    }
    perUser.push(sum);
    transientBytes.push(transient);
  }
  // Average stored size of one day's entry (the bytes the entries hash holds per day).
  const rawEntries = Object.values(await redis.hgetallBuffer(`${opts.prefix}{u:${users[0].id}}:entries`));
  const entryJson = rawEntries.reduce((a, r) => a + r.length, 0) / Math.max(1, rawEntries.length);
  // The same days with notes that deflate cannot shorten (100 random printable characters): the
  // worst case for the note compression, stored under a scratch key and measured the same way.
  const entriesKey = `${opts.prefix}{u:${users[0].id}}:entries`;
  const scratchKey = `${opts.prefix}{u:${users[0].id}}:entries-worst-case`;
  let seed = 7;
  const noise = () => Array.from({ length: 100 }, () => String.fromCharCode(33 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 94))).join("");
  for (const [date, raw] of Object.entries(await redis.hgetallBuffer(entriesKey))) {
    const e = EntryStore.decode(raw);
    if (e) await redis.hset(scratchKey, date, EntryStore.encode({ ...e, note: noise() }));
  }
  const worstEntries = Number(await redis.call("MEMORY", "USAGE", scratchKey, "SAMPLES", "0"));
  await redis.del(scratchKey);
  const dedupeKeys = await scanAll(redis, `${opts.prefix}upd:*`);
  const dedupeBytes = dedupeKeys.length ? Number(await redis.call("MEMORY", "USAGE", dedupeKeys[0], "SAMPLES", "0")) : 0;

  // /summary at the end of the block (cached and from scratch), and the chart alone with the same data.
  const u = users[0];
  const summaryMs: number[] = [];
  const uncachedMs: number[] = [];
  let photoBytes = 0;
  u.replies();
  const summaryOnce = async (cold: boolean) => {
    if (cold) clearRenderCache();
    const t0 = performance.now();
    await u.send("/summary");
    const ms = performance.now() - t0;
    const photo = u.replies().find((m) => m.method === "sendPhoto");
    if (!photo) throw new Error("/summary sent no chart");
    photoBytes = photo.photo?.data.length ?? 0;
    return ms;
  };
  for (let i = 0; i < opts.summaryRuns + 3; i++) {
    // Alternating, so both see the same machine load.
    const cold = await summaryOnce(true);
    const warm = await summaryOnce(false);
    if (i >= 3) {
      uncachedMs.push(cold);
      summaryMs.push(warm);
    }
  }
  const trial = (await loadTrial(inst.deps, u.id))!;
  const t = translatorFor("en");
  const chartTo = trial.today < trial.analysis.calendar.blockEnd ? trial.today : trial.analysis.calendar.blockEnd;
  const data = chartDataUpTo(trial, chartTo);
  const svg = chartSvg(data, chartLabels(t, trial.analysis, "en", data));
  const chartMs: number[] = [];
  const earlierMs: number[] = [];
  let earlierBytes = 0;
  for (let i = 0; i < opts.summaryRuns + 3; i++) {
    clearRenderCache();
    let t0 = performance.now();
    chartPng(t, trial, "en", chartTo);
    const now = performance.now() - t0;
    t0 = performance.now();
    const earlier = new Resvg(svg, {
      fitTo: { mode: "original" },
      font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    })
      .render()
      .asPng();
    const before = performance.now() - t0;
    earlierBytes = earlier.length;
    if (i >= 3) {
      chartMs.push(now);
      earlierMs.push(before);
    }
  }
  if (renderChart(data, chartLabels(t, trial.analysis, "en", data)).length !== photoBytes) throw new Error("/summary sent another chart than the one measured");

  await scheduler.stop();
  redis.disconnect();
  await api.stop();
  const sorted = [...summaryMs].sort((a, b) => a - b);
  const med = median(perUser);
  return {
    users: opts.users,
    days: days.length,
    updatesPerUser: Math.round(updates / opts.users),
    memory: {
      bytesPerUserMedian: Math.round(med),
      kibPerUser: round(med / 1024, 1),
      keysPerUser: round(keyCount / opts.users, 1),
      entryBytes: Math.round(entryJson),
      worstCaseNotes: { entriesBytes: worstEntries, kibPerUser: round((perUser[0] - (byKey.entries?.[0] ?? 0) + worstEntries) / 1024, 1) },
      transientBytesPerUser: Math.round(median(transientBytes)),
      byKey: Object.fromEntries(
        Object.entries(byKey)
          .map(([k, v]) => [k, Math.round(median(v))])
          .sort((a, b) => (b[1] as number) - (a[1] as number)),
      ),
    },
    updateDedupeKeyBytes: dedupeBytes,
    summary: {
      runs: summaryMs.length,
      medianMs: round(median(summaryMs), 1),
      p95Ms: round(percentile(sorted, 95), 1),
      uncachedMedianMs: round(median(uncachedMs), 1),
      chartMedianMs: round(median(chartMs), 1),
      chartShare: round(median(chartMs) / median(uncachedMs), 2),
      earlierPath: { chartMedianMs: round(median(earlierMs), 1), pngBytes: earlierBytes },
      chartSpeedup: round(median(earlierMs) / median(chartMs), 1),
      photoBytes,
      goal: "/summary median ≤ 40 ms for a 12-week trial; PNG ≤ 60 KB",
    },
  };
}
