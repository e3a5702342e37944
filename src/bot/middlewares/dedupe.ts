import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { logFailure } from "../telegram-errors.js";

/** Handles each update id once, even when Telegram or a webhook retry delivers it again. */
export function dedupeUpdates(): Middleware<BotContext> {
  return async (ctx, next) => {
    const { stores, clock, logger } = ctx.deps;
    const id = ctx.update.update_id;
    let fresh = true;
    try {
      fresh = await stores.updates.claim(id, clock.now().getTime());
    } catch {
      // Redis is down: handle the update anyway; any write it attempts reports "not saved".
    }
    if (!fresh) {
      logger.info({ updateId: id }, "duplicate update skipped");
      return;
    }
    await next();
    stores.updates.finish(id).catch(logFailure(logger, "marking the update done"));
  };
}
