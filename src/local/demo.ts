import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import pino from "pino";
import { parseConfig, loadDotEnv, formatConfigProblems } from "../config.js";
import { ManualClock } from "../clock.js";
import { FakeBotApi, type BotMessage } from "./bot-api-server.js";
import { ChatUser } from "./chat-user.js";
import { htmlToTerminal } from "./render.js";
import { buildApp } from "../app.js";
import { openRedis, RedisStartupError } from "../store/startup.js";
import { syntheticAfter, syntheticTrial, type SyntheticProfile } from "./synthetic.js";
import { trialCalendar, addDays, isoWeekday } from "../trial/time/calendar.js";
import { decide } from "../trial/analysis/decision.js";
import type { Entry } from "../trial/checkin/entry.js";
import type { RedisClient } from "../store/redis.js";

export const DEMO_PROFILES = ["responder", "partial", "non-responder", "worsening"] as const;
export type DemoProfile = (typeof DEMO_PROFILES)[number];

export interface DemoOptions {
  profile: DemoProfile;
  seed: number;
  outDir: string;
  log: (line: string) => void;
  /** Use this Redis client (tests); otherwise the configured or embedded one. */
  redis?: RedisClient;
  redisUrl?: string;
  /** After the report: end the trial and run the follow-up's four weekly points. */
  followUp?: boolean;
  /** After the report: another block with 3 sessions a week instead of 2, through to its report. */
  secondBlock?: boolean;
}

export interface DemoResult {
  outcome: string;
  charts: string[];
  reportPath: string;
  /** The one-page clinician report (PDF and PNG) sent with the end-of-block report. */
  reportPdfPath: string | null;
  reportPngPath: string | null;
  /** The /export files taken right after the final report (JSON and CSV), for `npm run analyze`. */
  exportJsonPath: string;
  exportCsvPath: string;
  days: number;
  /** The run's own Redis key prefix (removed when the demo ends). */
  prefix: string;
}

const FIRST_SESSION = "2027-03-08"; // a Monday; the baseline week starts 2027-03-01
const ZONE = "Europe/Berlin";

/**
 * A simulated person runs a whole trial through the real bot: setup by taps, a baseline week and a
 * six-week block of check-ins answered from seeded synthetic data, weekly summaries and the final
 * report — in seconds, on a fresh key prefix that is removed afterwards.
 */
export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const prefix = `demo:${randomUUID().slice(0, 8)}:`;
  const parsed = parseConfig({ ...process.env, BOT_TOKEN: "", REDIS_PREFIX: prefix, ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}) });
  if (!parsed.ok) throw new Error(formatConfigProblems(parsed.problems));
  const config = parsed.config;
  const logger = pino({ level: "silent" });
  const opened = opts.redis ? { redis: opts.redis, embedded: undefined } : await openRedis(config, logger);
  const redis = opened.redis;
  const api = new FakeBotApi();
  await api.start();
  const clock = new ManualClock(localInstant(addDays(FIRST_SESSION, -8), "10:00"));
  const app = await buildApp({ config, logger, redis, clock, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo });
  const userId = 424242;
  const user = new ChatUser(api, (u) => app.bot.handleUpdate(u), { id: userId, firstName: "Sam", languageCode: "en" });
  const t = (key: string, vars?: Record<string, string | number>) => app.t("en", key, vars);
  const outDir = resolve(opts.outDir);
  mkdirSync(outDir, { recursive: true });
  const charts: string[] = [];

  const trial = syntheticTrial(opts.profile === "non-responder" ? "non_responder" : (opts.profile as SyntheticProfile), opts.seed, FIRST_SESSION);
  const byDate = new Map(trial.entries.map((e) => [e.date, e]));
  const show = (m: BotMessage) => htmlToTerminal(m.text ?? m.caption ?? "", false);

  try {
    opts.log(`Demo: a ${opts.profile} (seed ${opts.seed}), first session ${FIRST_SESSION}, baseline week before it.`);
    await setUp(user, t);
    opts.log(
      user
        .replies()
        .map(show)
        .join("\n")
        .split("\n")
        .find((l) => l.includes("every day at")) ?? "Plan saved.",
    );

    const cal = trialCalendar(trial.plan);
    const lastDay = addDays(cal.blockEnd, 1);
    let days = 0;
    for (let date = cal.baseline.start; date <= lastDay; date = addDays(date, 1)) {
      // The real scheduler ticks every minute; shortly after midnight and at the prompt time is enough here.
      clock.set(localInstant(date, "00:05"));
      await app.scheduler.runOnce();
      clock.set(localInstant(date, trial.plan.prompt.time));
      await app.scheduler.runOnce();
      const incoming = user.replies();
      // Weekly charts only: the end-of-block report's page picture is kept as report.png below.
      for (const m of incoming.filter((x) => x.photo && !x.photo.filename.startsWith("massage-trial-"))) {
        const path = join(outDir, `${date}-chart.png`);
        writeFileSync(path, m.photo!.data);
        charts.push(path);
      }
      for (const m of incoming) {
        const lines = show(m)
          .split("\n")
          .map((l) => l.trim());
        const picked = lines.filter((l) => /^Week \d+ of|^Pain: |^Status|^🛑|^🏁|^⚠️/.test(l));
        if (picked.length) opts.log(`${date}  ${picked.join(" | ")}`);
      }
      const entry = byDate.get(date);
      const prompted = incoming.some(
        (m) =>
          (m.text ?? "").includes(t("ci-btn-symptom").slice(2)) ||
          m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === "10" || b.text === t("ci-btn-session-had")),
      );
      if (entry && prompted) {
        await answer(user, entry, t);
        days++;
        opts.log(`${date} ${DateTime.fromISO(date).toFormat("ccc")}  ${describe(entry)}`);
      }
    }

    await user.send("/summary final");
    const finalReplies = user.replies();
    const texts = (ms: BotMessage[]) =>
      ms
        .filter((m) => !m.photo && !m.document)
        .map(show)
        .join("\n\n");
    // The short report as it arrives, then what its two buttons open.
    await user.tap(t("rep-btn-details"));
    const details = texts(user.replies());
    await user.tap(t("rep-btn-evidence"));
    const evidence = texts(user.replies());
    const report = [texts(finalReplies), `── ${t("rep-btn-details")} ──`, details, `── ${t("rep-btn-evidence")} ──`, evidence].join("\n\n");
    const reportPath = join(outDir, "final-report.txt");
    writeFileSync(reportPath, report);
    // The one-page clinician report attached to the end-of-block report.
    const pagePdf = finalReplies.find((m) => m.document?.filename.endsWith(".pdf"))?.document;
    const pagePng = finalReplies.find((m) => m.photo?.filename.startsWith("massage-trial-"))?.photo;
    const reportPdfPath = join(outDir, "report.pdf");
    const reportPngPath = join(outDir, "report.png");
    if (pagePdf) writeFileSync(reportPdfPath, pagePdf.data);
    if (pagePng) writeFileSync(reportPngPath, pagePng.data);
    await user.send("/export");
    const files = user.replies().flatMap((m) => (m.document ? [m.document] : []));
    const exportJsonPath = join(outDir, "export.json");
    const exportCsvPath = join(outDir, "export.csv");
    writeFileSync(exportJsonPath, files.find((f) => f.filename.endsWith(".json"))?.data ?? "");
    writeFileSync(exportCsvPath, files.find((f) => f.filename.endsWith(".csv"))?.data ?? "");
    const [plan, entries, events] = await Promise.all([
      app.deps.stores.plans.read(userId),
      app.deps.stores.entries.list(userId),
      app.deps.stores.safety.list(userId),
    ]);
    const decision = decide({ plan: plan.status === "ok" ? plan.versions : trial.plan, entries, safetyEvents: events });
    opts.log("");
    opts.log(texts(finalReplies));
    opts.log("");
    const keepChart = (date: string, png: Buffer) => {
      // A second chart on one day (the chart of all phases after the week's) gets its own file.
      const first = join(outDir, `${date}-chart.png`);
      const path = charts.includes(first) ? join(outDir, `${date}-chart-${charts.filter((c) => c.includes(`${date}-chart`)).length + 1}.png`) : first;
      writeFileSync(path, png);
      charts.push(path);
    };
    const phase = { user, t, clock, tick: () => app.scheduler.runOnce(), show, log: opts.log, weekdays: trial.plan.weekdays, keepChart };
    if (opts.secondBlock) await secondBlockDemo({ ...phase, weekdays: [] }, lastDay, (dates) => syntheticAfter(trial.profile, opts.seed, dates, 2));
    else if (opts.followUp) await followUpDemo(phase, lastDay, (dates) => syntheticAfter(trial.profile, opts.seed, dates));
    opts.log(`Outcome: ${decision.outcome}. ${days} check-ins answered. Charts: ${charts.length} in ${outDir}; report: ${reportPath}`);
    return {
      outcome: decision.outcome,
      charts,
      reportPath,
      reportPdfPath: pagePdf ? reportPdfPath : null,
      reportPngPath: pagePng ? reportPngPath : null,
      exportJsonPath,
      exportCsvPath,
      days,
      prefix,
    };
  } finally {
    await cleanup(redis, prefix);
    await app.scheduler.stop();
    await api.stop();
    if (!opts.redis) {
      await redis.quit().catch(() => redis.disconnect());
      opened.embedded?.kill("SIGTERM");
    }
  }
}

interface PhaseDemo {
  user: ChatUser;
  t: (key: string, vars?: Record<string, string | number>) => string;
  clock: ManualClock;
  tick: () => Promise<unknown>;
  show: (m: BotMessage) => string;
  log: (line: string) => void;
  weekdays: number[];
  /** Saves a chart the bot sent (weekly summaries, the chart of all phases) beside the block's. */
  keepChart: (date: string, png: Buffer) => void;
}

/** One simulated day after the block: the tick at prompt time, the lines worth showing, the answer when asked. */
async function phaseDay(d: PhaseDemo, date: string, entry: Entry | undefined, picked: RegExp): Promise<void> {
  d.clock.set(localInstant(date, "20:00"));
  await d.tick();
  const incoming = d.user.replies();
  const asked = incoming.some((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === "10" || b.text === d.t("ci-btn-session-had")));
  if (asked && entry) await answer(d.user, entry, d.t);
  const after = asked && entry ? d.user.replies() : [];
  for (const m of [...incoming, ...after]) if (m.photo && !m.photo.filename.startsWith("massage-trial-")) d.keepChart(date, m.photo.data);
  const lines = [...incoming, ...after].flatMap((m) => d.show(m).split("\n").map((l) => l.trim())).filter((l) => picked.test(l));
  if (asked && entry) lines.unshift(describe(entry));
  if (lines.length) d.log(`${date} ${DateTime.fromISO(date).toFormat("ccc")}  [${asked ? "asked" : "note"}] ${lines.join(" | ")}`);
}

/** "End the trial" under the report, yes to the follow-up, then its four weekly points. */
async function followUpDemo(d: PhaseDemo, reportDay: string, answers: (dates: string[]) => Entry[]): Promise<void> {
  await d.user.tap(d.t("rep-btn-end"));
  await d.user.tap(d.t("fu-btn-start"));
  const started = d.user.replies().map(d.show).join(" ");
  d.log(`${reportDay}  Follow-up: ${started.slice(started.indexOf("The first")).split(". You can")[0]}.`);
  const dates = Array.from({ length: 29 }, (_, i) => addDays(reportDay, i + 1));
  const byDate = new Map(answers(dates).map((e) => [e.date, e]));
  for (const date of dates) await phaseDay(d, date, byDate.get(date), /^📅|^Held|^Faded|^Not clear|^Pain on 0-|^Change since/);
  d.log("(the follow-up goes on at 3 and 6 months; /endtrial stops it)");
}

/** "Another block with changes" under the report: 3 sessions a week instead of 2, then the block through to its report. */
async function secondBlockDemo(d: PhaseDemo, reportDay: string, answers: (dates: string[]) => Entry[]): Promise<void> {
  await d.user.tap(d.t("rep-btn-block"));
  const advice = d.user.replies().map(d.show).join(" ");
  d.log(`${reportDay}  Another block: ${advice.split(" Let's plan")[0]}`);
  await d.user.send("45");
  await d.user.send("3");
  await d.user.tap(d.t("btn-no-fixed-days"));
  await d.user.send("4");
  await d.user.tap(d.t("pressure-moderate"));
  await d.user.tap(d.t("btn-looks-right"));
  d.user.replies();
  d.log(`${reportDay}  Block 2 planned: 45 min, 3 a week, 4 weeks; its first 3 days are a wash-in (asked, not counted).`);
  // Four weeks, lengthened by the three wash-in days, then the report the day after.
  const dates = Array.from({ length: 32 }, (_, i) => addDays(reportDay, i + 1));
  // Sessions on Monday, Wednesday and Friday, as planned.
  const withSessions = answers(dates).map((e) => ([1, 3, 5].includes(isoWeekday(e.date)) ? { ...e, session: true, reactions: ["none" as const] } : e));
  const byDate = new Map(withSessions.map((e) => [e.date, e]));
  for (const date of dates) await phaseDay(d, date, byDate.get(date), /^Week \d+ of|^Pain: |^🏁|^Your phases|^• (Baseline|Block|Wash-in)|^Block \d/);
}

function localInstant(date: string, time: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
}

function describe(e: Entry): string {
  const parts = [`pain ${e.pain}/10`, e.marker === null || e.marker === undefined ? "walk not measured" : `walked ${e.marker} min`];
  if (e.session) parts.push(`session (${e.reactions.filter((r) => r !== "none").join(", ") || "no reaction"})`);
  return parts.join(" · ");
}

async function setUp(u: ChatUser, t: (k: string) => string): Promise<void> {
  await u.send("/start");
  await u.tap(t("consent-accept"));
  await u.send("/plan");
  for (let i = 0; i < 3; i++) await u.tap(t("btn-no"));
  await u.tap(t("area-low_back"));
  await u.tap(t("btn-done"));
  // Every detail, not the suggested plan: the demo's profile has its own.
  await u.tap(t("btn-change-details"));
  await u.tap(t("goal-pain"));
  await u.tap("45");
  await u.tap("2");
  await u.tap(t("weekday-1"));
  await u.tap(t("weekday-4"));
  await u.tap(t("btn-done"));
  await u.tap("6");
  await u.tap(t("pressure-moderate"));
  await u.tap(t("care-none"));
  await u.tap("EUR");
  await u.send("60");
  await u.send("120");
  await u.tap(t("btn-skip"));
  await u.tap(t("scale-10"));
  await u.tap(t("marker-walk_minutes"));
  await u.tap("20:00");
  await u.send(ZONE); // the Telegram language names no country: the zone is asked after the time
  await u.send(FIRST_SESSION);
  await u.tap(t("btn-looks-right"));
}

async function answer(u: ChatUser, e: Entry, t: (k: string) => string): Promise<void> {
  // Planned session days (from the first session on) ask the session first.
  if (u.buttons().includes(t("ci-btn-session-had"))) await u.tap(e.session ? t("ci-btn-session-had") : t("ci-btn-session-not"));
  await u.tap(String(e.pain));
  if (e.marker === null || e.marker === undefined) await u.tap(t("ci-btn-not-measured"));
  else await u.send(String(e.marker));
  const reactions = e.reactions.filter((r) => r !== "none");
  if (e.session && reactions.length) {
    // Reactions only when there were some: opened from the confirmation.
    await u.tap(t("ci-btn-reactions"));
    for (const r of reactions) await u.tap(t(`ci-reaction-${r}`));
    await u.tap(t("btn-done"));
  }
}

async function cleanup(redis: RedisClient, prefix: string): Promise<void> {
  const nodes = "nodes" in redis ? redis.nodes("master") : [redis];
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, found] = await node.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (found.length) await Promise.all(found.map((k) => redis.del(k)));
    } while (cursor !== "0");
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    return args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
  };
  const profile = (arg("profile") ?? "responder") as DemoProfile;
  if (!DEMO_PROFILES.includes(profile)) {
    console.error(`Unknown profile "${profile}". Use one of: ${DEMO_PROFILES.join(", ")}`);
    process.exit(2);
  }
  const seed = Number(arg("seed") ?? 7);
  const followUp = args.includes("--follow-up");
  const secondBlock = args.includes("--second-block");
  try {
    const r = await runDemo({ profile, seed, followUp, secondBlock, outDir: join("out", "demo", profile), log: (l) => console.log(l) });
    process.exit(r.outcome ? 0 : 1);
  } catch (err) {
    console.error(err instanceof RedisStartupError ? err.message : `Demo failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && /demo\.(ts|js)$/.test(process.argv[1])) void main();
