import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo } from "../../src/local/demo.js";
import { createRedis, connectRedis } from "../../src/store/redis.js";
import { SHARED_REDIS_URL, scanKeys } from "../support/redis.js";
import type { Redis } from "ioredis";

describe("npm run demo (end-to-end smoke test)", () => {
  it("runs setup, a baseline week and a six-week block through the real bot and reports the right outcome", async () => {
    const redis = createRedis(SHARED_REDIS_URL) as Redis;
    await connectRedis(redis);
    const outDir = mkdtempSync(join(tmpdir(), "mtb-demo-"));
    const lines: string[] = [];
    const before = new Set(await scanKeys(redis, "demo:*"));
    const r = await runDemo({ profile: "partial", seed: 3, outDir, log: (l) => lines.push(l), redis });
    expect(r.outcome).toBe("partial");
    expect(r.days).toBe(49);
    expect(r.charts).toHaveLength(6);
    const png = readFileSync(r.charts[0]);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1350]);
    expect(readFileSync(r.reportPath, "utf8")).toContain("End-of-block report");
    expect(readFileSync(r.reportPdfPath!).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(r.reportPngPath!).subarray(1, 4).toString()).toBe("PNG");
    expect(lines.join("\n")).toMatch(/Week 6 of 6/);
    const after = (await scanKeys(redis, "demo:*")).filter((k) => !before.has(k));
    expect(after).toEqual([]);
    redis.disconnect();
  });
});
