import { InlineKeyboard } from "grammy";
import type { Config } from "../../config.js";
import type { Translate } from "./format.js";

/** Where the Mini App is reachable from Telegram: WEBAPP_URL, else /app/ on the webhook's host; none without HTTPS. */
export function webappUrl(config: Pick<Config, "WEBAPP_URL" | "WEBHOOK_URL" | "BOT_MODE">): string | undefined {
  if (config.WEBAPP_URL) return config.WEBAPP_URL;
  if (config.BOT_MODE === "webhook" && config.WEBHOOK_URL?.startsWith("https://")) return new URL("/app/", config.WEBHOOK_URL).href;
  return undefined;
}

/** The "📈 Open my trial" button under /summary, or the keyboard unchanged when no Mini App URL is configured. */
export function withWebappButton(t: Translate, config: Parameters<typeof webappUrl>[0], keyboard?: InlineKeyboard): InlineKeyboard | undefined {
  const url = webappUrl(config);
  if (!url) return keyboard;
  return (keyboard ?? new InlineKeyboard()).webApp(t("app-open"), url);
}
