import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { compactDate } from "../reports/callback-data.js";
import { localToday } from "../reports/service.js";
import { longDate, toLang, type Translate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";
import { audit } from "../../../logger.js";
import { settleInputChangeOf } from "../reports/changes.js";
import { followUpRunning, nextCheckpoint } from "../../../trial/phases/followup.js";
import { followUpData, withdrawData } from "../reports/phase-callback-data.js";
import { followUpPausedKeyboard, followUpRunningKeyboard } from "../reports/phase-keyboards.js";
import { loadPhases } from "../reports/phase-load.js";
import { startWithdrawal, withdrawalStartedText } from "./withdrawal.js";
import { followUpStartedText, sendHowItHeld, startFollowUp } from "./followup.js";

/**
 * What comes after a block: the withdrawal check (two weeks without sessions, the daily question
 * goes on) and the follow-up (weekly for 4 weeks, then at 3 and 6 months), which /endtrial stops.
 */
export const phasesFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

/** After a saved pain score: the follow-up's "how it held" note, when it answered a checkpoint. */
phasesFeature.use(async (ctx, next) => {
  await next();
  const userId = ctx.from?.id;
  const change = settleInputChangeOf(ctx);
  if (!userId || !ctx.profile?.consent || !change) return;
  // The timeline the answer read says whether a follow-up runs at all (the common case: it does not).
  if (change.timeline && !change.timeline.followUp) return;
  ctx.afterUpdate.push(async () => {
    try {
      if (!change.timeline && !(await ctx.deps.stores.phases.read(userId)).followUp) return;
      const loaded = await loadPhases(ctx.deps, userId);
      if (loaded) await sendHowItHeld(ctx.deps, ctx.api, userId, loaded);
    } catch (err) {
      ctx.deps.logger.error({ err, userId }, "phases: follow-up note after an answer failed");
    }
  });
});

/** /endtrial during a follow-up stops the follow-up; otherwise it ends the block as before. */
phasesFeature.command("endtrial", consented, async (ctx, next) => {
  const userId = ctx.from!.id;
  const timeline = await ctx.deps.stores.phases.read(userId);
  const plan = await ctx.deps.stores.plans.current(userId);
  const today = plan ? localToday(ctx.deps, plan.plan.prompt.zone) : null;
  if (!timeline.followUp || !today || timeline.followUp.stoppedOn) return next();
  await ctx.deps.stores.phases.setFollowUp(userId, { ...timeline.followUp, stoppedOn: today });
  return ctx.reply(ctx.t("fu-stopped"));
});

phasesFeature.callbackQuery(withdrawData.filter, consented, async (ctx) => {
  const data = withdrawData.unpack(ctx.callbackQuery.data);
  const t = ctx.t as Translate;
  const lang = toLang(await ctx.i18n.getLocale());
  const userId = ctx.from.id;
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(t("expired-button"));
  const loaded = await loadPhases(ctx.deps, userId);
  if (!loaded) return ctx.reply(t("sum-no-plan"));
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (compactDate(loaded.trial.analysis.calendar.blockEnd) !== data.end) return ctx.reply(t("rep-stale"));
  const started = await startWithdrawal(ctx.deps, userId, loaded);
  if (!started) return ctx.reply(t("wd-not-now"));
  audit(ctx.deps.logger, "phase-started", userId);
  return ctx.reply(withdrawalStartedText(t, started, lang));
});

phasesFeature.callbackQuery(followUpData.filter, consented, async (ctx) => {
  const data = followUpData.unpack(ctx.callbackQuery.data);
  const t = ctx.t as Translate;
  const lang = toLang(await ctx.i18n.getLocale());
  const userId = ctx.from.id;
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(t("expired-button"));
  const plan = await ctx.deps.stores.plans.current(userId);
  if (!plan) return ctx.reply(t("sum-no-plan"));
  const today = localToday(ctx.deps, plan.plan.prompt.zone);
  const f = (await ctx.deps.stores.phases.read(userId)).followUp;
  const edit = (markup?: ReturnType<typeof followUpRunningKeyboard>) =>
    ctx.editMessageReplyMarkup(markup ? { reply_markup: markup } : undefined).catch(unlessExpected(ctx.deps.logger, "changing the follow-up buttons"));

  if (data.action === "no") {
    await edit();
    return ctx.reply(t("fu-declined"));
  }
  if (data.action === "start") {
    await edit();
    if (f && followUpRunning(f, today)) return ctx.reply(t("fu-already"));
    const points = await startFollowUp(ctx.deps, userId, plan.plan);
    audit(ctx.deps.logger, "phase-started", userId);
    return ctx.reply(followUpStartedText(t, points, lang));
  }
  if (!f || f.stoppedOn) {
    await edit();
    return ctx.reply(t("fu-no-active"));
  }
  if (data.action === "stop") {
    await edit();
    await ctx.deps.stores.phases.setFollowUp(userId, { ...f, stoppedOn: today });
    return ctx.reply(t("fu-stopped"));
  }
  if (data.action === "pause") {
    await edit(followUpPausedKeyboard(t));
    if (!f.pausedSince) await ctx.deps.stores.phases.setFollowUp(userId, { ...f, pausedSince: today });
    return ctx.reply(t("fu-paused"));
  }
  await edit(followUpRunningKeyboard(t));
  const { pausedSince: _, ...resumed } = f;
  await ctx.deps.stores.phases.setFollowUp(userId, resumed);
  await ctx.deps.stores.schedule.upsert(userId, plan.plan.prompt);
  const next = nextCheckpoint(resumed, today);
  return ctx.reply(next ? t("fu-resumed", { date: longDate(next.date, lang) }) : t("fu-resumed-none"));
});
