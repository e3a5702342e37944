import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { hashId } from "../../logger.js";

/** One line per update (debug) and its metrics: ids, kind and duration — never the content. */
export function updateLogger(): Middleware<BotContext> {
  return async (ctx, next) => {
    const { logger, metrics } = ctx.deps;
    const debug = logger.isLevelEnabled("debug");
    // Off at the default level: skip the timing and the id hashing (a sha256) on every update.
    if (!debug && !metrics) return next();
    const started = performance.now();
    const kind = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "other";
    try {
      await next();
    } finally {
      const ms = performance.now() - started;
      metrics?.update(kind, ms / 1000);
      if (debug) logger.debug({ updateId: ctx.update.update_id, kind, user: hashId(ctx.from?.id), ms: Math.round(ms) }, "update handled");
    }
  };
}
