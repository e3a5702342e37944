/**
 * Automatic deletion (the dates: trial/retention.ts). Runs every hour; each run is safe to repeat
 * (deleting is idempotent, the notice is claimed once per deletion date) and only one instance
 * runs at a time (store/retention-store.ts: a lock with a token that expires by itself).
 */
import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import type { Api } from "grammy";
import { DateTime } from "luxon";
import type { Logger } from "pino";
import type { BotDeps } from "../bot/context.js";
import { allPausedDates } from "../store/pauses.js";
import { maxDate, retentionDates, type RetentionDates } from "../trial/retention.js";
import { longDate, type TranslateFor } from "../bot/ui/format.js";
import { exportNowKeyboard } from "../bot/features/data/keyboards.js";
import { hashId } from "../logger.js";
import { isUnreachable, logFailure } from "../bot/telegram-errors.js";

const LOCK_MS = 10 * 60_000;

export interface RetentionJobDeps {
  deps: BotDeps;
  api: Api;
  t: TranslateFor;
  /** Optional shared send pacing (the scheduler's RateLimiter). */
  limiter?: { acquire(): Promise<unknown> };
}

export interface RetentionResult {
  /** False when another instance held the lock: this run did nothing. */
  ran: boolean;
  users: number;
  deleted: number;
  noticed: number;
  unreachable: number;
  failed: number;
}

function localDate(at: Date | string, zone: string): string {
  const dt = typeof at === "string" ? DateTime.fromISO(at) : DateTime.fromJSDate(at);
  return dt.setZone(zone).toISODate() ?? dt.toUTC().toISODate()!;
}

export class RetentionJob {
  private task: ScheduledTask | null = null;
  private current: Promise<RetentionResult> | null = null;
  private readonly logger: Logger;

  constructor(private readonly opts: RetentionJobDeps) {
    this.logger = opts.deps.logger;
  }

  /** Every hour at minute 17 (UTC); a run that finds another one going does nothing. */
  start(expression = "17 * * * *"): void {
    if (this.task) throw new Error("retention job already started");
    this.task = cron.schedule(expression, () => void this.runOnce(), { timezone: "UTC", name: "retention" });
  }

  async stop(): Promise<void> {
    const task = this.task;
    this.task = null;
    if (task) await task.destroy();
    // runOnce never rejects (it logs and counts its failures).
    if (this.current) await this.current;
  }

  /** One pass over every user. Never throws; failures are logged and counted. */
  runOnce(): Promise<RetentionResult> {
    if (this.current) return this.current;
    const run = this.run()
      .catch((err) => {
        this.logger.error({ err }, "retention: run failed");
        return { ran: false, users: 0, deleted: 0, noticed: 0, unreachable: 0, failed: 1 };
      })
      .finally(() => {
        this.current = null;
      });
    this.current = run;
    return run;
  }

  private async run(): Promise<RetentionResult> {
    const retention = this.opts.deps.stores.retention;
    const result: RetentionResult = { ran: false, users: 0, deleted: 0, noticed: 0, unreachable: 0, failed: 0 };
    const token = randomUUID();
    if (!(await retention.acquireRunLock(token, LOCK_MS))) {
      this.logger.info("retention: another instance is running; skipped");
      return result;
    }
    result.ran = true;
    try {
      const ids = await this.opts.deps.stores.userData.userIds();
      for (const [i, id] of ids.entries()) {
        if (i % 50 === 49) await retention.extendRunLock(token, LOCK_MS);
        const userId = Number(id);
        if (!Number.isSafeInteger(userId)) continue;
        result.users++;
        try {
          const outcome = await this.processUser(userId);
          if (outcome === "deleted") result.deleted++;
          else if (outcome === "noticed") result.noticed++;
          else if (outcome === "unreachable") result.unreachable++;
        } catch (err) {
          result.failed++;
          this.logger.error({ err, user: hashId(userId) }, "retention: user failed; tried again next run");
        }
      }
    } finally {
      await retention.releaseRunLock(token).catch(logFailure(this.logger, "retention: releasing the run lock (it expires by itself)"));
    }
    if (result.deleted || result.noticed || result.failed) this.logger.info({ ...result }, "retention: run finished");
    return result;
  }

  /** Dates for one user, from what is stored. */
  async datesFor(userId: number): Promise<(RetentionDates & { today: string; zone: string }) | null> {
    const { stores, config, clock } = this.opts.deps;
    const [profile, plan, entries, ended] = await Promise.all([
      stores.profiles.get(userId),
      stores.plans.read(userId),
      stores.entries.list(userId),
      stores.reports.ended(userId),
    ]);
    const versions = plan.status === "ok" ? plan.versions : [];
    const zone = versions.at(-1)?.plan.prompt.zone ?? config.DEFAULT_TIMEZONE;
    const today = localDate(clock.now(), zone);
    const pausedDates = versions.length ? await allPausedDates(stores, userId, today, zone) : [];
    const activity = [
      entries.at(-1)?.date,
      maxDate(entries.map((e) => localDate(e.answeredAt, zone))),
      ...versions.map((v) => localDate(v.savedAt || v.effectiveFrom, zone)),
      profile?.consent ? localDate(profile.consent.agreedAt, zone) : null,
    ];
    const blockedOn = profile && profile.active === false ? localDate(profile.inactiveSince ?? clock.now(), zone) : null;
    const dates = retentionDates({ versions, pausedDates, ended, activity, blockedOn }, config.RETENTION_DAYS);
    return dates ? { ...dates, today, zone } : null;
  }

  private async processUser(userId: number): Promise<"deleted" | "noticed" | "unreachable" | "kept"> {
    const { stores, config } = this.opts.deps;
    const dates = await this.datesFor(userId);
    if (!dates) return "kept";
    if (dates.today >= dates.deleteOn) {
      const n = await stores.userData.deleteAll(userId);
      this.logger.info({ user: hashId(userId), keys: n, reason: dates.reason }, "retention: user data deleted");
      return "deleted";
    }
    if (dates.today < dates.noticeOn) return "kept";
    const profile = await stores.profiles.get(userId);
    if (!profile?.consent || profile.active === false) return "kept";
    if (!(await stores.retention.claimNotice(userId, dates.deleteOn))) return "kept";
    const locale = profile.locale ?? config.DEFAULT_LOCALE;
    try {
      await this.opts.limiter?.acquire();
      await this.opts.api.sendMessage(userId, this.opts.t(locale, "retention-notice", { date: longDate(dates.deleteOn, locale), days: config.RETENTION_DAYS }), {
        reply_markup: exportNowKeyboard((key, vars) => this.opts.t(locale, key, vars)),
      });
      return "noticed";
    } catch (err) {
      if (isUnreachable(err)) {
        // The chat is closed: no notice is possible; the deletion date stays as it is.
        await stores.profiles.markInactive(userId, this.opts.deps.clock.now());
        return "unreachable";
      }
      // A passing failure: give the claim back so the next run tries again.
      await stores.retention.releaseNotice(userId, dates.deleteOn).catch(logFailure(this.logger, "retention: giving the notice claim back"));
      throw err;
    }
  }
}
