import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo } from "../../src/local/demo.js";
import { createRedis, connectRedis } from "../../src/store/redis.js";
import { SHARED_REDIS_URL } from "../support/redis.js";
import type { Redis } from "ioredis";

describe("npm run demo with the phases after the block", () => {
  const redis = createRedis(SHARED_REDIS_URL) as Redis;
  afterAll(() => redis.disconnect());

  async function demo(profile: "responder" | "partial", flags: { followUp?: boolean; secondBlock?: boolean }, charts: string[] = []): Promise<string> {
    // Key clean-up is checked by demo.test.ts (other demos may share this Redis meanwhile).
    await connectRedis(redis).catch(() => undefined);
    const lines: string[] = [];
    const r = await runDemo({ profile, seed: 7, outDir: mkdtempSync(join(tmpdir(), "mtb-demo-")), log: (l) => lines.push(l), redis, ...flags });
    charts.push(...r.charts);
    return lines.join("\n");
  }

  it("--profile responder --follow-up: the four weekly follow-up points, each with how it held", async () => {
    const out = await demo("responder", { followUp: true });
    expect(out).toContain("Follow-up: The first question comes on Mon, Apr 26, 2027");
    for (const week of [1, 2, 3, 4]) expect(out).toContain(`📅 How it held — week ${week} of 4`);
    expect(out).toMatch(/Held: your pain is still about where the block left it/);
  }, 300_000);

  it("--profile partial --second-block: the advice, the wash-in, block 2's weeks and the comparison of all phases", async () => {
    const charts: string[] = [];
    const out = await demo("partial", { secondBlock: true }, charts);
    expect(out).toContain("Change one thing only — the pressure, the session length or the spacing");
    expect(out).toMatch(/Week 4 of 4/);
    expect(out).toMatch(/Wash-in of block 2 \(not counted\): [\d.]+ from \d days/);
    expect(out).toMatch(/Block 2 against block 1 \(last weeks\): [−+]?[\d.]+ \(95 % interval/);
    expect(out).toMatch(/End-of-block report · Apr 19 – May 19 \(4 weeks \+ 3 wash-in days\)/);
    // Block 2's weekly charts are kept too, and on the report day the chart of all phases after the week's.
    expect(charts.length).toBeGreaterThan(6);
    expect(charts.at(-1)).toMatch(/2027-05-20-chart-2\.png$/);
    expect(readFileSync(charts.at(-1)!).subarray(1, 4).toString("latin1")).toBe("PNG");
  }, 300_000);
});
