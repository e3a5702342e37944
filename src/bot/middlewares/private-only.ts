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
    if (!chat || chat.type === "private") return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(unlessExpected(ctx.deps.logger, "answering the button"));
    if (chat.type === "channel") return;
    const first = await ctx.deps.stores.notices.firstTime(`group:${chat.id}`).catch(() => false);
    if (first) {
      await ctx.api.sendMessage(chat.id, ctx.t("group-only-private", { username: ctx.me.username })).catch(unlessExpected(ctx.deps.logger, "group-chat pointer"));
    }
  };
}
