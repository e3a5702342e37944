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
    await connectRedis(redis, 5000);
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
  const embedded = startEmbeddedRedis(config.DATA_DIR);
  logger.info({ dataDir: config.DATA_DIR }, "no Redis configured or running: started an embedded redis-server (append-only file on)");
  const second = createRedis(config.redisUrl);
  try {
    await connectRedis(second, 5000);
  } catch {
    second.disconnect();
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
