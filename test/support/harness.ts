import { Redis } from "ioredis";
import pino from "pino";
import { Writable } from "node:stream";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { ChatUser, type ChatUserOptions } from "../../src/local/chat-user.js";
import { createBot, type CreateBotOptions } from "../../src/bot/index.js";
import { createStores } from "../../src/store/stores.js";
import { ManualClock } from "../../src/clock.js";
import { parseConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { connectRedis, createRedis, type RedisClient } from "../../src/store/redis.js";
import { SHARED_REDIS_URL, cleanPrefix, testPrefix } from "./redis.js";
import type { BotContext, BotDeps } from "../../src/bot/context.js";
import type { Bot } from "grammy";

export interface HarnessOptions {
  env?: Record<string, string>;
  redisUrl?: string;
  prefix?: string;
  clock?: ManualClock;
  /** Reuse an existing fake Bot API (e.g. a second bot instance, or a restart). */
  api?: FakeBotApi;
  extend?: (deps: BotDeps) => Pick<CreateBotOptions, "features" | "conversations">;
}

/** Collects log lines in memory, for the redaction test and for debugging. */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.lines.push(chunk.toString());
    cb();
  }
  get text() {
    return this.lines.join("");
  }
}

export class Harness {
  constructor(
    readonly api: FakeBotApi,
    readonly bot: Bot<BotContext>,
    readonly deps: BotDeps,
    readonly redis: Redis,
    readonly clock: ManualClock,
    readonly logs: LogSink,
    private readonly ownsApi: boolean,
  ) {}

  get prefix(): string {
    return this.deps.config.REDIS_PREFIX;
  }

  user(opts: Partial<ChatUserOptions> & { id: number }): ChatUser {
    return new ChatUser(this.api, (u) => this.bot.handleUpdate(u), { languageCode: "en", firstName: "Alex", ...opts });
  }

  /**
   * A user who has already given consent (most feature tests start here). Consent goes straight
   * on into the plan setup; /cancel leaves it, so the test decides what comes next.
   */
  async consentedUser(opts: Partial<ChatUserOptions> & { id: number }): Promise<ChatUser> {
    const u = this.user(opts);
    await u.send("/start");
    await u.tap(/18\+/);
    await u.send("/cancel");
    u.replies();
    return u;
  }

  async close(opts: { keepData?: boolean } = {}): Promise<void> {
    if (!opts.keepData) await cleanPrefix(this.redis, this.prefix).catch(() => undefined);
    this.redis.disconnect();
    // After the disconnect, so the liveness key is left to run out as after a crash: only the
    // once-a-second heartbeat timer stops, which would otherwise outlive the harness in the worker.
    await this.deps.stores.updates.stopHeartbeat();
    if (this.ownsApi) await this.api.stop();
  }
}

export function testConfig(env: Record<string, string> = {}): Config {
  const parsed = parseConfig({ LOG_LEVEL: "info", ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
}

export async function createHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const api = opts.api ?? new FakeBotApi();
  const ownsApi = !opts.api;
  if (ownsApi) await api.start();
  const prefix = opts.prefix ?? testPrefix();
  const config = testConfig({ REDIS_PREFIX: prefix, BOT_TOKEN: api.token, BOT_API_ROOT: api.apiRoot, ...opts.env });
  // The production client settings: fast failure while Redis is unreachable, no offline queue.
  const redis = createRedis(opts.redisUrl ?? SHARED_REDIS_URL) as Redis;
  await connectRedis(redis);
  const logs = new LogSink();
  const logger = createLogger("debug", [api.token], pino.multistream([{ stream: logs, level: "debug" }]));
  const clock = opts.clock ?? new ManualClock("2027-01-04T08:00:00Z");
  const deps: BotDeps = { config, logger, redis: redis as RedisClient, clock, stores: createStores(redis, prefix, clock) };
  const extra = opts.extend?.(deps) ?? {};
  const { bot } = createBot({ deps, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, ...extra });
  await bot.init();
  return new Harness(api, bot, deps, redis, clock, logs, ownsApi);
}
