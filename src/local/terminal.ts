import type { Logger } from "pino";
import type { Config } from "../config.js";

/** Without a BOT_TOKEN the bot cannot reach Telegram; the terminal chat explains how to proceed. */
export async function startLocalMode(_config: Config, _logger: Logger): Promise<void> {
  console.error("BOT_TOKEN is not set. Put your token from @BotFather into .env (see .env.example) and run `npm start` again.");
  process.exitCode = 1;
}
