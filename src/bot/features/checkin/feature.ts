/**
 * Answering the daily check-in: the prompt's buttons (each carries its date), typed answers to
 * the waiting question, edits of typed answers, /checkin (today or up to 3 days back) and /cancel.
 */
import { Composer, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { dayData, markerNoneData, noteData, painData, reactionData, replaceData, sessionData, symptomData } from "./callback-data.js";
import { answerableDates, isAnswerable, truncateNote, validMarker, validPain } from "../../../trial/checkin/checkin.js";
import { parseNumber } from "../../../trial/time/time-parse.js";
import { applyAnswer, askReplace, startCheckin, type Answer } from "./flow.js";
import { envOf, type CheckinEnv } from "./env.js";
import { otherDaysKeyboard, savedMarker, savedPain } from "./keyboards.js";
import { weekdayDate } from "../../ui/format.js";
import { safetyOnNewSymptom, safetyOnNoteSaved } from "../shared/safety-hooks.js";
import { markSettleInputChanged, settleInputChanged } from "../reports/changes.js";
import { unlessExpected } from "../../telegram-errors.js";
import { sessionFeature } from "./session.js";
import { historyFeature } from "./history.js";
import { pauseFeature } from "./pause.js";
import { settimeFeature } from "./settime.js";
import { checkinSettingsFeature } from "./settings.js";

export const checkinFeature = new Composer<BotContext>();
const consented = requireConsent();
const lang2 = (lang: string) => (lang === "de" ? "de" : "en");

/** Buttons for the earlier days /checkin offers (✓ = already answered). */
async function otherDayRows(ctx: BotContext, env: CheckinEnv): Promise<InlineKeyboard["inline_keyboard"]> {
  const dates = answerableDates(env.today).slice(1);
  const entries = await ctx.deps.stores.checkins.entriesOn(env.userId, dates);
  return otherDaysKeyboard(env.t, dates, (d) => entries.get(d)?.pain !== undefined, env.lang).inline_keyboard;
}

/** Starts a check-in for `date`, asking first when that date already has an answer. */
async function openDate(ctx: BotContext, env: CheckinEnv, date: string, extraRows?: InlineKeyboard["inline_keyboard"]) {
  if (!isAnswerable(date, env.today)) return ctx.reply(env.t("ci-expired"));
  const existing = await ctx.deps.stores.entries.get(env.userId, date);
  if (existing?.pain !== undefined) return askReplace(ctx, env, existing, null, extraRows);
  await startCheckin(ctx, env, date, { late: date < env.today, extraRows });
}

checkinFeature.command("checkin", consented, async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  await openDate(ctx, env, env.today, await otherDayRows(ctx, env));
});

// ---- buttons ----

/** Every check-in button: acknowledge, take the old buttons away, and hand over the answer. */
function onTap<T extends { date: string }>(
  def: { filter: RegExp; unpack(raw: string | undefined): T | null },
  handle: (ctx: BotContext, env: CheckinEnv, data: T) => Promise<unknown>,
  opts: { keepKeyboard?: (data: T) => boolean } = {},
) {
  checkinFeature.callbackQuery(def.filter, consented, async (ctx) => {
    const data = def.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    if (!data) return ctx.reply(ctx.t("expired-button"));
    if (!opts.keepKeyboard?.(data)) await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
    const env = await envOf(ctx);
    if (!env) return;
    if (!isAnswerable(data.date, env.today)) return ctx.reply(env.t("ci-expired"));
    await handle(ctx, env, data);
  });
}

/** A pain button drawn before the plan's scale changed: its number means something else now. */
const fromOldScale = (env: CheckinEnv, s: string) => Number(s) !== env.plan.painScale;
async function oldScaleButton(ctx: BotContext, env: CheckinEnv, date: string) {
  await ctx.reply(env.t("ci-old-scale-button", { max: env.plan.painScale }));
  return openDate(ctx, env, date);
}

onTap(painData, (ctx, env, d) => {
  if (fromOldScale(env, d.s)) return oldScaleButton(ctx, env, d.date);
  const value = validPain(d.v, env.plan.painScale);
  if (value === null) return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
  return applyAnswer(ctx, env, d.date, { kind: "pain", value, confirmed: d.r === "1" });
});
onTap(markerNoneData, (ctx, env, d) => applyAnswer(ctx, env, d.date, { kind: "marker", value: null }));
onTap(sessionData, (ctx, env, d) => applyAnswer(ctx, env, d.date, { kind: "session", value: d.v === "y" }));
onTap(reactionData, (ctx, env, d) => applyAnswer(ctx, env, d.date, { kind: "reaction", reaction: d.r }), {
  keepKeyboard: (d) => d.r !== "done" && d.r !== "none",
});
onTap(noteData, (ctx, env, d) => applyAnswer(ctx, env, d.date, d.a === "care" ? { kind: "care" } : { kind: "noteSkip" }), {
  keepKeyboard: (d) => d.a === "care",
});
onTap(dayData, (ctx, env, d) => openDate(ctx, env, d.date));
onTap(symptomData, (ctx, _env, d) => safetyOnNewSymptom(ctx, d.date), { keepKeyboard: () => true });

onTap(replaceData, async (ctx, env, d) => {
  if (d.a === "no") {
    const state = await ctx.deps.stores.checkins.state(env.userId);
    if (state?.kind === "answer" && state.date === d.date && state.step === "pain") await ctx.deps.stores.checkins.setState(env.userId, null);
    return ctx.reply(env.t("ci-kept", { date: weekdayDate(d.date, env.lang) }));
  }
  if (d.v !== "" && fromOldScale(env, d.s)) return oldScaleButton(ctx, env, d.date);
  if (d.v === "") return startCheckin(ctx, env, d.date, { late: d.date < env.today, replace: true });
  const value = validPain(d.v, env.plan.painScale);
  if (value === null) return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
  return applyAnswer(ctx, env, d.date, { kind: "pain", value, confirmed: true });
});

// ---- typed answers ----

checkinFeature.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/") || !ctx.profile?.consent) return next();
  const state = await ctx.deps.stores.checkins.state(ctx.from.id);
  if (state?.kind !== "answer") return next();
  const env = await envOf(ctx, true);
  if (!env || !isAnswerable(state.date, env.today)) {
    await ctx.deps.stores.checkins.setState(ctx.from.id, null);
    return next();
  }
  const text = ctx.message.text;
  const typed = { typedMessageId: ctx.message.message_id };
  let answer: Answer;
  switch (state.step) {
    case "pain": {
      const value = validPain(parseNumber(text, lang2(env.lang)), env.plan.painScale);
      if (value === null) return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
      answer = { kind: "pain", value };
      break;
    }
    case "marker": {
      const value = validMarker(parseNumber(text, lang2(env.lang)));
      if (value === null) return ctx.reply(env.t("ci-marker-invalid"));
      answer = { kind: "marker", value };
      break;
    }
    case "note":
      answer = { kind: "note", text };
      break;
    default:
      return ctx.reply(env.t("ci-use-buttons"));
  }
  await applyAnswer(ctx, env, state.date, answer, typed);
});

// ---- an edited typed answer corrects that entry ----

checkinFeature.on("edited_message:text", async (ctx, next) => {
  if (!ctx.profile?.consent) return next();
  const msg = ctx.editedMessage;
  const ref = await ctx.deps.stores.checkins.typedRef(ctx.from.id, msg.message_id);
  if (!ref) return next();
  const env = await envOf(ctx, true);
  const existing = env ? await ctx.deps.stores.entries.get(env.userId, ref.d) : null;
  if (!env || !existing) return next();
  const { t, lang, plan } = env;
  const date = weekdayDate(ref.d, lang);
  if (!isAnswerable(ref.d, env.today)) return ctx.reply(t("ci-edit-too-old", { date }));

  const entry = { ...existing, corrected: true, answeredAt: env.now.toISOString() };
  let what: string;
  let old: string;
  if (ref.f === "note") {
    entry.note = truncateNote(msg.text).note;
    if (entry.note === existing.note) return;
    what = t("ci-saved-note");
    old = t("ci-old-note");
  } else if (ref.f === "pain") {
    const value = validPain(parseNumber(msg.text, lang2(lang)), existing.scale);
    if (value === null) return ctx.reply(t("ci-edit-invalid", { date, max: existing.scale }));
    if (value === existing.pain) return;
    entry.pain = value;
    what = savedPain(t, value, existing.scale, lang);
    old = existing.pain === undefined ? "—" : savedPain(t, existing.pain, existing.scale, lang);
  } else {
    const value = validMarker(parseNumber(msg.text, lang2(lang)));
    if (value === null) return ctx.reply(t("ci-edit-invalid-marker", { date }));
    if (value === existing.marker) return;
    entry.marker = value;
    what = savedMarker(t, plan.marker, value, lang);
    old = existing.marker === undefined ? "—" : savedMarker(t, plan.marker, existing.marker, lang);
  }
  await ctx.deps.stores.checkins.saveAnswer(env.userId, entry, { archive: true });
  if (settleInputChanged(existing, entry)) markSettleInputChanged(ctx, { versions: env.versions });
  await ctx.reply(t("ci-corrected", { date, what, old }));
  if (ref.f === "note") await safetyOnNoteSaved(ctx, entry);
});

// ---- /cancel while a check-in question waits ----

checkinFeature.command("cancel", async (ctx, next) => {
  const state = ctx.from ? await ctx.deps.stores.checkins.state(ctx.from.id) : null;
  if (!state) return next();
  await ctx.deps.stores.checkins.setState(ctx.from!.id, null);
  await ctx.reply(ctx.t(state.kind === "answer" ? "ci-cancelled" : "ci-settime-cancelled"));
});

// After the answers above: /session, /history, /pause and /resume, /settime, /settings.
checkinFeature.use(sessionFeature, historyFeature, pauseFeature, settimeFeature, checkinSettingsFeature);
