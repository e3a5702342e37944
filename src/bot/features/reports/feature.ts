import { FeatureComposer } from "../../feature-composer.js";
import { randomBytes } from "node:crypto";

import { endTrialKeyboard } from "./keyboards.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { compactDate, endTrialData, reportActionData, reportViewData } from "./callback-data.js";
import { PLAN_SETUP, ask, stepEnv } from "../setup/conversation.js";
import { MAX_BLOCKS, runningWithdrawal } from "../../../trial/phases/timeline.js";
import { finalMessage, summaryMessage } from "./messages.js";
import { buildFinalReport, buildReportDetails, loadTrial, type LoadedTrial } from "./service.js";
import { evidenceText } from "./final.js";
import { loadPhases } from "./phase-load.js";
import { nextBlockAdvice } from "./next-block.js";
import { nextBlockDraft } from "./next-block-plan.js";
import { choicesNow, notOfferedText, withdrawalDates } from "./choices.js";
import { sendReport } from "./send.js";
import { attachClinicianReport } from "./report-command.js";
import { checkSettleRule } from "./scheduled.js";
import { audit } from "../../../logger.js";
import { settleInputChangeOf } from "./changes.js";
import { longDate, toLang, type Translate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";
import { withWebappButton } from "../../ui/webapp-button.js";
import { followUpOfferKeyboard } from "./phase-keyboards.js";

/**
 * /summary (weeks so far with the chart), /summary final (the end-of-block report, interim before
 * the end), /endtrial, and the buttons under a final report: another block with changes, end the
 * trial (extending the block is the check-in feature's, checkin/extend.ts).
 */
export const summaryFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

/**
 * The "does not settle" rule right after an answer: this wraps the rest of the chain (the check-in
 * features come after this one), so once a check-in, a late entry, a correction or a logged session
 * has saved a pain score or a session day, the check is queued to run as soon as the update is
 * handled: a first firing gets its message and a second one the stop outcome at once. Other updates (markers, notes, settings, commands) cannot
 * change the rule's outcome and skip it (it reloads the whole trial; see bench/); the
 * daily prompt checks it in any case. The check is idempotent and never throws.
 */
summaryFeature.use(async (ctx, next) => {
  await next();
  const userId = ctx.from?.id;
  if (!userId || !ctx.profile?.consent) return;
  const change = settleInputChangeOf(ctx);
  if (!change) return;
  ctx.afterUpdate.push(async () => {
    try {
      await checkSettleRule(ctx.deps, ctx.api, userId, { versions: change.versions, timeline: change.timeline });
    } catch (err) {
      ctx.deps.logger.error({ err, userId }, "reports: settle check after an answer failed");
    }
  });
});

async function context(ctx: BotContext) {
  const lang = toLang(await ctx.i18n.getLocale());
  return { lang, t: ctx.t as Translate, userId: ctx.from!.id, chatId: ctx.chat?.id ?? ctx.from!.id };
}

async function sendFinal(ctx: BotContext, trial: LoadedTrial) {
  const { t, lang, userId, chatId } = await context(ctx);
  const report = await buildFinalReport(ctx.deps, userId, t, lang, trial);
  await sendReport(ctx.api, chatId, finalMessage(t, report));
  if (report.kind !== "interim") await attachClinicianReport(ctx.deps, ctx.api, chatId, t, lang, trial);
}

summaryFeature.command("summary", consented, async (ctx) => {
  const { t, lang, userId, chatId } = await context(ctx);
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  const arg = (typeof ctx.match === "string" ? ctx.match : "").trim().toLowerCase();
  if (["final", "finale", "end", "ende"].includes(arg)) return sendFinal(ctx, trial);
  await ctx.replyWithChatAction("upload_photo").catch(unlessExpected(ctx.deps.logger, "chat action"));
  const summary = summaryMessage(t, lang, trial);
  await sendReport(ctx.api, chatId, { ...summary, keyboard: withWebappButton(t, ctx.deps.config, summary.keyboard) });
});

summaryFeature.command("endtrial", consented, async (ctx) => {
  const { t, lang, userId } = await context(ctx);
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  if (trial.ended) return ctx.reply(t("endtrial-already", { date: longDate(trial.ended.date, lang) }));
  const token = randomBytes(6).toString("base64url");
  await ctx.deps.stores.userData.newConfirmToken(userId, token, 600, "endTrial");
  const end = longDate(trial.analysis.calendar.blockEnd, lang);
  const withdrawal = runningWithdrawal(trial.timeline, trial.today);
  const text = withdrawal ? t("endtrial-confirm-withdrawal", { end, ...withdrawalDates(withdrawal, lang) }) : t("endtrial-confirm", { end });
  await ctx.reply(text, {
    reply_markup: endTrialKeyboard(t, token),
  });
});

/**
 * Marks the current block's trial ended and stops the daily questions, unless a withdrawal check
 * runs: the daily job keeps asking its days and sends its report on the day after it (phases/).
 */
async function endTrial(ctx: BotContext, trial: LoadedTrial): Promise<LoadedTrial> {
  const ended = { date: trial.today, at: ctx.deps.clock.now().toISOString(), firstSession: trial.analysis.calendar.firstSession, by: "user" as const };
  await ctx.deps.stores.reports.setEnded(ctx.from!.id, ended);
  audit(ctx.deps.logger, "trial-ended", ctx.from!.id);
  if (!runningWithdrawal(trial.timeline, trial.today)) await ctx.deps.stores.schedule.remove(ctx.from!.id);
  return { ...trial, ended };
}

summaryFeature.callbackQuery(endTrialData.filter, consented, async (ctx) => {
  const data = endTrialData.unpack(ctx.callbackQuery.data);
  const { t, lang, userId } = await context(ctx);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (!data) return ctx.reply(t("expired-button"));
  // One tap per confirmation: an old "Yes" cannot end a later block.
  if (!(await ctx.deps.stores.userData.takeConfirmToken(userId, data.token, "endTrial"))) return ctx.reply(t("expired-button"));
  if (data.choice === "no") return ctx.reply(t("endtrial-kept"));
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  if (trial.ended) return ctx.reply(t("endtrial-already", { date: longDate(trial.ended.date, lang) }));
  const ended = await endTrial(ctx, trial);
  const withdrawal = runningWithdrawal(trial.timeline, trial.today);
  const done = withdrawal ? t("endtrial-done-withdrawal", withdrawalDates(withdrawal, lang)) : t("endtrial-done");
  await ctx.reply(`${done}\n\n${t("retention-line", { days: ctx.deps.config.RETENTION_DAYS })}`);
  await sendFinal(ctx, ended);
  await ctx.reply(t("fu-offer"), { reply_markup: followUpOfferKeyboard(t) });
});

/** "Details" / "What studies say" under a report: sent as new messages; the report keeps its buttons. */
summaryFeature.callbackQuery(reportViewData.filter, consented, async (ctx) => {
  const data = reportViewData.unpack(ctx.callbackQuery.data);
  const { t, lang, userId, chatId } = await context(ctx);
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(t("expired-button"));
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  if (data.part === "e") return sendReport(ctx.api, chatId, { text: evidenceText(t, trial.analysis.plan.painScale, lang) });
  if (compactDate(trial.analysis.calendar.blockEnd) !== data.end) return ctx.reply(t("rep-stale"));
  await sendReport(ctx.api, chatId, { text: await buildReportDetails(ctx.deps, userId, t, lang, trial) });
});

summaryFeature.callbackQuery(reportActionData.filter, consented, async (ctx, next) => {
  const data = reportActionData.unpack(ctx.callbackQuery.data);
  // Extending takes the daily questions up again: the check-in feature answers it (checkin/extend.ts).
  if (data?.action === "extend") return next();
  const { t, lang, userId } = await context(ctx);
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(t("expired-button"));
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  const { calendar } = trial.analysis;
  if (compactDate(calendar.blockEnd) !== data.end) {
    await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
    return ctx.reply(t("rep-stale"));
  }
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const { deps } = ctx;

  if (data.action === "end") {
    if (!trial.ended) await endTrial(ctx, trial);
    // Ending instead of another block: its plan, not yet saved, goes with it.
    if ((await deps.stores.drafts.get(userId))?.nextBlock) {
      await deps.stores.drafts.remove(userId);
      await ctx.conversation.exit(PLAN_SETUP);
    }
    const withdrawal = runningWithdrawal(trial.timeline, trial.today);
    const endedText = withdrawal ? t("rep-ended-withdrawal", withdrawalDates(withdrawal, lang)) : t("rep-ended");
    await ctx.reply(`${endedText} ${t("retention-line", { days: ctx.deps.config.RETENTION_DAYS })}`);
    return ctx.reply(t("fu-offer"), { reply_markup: followUpOfferKeyboard(t) });
  }

  // Another block with changes (at most 4; none after a stop): a word on what this block's outcome
  // suggests changing, then the plan editor on the next block's draft. Nothing else is stored
  // until its plan is confirmed (next-block-plan.ts).
  const now = choicesNow(trial);
  if (!now.choices.includes("block")) return ctx.reply(notOfferedText(t, now, lang));
  const { outcome } = now;
  const phases = await loadPhases(deps, userId);
  if (!phases || phases.block >= MAX_BLOCKS) return ctx.reply(t("nb-max"));
  await ctx.reply(nextBlockAdvice(t, outcome));
  const draft = await nextBlockDraft(deps, userId, trial);
  await deps.stores.drafts.save(userId, draft);
  await ctx.conversation.exit(PLAN_SETUP);
  await ctx.reply(t("rep-block-intro", { date: longDate(draft.answers.firstSession!, lang) }));
  if (deps.config.WASH_IN_DAYS > 0) await ctx.reply(t("nb-wash-in", { days: deps.config.WASH_IN_DAYS }));
  await ask(ctx, t, draft, await stepEnv(deps, userId, draft, lang));
});
