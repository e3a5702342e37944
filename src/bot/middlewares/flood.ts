import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { unlessExpected } from "../telegram-errors.js";

/** More messages than this within the window count as a flood. */
export const FLOOD_LIMIT = 20;
export const FLOOD_WINDOW_MS = 10_000;

const flooding = new WeakSet<object>();

/** True for an update that arrived while its sender was flooding (fallback replies stay silent). */
export function isFlooding(ctx: object): boolean {
  return flooding.has(ctx);
}

/**
 * A user sending a burst of messages: every message is still handled, in order (sequentialize
 * runs before this), so no real answer is lost. Above the limit the user gets one "slow down"
 * notice per window and the fallback replies ("I did not understand …") stay silent. The only
 * state is one counter per user that expires with its window. If Redis is down, nothing is counted.
 */
export function floodGuard(limit = FLOOD_LIMIT, windowMs = FLOOD_WINDOW_MS): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!ctx.message || !ctx.from || ctx.chat?.type !== "private") return next();
    let count = 0;
    try {
      count = await ctx.deps.stores.flood.hit(ctx.from.id, windowMs, ctx.deps.clock.now().getTime());
    } catch {
      return next();
    }
    if (count > limit) {
      flooding.add(ctx);
      if (count === limit + 1) {
        ctx.deps.logger.warn({ updateId: ctx.update.update_id }, "flood guard: user over the message limit");
        await ctx.reply(ctx.t("flood-slow-down")).catch(unlessExpected(ctx.deps.logger, "flood notice"));
      }
    }
    await next();
  };
}
