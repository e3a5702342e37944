/**
 * Today's question sent at once from a chat, when the daily job will not send it: a pause lifted
 * after the prompt time, or /settime moving the time to a time of day already past. What today's
 * prompt would have brought goes out: held messages and reports first (each at most once), then
 * the question when today is a trial day still unasked and unanswered, recorded like the daily prompt.
 */
import type { BotContext } from "../../context.js";
import type { Stores } from "../../../store/stores.js";
import type { Plan } from "../../../trial/plan/plan.js";
import { sessionsPlanned, type CheckinEnv } from "./env.js";
import { firstQuestion, isSilentOn, recordDailyPrompt } from "./daily-prompt.js";
import { reportsBeforePrompt } from "../reports/scheduled.js";

/** Whether `date` still wants its question: a trial day, not asked yet, without a pain answer. */
export async function stillToAsk(stores: Stores, userId: number, plan: Plan, date: string): Promise<boolean> {
  const [silent, prompted, entry] = await Promise.all([isSilentOn(stores, userId, plan, date), stores.checkins.prompted(userId), stores.entries.get(userId, date)]);
  return !silent && !prompted.includes(date) && entry?.pain === undefined;
}

/** Held reports for `env.today`, then (when `ask`) today's question, recorded like the daily prompt. */
export async function deliverToday(ctx: BotContext, env: CheckinEnv, ask: boolean): Promise<void> {
  const { deps } = ctx;
  const { userId, plan, today } = env;
  await reportsBeforePrompt(deps, ctx.api)(userId, today); // logs its own errors, never throws
  // A "does not settle" stop sent just now pauses the prompts again.
  if (!ask || (await isSilentOn(deps.stores, userId, plan, today))) return;
  const view = firstQuestion(env.t, plan, today, await deps.stores.entries.get(userId, today), env.lang, env.now, {
    sessionsPlanned: sessionsPlanned(env, today),
  });
  const sent = await ctx.reply(view.text, { reply_markup: view.markup });
  try {
    await recordDailyPrompt(deps.stores, deps.clock, userId, today, ctx.profile?.reminders !== false, view.step, sent.message_id);
  } catch (err) {
    deps.logger.error({ err, userId, date: today }, "today's question sent at once, but its bookkeeping failed");
  }
}
