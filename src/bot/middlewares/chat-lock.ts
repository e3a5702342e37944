import { randomBytes } from "node:crypto";
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import type { ChatLockStore } from "../../store/chat-lock-store.js";
import { logFailure } from "../telegram-errors.js";

/** Which process holds a lease, and whether it still runs (the update claims' heartbeat). */
export interface ProcessLiveness {
  readonly processId: string;
  isAlive(processId: string): Promise<boolean>;
}

export interface ChatLockOptions {
  /** How long a lease lasts if its holder never releases it (a crash). */
  leaseMs?: number;
  /** How long an update waits for the chat's other update before it goes ahead anyway. */
  maxWaitMs?: number;
}

/**
 * One update per chat at a time across every instance sharing Redis (webhook mode behind a load
 * balancer): a double tap that lands on two instances is handled one after the other, so the
 * second sees the first one's answer. A lease whose process has died (a crash in the middle of an
 * update) is taken over at once, so the redelivered update does not wait for it to run out. Never
 * drops an update: after `maxWaitMs`, or with Redis down, it goes ahead unlocked (every write still
 * goes through its own atomic step).
 */
export function chatLock(locks: ChatLockStore, processes: ProcessLiveness, opts: ChatLockOptions = {}): MiddlewareFn<BotContext> {
  const leaseMs = opts.leaseMs ?? 15_000;
  const maxWaitMs = opts.maxWaitMs ?? 8_000;
  return async (ctx, next) => {
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    if (chatId === undefined) return next();
    const token = `p:${processes.processId}:${randomBytes(6).toString("hex")}`;
    let held = false;
    try {
      const started = Date.now();
      for (let pause = 10; !(held = await locks.acquire(chatId, token, leaseMs)); pause = Math.min(pause * 2, 200)) {
        if (Date.now() - started >= maxWaitMs) {
          ctx.deps.logger.warn({ updateId: ctx.update.update_id }, "chat lock: still held after the wait; handling the update anyway");
          break;
        }
        if (await heldByTheDead(locks, processes, chatId)) continue;
        await new Promise((r) => setTimeout(r, pause));
      }
    } catch {
      // Redis is down: go ahead; the handler's own writes report "not saved".
    }
    try {
      await next();
    } finally {
      if (held) await locks.release(chatId, token).catch(logFailure(ctx.deps.logger, "chat lock release (the lease expires by itself)"));
    }
  };
}

/** Frees the chat's lease when the process holding it is gone; true when it did. */
async function heldByTheDead(locks: ChatLockStore, processes: ProcessLiveness, chatId: number): Promise<boolean> {
  const holder = await locks.holder(chatId);
  // Leases written without a process name (older releases) are waited out, as before.
  const [tag, processId] = holder?.split(":") ?? [];
  if (holder === null || tag !== "p" || !processId || (await processes.isAlive(processId))) return false;
  await locks.release(chatId, holder);
  return true;
}
