import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

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
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
    { stdio: "ignore" },
  );
  return child;
}
