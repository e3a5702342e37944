import { Redis } from "ioredis";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { FAST_FAIL_OPTIONS } from "../../src/store/redis.js";

export const SHARED_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** A unique key prefix per test, so tests share the real Redis without seeing each other. */
export function testPrefix(name = "t"): string {
  return `test:${name}:${randomUUID().slice(0, 8)}:`;
}

export function sharedRedis(): Redis {
  return new Redis(SHARED_REDIS_URL, { ...FAST_FAIL_OPTIONS, lazyConnect: false, enableOfflineQueue: true });
}

/** A plain connection without auto-pipelining, so commands of two clients really interleave. */
export async function plainRedis(): Promise<Redis> {
  const redis = new Redis(SHARED_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return redis;
}

/** Deletes every key under a prefix (SCAN, never KEYS). */
export async function cleanPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, found] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    cursor = next;
    if (found.length) await redis.del(...found);
  } while (cursor !== "0");
}

export async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = "0";
  do {
    const [next, found] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    out.push(...found);
  } while (cursor !== "0");
  return out;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A private redis-server for tests that stop, kill or restart Redis. */
export class PrivateRedis {
  private child?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), "mtb-redis-"));
  constructor(
    readonly port: number,
    private readonly extraArgs: string[] = [],
  ) {}

  static async create(extraArgs: string[] = []): Promise<PrivateRedis> {
    const r = new PrivateRedis(await freePort(), extraArgs);
    await r.start();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--dir", this.dir, "--save", "", ...this.extraArgs],
      { stdio: "ignore" },
    );
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined);
    for (let i = 0; i < 100; i++) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    probe.disconnect();
    throw new Error("private redis-server did not start");
  }

  /** SIGKILL: no chance to flush anything that was not already on disk. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
    this.child = undefined;
  }

  async stop(): Promise<void> {
    await this.kill();
  }
}

/**
 * Keys under a prefix that name one user: the id must stand alone (`{u:11}:plan`, `list:11`), so
 * random hex in unrelated keys (`live:3627c911`) is not mistaken for user 11.
 */
export async function userKeys(redis: Redis, prefix: string, userId: number): Promise<string[]> {
  const alone = new RegExp(`(?<![0-9a-z])${userId}(?![0-9a-z])`, "i");
  return (await scanKeys(redis, `${prefix}*${userId}*`)).filter((k) => alone.test(k.slice(prefix.length)));
}

/** Per-command call counts from INFO commandstats (commands run inside Lua scripts included). */
export async function commandStats(redis: Redis): Promise<Map<string, number>> {
  const info = await redis.info("commandstats");
  const out = new Map<string, number>();
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) out.set(m[1], Number(m[2]));
  return out;
}

/** Commands sent to read or reset the stats (and connection set-up): never counted. */
const HOUSEKEEPING = new Set(["info", "config|resetstat", "config", "ping", "client|setinfo", "client|setname", "client", "hello", "select", "cluster|slots", "cluster|nodes", "cluster|info", "cluster", "command", "command|docs"]);

/** Calls per command between two snapshots, without the bench's own housekeeping. */
export function statsDiff(before: Map<string, number>, after: Map<string, number>): { total: number; byCommand: Record<string, number> } {
  const byCommand: Record<string, number> = {};
  let total = 0;
  for (const [cmd, n] of after) {
    if (HOUSEKEEPING.has(cmd)) continue;
    const d = n - (before.get(cmd) ?? 0);
    if (d > 0) {
      byCommand[cmd] = d;
      total += d;
    }
  }
  return { total, byCommand };
}
