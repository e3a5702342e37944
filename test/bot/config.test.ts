import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { builtEntry } from "../support/bot-process.js";
import { parseConfig } from "../../src/config.js";

describe("config", () => {
  it("has working defaults", () => {
    const r = parseConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.BOT_API_ROOT).toBe("https://api.telegram.org");
    expect(r.config.redisUrl).toBe("redis://127.0.0.1:6379");
    expect(r.config.redisUrlExplicit).toBe(false);
    expect(r.config.BOT_MODE).toBe("polling");
    expect(r.config.PORT).toBe(8080);
    expect(r.config.DEFAULT_LOCALE).toBe("en");
  });

  it("accepts rediss:// URLs with passwords and a custom Bot API root", () => {
    const r = parseConfig({ REDIS_URL: "rediss://:s3cret@redis.example:6380/2", BOT_API_ROOT: "http://127.0.0.1:8081" });
    expect(r.ok && r.config.redisUrlExplicit).toBe(true);
  });

  it("names every bad variable at once", () => {
    const r = parseConfig({ BOT_MODE: "carrier-pigeon", PORT: "99999", DEFAULT_LOCALE: "fr", DEFAULT_TIMEZONE: "Mars/Olympus", REDIS_URL: "http://x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.join("\n");
    for (const v of ["BOT_MODE", "PORT", "DEFAULT_LOCALE", "DEFAULT_TIMEZONE", "REDIS_URL"]) expect(text).toContain(v);
  });

  it("webhook mode needs a URL, a secret and a token", () => {
    const r = parseConfig({ BOT_MODE: "webhook" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join(" ")).toMatch(/WEBHOOK_URL.*WEBHOOK_SECRET.*BOT_TOKEN|WEBHOOK_SECRET/);
    expect(r.problems.some((p) => p.startsWith("WEBHOOK_SECRET"))).toBe(true);
  });

  it("the process prints one clear line and exits 1 on bad config, without a stack trace", () => {
    const res = spawnSync(process.execPath, [builtEntry("main")], {
      env: { PATH: process.env.PATH, BOT_MODE: "sideways", PORT: "abc", BOT_TOKEN: "nope" },
      encoding: "utf8",
      timeout: 50_000, // a bound for a hang: start-up alone takes seconds on a loaded machine
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("Invalid configuration");
    expect(res.stderr).toContain("BOT_MODE");
    expect(res.stderr).toContain("PORT");
    expect(res.stderr).toContain("BOT_TOKEN");
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits non-zero by itself, naming the URL, when the configured Redis is unreachable", () => {
    const res = spawnSync(process.execPath, [builtEntry("main")], {
      env: { PATH: process.env.PATH, BOT_TOKEN: "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", REDIS_URL: "redis://:pw@127.0.0.1:1" },
      encoding: "utf8",
      timeout: 50_000, // a bound for a hang: start-up alone takes seconds on a loaded machine
    });
    expect(res.error).toBeUndefined(); // not killed by the spawn timeout: it gave up on its own
    expect(res.status).not.toBe(0);
    expect(res.stderr).toContain("Cannot reach Redis at redis://:***@127.0.0.1:1");
    expect(res.stderr).toContain("docker compose up -d redis");
    expect(res.stderr).not.toContain("pw@");
  });
});
