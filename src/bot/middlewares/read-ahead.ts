import type { Middleware } from "grammy";
import type { BotContext } from "../context.js";
import type { ConversationSource } from "../../store/conversation-storage.js";
import type { UserReads } from "../../store/update-reads.js";
import { FLOOD_WINDOW_MS } from "./flood.js";
import { logFailure } from "../telegram-errors.js";

/**
 * Starts the read of everything the pipeline needs about the sender (profile, conversation state,
 * set-aside flag, flood count). Issued in the same tick as the de-duplication claim, so both go
 * out in one round trip. Never rejects: null when there is no sender or Redis did not answer (the
 * middlewares then behave as they do with Redis away).
 */
export function startReads(ctx: BotContext, extra?: ExtraReads): Promise<UserReads | null> {
  const userId = ctx.from?.id;
  if (userId === undefined) return Promise.resolve(null);
  extra?.(ctx);
  const { stores, clock } = ctx.deps;
  return stores.reads.read(userId, clock.now().getTime(), FLOOD_WINDOW_MS).catch(() => null);
}

/**
 * Reads a feature starts beside the sender's state, for updates it can tell from their shape it will
 * handle (a check-in button, say); it keeps the promise on the context and takes it once.
 */
export type ExtraReads = (ctx: BotContext) => void;

/** Reads the sender's state where the de-duplication did not (behind the chat lock, in webhook mode). */
export function readUserState(extra?: ExtraReads): Middleware<BotContext> {
  return async (ctx, next) => {
    if (ctx.reads === undefined) ctx.reads = await startReads(ctx, extra);
    await next();
  };
}

/** Sends the update's final writes together (one round trip); failures are logged, not thrown. */
export function flushFinalWrites(ctx: BotContext): void {
  const writes = ctx.finalWrites.splice(0);
  for (const w of writes) w().catch(logFailure(ctx.deps.logger, "an update's final write"));
}

/**
 * Runs the checks queued for after the update, in order. Called in the same tick as the final
 * writes, so the first check's reads share their round trip. Failures are logged, not thrown.
 */
export async function runAfterUpdate(ctx: BotContext): Promise<void> {
  for (const task of ctx.afterUpdate.splice(0)) await task().catch(logFailure(ctx.deps.logger, "a check after the update"));
}

const convTaken = new WeakSet<object>();

/** The conversations plugin's state comes from the update's first read, once. */
export const conversationSource: ConversationSource<BotContext> = {
  userOf: (ctx) => ctx.from?.id,
  takeReadAhead(ctx) {
    if (!ctx.reads || convTaken.has(ctx)) return undefined;
    convTaken.add(ctx);
    return ctx.reads.convRaw;
  },
};
