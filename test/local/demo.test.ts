import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo, type DemoResult } from "../../src/local/demo.js";
import { runAnalyze } from "../../src/local/analyze.js";
import { createRedis, connectRedis } from "../../src/store/redis.js";
import { SHARED_REDIS_URL, scanKeys } from "../support/redis.js";
import type { Redis } from "ioredis";

describe("npm run demo (end-to-end smoke test)", () => {
  // One partial run (a whole trial through the real bot) serves the smoke test and the analyze check.
  let redis: Redis;
  let r: DemoResult;
  const lines: string[] = [];
  beforeAll(async () => {
    redis = createRedis(SHARED_REDIS_URL) as Redis;
    await connectRedis(redis);
    const outDir = mkdtempSync(join(tmpdir(), "mtb-demo-"));
    r = await runDemo({ profile: "partial", seed: 3, outDir, log: (l) => lines.push(l), redis });
  }, 120_000);
  afterAll(() => {
    redis?.disconnect();
  });

  it("runs setup, a baseline week and a six-week block through the real bot and reports the right outcome", async () => {
    expect(r.outcome).toBe("partial");
    expect(r.days).toBe(49);
    expect(r.charts).toHaveLength(6);
    const png = readFileSync(r.charts[0]);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350]);
    const transcript = readFileSync(r.reportPath, "utf8");
    expect(transcript).toContain("End-of-block report");
    // The short report first (at most 8 lines), then what "Details" and "What studies say" open.
    const short = transcript.split("── 📋 Details ──")[0];
    expect(short.split("\n").filter((l) => l.trim()).length).toBeLessThanOrEqual(8);
    expect(short).toMatch(/Pain on your 0-10 scale: [\d.]+ in your baseline week \(\d days\) → [\d.]+ in the last week \([^)]+, \d days\)/);
    expect(short).toMatch(/Cost: €[\d.,]+ for 12 sessions/);
    expect(short).not.toMatch(/NAP|MCID|Overlap|Δ/);
    expect(transcript).toContain("── 📚 What studies say ──");
    expect(transcript).not.toMatch(/\/100|0-100 scale/);
    expect(readFileSync(r.reportPdfPath!).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(r.reportPngPath!).subarray(1, 4).toString()).toBe("PNG");
    expect(lines.join("\n")).toMatch(/Week 6 of 6/);
    // Only this run's keys: other demos may be running beside it under their own prefixes.
    expect(r.prefix).toMatch(/^demo:[0-9a-f]{8}:$/);
    expect(await scanKeys(redis, `${r.prefix}*`)).toEqual([]);
  });

  it("npm run analyze on the run's /export reproduces the bot's own end-of-block report and numbers exactly", () => {
    const exported = JSON.parse(readFileSync(r.exportJsonPath, "utf8"));
    const botDecision = exported.summary.decision;

    const json = JSON.parse(runAnalyze([r.exportJsonPath, "--json"]).out);
    expect(json.numbers).toEqual(botDecision.numbers);
    expect(json.reasons).toEqual(botDecision.reasons);
    expect(json.outcome).toBe(
      { improved: "go", partial: "partial", no_go: "no-go", stop: "worse", unclear: "unclear", not_enough_data: "too-few-days" }[r.outcome],
    );

    // The report the bot sent at the end of the block, word for word.
    const text = runAnalyze([r.exportJsonPath]).out.trim();
    expect(text).toBe(readFileSync(r.reportPath, "utf8").trim());

    // The CSV export alone (no plan in it) gives the same pain and marker verdicts.
    const fromCsv = JSON.parse(runAnalyze([r.exportCsvPath, "--json"]).out);
    expect(fromCsv.pain.effect).toBe(json.pain.effect);
    expect(fromCsv.pain.verdict).toBe(json.pain.verdict);
  });

  it("the worsening profile: the stop states the rise on the 0-10 scale, its report comes with it, and no summaries follow", async () => {
    const redis = createRedis(SHARED_REDIS_URL) as Redis;
    await connectRedis(redis);
    const outDir = mkdtempSync(join(tmpdir(), "mtb-demo-"));
    const lines: string[] = [];
    const r = await runDemo({ profile: "worsening", seed: 7, outDir, log: (l) => lines.push(l), redis });
    expect(r.outcome).toBe("stop");
    const transcript = readFileSync(r.reportPath, "utf8");
    const short = transcript.split("── 📋 Details ──")[0];
    expect(short).toMatch(/Pain on your 0-10 scale rose from [\d.]+ in your baseline week \(\d days\) to [\d.]+ in week \d \([^)]+, \d days?\)/);
    expect(short).not.toContain("not enough to compare");
    expect(short).toContain("This block ends here; /plan starts a new one");
    // Weekly summaries stop with the block: none after the stop.
    const log = lines.join("\n");
    const stopLine = lines.findIndex((l) => l.includes("🛑 Stop the sessions"));
    expect(stopLine).toBeGreaterThan(0);
    expect(lines.slice(stopLine + 1).some((l) => /Week \d+ of 6/.test(l))).toBe(false);
    expect(log).not.toContain("no scores yet this week");
    expect(r.charts.length).toBeLessThan(6);
    redis.disconnect();
  }, 120_000);
});
