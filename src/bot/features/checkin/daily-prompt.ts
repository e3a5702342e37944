import type { Clock } from "../../../clock.js";
import type { Stores } from "../../../store/stores.js";
import { pausedDatesFrom, readPauses, type TrialPauses } from "../../../store/pauses.js";
import { asksOnTimeline } from "../../../store/phase-store.js";
import { notCountedDates, type Timeline } from "../../../trial/phases/timeline.js";
import type { PlanVersion } from "../../../trial/plan/plan.js";
import { sessionsPlannedOn } from "../../../trial/phases/sessions.js";
import { silencesPrompts } from "../../../trial/checkin/pauses.js";
import { trialCalendar } from "../../../trial/time/calendar.js";
import type { Plan } from "../../../trial/plan/plan.js";
import { emptyEntry, firstOpenStep, type CheckinStep } from "../../../trial/checkin/checkin.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import { dailyQuestion, type DailyOptions, type View } from "./keyboards.js";
import type { Translate } from "../../ui/format.js";
import { reminderAt } from "../../../trial/time/quiet-hours.js";

/** The day's first question as sent by the daily prompt (the session on session days, else pain) and the step it waits for. */
export function firstQuestion(
  t: Translate,
  plan: Plan,
  date: string,
  existing: Entry | null,
  lang: string,
  now: Date,
  opts: DailyOptions = {},
): View & { step: CheckinStep } {
  const entry = existing ?? emptyEntry(date, plan.painScale, now);
  const open = firstOpenStep(plan, entry, opts.sessionsPlanned);
  return { ...dailyQuestion(t, plan, entry, lang, opts), step: open === "done" ? "pain" : open };
}

/**
 * The id to note on a waiting question (AnswerState.q) for the message that asked it: only a pain or
 * marker question has a number keyboard for a typed answer to mark answered.
 */
export function questionMessage(step: CheckinStep, messageId: number): number | undefined {
  return step === "pain" || step === "marker" ? messageId : undefined;
}

/** Whether sessions are planned on `date` (none during a withdrawal check or the follow-up): the session question is asked only then. */
export async function sessionsPlannedFor(stores: Stores, userId: number, plan: Plan, date: string): Promise<boolean> {
  return sessionsPlannedOn(await stores.phases.read(userId), plan, date);
}

/**
 * No daily question on `date`: a standing urgent cue or "does not settle" stop, a paused date, or
 * a date outside the trial window (before the baseline, after the block as lengthened by pauses).
 * The daily job asks this before each prompt; lifting a pause asks it before sending today's
 * question at once (after-pause.ts).
 */
export async function isSilentOn(stores: Stores, userId: number, plan: Plan, date: string): Promise<boolean> {
  const [pauses, timeline] = await Promise.all([readPauses(stores, userId), stores.phases.read(userId)]);
  const read = timeline.blocks.length ? await stores.plans.read(userId) : null;
  return silentOn({ pauses, timeline, versions: read?.status === "ok" ? read.versions : [] }, plan, date);
}

/** isSilentOn over data already read (`versions` matter only with later blocks). */
export function silentOn(read: { pauses: TrialPauses; timeline: Timeline; versions: PlanVersion[] }, plan: Plan, date: string): boolean {
  // A standing urgent cue or "does not settle" stop silences the prompts.
  if (read.pauses.safety.some(silencesPrompts)) return true;
  const paused = pausedDatesFrom(read.pauses, plan.prompt.zone, date);
  if (paused.includes(date)) return true;
  // A withdrawal check keeps the daily question going after the block (src/bot/features/phases/).
  if (asksOnTimeline(read.timeline, date)) return false;
  // A later block's wash-in days are asked but not counted: they lengthen the block like paused days.
  const washIn = read.timeline.blocks.length && read.versions.length ? notCountedDates(read.versions, read.timeline) : [];
  const cal = trialCalendar(plan, [...paused, ...washIn]);
  return date < cal.baseline.start || date > cal.blockEnd;
}

/**
 * The daily question for `date` went out: remember it as prompted, wait for its pain answer, and
 * schedule its one reminder (when the user wants reminders). The same bookkeeping for the daily
 * job's prompt and for today's question sent at once when a pause is lifted late.
 */
export async function recordDailyPrompt(
  stores: Stores,
  clock: Clock,
  userId: number,
  date: string,
  reminders: boolean,
  step: CheckinStep = "pain",
  messageId?: number,
): Promise<void> {
  const q = messageId === undefined ? undefined : questionMessage(step, messageId);
  await stores.checkins.recordPrompt(userId, date, { kind: "answer", date, step, late: false, flow: "daily", q });
  if (reminders) {
    const hours = await stores.checkins.remindHours(userId);
    const now = clock.now();
    const sched = await stores.schedule.get(userId);
    // Never in quiet hours or after the day's midnight (moved before the quiet hours, or none).
    const at = sched ? reminderAt(now, hours, date, sched.zone, sched.quiet) : new Date(now.getTime() + hours * 3_600_000);
    if (at) await stores.checkins.scheduleReminder(userId, date, at);
  }
}
