import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Thrown when another live process is handling the same update id: the webhook then answers
 * non-2xx, so Telegram delivers it again later instead of it being confirmed unhandled.
 */
export class UpdateBusyError extends Error {
  constructor(readonly updateId: number) {
    super(`update ${updateId} is being handled by another process`);
    this.name = "UpdateBusyError";
  }
}

/** Handles each update id once, even when Telegram or a webhook retry delivers it again. */
export function dedupeUpdates(): Middleware<BotContext> {
  return async (ctx, next) => {
    const { stores, clock, logger } = ctx.deps;
    const id = ctx.update.update_id;
    let token: string | undefined;
    try {
      const claim = await stores.updates.claim(id, clock.now().getTime());
      if (claim.outcome === "done") {
        logger.info({ updateId: id }, "duplicate update skipped");
        stores.journal.remove(id).catch(() => undefined);
        return;
      }
      if (claim.outcome === "busy") {
        logger.info({ updateId: id }, "update is being handled elsewhere; asking for redelivery");
        throw new UpdateBusyError(id);
      }
      token = claim.token;
    } catch (err) {
      if (err instanceof UpdateBusyError) throw err;
      // Redis is down: handle the update anyway; any write it attempts reports "not saved".
    }
    try {
      await next();
    } catch (err) {
      if (token) await stores.updates.release(id, token).catch(() => undefined);
      throw err;
    }
    stores.updates.finish(id).catch(() => undefined);
    stores.journal.remove(id).catch(() => undefined);
  };
}
