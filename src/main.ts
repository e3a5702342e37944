import { formatConfigProblems, loadDotEnv, parseConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { openRedis, RedisStartupError } from "./store/startup.js";
import { systemClock } from "./clock.js";

const SHUTDOWN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  loadDotEnv();
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    console.error(formatConfigProblems(parsed.problems));
    process.exit(1);
  }
  const config = parsed.config;
  const logger = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN ?? "", config.WEBHOOK_SECRET ?? ""]);

  if (!config.BOT_TOKEN) {
    // Without a token there is no Telegram: the terminal chat runs the real bot against a stand-in.
    const { startLocalMode } = await import("./local/terminal.js");
    const { localModeLogger } = await import("./local/log-file.js");
    // The chat owns the screen: log lines go to a file.
    const { logger: localLogger, path } = localModeLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
    const local = await startLocalMode(config, localLogger, { logFile: path });
    await local.done;
    process.exit(process.exitCode ?? 0);
  }

  let opened;
  try {
    opened = await openRedis(config, logger);
  } catch (err) {
    if (err instanceof RedisStartupError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { redis, embedded } = opened;
  // Loaded only now: with a bad configuration or no Redis the process ends without loading the
  // app (grammY, the renderers, …), which is most of its start-up.
  const { startApp } = await import("./app.js");
  const app = await startApp({ config, logger, redis, clock: systemClock, token: config.BOT_TOKEN, http: true });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    try {
      await app.stop();
      await redis.quit().catch(() => redis.disconnect());
      embedded?.kill("SIGTERM");
    } finally {
      logger.info("stopped");
      process.exit(0);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  console.error(`Fatal: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
  process.exit(1);
});
