/**
 * The yardstick: a plain grammY bot doing one Redis GET and one SET per update and the same
 * Bot API calls as the full bot for the same update (so the ratio measures our middleware,
 * validation and storage, not Telegram I/O): /help → one sendMessage with the help text; a
 * check-in tap → answerCallbackQuery, editMessageReplyMarkup, sendMessage with a keyboard.
 */
import { Bot, InlineKeyboard } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { RedisClient } from "../src/store/redis.js";
import { createI18n } from "../src/bot/i18n.js";

export function createBaselineBot(opts: { redis: RedisClient; prefix: string; token: string; apiRoot: string; botInfo: UserFromGetMe }): Bot {
  const { redis, prefix } = opts;
  const i18n = createI18n("en", () => undefined);
  const help = i18n.t("en", "help");
  const saved = "Saved: pain 4/10.\n\nHow many minutes could you walk today before having to stop? Type a number, or tap below.";
  const bot = new Bot(opts.token, { botInfo: opts.botInfo, client: { apiRoot: opts.apiRoot, timeoutSeconds: 30 } });
  bot.use(async (ctx, next) => {
    const key = `${prefix}base:${ctx.from?.id ?? 0}`;
    const seen = await redis.get(key);
    await redis.set(key, String(Number(seen ?? 0) + 1));
    await next();
  });
  bot.command("help", (ctx) => ctx.reply(help, { parse_mode: "HTML" }));
  bot.callbackQuery(/^cp/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(saved, { parse_mode: "HTML", reply_markup: new InlineKeyboard().text("Not measured today", "cm:x") });
  });
  return bot;
}
