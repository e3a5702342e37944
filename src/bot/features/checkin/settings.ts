/** /settings: the reminder after an unanswered daily question (delay, or off) and the quiet hours. */
import { FeatureComposer } from "../../feature-composer.js";
import { type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { quietData, reminderData } from "./callback-data.js";
import { quietKeyboard, reminderKeyboard } from "./keyboards.js";
import { parseQuiet } from "../../../trial/time/quiet-hours.js";
import { REMIND_HOURS } from "../../../store/checkin-store.js";
import { unlessExpected } from "../../telegram-errors.js";

export const checkinSettingsFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

async function view(ctx: BotContext): Promise<{ text: string; markup: InlineKeyboard }> {
  const userId = ctx.from!.id;
  const on = ctx.profile?.reminders !== false;
  const hours = await ctx.deps.stores.checkins.remindHours(userId);
  const kb = reminderKeyboard((k, v) => ctx.t(k, v), REMIND_HOURS, on ? hours : null);
  const reminder = on ? ctx.t("ci-reminder-hours", { hours }) : ctx.t("ci-reminder-off");
  const q = await ctx.deps.stores.schedule.quietHours(userId);
  for (const row of quietKeyboard((k, v) => ctx.t(k, v), q)) kb.row(...row);
  const quiet = q ? `${q.from}–${q.to}` : ctx.t("ci-quiet-off");
  return { text: `${ctx.t("ci-settings", { reminder })}\n${ctx.t("ci-settings-quiet", { quiet })}`, markup: kb };
}

checkinSettingsFeature.command("settings", consented, async (ctx) => {
  const v = await view(ctx);
  await ctx.reply(v.text, { reply_markup: v.markup });
});

checkinSettingsFeature.callbackQuery(reminderData.filter, consented, async (ctx) => {
  const data = reminderData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
  const { stores, clock } = ctx.deps;
  if (data.h !== "off") await stores.checkins.setRemindHours(ctx.from.id, Number(data.h));
  ctx.profile = await stores.profiles.update(ctx.from.id, clock.now(), { reminders: data.h !== "off" });
  await ctx.answerCallbackQuery({ text: ctx.t("ci-settings-saved") });
  const v = await view(ctx);
  await ctx.editMessageText(v.text, { reply_markup: v.markup }).catch(unlessExpected(ctx.deps.logger, "updating the settings message"));
});

checkinSettingsFeature.callbackQuery(quietData.filter, consented, async (ctx) => {
  const data = quietData.unpack(ctx.callbackQuery.data);
  const q = data ? parseQuiet(data.q) : undefined;
  if (q === undefined) return ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
  await ctx.deps.stores.schedule.setQuiet(ctx.from.id, q);
  await ctx.answerCallbackQuery({ text: ctx.t("ci-settings-saved") });
  const v = await view(ctx);
  await ctx.editMessageText(v.text, { reply_markup: v.markup }).catch(unlessExpected(ctx.deps.logger, "updating the settings message"));
});
