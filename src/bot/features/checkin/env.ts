import type { BotContext } from "../../context.js";
import type { Plan, PlanVersion } from "../../../trial/plan/plan.js";
import { localDateOf } from "../../../trial/time/next-occurrence.js";
import type { Translate } from "../../ui/format.js";
import { sessionsPlannedOn } from "../../../trial/phases/sessions.js";
import { firstTrackedDate, type Timeline } from "../../../trial/phases/timeline.js";
import { answerableDates, isAnswerable, notAnswerable } from "../../../trial/checkin/checkin.js";
import { longDate, weekdayDate } from "../../ui/format.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import type { CheckinReads } from "../../../store/checkin-reads.js";
import { endedByStop } from "../../../store/report-store.js";
import { takeCheckinReads } from "./read-ahead.js";
import { questionTime } from "../shared/question-time.js";

export interface CheckinEnv {
  userId: number;
  plan: Plan;
  /** Every plan version (the current one last), as read for this update. */
  versions?: PlanVersion[];
  /** The user's local date now, in the plan's zone. */
  today: string;
  /** The trial's first tracked date (the baseline start): no date before it is offered or saved. */
  first: string;
  now: Date;
  lang: string;
  t: Translate;
  /** The trial's later phases (withdrawal checks, the follow-up, later blocks). */
  timeline: Timeline;
  /** The day the "does not settle" stop ended this block: no session is asked about after it. */
  stoppedOn?: string;
  /**
   * What was stored around the tapped button's date when the update began (see read-ahead.ts). The
   * waiting question and that date's entry are used once, by the answer (takeAnswerReads); the
   * other dates and the prompted list stay valid, this update writes only the tapped date.
   */
  readAhead?: Omit<CheckinReads, "plan" | "timeline" | "ended"> & { answerTaken?: boolean };
}

/**
 * Entries of `dates` as read with the button (notes left out), when every one of them was read then
 * and none is the tapped date (which this update may have written); otherwise null.
 */
export function nearbyEntries(env: CheckinEnv, dates: readonly string[]): Map<string, Entry> | null {
  const r = env.readAhead;
  if (!r || dates.some((d) => d === r.date || !r.nearby.has(d))) return null;
  const out = new Map<string, Entry>();
  for (const d of dates) {
    const e = r.nearby.get(d);
    if (e) out.set(d, e);
  }
  return out;
}

/** The tapped date's waiting question and entry as read with the button, while the answer has not taken them. */
export function peekAnswerReads(env: CheckinEnv, date: string): Pick<CheckinReads, "state" | "entry"> | null {
  const r = env.readAhead;
  return r && r.date === date && !r.answerTaken ? { state: r.state, entry: r.entry } : null;
}

/** The same, once: the answer takes them before anything was written. */
export function takeAnswerReads(env: CheckinEnv, date: string): Pick<CheckinReads, "state" | "entry"> | null {
  const reads = peekAnswerReads(env, date);
  if (reads) env.readAhead!.answerTaken = true;
  return reads;
}

/** Whether `date` can be answered now (today or a few days back, never before the trial's first tracked date). */
export function canAnswer(env: Pick<CheckinEnv, "today" | "first">, date: string): boolean {
  return isAnswerable(date, env.today, env.first);
}

/** The dates that can be answered now, newest first; none before the baseline starts. */
export function openDates(env: Pick<CheckinEnv, "today" | "first">): string[] {
  return answerableDates(env.today, env.first);
}

/** What the user is told when `date` cannot be answered: before the trial, or too long ago. */
export function refusalText(env: Pick<CheckinEnv, "today" | "first" | "t" | "lang">, date: string): string {
  if (notAnswerable(date, env.today, env.first) !== "before-trial") return env.t("ci-expired");
  return env.t("ci-before-trial", { date: weekdayDate(date, env.lang), start: longDate(env.first, env.lang) });
}

/**
 * /checkin or /session before the baseline week: nothing can be answered yet. Says when the first
 * daily question comes, and that /plan moves the first session.
 */
export async function notStartedText(ctx: BotContext, env: Pick<CheckinEnv, "userId" | "first" | "plan" | "t" | "lang">): Promise<string> {
  const { fires } = await questionTime(ctx.deps.stores, env.userId, env.plan.prompt.time);
  return env.t("ci-not-started", { start: longDate(env.first, env.lang), time: fires, first: longDate(env.plan.firstSession, env.lang) });
}

/**
 * Whether sessions are planned on `date` for this user: none during a withdrawal check or the
 * follow-up, nor after the "does not settle" stop advised stopping them.
 */
export function sessionsPlanned(env: Pick<CheckinEnv, "timeline" | "plan" | "stoppedOn">, date: string): boolean {
  if (env.stoppedOn !== undefined && date > env.stoppedOn) return false;
  return sessionsPlannedOn(env.timeline, env.plan, date);
}

/** The user's plan and local date; null (after telling the user) when there is no plan. */
export async function envOf(ctx: BotContext, quiet = false): Promise<CheckinEnv | null> {
  const userId = ctx.from!.id;
  const ahead = await takeCheckinReads(ctx);
  // The reads go out together (one round trip); the timeline is simply unused without a plan.
  const [read, timeline, ended] = ahead
    ? [ahead.plan, ahead.timeline, ahead.ended]
    : await Promise.all([ctx.deps.stores.plans.read(userId), ctx.deps.stores.phases.read(userId), ctx.deps.stores.reports.ended(userId)]);
  const current = read.status === "ok" ? read.current : null;
  if (!current) {
    if (!quiet) await ctx.reply(ctx.t("ci-no-plan"));
    return null;
  }
  const now = ctx.deps.clock.now();
  const versions = read.status === "ok" ? read.versions : undefined;
  return {
    userId,
    plan: current.plan,
    versions,
    today: localDateOf(now, current.plan.prompt.zone),
    first: firstTrackedDate(current.plan, versions, timeline),
    now,
    lang: await ctx.i18n.getLocale(),
    t: (key, vars) => ctx.t(key, vars),
    timeline,
    // A mark of an earlier block does not count: a new block asks about its sessions again.
    stoppedOn: ended && endedByStop(ended) && ended.firstSession === current.plan.firstSession ? ended.date : undefined,
    readAhead: ahead ? { date: ahead.date, state: ahead.state, prompted: ahead.prompted, entry: ahead.entry, nearby: ahead.nearby } : undefined,
  };
}
