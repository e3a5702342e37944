/**
 * /pause and /resume, and the "pause?" question sent after three unanswered days. Paused block
 * days move the end of the block (week boundaries stay); the new end is shown each time. Paused
 * baseline days move nothing: the baseline has fewer scores, and the replies say how many.
 * A pause by an urgent safety cue is the safety feature's: its /resume runs before this one.
 * Its days lengthen the block too (src/store/pauses.ts counts both, overlapping days once).
 * Scheduled weekly summaries and the end-of-block report wait while paused and come with the
 * first daily question after /resume. A /resume after today's prompt time sends today's question
 * (and the held reports) at once (src/bot/features/checkin/after-pause.ts).
 */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { pauseAskData } from "./callback-data.js";
import { addDays, datesIn, trialCalendar } from "../../../trial/time/calendar.js";
import { baselineDays } from "../../../trial/checkin/baseline-days.js";
import { MIN_GATE_DAYS } from "../../../trial/analysis/measure.js";
import type { PauseReason } from "../../../store/trial-store.js";
import { allPausedDates, pausedDatesFrom, readPauses } from "../../../store/pauses.js";
import { envOf, type CheckinEnv } from "./env.js";
import { longDate } from "../../ui/format.js";
import { afterPauseLifted, deliverAfterPause, heldReportsLine, todayQuestionLine } from "./after-pause.js";
import { unlessExpected } from "../../telegram-errors.js";

export const pauseFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

async function pause(ctx: BotContext, env: CheckinEnv, reason: PauseReason) {
  const { t, lang, plan, userId, today } = env;
  const trial = ctx.deps.stores.trial;
  const before = await readPauses(ctx.deps.stores, userId);
  if (before.own.open) return ctx.reply(t("ci-already-paused", { since: longDate(before.own.open.since, lang) }));
  // Today counts as paused unless today's question already went out.
  const sched = await ctx.deps.stores.schedule.get(userId);
  const since = sched?.lastSentDate && sched.lastSentDate >= today ? addDays(today, 1) : today;
  await trial.pause(userId, since, reason);
  const after = { ...before, own: { ...before.own, open: { since, reason } } };
  const end = trialCalendar(plan, pausedDatesFrom(after, plan.prompt.zone, since)).blockEnd;
  if (since >= plan.firstSession) return ctx.reply(t("ci-paused", { since: longDate(since, lang), end: longDate(end, lang) }));
  const days = await baselineDaysNow(ctx, env, pausedDatesFrom(after, plan.prompt.zone, today));
  await ctx.reply(
    t("ci-paused-baseline", { since: longDate(since, lang), first: longDate(plan.firstSession, lang), end: longDate(end, lang), scored: days.scored, min: MIN_GATE_DAYS }),
  );
}

/** The baseline week's scored and still answerable days, given the paused dates. */
async function baselineDaysNow(ctx: BotContext, env: CheckinEnv, paused: readonly string[]) {
  const baseline = trialCalendar(env.plan).baseline;
  const entries = await ctx.deps.stores.checkins.entriesOn(env.userId, datesIn(baseline));
  const scored = new Set([...entries.values()].filter((e) => e.pain !== undefined).map((e) => e.date));
  return baselineDays(baseline, paused, scored, env.today);
}

/** The /resume line for a pause that took baseline days: those leave the block end where it was. */
async function resumedFromBaseline(
  ctx: BotContext,
  env: CheckinEnv,
  ended: { pause: { since: string }; days: number },
  paused: readonly string[],
  blockEnd: { end: string; planned: string },
) {
  const { t, lang, plan } = env;
  const pauseEnd = addDays(env.today, -1);
  const inBaseline = datesIn({ start: ended.pause.since, end: pauseEnd < plan.firstSession ? pauseEnd : addDays(plan.firstSession, -1) }).length;
  const days = await baselineDaysNow(ctx, env, paused);
  const dates = { end: longDate(blockEnd.end, lang), planned: longDate(blockEnd.planned, lang), first: longDate(plan.firstSession, lang) };
  const resumed = t("ci-resumed-baseline", { days: ended.days, inblock: ended.days - inBaseline, ...dates });
  if (plan.baseline.kind === "recalled") return resumed;
  const enough = days.scored + days.left >= MIN_GATE_DAYS ? "yes" : "no";
  return `${resumed}\n\n${t("ci-baseline-thinner", { scored: days.scored, left: days.left, min: MIN_GATE_DAYS, enough, first: dates.first })}`;
}

pauseFeature.command("pause", consented, async (ctx) => {
  const env = await envOf(ctx);
  if (env) await pause(ctx, env, "user");
});

pauseFeature.command("resume", consented, async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  const { t, lang, plan, userId, today } = env;
  const ended = await ctx.deps.stores.trial.resume(userId, today);
  if (!ended) return ctx.reply(t("ci-not-paused"));
  const paused = await allPausedDates(ctx.deps.stores, userId, today, plan.prompt.zone);
  const cal = trialCalendar(plan, paused);
  const planned = trialCalendar(plan).blockEnd;
  // Resumed after today's prompt time: today's question (and any held report) comes right away.
  const after = await afterPauseLifted(ctx, env);
  const fromBaseline = ended.days > 0 && ended.pause.since < plan.firstSession;
  const lines = [
    fromBaseline
      ? await resumedFromBaseline(ctx, env, ended, paused, { end: cal.blockEnd, planned })
      : t("ci-resumed", { days: ended.days, end: longDate(cal.blockEnd, lang), planned: longDate(planned, lang), total: cal.pausedInBlock.length }),
    todayQuestionLine(env, after) ?? t("ci-resumed-next", { time: after.questionTime }),
  ];
  // Weekly summaries and the end-of-block report wait during a pause: they come now or with the next question.
  const held = heldReportsLine(env, after);
  if (held) lines.push(held);
  await ctx.reply(lines.join("\n\n"));
  await deliverAfterPause(ctx, env, after);
});

pauseFeature.callbackQuery(pauseAskData.filter, consented, async (ctx) => {
  const data = pauseAskData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (!data) return ctx.reply(ctx.t("expired-button"));
  if (data.a === "keep") return ctx.reply(ctx.t("ci-keep-asking"));
  const env = await envOf(ctx);
  if (env) await pause(ctx, env, "unanswered");
});
