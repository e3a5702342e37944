/** "⏰ Later" under the daily prompt: pick when it comes once more, or "Ask me tomorrow". */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { snoozeData } from "./callback-data.js";
import { snoozeKeyboard } from "./keyboards.js";
import { unlessExpected } from "../../telegram-errors.js";
import { localClock, snoozeAt, snoozeChoices } from "../../../trial/time/quiet-hours.js";

export const snoozeFeature = new FeatureComposer<BotContext>();

snoozeFeature.callbackQuery(snoozeData.filter, requireConsent(), async (ctx) => {
  const data = snoozeData.unpack(ctx.callbackQuery.data);
  const { stores, clock, logger } = ctx.deps;
  const sched = data && (await stores.schedule.get(ctx.from.id));
  if (!data || !sched) return ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
  const now = clock.now();
  const choices = snoozeChoices(now, data.date, sched.zone, sched.quiet).map((c) => c.choice);
  if (data.c === "m") {
    await ctx.answerCallbackQuery();
    return ctx
      .editMessageText(ctx.t("ci-snooze-pick"), { reply_markup: snoozeKeyboard((k, v) => ctx.t(k, v), data.date, choices) })
      .catch(unlessExpected(logger, "showing the snooze choices"));
  }
  if (data.c === "x") {
    await stores.checkins.cancelReminders(ctx.from.id, data.date);
    await ctx.answerCallbackQuery();
    return ctx.editMessageText(ctx.t("ci-snooze-tomorrow")).catch(unlessExpected(logger, "confirming ask-tomorrow"));
  }
  const at = snoozeAt(data.c, now, data.date, sched.zone, sched.quiet);
  if (!at) {
    await ctx.answerCallbackQuery({ text: ctx.t("ci-snooze-too-late") });
    return ctx
      .editMessageReplyMarkup({ reply_markup: snoozeKeyboard((k, v) => ctx.t(k, v), data.date, choices) })
      .catch(unlessExpected(logger, "updating the snooze choices"));
  }
  await stores.checkins.snooze(ctx.from.id, data.date, at);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("ci-snoozed", { time: localClock(at, sched.zone) })).catch(unlessExpected(logger, "confirming the snooze"));
});
