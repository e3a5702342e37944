/** /session: log an extra or moved massage session for today or one of the last 3 days. */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { sessionDayData } from "./callback-data.js";
import { sessionDaysKeyboard } from "./keyboards.js";
import { applyAnswer } from "./flow.js";
import { canAnswer, envOf, notStartedText, openDates, refusalText } from "./env.js";
import { weekdayDate } from "../../ui/format.js";
import { unlessExpected } from "../../telegram-errors.js";

export const sessionFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

sessionFeature.command("session", consented, async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  const dates = openDates(env);
  if (!dates.includes(env.today)) return ctx.reply(await notStartedText(ctx, env));
  const entries = await ctx.deps.stores.checkins.entriesOn(env.userId, dates);
  const kb = sessionDaysKeyboard(env.t, dates, (d) => entries.get(d)?.session === true, env.lang);
  await ctx.reply(env.t("ci-session-which"), { reply_markup: kb });
});

sessionFeature.callbackQuery(sessionDayData.filter, consented, async (ctx) => {
  const data = sessionDayData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const env = await envOf(ctx);
  if (!env) return;
  if (!canAnswer(env, data.date)) return ctx.reply(refusalText(env, data.date));
  const existing = await ctx.deps.stores.entries.get(env.userId, data.date);
  if (existing?.session === true) return ctx.reply(env.t("ci-session-already", { date: weekdayDate(data.date, env.lang) }));
  // The /session flow ends after the reaction question.
  await ctx.deps.stores.checkins.setState(env.userId, { kind: "answer", date: data.date, step: "session", late: data.date < env.today, flow: "session" });
  await applyAnswer(ctx, env, data.date, { kind: "session", value: true });
});
