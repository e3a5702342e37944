/**
 * Automatic deletion: a user's data is deleted RETENTION_DAYS after their trial ended or after
 * they blocked the bot, whichever comes first. Seven days before, a user who can still be reached
 * gets one notice with an "export my data" button.
 *
 * - Trial end = the end of the block (pauses lengthen it; an early end counts), but never before
 *   the user's last activity (an entry, a plan change, consent): someone still answering keeps their
 *   data. Paused days after both the planned end and the last activity do not count, so a pause
 *   (the user's own or an urgent safety cue) that is never lifted does not keep data for ever.
 *   A user who never completed a plan counts from their last activity.
 * - Blocked = the profile is inactive since Telegram answered 403 or told us so (my_chat_member).
 * - Dates are calendar dates in the user's plan time zone (the default zone without a plan).
 *
 * Runs every hour; each run is safe to repeat (deleting is idempotent, the notice is claimed once
 * per deletion date in the user's `retention` key) and only one instance runs at a time (a Redis
 * lock with a token, released only by its owner, expiring by itself if the owner dies).
 */
import { randomUUID } from "node:crypto";
import cron, { type ScheduledTask } from "node-cron";
import { GrammyError, InlineKeyboard, type Api } from "grammy";
import { DateTime } from "luxon";
import type { Logger } from "pino";
import type { BotDeps } from "../bot/context.js";
import { keys } from "../store/keys.js";
import { allPausedDates } from "../store/pauses.js";
import { addDays, trialCalendar } from "../trial/time/calendar.js";
import type { PlanVersion } from "../trial/plan/plan.js";
import { formatDate } from "../bot/keyboards/setup.js";
import { exportData } from "../bot/features/data.js";
import { hashId } from "../logger.js";

export const NOTICE_DAYS_BEFORE = 7;
const LOCK_MS = 10 * 60_000;

export interface RetentionFacts {
  versions: readonly PlanVersion[];
  pausedDates?: readonly string[];
  /** The user ended the block early (ReportStore.ended), for the block that started on firstSession. */
  ended?: { date: string; firstSession: string } | null;
  /** Local dates of other activity: entries, consent, plan saves. */
  activity: readonly (string | null | undefined)[];
  /** Local date since which the user has blocked the bot. */
  blockedOn?: string | null;
}

export interface RetentionDates {
  trialEnd: string | null;
  deleteOn: string;
  noticeOn: string;
  reason: "ended" | "blocked";
}

function maxDate(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** When a user's data is deleted and when they are told; null when there is nothing to go by. */
export function retentionDates(f: RetentionFacts, days: number): RetentionDates | null {
  let blockEnd: string | null = null;
  const current = f.versions.at(-1)?.plan;
  if (current) {
    // A pause nobody ever lifts would push the end out for ever: paused days count only up to the
    // later of the planned end and the user's last activity.
    const cutoff = maxDate([trialCalendar(current, []).blockEnd, ...f.activity])!;
    blockEnd = trialCalendar(current, (f.pausedDates ?? []).filter((d) => d <= cutoff)).blockEnd;
    if (f.ended && f.ended.firstSession === current.firstSession && f.ended.date < blockEnd) blockEnd = f.ended.date;
  }
  const trialEnd = maxDate([blockEnd, ...f.activity]);
  const candidates: { on: string; reason: RetentionDates["reason"] }[] = [];
  if (trialEnd) candidates.push({ on: addDays(trialEnd, days), reason: "ended" });
  if (f.blockedOn) candidates.push({ on: addDays(f.blockedOn, days), reason: "blocked" });
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.on.localeCompare(b.on));
  const { on, reason } = candidates[0];
  return { trialEnd, deleteOn: on, noticeOn: addDays(on, -NOTICE_DAYS_BEFORE), reason };
}

export type TranslateFor = (locale: string, key: string, vars?: Record<string, string | number>) => string;

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

// Claims the notice for one deletion date: 1 the first time, 0 when it was already claimed.
const CLAIM_NOTICE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
`;
const RELEASE_IF = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
const EXTEND_IF = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

function localDate(at: Date | string, zone: string): string {
  const dt = typeof at === "string" ? DateTime.fromISO(at) : DateTime.fromJSDate(at);
  return dt.setZone(zone).toISODate() ?? dt.toUTC().toISODate()!;
}

export class RetentionJob {
  private task: ScheduledTask | null = null;
  private current: Promise<RetentionResult> | null = null;
  private readonly k;
  private readonly logger: Logger;

  constructor(private readonly opts: RetentionJobDeps) {
    this.k = keys(opts.deps.config.REDIS_PREFIX);
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
    if (this.current) await this.current.catch(() => undefined);
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
    const { redis } = this.opts.deps;
    const result: RetentionResult = { ran: false, users: 0, deleted: 0, noticed: 0, unreachable: 0, failed: 0 };
    const token = randomUUID();
    const lock = this.k.retentionLock();
    if ((await redis.set(lock, token, "PX", LOCK_MS, "NX")) !== "OK") {
      this.logger.info("retention: another instance is running; skipped");
      return result;
    }
    result.ran = true;
    try {
      const ids = await this.opts.deps.stores.userData.userIds();
      for (const [i, id] of ids.entries()) {
        if (i % 50 === 49) await redis.eval(EXTEND_IF, 1, lock, token, String(LOCK_MS));
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
      await redis.eval(RELEASE_IF, 1, lock, token).catch(() => undefined);
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
    const { stores, redis, config } = this.opts.deps;
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
    const key = this.k.retention(userId);
    if (Number(await redis.eval(CLAIM_NOTICE, 1, key, dates.deleteOn)) !== 1) return "kept";
    const locale = profile.locale ?? config.DEFAULT_LOCALE;
    try {
      await this.opts.limiter?.acquire();
      await this.opts.api.sendMessage(userId, this.opts.t(locale, "retention-notice", { date: formatDate(dates.deleteOn, locale), days: config.RETENTION_DAYS }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(this.opts.t(locale, "btn-export-now"), exportData.pack({ action: "export" })),
      });
      return "noticed";
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 403) {
        // The chat is closed: no notice is possible; the deletion date stays as it is.
        await stores.profiles.markInactive(userId, this.opts.deps.clock.now());
        return "unreachable";
      }
      // A passing failure: give the claim back so the next run tries again.
      await redis.eval(RELEASE_IF, 1, key, dates.deleteOn).catch(() => undefined);
      throw err;
    }
  }
}
