import type { BotError } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";
import { isRedisUnavailable } from "../store/redis.js";
import { toLocale } from "./i18n.js";
import { unlessExpected } from "./telegram-errors.js";

/** A failing handler never takes the bot down: log the kind with the update id, apologise. */
export function createErrorHandler(i18n: I18n<BotContext>, defaultLocale: string) {
  return async (err: BotError<BotContext>): Promise<void> => {
    const ctx = err.ctx;
    const unavailable = isRedisUnavailable(err.error);
    ctx.deps.logger.error({ err: err.error, updateId: ctx.update.update_id, redisDown: unavailable || undefined }, "handler failed");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(unlessExpected(ctx.deps.logger, "answering the button after an error"));
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (chatId === undefined) return;
    const key = unavailable ? "error-not-saved" : "error-apology";
    // The failure may have happened before the language was negotiated.
    const text =
      typeof ctx.t === "function" ? ctx.t(key) : i18n.t(ctx.profile?.locale ?? toLocale(ctx.from?.language_code) ?? defaultLocale, key);
    await ctx.api.sendMessage(chatId, text).catch(unlessExpected(ctx.deps.logger, "the apology"));
  };
}
