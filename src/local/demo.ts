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
import { syntheticTrial, type SyntheticProfile } from "./synthetic.js";
import { trialCalendar, addDays } from "../trial/time/calendar.js";
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
    const report = finalReplies
      .filter((m) => !m.photo && !m.document)
      .map(show)
      .join("\n\n");
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
    opts.log(report.split("\n").slice(0, 6).join("\n"));
    opts.log("");
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
  await u.tap(t("btn-other-zone"));
  await u.send(ZONE);
  await u.tap("20:00");
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
  try {
    const r = await runDemo({ profile, seed, outDir: join("out", "demo", profile), log: (l) => console.log(l) });
    process.exit(r.outcome ? 0 : 1);
  } catch (err) {
    console.error(err instanceof RedisStartupError ? err.message : `Demo failed: ${(err as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && /demo\.(ts|js)$/.test(process.argv[1])) void main();
