/**
 * One bot instance (bot + stores) over ANY Redis client — a single Redis or an ioredis Cluster —
 * talking to a (fake) Bot API over HTTP. The cluster test and the benchmarks run several of
 * these side by side on one Redis, the way N webhook instances run behind a load balancer.
 */
import pino from "pino";
import { Writable } from "node:stream";
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createBot, type CreateBotOptions } from "../../src/bot/index.js";
import { createStores } from "../../src/store/stores.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import type { Clock } from "../../src/clock.js";
import type { RedisClient } from "../../src/store/redis.js";
import type { BotContext, BotDeps } from "../../src/bot/context.js";
import type { Update } from "grammy/types";

export interface InstanceOptions {
  redis: RedisClient;
  prefix: string;
  token: string;
  apiRoot: string;
  botInfo: UserFromGetMe;
  clock: Clock;
  /** Where log lines go (default: discarded, after pino has formatted them as in production). */
  logStream?: NodeJS.WritableStream;
  logLevel?: "debug" | "info" | "warn" | "error";
  env?: Record<string, string>;
  extend?: (deps: BotDeps) => Pick<CreateBotOptions, "features" | "conversations">;
}

export interface Instance {
  bot: Bot<BotContext>;
  deps: BotDeps;
  handle: (u: Update) => Promise<void>;
}

/** A stream that drops what it is given (log lines are still serialized, as in production). */
export function nullStream(): NodeJS.WritableStream {
  return new Writable({ write: (_chunk, _enc, cb) => cb() });
}

export async function createInstance(opts: InstanceOptions): Promise<Instance> {
  const parsed = parseConfig({ LOG_LEVEL: opts.logLevel ?? "info", REDIS_PREFIX: opts.prefix, BOT_TOKEN: opts.token, BOT_API_ROOT: opts.apiRoot, ...opts.env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const config = parsed.config;
  const level = opts.logLevel ?? "info";
  const logger = createLogger(level, [opts.token], pino.multistream([{ stream: opts.logStream ?? nullStream(), level }]));
  const deps: BotDeps = { config, logger, redis: opts.redis, clock: opts.clock, stores: createStores(opts.redis, opts.prefix, opts.clock) };
  const extra = opts.extend?.(deps) ?? {};
  const { bot } = createBot({ deps, token: opts.token, apiRoot: opts.apiRoot, botInfo: opts.botInfo, ...extra });
  await bot.init();
  return { bot, deps, handle: (u) => bot.handleUpdate(u) };
}
