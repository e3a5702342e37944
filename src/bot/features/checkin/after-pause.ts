/**
 * What lifting a pause (the user's own or an urgent safety pause) means for today, R. The daily
 * job walks through paused days silently and marks them done, so a pause lifted after R's prompt
 * time would leave R without a question: then what R's prompt would have brought goes out at
 * once, after the "welcome back" reply — held messages and reports (each at most once), then R's
 * question if R is a trial day still unasked and unanswered, recorded like the daily prompt.
 */
import type { BotContext } from "../../context.js";
import type { CheckinEnv } from "./env.js";
import { reportsWaiting } from "../reports/scheduled.js";
import { firingTime } from "../../../store/schedule-store.js";
import { deliverToday, stillToAsk } from "./today-now.js";

export interface AfterPause {
  /** The daily job has already been through today (its prompt time passed while paused). */
  todayPassed: boolean;
  /** Today's question goes out now, right after the "welcome back" reply. */
  askToday: boolean;
  /** Reports held during the pause really wait (not merely due later today); see reportsWaiting. */
  reportsWaiting: boolean;
  /** The local time the daily question really comes at (quiet hours applied). */
  questionTime: string;
}

/** Reads what today still needs; call right after the pause was lifted. */
export async function afterPauseLifted(ctx: BotContext, env: CheckinEnv): Promise<AfterPause> {
  const { stores } = ctx.deps;
  const { userId, plan, today } = env;
  const sched = await stores.schedule.get(userId);
  const todayPassed = !!sched?.lastSentDate && sched.lastSentDate >= today;
  const askToday = todayPassed && (await stillToAsk(stores, userId, plan, today));
  const questionTime = sched ? firingTime(sched) : plan.prompt.time;
  return { todayPassed, askToday, reportsWaiting: await reportsWaiting(ctx.deps, userId, todayPassed), questionTime };
}

/** The "held back" line of a welcome-back message: the reports come now or with the next question. */
export function heldReportsLine(env: CheckinEnv, state: AfterPause): string | null {
  if (!state.reportsWaiting) return null;
  return state.todayPassed ? env.t("reports-held-now") : env.t("reports-held-next", { time: state.questionTime });
}

/** The line announcing today's question, sent at once; null when it is not sent now. */
export function todayQuestionLine(env: CheckinEnv, state: AfterPause): string | null {
  return state.askToday ? env.t("resume-today-now", { time: state.questionTime }) : null;
}

/**
 * After the welcome-back reply: when today's prompt time has passed, what that prompt would have
 * brought — held messages first (as before a daily prompt), then today's question.
 */
export async function deliverAfterPause(ctx: BotContext, env: CheckinEnv, state: AfterPause): Promise<void> {
  if (state.todayPassed) await deliverToday(ctx, env, state.askToday);
}
