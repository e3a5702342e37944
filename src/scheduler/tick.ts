/**
 * One scheduler tick: put back stale in-flight prompts, claim what is due, send, and record the
 * outcome. Safe to run from several processes at once (claiming is atomic in the store).
 */
import type { Clock } from "../clock.js";
import type { DueClaim, ScheduleStore, SentPrompt } from "../store/schedule-store.js";

/**
 * "sent": done, runTick records it (markSent). A SentPrompt: done and already recorded on the
 * user's keys (ScheduleStore.recordSent); runTick finishes the batch's in one go (finishSent).
 */
export type SendOutcome = "sent" | "blocked" | "failed" | SentPrompt;

/**
 * A cron tick can fire a hair before the minute (timer drift); without this slack the 20:00 prompt
 * would wait for the 20:01 tick. Prompts due within this window are claimed now.
 */
export const EARLY_CLAIM_MS = 1000;

/** pino-compatible subset. */
export interface TickLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface TickDeps {
  store: ScheduleStore;
  clock: Clock;
  /** Delivers the daily prompt. 'blocked' = the user blocked the bot (403); 'failed' = try again; see SendOutcome. */
  send: (userId: string, due: DueClaim) => Promise<SendOutcome>;
  logger?: TickLogger;
  /** Claims per batch (default 100). */
  batchSize?: number;
  /** Batches per tick at most (default 50); the rest waits for the next tick. */
  maxBatches?: number;
  /** Parallel sends (default 4). */
  concurrency?: number;
  /** In-flight entries older than this are put back (default 5 minutes). */
  staleMs?: number;
  /** Delay before a failed send is tried again (default 1 minute). */
  retryMs?: number;
}

export interface TickResult {
  recovered: number;
  claimed: number;
  sent: number;
  skipped: number;
  blocked: number;
  failed: number;
  /** Store errors after sending; those prompts stay in flight and are recovered later. */
  errors: number;
}

export async function runTick(deps: TickDeps): Promise<TickResult> {
  const { store, clock, send, logger } = deps;
  const batchSize = deps.batchSize ?? 100;
  const maxBatches = deps.maxBatches ?? 50;
  const concurrency = Math.max(1, deps.concurrency ?? 4);
  const staleMs = deps.staleMs ?? 5 * 60_000;
  const retryMs = deps.retryMs ?? 60_000;
  const result: TickResult = { recovered: 0, claimed: 0, sent: 0, skipped: 0, blocked: 0, failed: 0, errors: 0 };

  const recovered = await store.recoverInFlight(clock.now(), staleMs);
  result.recovered = recovered.length;
  if (recovered.length > 0) logger?.warn({ count: recovered.length }, "scheduler: put back stale in-flight prompts");

  const handle = async (due: DueClaim, recorded: SentPrompt[]): Promise<void> => {
    let outcome: SendOutcome;
    try {
      outcome = await send(due.userId, due);
    } catch (err) {
      logger?.error({ err, userId: due.userId }, "scheduler: send threw; will retry");
      outcome = "failed";
    }
    if (typeof outcome === "object") {
      recorded.push(outcome);
      result.sent++;
      return;
    }
    try {
      if (outcome === "sent") {
        await store.markSent(due.userId, due.localDate);
        result.sent++;
      } else if (outcome === "blocked") {
        await store.remove(due.userId);
        result.blocked++;
        logger?.info({ userId: due.userId }, "scheduler: user blocked the bot; schedule removed");
      } else {
        await store.retry(due.userId, retryMs);
        result.failed++;
      }
    } catch (err) {
      result.errors++;
      logger?.error({ err, userId: due.userId, outcome }, "scheduler: could not record send outcome");
    }
  };

  for (let batch = 0; batch < maxBatches; batch++) {
    const { due, skipped } = await store.claimDue(new Date(clock.now().getTime() + EARLY_CLAIM_MS), batchSize);
    const claimed = due.length + skipped.length;
    result.claimed += claimed;
    result.skipped += skipped.length;
    for (const s of skipped) {
      if (s.reason !== "not-scheduled") logger?.info({ userId: s.userId, localDate: s.localDate, reason: s.reason }, "scheduler: prompt skipped");
    }
    let next = 0;
    const recorded: SentPrompt[] = [];
    const worker = async () => {
      while (next < due.length) await handle(due[next++], recorded);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    if (recorded.length) {
      try {
        await store.finishSent(recorded);
      } catch (err) {
        // Left in flight: recovered later, and then skipped, since each date is recorded as sent.
        result.errors += recorded.length;
        logger?.error({ err, count: recorded.length }, "scheduler: could not finish the batch's sent prompts");
      }
    }
    if (claimed < batchSize) break;
  }
  return result;
}
