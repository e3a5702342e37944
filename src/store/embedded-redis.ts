import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

/** The settings compose ships: a user's entries stay in Redis' compact hash encoding. */
export const COMPACT_HASHES = ["--hash-max-listpack-entries", "256", "--hash-max-listpack-value", "256"];

export function redisServerOnPath(): boolean {
  return spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * The "just try it" default: when no REDIS_URL is configured and nothing answers on the default
 * address, run a private redis-server with its data in `dataDir`, append-only file on and
 * fsynced on every write (as compose runs it).
 */
export function startEmbeddedRedis(dataDir: string, port = 6379): ChildProcess {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", "", ...COMPACT_HASHES],
    { stdio: "ignore" },
  );
  return child;
}
