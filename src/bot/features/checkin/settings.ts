/** /settings: the reminder after an unanswered daily question (delay, or off) and the quiet hours. */
import { FeatureComposer } from "../../feature-composer.js";
import { type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { quietData, reminderData } from "./callback-data.js";
import { quietKeyboard, reminderKeyboard } from "./keyboards.js";
import { localClock, parseQuiet, reminderForDay } from "../../../trial/time/quiet-hours.js";
import { localDateOf, wallTimeToInstant } from "../../../trial/time/next-occurrence.js";
import { firingTime, type ScheduleRecord } from "../../../store/schedule-store.js";
import { REMIND_HOURS } from "../../../store/checkin-store.js";
import { unlessExpected } from "../../telegram-errors.js";

export const checkinSettingsFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

/** What a reminder `hours` after the question really comes to today: after it, before the quiet hours, or none. */
type Effect = { kind: "after" | "before-quiet"; at: Date; time: string } | { kind: "none"; quiet: boolean } | null;

function reminderEffect(ctx: BotContext, sched: ScheduleRecord | null, hours: number): Effect {
  if (!sched) return null;
  const today = localDateOf(ctx.deps.clock.now(), sched.zone);
  const at = reminderForDay(today, sched.time, hours, sched.zone, sched.quiet);
  if (!at) return { kind: "none", quiet: sched.quiet !== null };
  const prompt = wallTimeToInstant(today, firingTime(sched), sched.zone);
  return { kind: at.getTime() === prompt.getTime() + hours * 3_600_000 ? "after" : "before-quiet", at, time: localClock(at, sched.zone) };
}

function reminderLine(ctx: BotContext, hours: number, effect: Effect): string {
  if (!effect || effect.kind === "after") return ctx.t("ci-reminder-hours", { hours });
  if (effect.kind === "none") return ctx.t(effect.quiet ? "ci-reminder-none-quiet" : "ci-reminder-none-late");
  return ctx.t("ci-reminder-before-quiet", { time: effect.time });
}

async function view(ctx: BotContext): Promise<{ text: string; markup: InlineKeyboard }> {
  const userId = ctx.from!.id;
  const on = ctx.profile?.reminders !== false;
  const hours = await ctx.deps.stores.checkins.remindHours(userId);
  const kb = reminderKeyboard((k, v) => ctx.t(k, v), REMIND_HOURS, on ? hours : null);
  const sched = await ctx.deps.stores.schedule.get(userId);
  const reminder = on ? reminderLine(ctx, hours, reminderEffect(ctx, sched, hours)) : ctx.t("ci-reminder-off");
  const q = sched ? sched.quiet : await ctx.deps.stores.schedule.quietHours(userId);
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
  const wasOn = ctx.profile?.reminders !== false;
  const sched = await stores.schedule.get(ctx.from.id);
  const before = wasOn ? reminderEffect(ctx, sched, await stores.checkins.remindHours(ctx.from.id)) : null;
  const after = data.h === "off" ? null : reminderEffect(ctx, sched, Number(data.h));
  if (data.h !== "off") await stores.checkins.setRemindHours(ctx.from.id, Number(data.h));
  ctx.profile = await stores.profiles.update(ctx.from.id, clock.now(), { reminders: data.h !== "off" });
  await ctx.answerCallbackQuery(unchangedReason(ctx, before, after) ?? { text: ctx.t("ci-settings-saved") });
  const v = await view(ctx);
  await ctx.editMessageText(v.text, { reply_markup: v.markup }).catch(unlessExpected(ctx.deps.logger, "updating the settings message"));
});

/** A reminder choice the quiet hours make void: the alert that says why nothing changes. */
function unchangedReason(ctx: BotContext, before: Effect, after: Effect): { text: string; show_alert: true } | null {
  if (after?.kind === "none") return { text: ctx.t(after.quiet ? "ci-reminder-void-quiet" : "ci-reminder-void-late"), show_alert: true };
  if (after?.kind === "before-quiet" && before && before.kind !== "none" && before.at.getTime() === after.at.getTime()) {
    return { text: ctx.t("ci-reminder-void-same", { time: after.time }), show_alert: true };
  }
  return null;
}

checkinSettingsFeature.callbackQuery(quietData.filter, consented, async (ctx) => {
  const data = quietData.unpack(ctx.callbackQuery.data);
  const q = data ? parseQuiet(data.q) : undefined;
  if (q === undefined) return ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
  await ctx.deps.stores.schedule.setQuiet(ctx.from.id, q);
  await ctx.answerCallbackQuery({ text: ctx.t("ci-settings-saved") });
  const v = await view(ctx);
  await ctx.editMessageText(v.text, { reply_markup: v.markup }).catch(unlessExpected(ctx.deps.logger, "updating the settings message"));
});
