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
 * state is one counter per user and window that expires by itself: read with the update's first
 * read, written back with its final write. If Redis is down, nothing is counted.
 */
export function floodGuard(limit = FLOOD_LIMIT): Middleware<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    const reads = ctx.reads;
    if (!ctx.message || !from || ctx.chat?.type !== "private" || !reads) return next();
    const { window } = reads.flood;
    const count = reads.flood.count + 1;
    ctx.finalWrites.push(() => ctx.deps.stores.flood.record(from.id, window, count, FLOOD_WINDOW_MS));
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
