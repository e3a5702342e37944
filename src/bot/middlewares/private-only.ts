import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { unlessExpected } from "../telegram-errors.js";

/**
 * Answers are personal, so the bot works in private chats only. In a group or channel it says so
 * once (per chat, remembered in Redis) and then stays silent.
 */
export function privateChatsOnly(): Middleware<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat ?? ctx.callbackQuery?.message?.chat;
    if (chat?.type === "private" && !ctx.callbackQuery && ctx.from && ctx.from.id !== chat.id) {
      // Telegram never sends this: a forged message must not get the user's data into another chat.
      // (Buttons from someone else's message are answered by ownButtonsOnly.)
      ctx.deps.logger.warn({ updateId: ctx.update.update_id }, "private chat update from another user ignored");
      return;
    }
    if (!chat || chat.type === "private") return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(unlessExpected(ctx.deps.logger, "answering the button"));
    if (chat.type === "channel") return;
    const first = await ctx.deps.stores.notices.firstTime(`group:${chat.id}`).catch(() => false);
    if (first) {
      await ctx.api.sendMessage(chat.id, ctx.t("group-only-private", { username: ctx.me.username })).catch(unlessExpected(ctx.deps.logger, "group-chat pointer"));
    }
  };
}
