/**
 * The extend buttons under an end-of-block report ("➕ Extend one week", "➕ Extend the block by N
 * weeks"). The report came at the prompt time of the day after the block, R, instead of R's
 * question, and the days after R were passed in silence: once the block is extended they are block
 * days like any other. Extended on R after its prompt time, R's question comes right after the
 * reply (as when a pause is lifted late, after-pause.ts); the earlier of them, still answerable,
 * count as asked, so the back-fill offer after the next check-in names them.
 */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { compactDate, extendBlockData, reportActionData } from "../reports/callback-data.js";
import { extendBlock, type ExtendedBlock } from "../reports/extend.js";
import { loadTrial } from "../reports/service.js";
import { answerableDates } from "../../../trial/checkin/checkin.js";
import { readPauses } from "../../../store/pauses.js";
import { longDate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";
import { envOf, type CheckinEnv } from "./env.js";
import { silentOn } from "./daily-prompt.js";
import { afterPauseLifted, deliverAfterPause } from "./after-pause.js";

export const extendFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

async function onExtendTap(ctx: BotContext, data: { weeks: number; end: string } | null) {
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const userId = ctx.from!.id;
  const trial = await loadTrial(ctx.deps, userId);
  if (!trial) return ctx.reply(ctx.t("sum-no-plan"));
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (compactDate(trial.analysis.calendar.blockEnd) !== data.end) return ctx.reply(ctx.t("rep-stale"));
  const extended = await extendBlock(ctx.deps, userId, trial, data.weeks);
  if (!extended) return ctx.reply(ctx.t("rep-extend-max"));
  const env = await envOf(ctx);
  if (!env) return;
  await reopenPassedDays(ctx, env, extended);
  const after = await afterPauseLifted(ctx, env);
  const { t, lang } = env;
  const lines = [t("rep-extended", { weeks: extended.weeks, end: longDate(extended.blockEnd, lang), report: longDate(extended.finalReportDate, lang) })];
  if (after.askToday) lines.push(t("rep-extended-today"));
  await ctx.reply(lines.join("\n\n"));
  await deliverAfterPause(ctx, env, after);
}

/**
 * The days after the old block end and before today that the extension made block days: unless
 * answered, paused or past the late-entry window, they count as asked (the daily job passed them
 * without a question while the block was over).
 */
async function reopenPassedDays(ctx: BotContext, env: CheckinEnv, extended: ExtendedBlock): Promise<void> {
  const { stores } = ctx.deps;
  const days = answerableDates(env.today, env.first).filter((d) => d > extended.previousEnd && d < env.today);
  if (!days.length) return;
  const [entries, pauses] = await Promise.all([stores.checkins.entriesOn(env.userId, days), readPauses(stores, env.userId)]);
  const read = { pauses, timeline: env.timeline, versions: env.versions ?? [] };
  const open = days.filter((d) => entries.get(d)?.pain === undefined && !silentOn(read, env.plan, d));
  await stores.checkins.addPrompted(env.userId, open);
}

extendFeature.callbackQuery(extendBlockData.filter, consented, (ctx) => onExtendTap(ctx, extendBlockData.unpack(ctx.callbackQuery.data)));

extendFeature.callbackQuery(reportActionData.filter, consented, async (ctx, next) => {
  const data = reportActionData.unpack(ctx.callbackQuery.data);
  if (data && data.action !== "extend") return next();
  return onExtendTap(ctx, data && { weeks: 1, end: data.end });
});
