import type { Middleware, Transformer } from "grammy";
import type { BotContext, BotDeps } from "../context.js";
import { logFailure } from "../telegram-errors.js";
import { flushFinalWrites, runAfterUpdate, startReads, type ExtraReads } from "./read-ahead.js";

const NEW_MESSAGE = new Set(["sendMessage", "sendPhoto", "sendDocument"]);

/**
 * Polling journal: an update is "answered" once its first new message reached the user, and from
 * then on it is not replayed after a crash (which would ask the same question twice); until then
 * it is. Installed on the update's API and on the API conversations build for themselves.
 */
export function forgetWhenAnswered(deps: Pick<BotDeps, "stores">, updateId: number): Transformer {
  let answered = false;
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (!answered && res.ok && NEW_MESSAGE.has(method)) {
      answered = true;
      await deps.stores.journal.remove(updateId).catch(() => undefined); // handled later anyway, when it is done
    }
    return res;
  };
}

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

/**
 * An update taken over from a process that died mid-way: the setup draft records the update whose
 * answer moved it to its current step. If that is this one, the crash came after the answer was
 * saved and (the draft is saved just before the next question goes out) most likely after the next
 * question was sent; handling it again would ask that question twice. The conversation, a step
 * behind, catches up with the draft on the user's next tap. A crash between the save and the
 * question leaves the user without it until they tap the old buttons again or send /plan.
 */
async function alreadyApplied(ctx: BotContext): Promise<boolean> {
  const userId = ctx.from?.id;
  if (userId === undefined) return false;
  return (await ctx.deps.stores.drafts.changedBy(userId)) === ctx.update.update_id;
}

export interface DedupeOptions {
  /**
   * Read the sender's state in the claim's round trip. Off behind the chat lock (webhook mode),
   * where it must be read once the lock is held (readUserState).
   */
  readAhead?: boolean;
  /** Reads features start beside the sender's state (see ExtraReads). */
  extraReads?: ExtraReads;
}

/**
 * Handles each update id once, even when Telegram or a webhook retry delivers it again. The claim
 * and the sender's state are one round trip; the update's final writes (done, flood count, journal)
 * another, shared with the first reads of the checks queued for after the update. Those checks are
 * idempotent and repeated before each daily prompt, so one lost to a crash after "done" is caught up.
 */
export function dedupeUpdates(opts: DedupeOptions = {}): Middleware<BotContext> {
  return async (ctx, next) => {
    const { stores, clock, logger } = ctx.deps;
    const id = ctx.update.update_id;
    let token: string | undefined;
    const claimed = stores.updates.claim(id, clock.now().getTime());
    const reads = opts.readAhead ? startReads(ctx, opts.extraReads) : undefined;
    try {
      const claim = await claimed;
      if (claim.outcome === "done") {
        logger.info({ updateId: id }, "duplicate update skipped");
        stores.journal.remove(id).catch(logFailure(logger, "taking the update out of the journal"));
        return;
      }
      if (claim.outcome === "busy") {
        logger.info({ updateId: id }, "update is being handled elsewhere; asking for redelivery");
        throw new UpdateBusyError(id);
      }
      token = claim.token;
      if (claim.retry && (await alreadyApplied(ctx))) {
        logger.info({ updateId: id }, "update taken over after a crash was already applied; skipped");
        stores.updates.finish(id).catch(logFailure(logger, "marking the update done"));
        stores.journal.remove(id).catch(logFailure(logger, "taking the update out of the journal"));
        return;
      }
      if (stores.journal.isEnabled) ctx.api.config.use(forgetWhenAnswered(ctx.deps, id));
      if (reads) ctx.reads = await reads;
    } catch (err) {
      if (err instanceof UpdateBusyError) throw err;
      // Redis is down: handle the update anyway; any write it attempts reports "not saved".
    }
    try {
      await next();
    } catch (err) {
      if (token) await stores.updates.release(id, token).catch(() => undefined);
      flushFinalWrites(ctx);
      throw err;
    }
    stores.updates.finish(id).catch(logFailure(logger, "marking the update done"));
    stores.journal.remove(id).catch(logFailure(logger, "taking the update out of the journal"));
    flushFinalWrites(ctx);
    await runAfterUpdate(ctx);
  };
}
