import type { Logger } from "pino";
import type { ChildProcess } from "node:child_process";
import type { Config } from "../config.js";
import { connectRedis, createRedis, type RedisClient } from "./redis.js";
import { redisServerOnPath, startEmbeddedRedis } from "./embedded-redis.js";

export class RedisStartupError extends Error {}

/**
 * Connects to the configured Redis, or — only when REDIS_URL is not set at all and nothing
 * answers on the default address — starts a private redis-server with its data in DATA_DIR.
 */
export async function openRedis(config: Config, logger: Logger): Promise<{ redis: RedisClient; embedded?: ChildProcess }> {
  const target = config.REDIS_CLUSTER_NODES ? `cluster ${config.REDIS_CLUSTER_NODES}` : redactUrl(config.redisUrl);
  const redis = createRedis(config.redisUrl, config.REDIS_CLUSTER_NODES);
  try {
    // The default address is only a guess, so give up on it sooner.
    await connectRedis(redis, config.redisUrlExplicit || config.REDIS_CLUSTER_NODES ? 5000 : 1500);
    return { redis };
  } catch {
    redis.disconnect();
  }
  const hint = "start one with `docker compose up -d redis` or `redis-server`";
  if (config.redisUrlExplicit || config.REDIS_CLUSTER_NODES) {
    throw new RedisStartupError(`Cannot reach Redis at ${target}: ${hint}, or fix REDIS_URL.`);
  }
  if (!redisServerOnPath()) {
    throw new RedisStartupError(`Cannot reach Redis at ${target} and no redis-server is installed: ${hint}, or set REDIS_URL.`);
  }
  const embedded = startEmbeddedRedis(config.DATA_DIR, Number(new URL(config.redisUrl).port || 6379));
  logger.info({ dataDir: config.DATA_DIR }, "no Redis configured or running: started an embedded redis-server (append-only file on)");
  const second = await waitForRedis(config.redisUrl, 5000);
  if (!second) {
    embedded.kill();
    throw new RedisStartupError(`Started redis-server but could not connect to ${target}: ${hint}.`);
  }
  return { redis: second, embedded };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

/** A freshly spawned redis-server needs a moment before it accepts connections. */
async function waitForRedis(url: string, timeoutMs: number): Promise<RedisClient | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = createRedis(url);
    try {
      await connectRedis(client, 1000);
      return client;
    } catch {
      client.disconnect();
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return null;
}
