/**
 * Operational numbers for Prometheus (`GET /metrics`, off unless METRICS=true). Counts and
 * durations only: no user id, no answer, no message text ever becomes a label.
 */
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export type RetryReason = "429" | "5xx" | "network";

export interface PromptCounts {
  claimed: number;
  sent: number;
  failed: number;
  blocked: number;
  skipped: number;
}

export interface Metrics {
  update(kind: string, seconds: number): void;
  prompts(counts: PromptCounts): void;
  telegramRetry(reason: RetryReason, waitMs: number): void;
  redisError(): void;
  redisLatency(seconds: number): void;
  /** The scheduler finished a tick. */
  ticked(at: Date): void;
}

/** Update kinds Telegram has; anything else is counted as "other", so labels stay bounded. */
const KINDS = new Set(["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "inline_query", "channel_post"]);

export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly updates = new Counter({ name: "mtb_updates_total", help: "Telegram updates handled, by kind", labelNames: ["kind"], registers: [this.registry] });
  private readonly handler = new Histogram({
    name: "mtb_update_duration_seconds",
    help: "Time to handle one update",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly promptsTotal = new Counter({
    name: "mtb_prompts_total",
    help: "Daily prompts by outcome: claimed (due), sent, failed (retried later), blocked, skipped (deferred or no longer due)",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  private readonly retries = new Counter({ name: "mtb_telegram_retries_total", help: "Bot API calls retried, by reason", labelNames: ["reason"], registers: [this.registry] });
  private readonly retryWait = new Counter({ name: "mtb_telegram_retry_wait_seconds_total", help: "Time spent waiting before Bot API retries", registers: [this.registry] });
  private readonly redisErrors = new Counter({ name: "mtb_redis_errors_total", help: "Redis connection errors", registers: [this.registry] });
  private readonly redisPing = new Histogram({
    name: "mtb_redis_ping_seconds",
    help: "Redis round trip of the readiness ping",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2],
    registers: [this.registry],
  });
  private readonly lastTick = new Gauge({ name: "mtb_scheduler_last_tick_seconds", help: "Unix time of the scheduler's last finished tick", registers: [this.registry] });

  update(kind: string, seconds: number): void {
    this.updates.inc({ kind: KINDS.has(kind) ? kind : "other" });
    this.handler.observe(seconds);
  }

  prompts(c: PromptCounts): void {
    for (const outcome of ["claimed", "sent", "failed", "blocked", "skipped"] as const) if (c[outcome] > 0) this.promptsTotal.inc({ outcome }, c[outcome]);
  }

  telegramRetry(reason: RetryReason, waitMs: number): void {
    this.retries.inc({ reason });
    this.retryWait.inc(waitMs / 1000);
  }

  redisError(): void {
    this.redisErrors.inc();
  }

  redisLatency(seconds: number): void {
    this.redisPing.observe(seconds);
  }

  ticked(at: Date): void {
    this.lastTick.set(at.getTime() / 1000);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
