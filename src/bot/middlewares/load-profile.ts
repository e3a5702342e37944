import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { askConsent } from "../features/shared/consent.js";
import { unlessExpected } from "../telegram-errors.js";
import { parseChosenLocale, type StoredLocale } from "../../store/profile-store.js";

export function loadProfile(): Middleware<BotContext> {
  return async (ctx, next) => {
    const { profiles } = ctx.deps.stores;
    // Read with the update's claim when possible; else (not read, or Redis did not answer) on its own.
    if (!ctx.from) ctx.profile = null;
    else if (ctx.reads) ctx.profile = await profiles.parse(ctx.from.id, ctx.reads.profileRaw);
    else ctx.profile = await profiles.get(ctx.from.id);
    await next();
  };
}

/** The stored language for this update: the profile's, or before consent the one picked with /language. */
export async function storedLocale(ctx: BotContext): Promise<StoredLocale | undefined> {
  if (ctx.profile?.consent || !ctx.from) return ctx.profile?.locale;
  const chosen = ctx.reads ? parseChosenLocale(ctx.reads.chosenLocaleRaw) : await ctx.deps.stores.profiles.chosenLocale(ctx.from.id);
  return chosen ?? ctx.profile?.locale;
}

/** Health questions only after consent; everything else (help, privacy, language) works before. */
export function requireConsent(): Middleware<BotContext> {
  return async (ctx, next) => {
    if (ctx.profile?.consent) return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(unlessExpected(ctx.deps.logger, "answering the button"));
    await askConsent(ctx);
  };
}
