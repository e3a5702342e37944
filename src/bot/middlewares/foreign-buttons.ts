import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { unlessExpected } from "../telegram-errors.js";

/**
 * Buttons act for the person whose private chat they are in. A callback whose message sits in
 * someone else's private chat (a forged or replayed update) is answered as expired and changes
 * nothing — no handler has to check it.
 */
export function ownButtonsOnly(): Middleware<BotContext> {
  return async (ctx, next) => {
    const cq = ctx.callbackQuery;
    const chat = cq?.message?.chat;
    if (cq && chat?.type === "private" && chat.id !== cq.from.id) {
      await ctx.answerCallbackQuery({ text: ctx.t("expired-button") }).catch(unlessExpected(ctx.deps.logger, "answering a foreign button"));
      return;
    }
    await next();
  };
}
