/**
 * The extend buttons under an end-of-block report ("➕ Extend one week", "➕ Extend the block by N
 * weeks"). The report came at the prompt time of the day after the block, R, instead of R's
 * question. Extended on R after its prompt time, R's question comes right after the reply (as when
 * a pause is lifted late, after-pause.ts). Extended later, the days from R to yesterday had no
 * question: they are paused, not missed (reports/extend.ts), and the reply says so.
 */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { compactDate, extendBlockData, reportActionData } from "../reports/callback-data.js";
import { extendBlock } from "../reports/extend.js";
import { loadTrial } from "../reports/service.js";
import { choicesNow, notOfferedText } from "../reports/choices.js";
import { datesIn } from "../../../trial/time/calendar.js";
import { dateRange, longDate, shortDate, toLang, type Translate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";
import { envOf } from "./env.js";
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
  // An older keyboard may still offer it after a stop or a no-go, which advise no more of the same,
  // or while a withdrawal check runs, whose massage-free days must not become block days.
  const now = choicesNow(trial);
  if (!now.choices.includes("extend") && !now.choices.includes("extend_n")) return ctx.reply(notOfferedText(ctx.t as Translate, now, toLang(await ctx.i18n.getLocale())));
  const extended = await extendBlock(ctx.deps, userId, trial, data.weeks);
  if (!extended) return ctx.reply(ctx.t("rep-extend-max"));
  const env = await envOf(ctx);
  if (!env) return;
  const after = await afterPauseLifted(ctx, env);
  const { t, lang } = env;
  const lines = [t("rep-extended", { weeks: extended.weeks, end: longDate(extended.blockEnd, lang), report: longDate(extended.finalReportDate, lang) })];
  if (extended.unasked.length) {
    const days = extended.unasked.reduce((n, [start, end]) => n + datesIn({ start, end }).length, 0);
    lines.push(t("rep-extended-paused", { dates: rangesText(extended.unasked, lang), days }));
  }
  if (after.askToday) lines.push(t("rep-extended-today"));
  await ctx.reply(lines.join("\n\n"));
  await deliverAfterPause(ctx, env, after);
}

/** "Apr 14 – Apr 16, Apr 18": the unasked days, a range per run of days. */
function rangesText(ranges: readonly [string, string][], lang: string): string {
  return ranges.map(([start, end]) => (start === end ? shortDate(start, lang) : dateRange(start, end, lang))).join(", ");
}

extendFeature.callbackQuery(extendBlockData.filter, consented, (ctx) => onExtendTap(ctx, extendBlockData.unpack(ctx.callbackQuery.data)));

extendFeature.callbackQuery(reportActionData.filter, consented, async (ctx, next) => {
  const data = reportActionData.unpack(ctx.callbackQuery.data);
  if (data && data.action !== "extend") return next();
  return onExtendTap(ctx, data && { weeks: 1, end: data.end });
});
