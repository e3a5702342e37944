import type { Logger } from "pino";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { BotError } from "grammy";
import type { Update } from "grammy/types";
import type { Config } from "./config.js";
import type { Clock } from "./clock.js";
import type { RedisClient } from "./store/redis.js";
import { isRedisHealthy } from "./store/redis.js";
import { createStores } from "./store/stores.js";
import { logFailure } from "./bot/telegram-errors.js";
import { createBot } from "./bot/index.js";
import { setCommandMenus } from "./bot/commands.js";
import { createHttpServer } from "./server/http.js";
import type { BotDeps } from "./bot/context.js";
import { createDailyScheduler, type BeforePromptHook } from "./scheduler/daily-job.js";
import { RetentionJob } from "./scheduler/retention.js";
import { reportsBeforePrompt } from "./bot/features/reports/scheduled.js";
import { phasesBeforePrompt } from "./bot/features/phases/scheduled.js";
import { UpdateBusyError } from "./bot/middlewares/dedupe.js";
import { PromMetrics } from "./metrics.js";
import { createWebappHandler } from "./server/webapp/handler.js";
import { webappUrl } from "./bot/ui/webapp-button.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  redis: RedisClient;
  clock: Clock;
  token: string;
  apiRoot?: string;
  /** Known bot identity (local mode); otherwise fetched with getMe. */
  botInfo?: Parameters<typeof createBot>[0]["botInfo"];
  /** Serve /healthz (and the webhook in webhook mode) on config.PORT. */
  http?: boolean;
  /** Run before each daily prompt, e.g. weekly and final reports (see scheduler/daily-job.ts). */
  beforePrompt?: BeforePromptHook[];
}

export interface App {
  deps: BotDeps;
  bot: ReturnType<typeof createBot>["bot"];
  /** Runs one scheduler tick now (the local mode's time travel uses it). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** The bot, its stores and its (not yet started) scheduler: what every mode shares. */
export async function buildApp(opts: AppOptions) {
  const { config, logger, redis, clock } = opts;
  const metrics = config.METRICS ? new PromMetrics() : undefined;
  if (metrics) redis.on("error", () => metrics.redisError());
  const deps: BotDeps = { config, logger, redis, clock, stores: createStores(redis, config.REDIS_PREFIX, clock), metrics };
  const { bot, i18n } = createBot({ deps, token: opts.token, apiRoot: opts.apiRoot, botInfo: opts.botInfo });
  await bot.init();
  const t = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
  const scheduler = createDailyScheduler({
    deps,
    api: bot.api,
    t,
    // Weekly summaries, the end-of-block report and the "does not settle" rule (src/bot/features/reports/scheduled.ts).
    // …then what comes after a block: the withdrawal check's report (src/bot/features/phases/).
    beforePrompt: [reportsBeforePrompt(deps, bot.api), phasesBeforePrompt(deps, bot.api), ...(opts.beforePrompt ?? [])],
  });
  return { deps, bot, i18n, t, scheduler, metrics };
}

/** The scheduler ticks every minute; this long without a finished tick means it is stuck. */
const SCHEDULER_STALE_MS = 150_000;

/**
 * A webhook update that throws is answered non-2xx, so Telegram delivers it again: "busy" (another
 * live process has it) quietly, anything else with a log line.
 */
async function handleWebhookUpdate(bot: App["bot"], logger: AppOptions["logger"], update: Update): Promise<void> {
  try {
    await bot.handleUpdate(update);
  } catch (err) {
    const cause = err instanceof BotError ? err.error : err;
    if (!(cause instanceof UpdateBusyError)) logger.error({ err: cause, updateId: update.update_id }, "webhook update failed; Telegram will deliver it again");
    throw err;
  }
}

/**
 * Polling: each fetched batch is journalled before the runner sees it (the next getUpdates confirms
 * it to Telegram), and what a crashed run left in the journal is handled first.
 */
async function replayJournal(bot: App["bot"], deps: BotDeps, logger: AppOptions["logger"]): Promise<void> {
  const { journal } = deps.stores;
  journal.enable();
  bot.api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (method === "getUpdates" && res.ok && Array.isArray(res.result)) {
      await journal.add(res.result as Update[], Date.now()).catch((err) => logger.warn({ err }, "could not journal fetched updates"));
    }
    return res;
  });
  let left = await journal.leftOver(Date.now()).catch(() => [] as Update[]);
  if (left.length) logger.warn({ count: left.length }, "polling: handling updates fetched before a crash");
  // The crashed process counts as alive for up to 3 s: its updates are "busy" until then.
  for (let attempt = 0; left.length > 0 && attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 1000));
    const busy: Update[] = [];
    for (const update of left) {
      try {
        await bot.handleUpdate(update);
      } catch (err) {
        const cause = err instanceof BotError ? err.error : err;
        if (cause instanceof UpdateBusyError) busy.push(update);
        else logger.error({ err: cause, updateId: update.update_id }, "polling: replayed update failed");
      }
    }
    left = busy;
  }
}

/** Wires bot → scheduler → transport; `stop` reverses it: no new updates, finish in-flight, close. */
export async function startApp(opts: AppOptions): Promise<App> {
  const { config, logger, redis } = opts;
  const { deps, bot, i18n, t, scheduler, metrics } = await buildApp(opts);
  await setCommandMenus(bot.api, i18n, config.DEFAULT_LOCALE).catch((err) => logger.warn({ err }, "could not set command menus"));
  const appUrl = webappUrl(config);
  if (appUrl) {
    // The "📈 Open my trial" button beside the message field, for every private chat.
    await bot.api
      .setChatMenuButton({ menu_button: { type: "web_app", text: t(config.DEFAULT_LOCALE, "app-menu-button"), web_app: { url: appUrl } } })
      .catch((err) => logger.warn({ err }, "could not set the Mini App menu button"));
  }

  const webhook = config.BOT_MODE === "webhook";
  await deps.stores.updates.startHeartbeat();
  const http = opts.http
    ? createHttpServer({
        port: config.PORT,
        health: () => isRedisHealthy(redis),
        ready: async () => {
          const started = performance.now();
          const redisOk = await isRedisHealthy(redis);
          if (redisOk) metrics?.redisLatency((performance.now() - started) / 1000);
          const tick = scheduler.lastTickAt;
          return redisOk && tick !== null && Date.now() - tick.getTime() < SCHEDULER_STALE_MS;
        },
        metrics: metrics && { text: () => metrics.text(), contentType: metrics.contentType, token: config.METRICS_TOKEN },
        webhook: webhook
          ? { path: new URL(config.WEBHOOK_URL!).pathname, secret: config.WEBHOOK_SECRET!, handle: (u) => handleWebhookUpdate(bot, logger, u) }
          : undefined,
        webapp: createWebappHandler({ deps, api: bot.api, token: opts.token, t }),
      })
    : undefined;
  await http?.listen();

  let runner: RunnerHandle | undefined;
  if (webhook) {
    await bot.api.setWebhook(config.WEBHOOK_URL!, { secret_token: config.WEBHOOK_SECRET, drop_pending_updates: false });
    logger.info({ port: config.PORT }, "webhook mode: listening");
  } else {
    await bot.api.deleteWebhook().catch(logFailure(logger, "removing the webhook before polling"));
    await replayJournal(bot, deps, logger);
    runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] } } });
    logger.info("polling mode: started");
  }
  // After the bot: tick every minute, and once right away so prompts due during downtime go out
  // now if it is still their local day (the catch-up rule in ScheduleStore).
  scheduler.start();
  void scheduler.runOnce();
  // Automatic deletion after RETENTION_DAYS (hourly, one instance at a time; see scheduler/retention.ts).
  const retention = new RetentionJob({ deps, api: bot.api, t });
  retention.start();

  return {
    deps,
    bot,
    async tick() {
      // A tick still running (the cron's, or the last :next's) would make runOnce a no-op.
      while (scheduler.running) await new Promise((r) => setTimeout(r, 10));
      await scheduler.runOnce();
    },
    async stop() {
      await scheduler.stop();
      await retention.stop();
      if (http) await new Promise<void>((resolve) => http.server.close(() => resolve()));
      if (runner?.isRunning()) await runner.stop();
      const deadline = Date.now() + 8000;
      while (http && http.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await deps.stores.updates.stopHeartbeat();
    },
  };
}
