import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { hashId } from "../../logger.js";

/** One line per update: ids, kind and duration — never the content. */
export function updateLogger(): Middleware<BotContext> {
  return async (ctx, next) => {
    // Off at the default level: skip the timing and the id hashing (a sha256) on every update.
    if (!ctx.deps.logger.isLevelEnabled("debug")) return next();
    const started = performance.now();
    const kind = Object.keys(ctx.update).find((k) => k !== "update_id");
    try {
      await next();
    } finally {
      ctx.deps.logger.debug(
        { updateId: ctx.update.update_id, kind, user: hashId(ctx.from?.id), ms: Math.round(performance.now() - started) },
        "update handled",
      );
    }
  };
}
