/**
 * `npm run bench:suite -- [--runs=5] [--hog[=N]]`: runs the whole test suite (`npm test`) N times in
 * a row, optionally with a CPU hog (N busy-looping processes, default 1) beside it, and records for
 * each run whether every test passed, its wall time and the CPU it used (all processes), with the
 * load average when it started. Writes the `suite` section of bench/results.json. It stops at the
 * first failing run, whose failed tests it prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpus, loadavg, tmpdir } from "node:os";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, round } from "./support.js";

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 1);
const hogArg = args.find((a) => a === "--hog" || a.startsWith("--hog="));
const hogCount = hogArg === undefined ? 0 : hogArg === "--hog" ? 1 : Number(hogArg.slice("--hog=".length));
const hog = hogCount > 0;
const resultsFile = fileURLToPath(new URL("./results.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "mtb-suite-"));

interface SuiteRun {
  passed: boolean;
  tests: number;
  failed: number;
  wallSeconds: number;
  cpuSeconds: number;
  loadAverageAtStart: number;
  failures?: string[];
}

function startHogs(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
}

async function runSuite(i: number): Promise<SuiteRun> {
  const json = join(dir, `run-${i}.json`);
  const times = join(dir, `time-${i}.txt`);
  const loadAverageAtStart = round(loadavg()[0], 1);
  // bash's `time` counts the CPU of every process the suite starts (workers, bot processes, private
  // redis-servers), not the shared Redis's.
  const script = `TIMEFORMAT='%R %U %S'; { time npx vitest run --reporter=json --outputFile=${json} > ${join(dir, `log-${i}.txt`)} 2>&1 ; } 2> ${times}`;
  await new Promise<void>((resolve) => spawn("bash", ["-c", script], { stdio: "inherit" }).on("exit", () => resolve()));
  const [real, user, sys] = readFileSync(times, "utf8").trim().split(/\s+/).map(Number);
  const report = JSON.parse(readFileSync(json, "utf8")) as {
    numTotalTests: number;
    numFailedTests: number;
    success: boolean;
    testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  const failures = report.testResults.flatMap((f) => [
    ...f.assertionResults.filter((a) => a.status === "failed").map((a) => `${f.name.split("/test/")[1]}: ${a.fullName}`),
    ...(f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed") ? [`${f.name.split("/test/")[1]}: ${f.message ?? "failed"}`] : []),
  ]);
  return {
    passed: report.success && report.numFailedTests === 0 && failures.length === 0,
    tests: report.numTotalTests,
    failed: report.numFailedTests,
    wallSeconds: round(real, 1),
    cpuSeconds: round(user + sys, 1),
    loadAverageAtStart,
    ...(failures.length ? { failures } : {}),
  };
}

const hogs = startHogs(hogCount);
const stopHogs = () => hogs.forEach((h) => h.kill("SIGKILL"));
process.on("exit", stopHogs);
const done: SuiteRun[] = [];
for (let i = 1; i <= runs; i++) {
  const r = await runSuite(i);
  done.push(r);
  console.log(`run ${i}/${runs}${hog ? " (CPU hog beside it)" : ""}: ${r.passed ? "passed" : "FAILED"}, ${r.tests} tests, ${r.wallSeconds} s wall, ${r.cpuSeconds} s CPU, load ${r.loadAverageAtStart} at start`);
  if (!r.passed) {
    for (const f of r.failures ?? []) console.log(`  failed: ${f}`);
    break;
  }
}
stopHogs();

const section = {
  measuredAt: new Date().toISOString(),
  cores: cpus().length,
  hog: hog ? `${hogs.length} busy-looping process(es) beside the suite` : null,
  runsAsked: runs,
  runs: done,
  allPassed: done.length === runs && done.every((r) => r.passed),
  medianWallSeconds: round(median(done.map((r) => r.wallSeconds)), 1),
  medianCpuSeconds: round(median(done.map((r) => r.cpuSeconds)), 1),
  goal: "npm test under 60 s on this machine; 5 runs in a row pass with a CPU hog beside them",
};
let previous: Record<string, unknown> = {};
try {
  previous = JSON.parse(readFileSync(resultsFile, "utf8")) as Record<string, unknown>;
} catch {
  // No earlier results: this section alone.
}
const key = hog ? "suiteWithHog" : "suite";
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, [key]: section }, null, 2)}\n`);
console.log(`\n${section.allPassed ? "all runs passed" : "NOT all runs passed"}; median ${section.medianWallSeconds} s wall. Written to bench/results.json (section ${key}).`);
process.exit(section.allPassed ? 0 : 1);
