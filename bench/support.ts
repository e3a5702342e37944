import type { Redis, Cluster } from "ioredis";
import { cpus, totalmem, platform, release } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
export { RoundTrips } from "../test/support/round-trips.js";
import { commandStats } from "../test/support/redis.js";
export { commandStats, statsDiff } from "../test/support/redis.js";

/** Sum of `calls` over Redis INFO commandstats, to count commands per handled update. */
export async function redisCalls(redis: Redis): Promise<number> {
  const info = await redis.info("commandstats");
  let total = 0;
  for (const m of info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)) total += Number(m[1]);
  return total;
}

export async function cpuOf(fn: () => Promise<void>): Promise<{ cpuMs: number; wallMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - t0 };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function table(rows: Record<string, string | number>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(width[i])).join("  ");
  return [line(cols), line(width.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => String(r[c]))))].join("\n");
}

// ---- for npm run bench ----


/** Sum of command stats over every master of a Cluster. */
export async function clusterCommandStats(cluster: Cluster): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const node of cluster.nodes("master")) {
    for (const [k, v] of await commandStats(node)) out.set(k, (out.get(k) ?? 0) + v);
  }
  return out;
}

/** A full garbage collection (exposes gc at run time; no node flag needed). */
export function fullGc(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
}

export function heapUsed(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

/** Runs `fn` over `items` with at most `concurrency` at a time. */
export async function pool<T>(items: number | readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  const n = typeof items === "number" ? items : items.length;
  const get = (i: number) => (typeof items === "number" ? (i as unknown as T) : items[i]);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await fn(get(i), i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  redis: string;
  date: string;
}

export async function machineInfo(redis: Redis): Promise<MachineInfo> {
  const server = await redis.info("server");
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    redis: /redis_version:(\S+)/.exec(server)?.[1] ?? "unknown",
    date: new Date().toISOString(),
  };
}

export function log(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}
