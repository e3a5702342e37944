/**
 * `npm run bench`: the measurements against local, real Redis (private redis-servers
 * on free ports, stopped at the end), Telegram faked at the HTTP layer. Prints a table and writes
 * bench/results.json. Options: `--full` sends all 10 000 prompts at Telegram's pace (≈ 6 min
 * more); `--quick` runs smaller sizes (a smoke test, not for quoting); `--only=safety-cues` runs
 * just the safety-cue matching section (a few seconds, no Redis) and updates that section of
 * bench/results.json, keeping the others; `--only=summary` runs just the 12-week trial (Redis
 * memory per user, `/summary` and its chart) and updates its `trial12` section the same way;
 * `--only=updates` likewise runs just the update-cost section (CPU against the plain grammY bot,
 * Redis commands and round trips per update; with `--users=N` for fewer users than 10 000);
 * `--only=scheduler` runs just the scheduler (claim, two instances sending the due prompts) and the
 * free and paid sending runs, updating the `scheduler`, `sending` and `paidSending` sections
 * (`--prompts=N` sets the prompts of the paid run); `--only=cluster` the 3-master Cluster runs.
 *
 * Timings are measured here, never asserted in tests.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { PrivateRedis, cleanupAll, onExit } from "./processes.js";
import { COMPACT_HASHES } from "../src/store/embedded-redis.js";
import { benchUpdateCost, type UpdateCostResult } from "./update-cost.js";
import { benchReplay } from "./replay.js";
import { benchScheduler, type SchedulerResult } from "./scheduler.js";
import { benchSending, type SendingResult } from "./sending.js";
import { benchTrial12, type Trial12Result } from "./trial12.js";
import { benchCluster, type ClusterResult } from "./cluster.js";
import { benchSafetyCues, type SafetyCueBench } from "./safety-cues.js";
import { log, machineInfo, round, table } from "./support.js";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const full = args.has("--full");
const only = [...args].find((a) => a.startsWith("--only="))?.slice("--only=".length);
const promptsArg = Number([...args].find((a) => a.startsWith("--prompts="))?.slice("--prompts=".length) ?? NaN);
const usersArg = Number([...args].find((a) => a.startsWith("--users="))?.slice("--users=".length) ?? NaN);
const size = {
  answers: Number.isInteger(usersArg) && usersArg > 0 ? usersArg : quick ? 1000 : 10_000,
  replayUsers: quick ? 10 : 50,
  scheduleUsers: quick ? 10_000 : 100_000,
  due: quick ? 1000 : 10_000,
  prompts: full ? 10_000 : quick ? 200 : 1500,
  paidPrompts: Number.isInteger(promptsArg) && promptsArg > 0 ? promptsArg : full ? 10_000 : quick ? 200 : 1500,
  trialUsers: quick ? 1 : 2,
  summaryRuns: quick ? 10 : 30,
  clusterAnswers: quick ? 300 : 2000,
  clusterUsers: quick ? 5000 : 20_000,
  clusterDue: quick ? 500 : 5000,
  safetyCueRounds: quick ? 20 : 200,
};

const resultsFile = fileURLToPath(new URL("./results.json", import.meta.url));

function safetyCueRow(s: SafetyCueBench): Record<string, string | number> {
  return {
    measurement: `safety cues: matching time per note (${s.notes} notes en+de, median of ${s.runsPerNote} runs each)`,
    result: `p99 ${s.p99Ms} ms (phrases: median ${s.phrase.medianMs}, p99 ${s.phrase.p99Ms}; ${s.long.meanChars}-char notes: median ${s.long.medianMs}, p99 ${s.long.p99Ms}); single runs p99 ${s.runsP99Ms} ms at load ${s.measured.loadAverage1m}`,
    goal: `p99 ≤ ${s.goalP99Ms} ms`,
    status: s.p99Ms <= s.goalP99Ms ? "ok" : "MISSED",
  };
}

function summaryRow(trial: Trial12Result): Record<string, string | number> {
  const s = trial.summary;
  return {
    measurement: `/summary with chart, 12-week trial (${s.runs} runs each)`,
    result: `median ${s.medianMs} ms (p95 ${s.p95Ms}); a day's first ${s.uncachedMedianMs} ms; chart alone ${s.chartMedianMs} ms, ${s.chartSpeedup}× faster than the earlier path (${s.earlierPath.chartMedianMs} ms, ${Math.round(s.earlierPath.pngBytes / 1024)} KiB); PNG ${Math.round(s.photoBytes / 1024)} KiB`,
    goal: "≤ 40 ms, PNG ≤ 60 KB",
    status: s.medianMs <= 40 && s.photoBytes <= 60_000 ? "ok" : "MISSED",
  };
}

/** Merges one section into the existing results (the others stay as they are). */
function writeSection(name: string, value: unknown): void {
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(resultsFile, "utf8")) as Record<string, unknown>;
  } catch {
    // No earlier results: write this section alone.
  }
  writeFileSync(resultsFile, `${JSON.stringify({ ...previous, [name]: value }, null, 2)}\n`);
  console.log(`\nWritten to bench/results.json (section ${name}; the others are unchanged).`);
}

/** `--only=safety-cues`: that section alone, merged into the existing results. */
function runSafetyCuesOnly(): void {
  const safetyCues = benchSafetyCues({ rounds: size.safetyCueRounds });
  console.log(table([safetyCueRow(safetyCues)]));
  writeSection("safetyCues", safetyCues);
}

/** `--only=summary`: the 12-week trial alone (memory per user, /summary and its chart). */
async function runSummaryOnly(): Promise<void> {
  const a = await privateRedis();
  const trial = await benchTrial12({ redisUrl: a.server.url, prefix: `bench:${process.pid}:t:`, users: size.trialUsers, summaryRuns: size.summaryRuns });
  await a.stop();
  console.log(table([summaryRow(trial)]));
  writeSection("trial12", { ...trial, measuredAt: new Date().toISOString(), loadAverage1m: Math.round(loadavg()[0] * 10) / 10 });
}

/** The update-cost rows of the table (CPU ratios are the median over chunks of 1000 updates). */
function updateRows(updates: UpdateCostResult): Record<string, string | number>[] {
  const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
  const { checkin, help } = updates;
  return [
    {
      measurement: `check-in answer: CPU per update, full bot / plain grammY (${updates.users} each, median of chunks of 1000)`,
      result: `${checkin.full.cpuMsPerUpdate} / ${checkin.baseline.cpuMsPerUpdate} ms; ${checkin.cpuRatioMedianOfChunks}× (summed ${checkin.cpuRatio}×)`,
      goal: "≤ 1.3×",
      status: ok(checkin.cpuRatioMedianOfChunks <= 1.3),
    },
    {
      measurement: "check-in answer: Redis round trips of the whole update / commands sent / commands run (INFO commandstats, Lua inside)",
      result: `${checkin.roundTripsPerAnswer} / ${checkin.clientCommandsPerAnswer} / ${round(checkin.full.redisCommandsPerUpdate, 1)} (plain: ${checkin.baseline.redisCommandsPerUpdate} commands)`,
      goal: "≤ 3 round trips",
      status: ok(round(checkin.roundTripsPerAnswer, 1) <= 3),
    },
    {
      measurement: "check-in answer: Redis round trips until the answer is saved (from the update's start)",
      result: `${checkin.roundTripsToSave}`,
      goal: "report",
      status: "",
    },
    {
      measurement: `/help: CPU per update, full bot / plain grammY (${updates.users} each, median of chunks of 1000)`,
      result: `${help.full.cpuMsPerUpdate} / ${help.baseline.cpuMsPerUpdate} ms; ${help.cpuRatioMedianOfChunks}× (summed ${help.cpuRatio}×)`,
      goal: "≤ 1.3×",
      status: ok(help.cpuRatioMedianOfChunks <= 1.3),
    },
    {
      measurement: "/help: Redis round trips / commands sent / commands run (INFO commandstats, Lua inside)",
      result: `${help.roundTripsPerUpdate} / ${help.clientCommandsPerUpdate} / ${round(help.full.redisCommandsPerUpdate, 1)} (plain: ${help.baseline.redisCommandsPerUpdate} commands)`,
      goal: "≤ 2 round trips, ≤ 4 commands",
      // round(…, 1): the process's liveness heartbeat (one SET a second) adds a few hundredths
      status: ok(round(help.roundTripsPerUpdate, 1) <= 2 && round(help.full.redisCommandsPerUpdate, 1) <= 4),
    },
  ];
}

/** `--only=updates`: the update-cost section alone, on a private Redis, merged into the existing results. */
async function runUpdatesOnly(): Promise<void> {
  const a = await privateRedis();
  const machine = await machineInfo(a.admin);
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}, redis ${machine.redis}`);
  const updates = await benchUpdateCost({ redisUrl: a.server.url, admin: a.admin, prefix: `bench:${process.pid}:u:`, users: size.answers });
  await a.stop();
  console.log(table(updateRows(updates)));
  writeSection("updates", { ...updates, measuredAt: new Date().toISOString(), loadAverage1m: Math.round(loadavg()[0] * 10) / 10 });
}

/** The scheduler and sending rows of the table. */
function schedulerRows(scheduler: SchedulerResult, sending: SendingResult, paidSending: SendingResult): Record<string, string | number>[] {
  const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
  return [
    {
      measurement: `scheduler: claim ${scheduler.claim.claimed} due of ${scheduler.users} users (batches of 100)`,
      result: `${scheduler.claim.ms} ms`,
      goal: "< 1000 ms",
      status: ok(scheduler.claim.ms < 1000),
    },
    {
      measurement: "scheduler: 2 instances, duplicates / misses; Redis commands per prompt run (Lua inside) / sent; prompts/s",
      result: `${scheduler.twoInstances.duplicates} / ${scheduler.twoInstances.misses}; ${scheduler.twoInstances.redisCommandsPerPrompt} / ${scheduler.twoInstances.clientCommandsPerPrompt ?? "-"}; ${scheduler.twoInstances.promptsPerSecond}/s`,
      goal: "0 / 0",
      status: ok(scheduler.twoInstances.duplicates === 0 && scheduler.twoInstances.misses === 0),
    },
    {
      measurement: `sending ${sending.prompts} prompts, 2 instances, fake Telegram 30/s + 1/s per chat`,
      result: `${sending.sentPerSecond}/s (${Math.round(sending.shareOfLimit * 100)} %), lost ${sending.lost}, 429: ${sending.answered429}/${sending.calls}`,
      goal: "≥ 90 %, 0 lost, ≤ 1 % 429",
      status: ok(sending.shareOfLimit >= 0.9 && sending.lost === 0 && sending.duplicates === 0 && sending.share429 <= 0.01),
    },
    {
      measurement: `PAID_BROADCAST: ${paidSending.prompts} prompts, 2 instances, fake Telegram 1000/s for paid broadcasts`,
      result: `${paidSending.sentPerSecond}/s, a 10 000-user burst in ${paidSending.burst10kSeconds} s (CPU ${paidSending.cpuMsPerPrompt} ms per prompt, fake API included); lost ${paidSending.lost}, duplicates ${paidSending.duplicates}, 429: ${paidSending.answered429}/${paidSending.calls}`,
      goal: "burst ≤ 15 s, 0 lost, 0 duplicates",
      status: ok(paidSending.burst10kSeconds <= 15 && paidSending.lost === 0 && paidSending.duplicates === 0),
    },
    {
      measurement: "sending: a burst of 10 000 users due in the same minute",
      result: `${sending.burst10kSeconds} s (${round(sending.burst10kSeconds / 60, 1)} min)${size.prompts === 10_000 ? "" : " at the measured rate"}`,
      goal: "report",
      status: "",
    },
  ];
}

/** `--only=scheduler`: the scheduler, the free and the paid sending runs, on a private Redis, merged into the existing results. */
async function runSchedulerOnly(): Promise<void> {
  const run = `bench:${process.pid}:`;
  const b = await privateRedis();
  const machine = await machineInfo(b.admin);
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}, redis ${machine.redis}`);
  const measured = () => ({ measuredAt: new Date().toISOString(), loadAverage1m: Math.round(loadavg()[0] * 10) / 10, quick });
  const scheduler = { ...(await benchScheduler({ redisUrl: b.server.url, admin: b.admin, prefix: `${run}s:`, users: size.scheduleUsers, due: size.due })), ...measured() };
  await b.admin.flushall();
  const sending = { ...(await benchSending({ redisUrl: b.server.url, prefix: `${run}p:`, prompts: size.prompts })), ...measured() };
  await b.admin.flushall();
  const paidSending = { ...(await benchSending({ redisUrl: b.server.url, prefix: `${run}q:`, prompts: size.paidPrompts, paid: true })), ...measured() };
  await b.stop();
  console.log(table(schedulerRows(scheduler, sending, paidSending)));
  writeSection("scheduler", scheduler);
  writeSection("sending", sending);
  writeSection("paidSending", paidSending);
}

/** `--only=cluster`: the check-in, /help and scheduler measurements on a local 3-master Redis Cluster. */
async function runClusterOnly(): Promise<void> {
  const cluster = await benchCluster({ answers: size.clusterAnswers, scheduleUsers: size.clusterUsers, due: size.clusterDue });
  if ("skipped" in cluster) {
    console.log(`Redis Cluster skipped: ${cluster.skipped}`);
    return;
  }
  console.log(table(clusterRows(cluster)));
  writeSection("cluster", { ...cluster, measuredAt: new Date().toISOString(), loadAverage1m: Math.round(loadavg()[0] * 10) / 10 });
}

function clusterRows(cluster: Exclude<ClusterResult, { skipped: string }>): Record<string, string | number>[] {
  const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
  const { checkin, help } = cluster.updates;
  return [
    {
      measurement: `cluster (3 masters): check-in answer CPU, full / plain grammY (${cluster.updates.users} each, median of chunks)`,
      result: `${checkin.full.cpuMsPerUpdate} / ${checkin.baseline.cpuMsPerUpdate} ms = ${checkin.cpuRatioMedianOfChunks}× (summed ${checkin.cpuRatio}×); ${round(checkin.full.redisCommandsPerUpdate, 1)} commands`,
      goal: "≤ 1.6×",
      status: ok(checkin.cpuRatioMedianOfChunks <= 1.6),
    },
    {
      measurement: "cluster: /help CPU, full / plain grammY (median of chunks)",
      result: `${help.full.cpuMsPerUpdate} / ${help.baseline.cpuMsPerUpdate} ms = ${help.cpuRatioMedianOfChunks}× (summed ${help.cpuRatio}×); ${round(help.full.redisCommandsPerUpdate, 1)} commands`,
      goal: "≤ 1.6×",
      status: ok(help.cpuRatioMedianOfChunks <= 1.6),
    },
    {
      measurement: `cluster: claim ${cluster.scheduler.claim.claimed} of ${cluster.scheduler.users}; 2 instances dup / miss`,
      result: `${cluster.scheduler.claim.ms} ms; ${cluster.scheduler.twoInstances.duplicates} / ${cluster.scheduler.twoInstances.misses}`,
      goal: "0 / 0, no CROSSSLOT",
      status: ok(cluster.scheduler.twoInstances.duplicates === 0 && cluster.scheduler.twoInstances.misses === 0),
    },
  ];
}

async function privateRedis(): Promise<{ server: PrivateRedis; admin: Redis; stop(): Promise<void> }> {
  // Configured like the Redis that compose ships (compact hashes).
  const server = await PrivateRedis.create(COMPACT_HASHES);
  const admin = new Redis(server.url);
  const stop = async () => {
    admin.disconnect();
    await server.stop();
  };
  onExit(stop);
  return { server, admin, stop };
}

async function main(): Promise<void> {
  const started = Date.now();
  const run = `bench:${process.pid}:`;
  const safetyCues = benchSafetyCues({ rounds: size.safetyCueRounds });
  const a = await privateRedis();
  const machine = await machineInfo(a.admin);
  log(`machine: ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}, redis ${machine.redis}`);

  const updates = await benchUpdateCost({ redisUrl: a.server.url, admin: a.admin, prefix: `${run}u:`, users: size.answers });
  const replay = await benchReplay({ redisUrl: a.server.url, prefix: `${run}r:`, users: size.replayUsers });
  const trial = await benchTrial12({ redisUrl: a.server.url, prefix: `${run}t:`, users: size.trialUsers, summaryRuns: size.summaryRuns });
  await a.stop();

  const b = await privateRedis();
  const scheduler = await benchScheduler({ redisUrl: b.server.url, admin: b.admin, prefix: `${run}s:`, users: size.scheduleUsers, due: size.due });
  await b.admin.flushall();
  const sending = await benchSending({ redisUrl: b.server.url, prefix: `${run}p:`, prompts: size.prompts });
  await b.admin.flushall();
  const paidSending = await benchSending({ redisUrl: b.server.url, prefix: `${run}q:`, prompts: size.paidPrompts, paid: true });
  await b.stop();

  const cluster = await benchCluster({ answers: size.clusterAnswers, scheduleUsers: size.clusterUsers, due: size.clusterDue });
  const seconds = Math.round((Date.now() - started) / 1000);

  const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
  const rows: Record<string, string | number>[] = [
    ...updateRows(updates),
    {
      measurement: `plan setup: CPU of first vs last step (median of ${replay.users - 5} users)`,
      result: `${replay.firstStepMs} → ${replay.lastStepMs} ms = ${replay.lastOverFirst}× (max ${replay.maxStep.ms} ms)`,
      goal: "≤ 3×",
      status: ok(replay.lastOverFirst <= 3),
    },
    ...schedulerRows(scheduler, sending, paidSending),
    {
      measurement: "memory: Redis per user after 12 weeks, a 100-char note daily",
      result: `${trial.memory.kibPerUser} KiB (entries ${round((trial.memory.byKey.entries ?? 0) / 1024, 1)} KiB)`,
      goal: "≤ 16 KiB",
      status: ok(trial.memory.kibPerUser <= 16),
    },
    {
      measurement: "memory: the same, with notes that do not compress (random characters)",
      result: `${trial.memory.worstCaseNotes.kibPerUser} KiB (entries ${round(trial.memory.worstCaseNotes.entriesBytes / 1024, 1)} KiB)`,
      goal: "≤ 16 KiB",
      status: ok(trial.memory.worstCaseNotes.kibPerUser <= 16),
    },
    {
      measurement: `memory: bot heap with ${updates.users} active users`,
      result: `${updates.heap.with10kActiveMiB} MiB (${updates.heap.afterStartMiB} MiB before; ${updates.heap.bytesPerActiveUser} B/user)`,
      goal: "report",
      status: "",
    },
    summaryRow(trial),
  ];
  rows.push(safetyCueRow(safetyCues));
  if ("skipped" in cluster) rows.push({ measurement: "Redis Cluster", result: `skipped: ${cluster.skipped}`, goal: "", status: "" });
  else rows.push(...clusterRows(cluster));

  const results = {
    machine,
    options: { quick, full, size },
    seconds,
    updates,
    replay,
    scheduler,
    sending,
    paidSending,
    trial12: trial,
    cluster,
    safetyCues,
  };
  const out = fileURLToPath(new URL("./results.json", import.meta.url));
  // Sections other runs write (the analysis simulation, the clinician report, the Mini App, taps,
  // the test suite) stay as they are.
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
  writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
  console.log(
    `\nMachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; Redis ${machine.redis}; ${machine.date}`,
  );
  console.log(table(rows));
  console.log(`\n${seconds} s in all. Written to bench/results.json.`);
}

process.on("SIGINT", () => void cleanupAll().then(() => process.exit(130)));
if (only === "safety-cues") {
  runSafetyCuesOnly();
  process.exit(0);
} else if (only !== undefined && !["updates", "summary", "scheduler", "cluster"].includes(only)) {
  console.error(`unknown --only section "${only}" (known: cluster, safety-cues, scheduler, summary, updates)`);
  process.exit(2);
}
const sections: Record<string, () => Promise<void>> = { updates: runUpdatesOnly, summary: runSummaryOnly, scheduler: runSchedulerOnly, cluster: runClusterOnly };
(only ? sections[only]() : main())
  .then(async () => {
    await cleanupAll();
    process.exit(0);
  })
  .catch(async (err) => {
    console.error(err);
    await cleanupAll();
    process.exit(1);
  });
