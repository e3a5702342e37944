import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { compactDate } from "../reports/callback-data.js";
import { toLang, type Translate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";
import { audit } from "../../../logger.js";
import { withdrawData } from "./callback-data.js";
import { loadPhases } from "./load.js";
import { startWithdrawal, withdrawalStartedText } from "./withdrawal.js";

/** What comes after a block: the withdrawal check (two weeks without sessions, the daily question goes on). */
export const phasesFeature = new Composer<BotContext>();
const consented = requireConsent();

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
