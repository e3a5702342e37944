import { HttpError, type Transformer } from "grammy";
import type { BotDeps } from "./context.js";
import type { RetryReason } from "../metrics.js";
import { isUnreachableReply } from "./telegram-errors.js";

type Signal = Parameters<Transformer>[3];

export interface TelegramRetryOptions {
  /** Retries after the first attempt, for every kind of failure together (default 4). */
  maxRetries?: number;
  /** A 429 asking to wait longer than this is returned as an error at once (default 60 s). */
  maxRetryAfterSeconds?: number;
  /** First backoff for 5xx and network errors, doubled each time (default 1 s, at most 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal?: Signal) => Promise<void>;
  /** Told about each retry before its wait (metrics). */
  onRetry?: (reason: RetryReason, waitMs: number) => void;
}

function pause(ms: number, signal?: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted while waiting to retry"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort);
  });
}

/**
 * Bot API calls survive Telegram's passing trouble, a bounded number of times:
 * - 429: waits exactly `retry_after` seconds (up to `maxRetryAfterSeconds`) and tries again;
 * - 5xx and network errors (no answer at all): exponential backoff;
 * - anything else (400, 403, …) is returned at once.
 * Unlike @grammyjs/auto-retry, network errors are bounded too, so a handler never hangs for hours.
 */
export function telegramRetry(opts: TelegramRetryOptions = {}): Transformer {
  const maxRetries = opts.maxRetries ?? 4;
  const maxRetryAfter = opts.maxRetryAfterSeconds ?? 60;
  const base = opts.baseDelayMs ?? 1000;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  const sleep = opts.sleep ?? pause;
  return async (prev, method, payload, signal) => {
    let retries = 0;
    let delay = base;
    const backoff = async (reason: RetryReason) => {
      retries++;
      opts.onRetry?.(reason, delay);
      await sleep(delay, signal);
      delay = Math.min(maxDelay, delay * 2);
    };
    for (;;) {
      let res: Awaited<ReturnType<typeof prev>>;
      try {
        res = await prev(method, payload, signal);
      } catch (err) {
        if (err instanceof HttpError && retries < maxRetries && !signal?.aborted) {
          await backoff("network");
          continue;
        }
        throw err;
      }
      if (res.ok || retries >= maxRetries) return res;
      const retryAfter = res.parameters?.retry_after;
      if (typeof retryAfter === "number") {
        if (retryAfter > maxRetryAfter) return res;
        retries++;
        opts.onRetry?.("429", retryAfter * 1000);
        await sleep(retryAfter * 1000, signal);
        continue;
      }
      if (res.error_code >= 500) {
        await backoff("5xx");
        continue;
      }
      return res;
    }
  };
}

/**
 * A private chat Telegram calls unreachable (isUnreachableReply: the user blocked the bot or
 * deleted their account): their profile is marked inactive with the date, which starts the
 * retention clock.
 */
export function markBlockedUsers(deps: Pick<BotDeps, "stores" | "clock" | "logger">): Transformer {
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    const chatId = Number((payload as { chat_id?: unknown } | undefined)?.chat_id);
    if (!res.ok && isUnreachableReply(res.error_code, res.description) && Number.isSafeInteger(chatId) && chatId > 0) {
      await deps.stores.profiles.markInactive(chatId, deps.clock.now()).catch((err) => {
        deps.logger.warn({ err }, "could not mark a blocked user inactive");
      });
    }
    return res;
  };
}
