import { describe, expect, it } from "vitest";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { openRedis, RedisStartupError } from "../../src/store/startup.js";
import { createLogger } from "../../src/logger.js";
import { parseConfig } from "../../src/config.js";
import { LogSink } from "../support/harness.js";
import { freePort } from "../support/redis.js";

describe("Redis at start", () => {
  it("without REDIS_URL and nothing on the default address, starts its own redis-server with an append-only file in DATA_DIR", async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "mtb-data-"));
    const parsed = parseConfig({ DATA_DIR: dataDir });
    if (!parsed.ok) throw new Error("config");
    // The default address, moved to a free port so the machine's own Redis stays out of it.
    const config = { ...parsed.config, redisUrl: `redis://127.0.0.1:${port}` };
    const sink = new LogSink();
    const { redis, embedded } = await openRedis(config, createLogger("info", [], sink));
    try {
      expect(embedded).toBeDefined();
      expect(sink.text).toContain("started an embedded redis-server");
      await redis.set("k", "v");
      const r = redis as Redis;
      expect(await r.config("GET", "appendonly")).toEqual(["appendonly", "yes"]);
      expect(await r.config("GET", "dir")).toEqual(["dir", dataDir]);
      expect(existsSync(join(dataDir, "appendonlydir")) || existsSync(join(dataDir, "appendonly.aof"))).toBe(true);
    } finally {
      redis.disconnect();
      embedded?.kill("SIGKILL");
    }
  });

  it("with an explicit REDIS_URL that does not answer, fails with one line naming it", async () => {
    const port = await freePort();
    const parsed = parseConfig({ REDIS_URL: `redis://127.0.0.1:${port}` });
    if (!parsed.ok) throw new Error("config");
    const err = await openRedis(parsed.config, createLogger("silent")).catch((e) => e);
    expect(err).toBeInstanceOf(RedisStartupError);
    expect(err.message).toContain(`redis://127.0.0.1:${port}`);
    expect(err.message).toContain("docker compose up -d redis");
  });
});
