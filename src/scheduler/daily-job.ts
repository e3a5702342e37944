/**
 * What the scheduler does for one due user: the daily check-in prompt (runTick's `send`), and the
 * one reminder a few hours after an unanswered prompt (`runReminders`, run after each tick).
 *
 * Delivery guarantees:
 * - Prompt: at least once, never duplicated in normal operation. `send` records the prompt's date
 *   on the user's keys (ScheduleStore.recordSent) right after Telegram accepted the message; runTick
 *   then ends the claims of its whole batch at once (finishSent). A claim left in flight by a crash
 *   after recordSent is put back by recoverInFlight and skipped as already sent. Only a crash (or
 *   Redis loss) between Telegram's acceptance and recordSent sends that ONE prompt again.
 * - Reminder (or the prompt snoozed with "⏰ Later", which replaces it): at most once. It is taken out of its due set atomically (ZREM in Lua) before it is
 *   sent; a crash or a failed send in between loses that reminder rather than repeating it.
 * Every send waits for a slot of the Redis-wide rate limiter; a 429 is retried by the bounded
 * retry of src/bot/telegram-retry.ts (installed on the bot's api); a 403 marks the user inactive
 * and removes the schedule.
 */
import { InlineKeyboard, type Api } from "grammy";
import type { Clock } from "../clock.js";
import type { Stores } from "../store/stores.js";
import type { BotDeps } from "../bot/context.js";
import type { DueClaim } from "../store/schedule-store.js";
import type { DueReminder } from "../store/checkin-store.js";
import { RateLimiter } from "../store/rate-limiter.js";
import { unansweredStreak } from "../trial/checkin/checkin.js";
import type { Plan, PlanVersion } from "../trial/plan/plan.js";
import { laterRow, pauseAskKeyboard } from "../bot/features/checkin/keyboards.js";
import { weekdayDate, type TranslateFor } from "../bot/ui/format.js";
import { isUnreachable } from "../bot/telegram-errors.js";
import { localDateOf } from "../trial/time/next-occurrence.js";
import { inQuietHours, snoozeChoices } from "../trial/time/quiet-hours.js";
import { firstQuestion, isSilentOn, questionMessage, sessionsPlannedFor, silentOn } from "../bot/features/checkin/daily-prompt.js";
import type { BeforePromptResult, PromptInputs } from "../store/prompt-reads.js";
import type { PromptNotes } from "../store/checkin-store.js";
import { sessionsPlannedOn } from "../trial/phases/sessions.js";
import { reminderAt } from "../trial/time/quiet-hours.js";
import { CheckinStore } from "../store/checkin-store.js";
import type { SentPrompt } from "../store/schedule-store.js";
import { Scheduler } from "./scheduler.js";
import type { SendOutcome, TickLogger } from "./tick.js";

/**
 * Runs before the prompt of `localDate` (weekly and final reports register here), given what the
 * prompt read about the user. Resolves true when it sent or wrote something: the prompt then
 * reads the user again before deciding; notes it returns are written with the prompt's record.
 */
export type BeforePromptHook = (userId: string, localDate: string, inputs?: PromptInputs) => Promise<BeforePromptResult | void>;

export interface DailyJobDeps {
  stores: Stores;
  api: Api;
  t: TranslateFor;
  defaultLocale: string;
  clock: Clock;
  limiter: { acquire(): Promise<unknown> };
  logger?: TickLogger;
  beforePrompt?: readonly BeforePromptHook[];
  /** Reminders handled per run at most (default 5000); the rest waits for the next tick. */
  maxReminders?: number;
  /** Send with Bot API `allow_paid_broadcast` (up to 1000 messages/s, paid in Telegram Stars). */
  paidBroadcast?: boolean;
}

export interface ReminderResult {
  claimed: number;
  sent: number;
  skipped: number;
  blocked: number;
  failed: number;
}

/** The sent message's id, or "blocked". */
type Delivery = number | "blocked";

export function createDailyJob(deps: DailyJobDeps) {
  const { stores, api, clock, limiter, logger } = deps;

  async function markInactive(userId: number): Promise<void> {
    const now = clock.now();
    if (await stores.profiles.get(userId)) await stores.profiles.update(userId, now, { active: false, inactiveSince: now.toISOString() });
  }

  /** One rate-limited message: its id, or "blocked" after marking the user inactive. Other errors throw. */
  async function deliver(userId: number, text: string, markup?: InlineKeyboard): Promise<Delivery> {
    await limiter.acquire();
    try {
      const sent = await api.sendMessage(userId, text, { reply_markup: markup, ...(deps.paidBroadcast ? { allow_paid_broadcast: true } : {}) });
      return sent.message_id;
    } catch (err) {
      if (!isUnreachable(err)) throw err;
      await markInactive(userId);
      logger?.info({ userId }, "scheduler: user unreachable (blocked the bot); marked inactive");
      return "blocked";
    }
  }

  /** The user's profile and plan, read together, judged by eligibleFrom. */
  async function eligible(userId: number): Promise<ReturnType<typeof eligibleFrom>> {
    const [profile, plan] = await Promise.all([stores.profiles.get(userId), stores.plans.read(userId)]);
    return eligibleFrom({ profile, plan });
  }

  const silent = (userId: number, plan: Plan, date: string) => isSilentOn(stores, userId, plan, date);

  /** The prompt's user, from what was read: null = nothing to ask (no consent or no plan). */
  function eligibleFrom(inputs: Pick<PromptInputs, "profile" | "plan">): { plan: Plan; versions: PlanVersion[]; locale: string; reminders: boolean } | "blocked" | null {
    const profile = inputs.profile;
    if (!profile?.consent) return null;
    if (!profile.active) return "blocked";
    if (inputs.plan.status !== "ok") return null;
    return { plan: inputs.plan.current.plan, versions: inputs.plan.versions, locale: profile.locale ?? deps.defaultLocale, reminders: profile.reminders !== false };
  }

  /** After three unanswered prompts in a row, ask once whether to pause (until the next answer). */
  async function maybeAskPause(userId: number, date: string, t: (k: string, v?: Record<string, string | number>) => string, inputs: PromptInputs): Promise<Delivery | null> {
    if (inputs.checkin.pauseAsked) return null;
    const prompted = inputs.checkin.prompted;
    const answered = new Set(inputs.entries.filter((e) => prompted.includes(e.date)).map((e) => e.date));
    if (!unansweredStreak(prompted, answered, date)) return null;
    // Baseline days paused do not lengthen the block: they leave fewer scores to compare with.
    const inBaseline = inputs.plan.status === "ok" && date < inputs.plan.current.plan.firstSession;
    const r = await deliver(userId, t("ci-pause-ask", { baseline: inBaseline ? "yes" : "no" }), pauseAskKeyboard(t));
    if (r !== "blocked") await stores.checkins.setPauseAsked(userId, date);
    return r;
  }

  /** The prompt of `due` is done without being sent (silent day, answered early): the next one is queued. */
  async function done(userId: number, due: DueClaim, notes: PromptNotes): Promise<SentPrompt> {
    const next = await stores.schedule.recordSent(userId, due.localDate, due.schedule, CheckinStore.noteFields(notes));
    return { userId, requeueAt: next ? next.at.getTime() : null };
  }

  /**
   * runTick's `send`: the daily prompt for `due.localDate`. Reads the user once (PromptReader:
   * sent together; pauses and safety events only when stored, the report hash only when the report
   * hook needs it) for every check before the prompt, and again only when a hook sent something.
   * After the prompt, one script records it on the user's keys (with the hooks' notes); the queue
   * and the reminder are written by runTick for the whole batch (ScheduleStore.finishSent).
   */
  async function send(userIdText: string, due: DueClaim): Promise<SendOutcome | SentPrompt> {
    const userId = Number(userIdText);
    const date = due.localDate;
    let inputs = await stores.promptReads.read(userId, date);
    let who = eligibleFrom(inputs);
    if (who === "blocked") return "blocked";
    if (!who) {
      // Nothing to ask without consent or a plan (e.g. the data was deleted): stop scheduling.
      await stores.schedule.remove(userId);
      return "sent";
    }
    let changed = false;
    let notes: PromptNotes = {};
    for (const hook of deps.beforePrompt ?? []) {
      try {
        const result = await hook(userIdText, date, inputs);
        if (typeof result === "object") notes = { ...notes, ...result.notes };
        if (result === true || (typeof result === "object" && result.changed)) changed = true;
      } catch (err) {
        changed = true;
        logger?.error({ err, userId, date }, "scheduler: beforePrompt hook failed");
      }
    }
    if (changed) {
      // A report or the settle rule's stop went out: it may have paused or ended the trial.
      inputs = await stores.promptReads.read(userId, date);
      const again = eligibleFrom(inputs);
      if (again === "blocked") return "blocked";
      if (!again) return "sent";
      who = again;
    }
    const plan = who.plan;
    if (silentOn({ pauses: inputs.pauses, timeline: inputs.timeline, versions: who.versions }, plan, date)) return done(userId, due, notes);
    // Answered early with /checkin: no question, no reminder.
    const existing = inputs.day;
    if (existing?.pain !== undefined) return done(userId, due, notes);

    const t = (k: string, v?: Record<string, string | number>) => deps.t(who.locale, k, v);
    if ((await maybeAskPause(userId, date, t, inputs)) === "blocked") return "blocked";
    const now = clock.now();
    const quiet = due.schedule.quiet;
    const sessionsPlanned = sessionsPlannedOn(inputs.timeline, plan, date);
    const fits = snoozeChoices(now, date, due.zone, quiet).length > 0;
    const view = firstQuestion(t, plan, date, existing, who.locale, now, { extraRows: laterRow(t, date, fits), sessionsPlanned });
    const delivered = await deliver(userId, view.text, view.markup);
    if (delivered === "blocked") return "blocked";

    // Telegram accepted the prompt: from here on nothing may turn this into a retry.
    try {
      const state = { kind: "answer" as const, date, step: view.step, late: false, flow: "daily" as const, q: questionMessage(view.step, delivered) };
      const next = await stores.schedule.recordSent(userId, date, due.schedule, CheckinStore.promptRecord(inputs.checkin.prompted, date, state, notes));
      // Never in quiet hours or after the day's midnight (moved before the quiet hours, or none).
      const remindAt = who.reminders ? reminderAt(now, inputs.checkin.remindHours, date, due.schedule.zone, quiet) : null;
      return {
        userId,
        requeueAt: next ? next.at.getTime() : null,
        ...(remindAt ? { reminder: { member: CheckinStore.reminderMember(userId, date), at: remindAt.getTime() } } : {}),
      };
    } catch (err) {
      logger?.error({ err, userId, date }, "scheduler: prompt sent but its bookkeeping failed");
      return "sent";
    }
  }

  async function remind(r: DueReminder, result: ReminderResult): Promise<void> {
    const who = await eligible(r.userId);
    // A snoozed prompt was asked for: it comes even with reminders off.
    if (!who || who === "blocked" || (!who.reminders && !r.snoozed)) return void result.skipped++;
    // Gentle: only on the prompt's own local day, never after midnight, never in quiet hours.
    const zone = who.plan.prompt.zone;
    if (localDateOf(clock.now(), zone) !== r.date) return void result.skipped++;
    if (inQuietHours(clock.now(), zone, await stores.schedule.quietHours(r.userId))) return void result.skipped++;
    if (await silent(r.userId, who.plan, r.date)) return void result.skipped++;
    const existing = await stores.entries.get(r.userId, r.date);
    if (existing?.pain !== undefined) return void result.skipped++;
    const t = (k: string, v?: Record<string, string | number>) => deps.t(who.locale, k, v);
    const view = firstQuestion(t, who.plan, r.date, existing, who.locale, clock.now(), {
      intro: r.snoozed ? undefined : t("ci-reminder", { date: weekdayDate(r.date, who.locale) }),
      sessionsPlanned: await sessionsPlannedFor(stores, r.userId, who.plan, r.date),
    });
    const delivered = await deliver(r.userId, view.text, view.markup);
    if (delivered === "blocked") {
      await stores.schedule.remove(r.userId);
      return void result.blocked++;
    }
    const q = questionMessage(view.step, delivered);
    if (!(await stores.checkins.state(r.userId))) {
      await stores.checkins.setState(r.userId, { kind: "answer", date: r.date, step: view.step, late: false, flow: "daily", q });
    } else if (q !== undefined) {
      await stores.checkins.setQuestionMessage(r.userId, r.date, view.step, q);
    }
    result.sent++;
  }

  /** Sends the reminders that are due; each one at most once across all instances. */
  async function runReminders(): Promise<ReminderResult> {
    const result: ReminderResult = { claimed: 0, sent: 0, skipped: 0, blocked: 0, failed: 0 };
    const max = deps.maxReminders ?? 5000;
    while (result.claimed < max) {
      const batch = await stores.checkins.claimReminders(clock.now(), Math.min(100, max - result.claimed));
      if (!batch.length) break;
      result.claimed += batch.length;
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const r = batch[next++];
          try {
            await remind(r, result);
          } catch (err) {
            result.failed++;
            logger?.error({ err, userId: r.userId, date: r.date }, "scheduler: reminder failed (not retried)");
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(4, batch.length) }, worker));
    }
    return result;
  }

  return { send, runReminders };
}

export interface DailySchedulerOptions {
  deps: BotDeps;
  api: Api;
  t: TranslateFor;
  beforePrompt?: readonly BeforePromptHook[];
  /** Global messages per second for the scheduler's sends (default 28, or PAID_RATE with PAID_BROADCAST; see RateLimiter). */
  perSecond?: number;
}

/**
 * With PAID_BROADCAST Telegram lets a bot send up to 1000 messages/s (each beyond the free 30/s is
 * paid in Stars); we stay a little below it, and send enough prompts side by side to reach it.
 */
export const PAID_PER_SECOND = 900;
const PAID_CONCURRENCY = 64;
const DEFAULT_CONCURRENCY = 4;

/** Slots an instance books per trip to Redis when it sends `concurrency` prompts side by side. */
export const limiterAhead = (concurrency: number): number => Math.min(2 * concurrency, 16);

/** The Scheduler the app runs: daily prompts on the shared due set, then reminders, every minute. */
export function createDailyScheduler(opts: DailySchedulerOptions): Scheduler {
  const { deps } = opts;
  const paid = deps.config.PAID_BROADCAST;
  const concurrency = paid ? PAID_CONCURRENCY : DEFAULT_CONCURRENCY;
  // Each instance books slots for two rounds of the prompts it sends side by side per trip to
  // Redis (at most 16: slots held longer go stale under load).
  const limiter = new RateLimiter(deps.redis, deps.config.REDIS_PREFIX, {
    perSecond: opts.perSecond ?? (paid ? PAID_PER_SECOND : undefined),
    ahead: limiterAhead(concurrency),
  });
  const job = createDailyJob({
    stores: deps.stores,
    api: opts.api,
    t: opts.t,
    defaultLocale: deps.config.DEFAULT_LOCALE,
    clock: deps.clock,
    limiter,
    logger: deps.logger,
    beforePrompt: opts.beforePrompt,
    paidBroadcast: paid,
  });
  const tick = { store: deps.stores.schedule, clock: deps.clock, send: job.send, logger: deps.logger, concurrency };
  return new Scheduler(tick, [job.runReminders], (r) => {
    deps.metrics?.prompts(r);
    deps.metrics?.ticked(new Date());
  });
}
