import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { askConsent } from "../features/shared/consent.js";
import { unlessExpected } from "../telegram-errors.js";

export function loadProfile(): Middleware<BotContext> {
  return async (ctx, next) => {
    ctx.profile = ctx.from ? await ctx.deps.stores.profiles.get(ctx.from.id) : null;
    await next();
  };
}

/** Health questions only after consent; everything else (help, privacy, language) works before. */
export function requireConsent(): Middleware<BotContext> {
  return async (ctx, next) => {
    if (ctx.profile?.consent) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(unlessExpected(ctx.deps.logger, "answering the button"));
    await askConsent(ctx);
  };
}
