import type { BotContext } from "../../context.js";
import type { Plan, PlanVersion } from "../../../trial/plan/plan.js";
import { localDateOf } from "../../../trial/time/next-occurrence.js";
import type { Translate } from "../../ui/format.js";
import { sessionsPlannedOn } from "../../../trial/phases/sessions.js";
import type { Timeline } from "../../../trial/phases/timeline.js";

export interface CheckinEnv {
  userId: number;
  plan: Plan;
  /** Every plan version (the current one last), as read for this update. */
  versions?: PlanVersion[];
  /** The user's local date now, in the plan's zone. */
  today: string;
  now: Date;
  lang: string;
  t: Translate;
  /** The trial's later phases (withdrawal checks, the follow-up, later blocks). */
  timeline: Timeline;
}

/** Whether sessions are planned on `date` for this user (none during a withdrawal check or the follow-up). */
export function sessionsPlanned(env: Pick<CheckinEnv, "timeline" | "plan">, date: string): boolean {
  return sessionsPlannedOn(env.timeline, env.plan, date);
}

/** The user's plan and local date; null (after telling the user) when there is no plan. */
export async function envOf(ctx: BotContext, quiet = false): Promise<CheckinEnv | null> {
  const userId = ctx.from!.id;
  // Both reads go out together (one round trip); the timeline is simply unused without a plan.
  const [read, timeline] = await Promise.all([ctx.deps.stores.plans.read(userId), ctx.deps.stores.phases.read(userId)]);
  const current = read.status === "ok" ? read.current : null;
  if (!current) {
    if (!quiet) await ctx.reply(ctx.t("ci-no-plan"));
    return null;
  }
  const now = ctx.deps.clock.now();
  return {
    userId,
    plan: current.plan,
    versions: read.status === "ok" ? read.versions : undefined,
    today: localDateOf(now, current.plan.prompt.zone),
    now,
    lang: await ctx.i18n.getLocale(),
    t: (key, vars) => ctx.t(key, vars),
    timeline,
  };
}
