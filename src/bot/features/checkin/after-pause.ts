/**
 * What lifting a pause means for today — the user's own pause (/resume) and an urgent safety
 * pause ("I have been seen", "that's not what I meant") alike.
 *
 * The daily job goes through every day at the prompt time, paused or not: while the trial is
 * paused it sends no question and holds the scheduled reports, and it marks the day as done
 * (ScheduleStore.lastSentDate). A pause lifted on day R covers the days up to R − 1 only, so R is
 * a trial day again:
 * - lifted BEFORE R's prompt time: nothing to do, the question and any held reports come at the
 *   usual time;
 * - lifted AFTER it (the job has already been through R silently): R's question would not come
 *   before tomorrow and R would end up a missing day. So what R's prompt would have brought goes
 *   out at once, after the "welcome back" reply: the "does not settle" message and the reports
 *   held during the pause (each at most once, by their sent flags), then R's question — when R is
 *   a trial day, nothing else still pauses it, it was not asked already and has no answer yet.
 *   It is recorded like the daily job's prompt, so answering it saves R's entry.
 */
import type { BotContext } from "../../context.js";
import type { CheckinEnv } from "./env.js";
import { painQuestion } from "./keyboards.js";
import { isSilentOn, recordDailyPrompt } from "./daily-prompt.js";
import { reportsBeforePrompt, reportsWaiting } from "../reports/scheduled.js";

export interface AfterPause {
  /** The daily job has already been through today (its prompt time passed while paused). */
  todayPassed: boolean;
  /** Today's question goes out now, right after the "welcome back" reply. */
  askToday: boolean;
  /** Reports held during the pause really wait (not merely due later today); see reportsWaiting. */
  reportsWaiting: boolean;
}

/** Reads what today still needs; call right after the pause was lifted. */
export async function afterPauseLifted(ctx: BotContext, env: CheckinEnv): Promise<AfterPause> {
  const { stores } = ctx.deps;
  const { userId, plan, today } = env;
  const sched = await stores.schedule.get(userId);
  const todayPassed = !!sched?.lastSentDate && sched.lastSentDate >= today;
  let askToday = false;
  if (todayPassed) {
    const [silent, prompted, entry] = await Promise.all([
      isSilentOn(stores, userId, plan, today),
      stores.checkins.prompted(userId),
      stores.entries.get(userId, today),
    ]);
    askToday = !silent && !prompted.includes(today) && entry?.pain === undefined;
  }
  return { todayPassed, askToday, reportsWaiting: await reportsWaiting(ctx.deps, userId, todayPassed) };
}

/** The "held back" line of a welcome-back message: the reports come now or with the next question. */
export function heldReportsLine(env: CheckinEnv, state: AfterPause): string | null {
  if (!state.reportsWaiting) return null;
  return state.todayPassed ? env.t("reports-held-now") : env.t("reports-held-next", { time: env.plan.prompt.time });
}

/** The line announcing today's question, sent at once; null when it is not sent now. */
export function todayQuestionLine(env: CheckinEnv, state: AfterPause): string | null {
  return state.askToday ? env.t("resume-today-now", { time: env.plan.prompt.time }) : null;
}

/**
 * After the welcome-back reply: when today's prompt time has passed, what that prompt would have
 * brought — held messages first (as before a daily prompt), then today's question.
 */
export async function deliverAfterPause(ctx: BotContext, env: CheckinEnv, state: AfterPause): Promise<void> {
  if (!state.todayPassed) return;
  const { deps } = ctx;
  const { userId, plan, today } = env;
  await reportsBeforePrompt(deps, ctx.api)(userId, today); // logs its own errors, never throws
  // A "does not settle" stop sent just now pauses the prompts again.
  if (!state.askToday || (await isSilentOn(deps.stores, userId, plan, today))) return;
  const view = painQuestion(env.t, today, plan.painScale, env.lang);
  await ctx.reply(view.text, { reply_markup: view.markup });
  try {
    await recordDailyPrompt(deps.stores, deps.clock, userId, today, ctx.profile?.reminders !== false);
  } catch (err) {
    deps.logger.error({ err, userId, date: today }, "resume: today's question sent but its bookkeeping failed");
  }
}
