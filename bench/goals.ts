/**
 * `npm run bench:goals`: the hot-path and operations goals side by side — each figure before this
 * work (as measured in the run of 2026-11-27 that opened it), now (from bench/results.json, as the
 * last bench runs left it) and its goal, with whether it is met. Goals proven by tests name the
 * test. Prints a table and writes the `goals` section of bench/results.json. Runs nothing itself:
 * run `npm run bench` (or its `--only=` sections) and `npm run bench:suite` first.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { table } from "./support.js";

const resultsFile = fileURLToPath(new URL("./results.json", import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the results file is ours, read as written by bench/run.ts and bench/suite.ts
const r = JSON.parse(readFileSync(resultsFile, "utf8")) as Record<string, any>;

interface Goal {
  figure: string;
  before: string;
  now: string;
  goal: string;
  met: boolean | null;
}

const at = (section: { measuredAt?: string; loadAverage1m?: number } | undefined) =>
  section?.measuredAt ? ` (${section.measuredAt.slice(0, 10)}${section.loadAverage1m !== undefined ? `, load ${section.loadAverage1m}` : ""})` : "";

const u = r.updates;
const c = r.cluster && !("skipped" in r.cluster) ? r.cluster : null;
const s = r.scheduler;
const paid = r.paidSending;
const free = r.sending;
const sum = r.trial12?.summary;
const suite = r.suite;
const hog = r.suiteWithHog;

const goals: Goal[] = [
  {
    figure: "/help: Redis round trips / commands run",
    before: "5 / 12",
    now: `${u.help.roundTripsPerUpdate} / ${u.help.full.redisCommandsPerUpdate}`,
    goal: "≤ 2 / ≤ 4",
    met: u.help.roundTripsPerUpdate <= 2 && u.help.full.redisCommandsPerUpdate <= 4,
  },
  {
    figure: "check-in answer: Redis round trips (whole update) / commands run",
    before: "8 / 21",
    now: `${u.checkin.roundTripsPerAnswer} / ${u.checkin.full.redisCommandsPerUpdate}`,
    goal: "≤ 3 round trips",
    met: Math.round(u.checkin.roundTripsPerAnswer * 10) / 10 <= 3,
  },
  {
    figure: "check-in answer: CPU vs plain grammY (median of chunks, steady state)",
    before: "4.28-4.47× in steady state at 6833d26 (2.76× there with a full GC forced before each chunk, the earlier method; 1.85× by that method on 2026-11-27)",
    now: `${u.checkin.cpuRatioMedianOfChunks}×${at(u)}`,
    goal: "≤ 1.3×",
    met: u.checkin.cpuRatioMedianOfChunks <= 1.3,
  },
  {
    figure: "/help: CPU vs plain grammY (median of chunks, steady state)",
    before: "1.76-1.83× in steady state at 6833d26 (1.63× with a forced GC per chunk; 1.43× by that method on 2026-11-27)",
    now: `${u.help.cpuRatioMedianOfChunks}×${at(u)}`,
    goal: "≤ 1.3×",
    met: u.help.cpuRatioMedianOfChunks <= 1.3,
  },
  {
    figure: "3-master Cluster: check-in answer / /help CPU vs plain grammY (steady state)",
    before: "5.46× / 2× in steady state at 6833d26 (2.49× / 1.76× by the earlier method, a forced GC per chunk)",
    now: c ? `${c.updates.checkin.cpuRatioMedianOfChunks}× / ${c.updates.help.cpuRatioMedianOfChunks}×${at(c)}` : "not measured",
    goal: "≤ 1.6×",
    met: c ? c.updates.checkin.cpuRatioMedianOfChunks <= 1.6 && c.updates.help.cpuRatioMedianOfChunks <= 1.6 : null,
  },
  {
    figure: "scheduler, 2 instances: Redis commands run per sent prompt (Lua inside) / sent by the client",
    before: "33.1 / —",
    now: `${s.twoInstances.redisCommandsPerPrompt} / ${s.twoInstances.clientCommandsPerPrompt ?? "—"}${at(s)}`,
    goal: "≤ 10",
    met: s.twoInstances.redisCommandsPerPrompt <= 10,
  },
  {
    figure: "scheduler: claim + render + send, prompts/s without a Telegram limit; sending at Telegram's 30/s",
    before: "270/s; 93 % of 30/s",
    now: `${s.twoInstances.promptsPerSecond}/s; ${Math.round(free.shareOfLimit * 100)} % of 30/s, ${free.answered429} × 429`,
    goal: "limited by Telegram's pace only",
    met: s.twoInstances.promptsPerSecond > 30 && free.shareOfLimit >= 0.9,
  },
  {
    figure: "PAID_BROADCAST: a 10 000-user minute at a fake 1000/s",
    before: "39 s (paid mode, first measured); 360 s at the free pace",
    now: `${paid.burst10kSeconds} s (${paid.sentPerSecond}/s, lost ${paid.lost}, duplicates ${paid.duplicates})${at(paid)}`,
    goal: "≤ 15 s",
    met: paid.burst10kSeconds <= 15 && paid.lost === 0 && paid.duplicates === 0,
  },
  {
    figure: "a prompt goes out within 5 s of its time, a tick 2 ms early included",
    before: "up to 60 s late (20:01:00)",
    now: "test/scheduler/tick.test.ts: a tick 2 ms before the minute sends it, once",
    goal: "≤ 5 s",
    met: true,
  },
  {
    figure: "/summary with chart, 12-week trial: median / PNG",
    before: "98 ms / 89 KiB",
    now: sum ? `${sum.medianMs} ms / ${Math.round(sum.photoBytes / 1024)} KiB${at(r.trial12)}` : "not measured",
    goal: "≤ 40 ms / ≤ 60 KB",
    met: sum ? sum.medianMs <= 40 && sum.photoBytes <= 60_000 : null,
  },
  {
    figure: "metrics, /healthz, /readyz",
    before: "none",
    now: "test/bot/metrics.test.ts: counters after a scripted day; /readyz 503 within 2 s of Redis stopping, 200 after",
    goal: "as specified",
    met: true,
  },
  {
    figure: "npm test, wall time on this machine (the last bench:suite run)",
    before: "90-130 s (2.5 min on 2026-12-07)",
    now: suite ? `${suite.medianWallSeconds} s (CPU ${suite.medianCpuSeconds} s, ${suite.runs.length} run(s))${at(suite)}` : "not measured",
    goal: "< 60 s",
    met: suite ? suite.allPassed && suite.medianWallSeconds < 60 : null,
  },
  {
    figure: "the suite beside a CPU hog, runs in a row",
    before: "not shown",
    now: hog ? `${hog.runs.filter((x: { passed: boolean }) => x.passed).length} of ${hog.runsAsked} passed (${hog.hog})${at(hog)}` : "not measured",
    goal: "5 in a row pass",
    met: hog ? hog.allPassed && hog.runsAsked >= 5 : null,
  },
];

console.log(table(goals.map((g) => ({ ...g, met: g.met === null ? "?" : g.met ? "met" : "MISSED" }))));
writeFileSync(resultsFile, `${JSON.stringify({ ...r, goals: { writtenAt: new Date().toISOString(), goals } }, null, 2)}\n`);
console.log("\nWritten to bench/results.json (section goals).");
