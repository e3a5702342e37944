import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { unlessExpected } from "../telegram-errors.js";
import { takeSetAsideHere } from "../../store/set-aside.js";

const explained = new WeakSet<object>();

/** A feature that already told the user about unreadable data in this update calls this. */
export function corruptionExplained(ctx: object): void {
  explained.add(ctx);
}

const WHAT: Record<string, string> = {
  planVersions: "corrupt-what-plan",
  entries: "corrupt-what-entries",
  profile: "corrupt-what-profile",
  draft: "corrupt-what-draft",
};

/**
 * Stores set unreadable values (bad JSON, an old format) aside under the user's `corrupt` key
 * instead of failing or overwriting them — in a handler or in the scheduler. After the user's
 * next update, once its own answer is out, the user hears about it once: what could not be read,
 * that a copy was kept, and the way out (/plan). A small Lua call only when the flag read with the
 * update, or this process, says something was set aside; steps aside when Redis is down.
 */
export function corruptNotice(): Middleware<BotContext> {
  return async (ctx, next) => {
    await next();
    const userId = ctx.from?.id;
    if (userId === undefined || ctx.chat?.type !== "private" || typeof ctx.t !== "function") return;
    // Usually nothing was set aside: the flag read with the update says so, and this costs nothing.
    const here = takeSetAsideHere(userId);
    if (ctx.reads === null || (ctx.reads && !ctx.reads.corruptUntold && !here)) return;
    const kinds = await ctx.deps.stores.userData.takeUntoldCorrupt(userId).catch(() => [] as string[]);
    if (!kinds.length || explained.has(ctx)) return;
    const unique = [...new Set(kinds)];
    const what = unique.map((k) => ctx.t(WHAT[k] ?? "corrupt-what-other")).join(", ");
    await ctx.reply(ctx.t("corrupt-notice", { what, plan: unique.includes("planVersions") ? "yes" : "no" })).catch(unlessExpected(ctx.deps.logger, "corrupt-data notice"));
  };
}
