/**
 * Answering the daily check-in: the prompt's buttons (each carries its date), typed answers to
 * the waiting question, edits of typed answers, /checkin (today or up to 3 days back) and /cancel.
 */
import { FeatureComposer } from "../../feature-composer.js";
import { type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import {
  changeData,
  dayData,
  markerNoneData,
  markerValueData,
  noteData,
  painData,
  reactionData,
  replaceData,
  sessionData,
  symptomData,
  typedPairData,
} from "./callback-data.js";
import {
  firstOpenStep,
  judgeMarker,
  notAnswerable,
  openSteps,
  truncateNote,
  validMarker,
  validPain,
  type CheckinStep,
} from "../../../trial/checkin/checkin.js";
import { MARKER_MAX, markerExample, markerMax } from "../../../trial/plan/markers.js";
import { parseMarkerText, parseOneMessage } from "../../../trial/checkin/one-message.js";
import { parseNumber } from "../../../trial/time/time-parse.js";
import { applyAnswer, askAgain, askReplace, isStaleTap, startCheckin, type Answer } from "./flow.js";
import { usualMarker } from "./question-view.js";
import { canAnswer, envOf, notStartedText, openDates, refusalText, sessionsPlanned, type CheckinEnv } from "./env.js";
import {
  changeMenuKeyboard,
  noteKeyboard,
  otherDaysKeyboard,
  pickedKeyboard,
  reactionKeyboard,
  savedMarker,
  savedPain,
  typedPairKeyboard,
} from "./keyboards.js";
import { num } from "../../ui/format.js";
import { weekdayDate } from "../../ui/format.js";
import { safetyOnNewSymptom, safetyOnNoteSaved, safetyOnPlainMessage } from "../shared/safety-hooks.js";
import { markSettleInputChanged, settleInputChanged } from "../reports/changes.js";
import { unlessExpected } from "../../telegram-errors.js";
import { localDateOf } from "../../../trial/time/next-occurrence.js";
import { sessionFeature } from "./session.js";
import { historyFeature } from "./history.js";
import { pauseFeature } from "./pause.js";
import { settimeFeature } from "./settime.js";
import { checkinSettingsFeature } from "./settings.js";
import { snoozeFeature } from "./snooze.js";
import { extendFeature } from "./extend.js";

export const checkinFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();
const lang2 = (lang: string) => (lang === "de" ? "de" : "en");

/** Buttons for the earlier days /checkin offers (✓ = complete; a half-finished day names what is missing). */
async function otherDayRows(ctx: BotContext, env: CheckinEnv): Promise<InlineKeyboard["inline_keyboard"]> {
  const dates = openDates(env).filter((d) => d !== env.today);
  const entries = await ctx.deps.stores.checkins.entriesOn(env.userId, dates);
  const open = (d: string) => {
    const e = entries.get(d);
    return e ? openSteps(env.plan, e, sessionsPlanned(env, d)) : null;
  };
  return otherDaysKeyboard(env.t, env.plan, dates, open, env.lang).inline_keyboard;
}

/**
 * Starts a check-in for `date`: a day with questions still open goes on at the first of them; a
 * complete day asks first whether to answer it again.
 */
async function openDate(ctx: BotContext, env: CheckinEnv, date: string, extraRows?: InlineKeyboard["inline_keyboard"]) {
  if (!canAnswer(env, date)) return ctx.reply(refusalText(env, date));
  const existing = await ctx.deps.stores.entries.get(env.userId, date);
  if (existing && firstOpenStep(env.plan, existing, sessionsPlanned(env, date)) === "done") return askReplace(ctx, env, existing, null, extraRows);
  await startCheckin(ctx, env, date, { late: date < env.today, extraRows });
}

checkinFeature.command("checkin", consented, async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  if (!canAnswer(env, env.today)) return ctx.reply(await notStartedText(ctx, env));
  await openDate(ctx, env, env.today, await otherDayRows(ctx, env));
});

// ---- buttons ----

/** Every check-in button: acknowledge, show what was picked (or take the buttons away), and hand over the answer. */
function onTap<T extends { date: string }>(
  def: { filter: RegExp; unpack(raw: string | undefined): T | null },
  handle: (ctx: BotContext, env: CheckinEnv, data: T) => Promise<unknown>,
  opts: {
    keepKeyboard?: (data: T) => boolean;
    /** The answer's step and its label: the tapped buttons become "✓ label · ↩️". */
    picked?: (data: T, env: CheckinEnv) => { step: "pain" | "marker" | "session"; label: string };
    /** A tap on a question the check-in has already moved past, whose value is saved: nothing happens. */
    staleStep?: (data: T) => CheckinStep | null;
  } = {},
) {
  checkinFeature.callbackQuery(def.filter, consented, async (ctx) => {
    const data = def.unpack(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery();
      return ctx.reply(ctx.t("expired-button"));
    }
    const env = await envOf(ctx);
    if (!env) return ctx.answerCallbackQuery();
    if (!canAnswer(env, data.date)) {
      await ctx.answerCallbackQuery();
      // A date too old to answer stays so: its buttons go. One before the trial may still open up.
      if (notAnswerable(data.date, env.today, env.first) === "too-old") {
        await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing an expired keyboard"));
      }
      return ctx.reply(refusalText(env, data.date));
    }
    const staleStep = opts.staleStep?.(data);
    if (staleStep && (await isStaleTap(ctx, env, data.date, staleStep))) {
      return ctx.answerCallbackQuery({ text: env.t("ci-stale-button") });
    }
    await ctx.answerCallbackQuery();
    const picked = opts.picked?.(data, env);
    if (picked) {
      await ctx
        .editMessageReplyMarkup({ reply_markup: pickedKeyboard(env.t, data.date, picked.step, picked.label) })
        .catch(unlessExpected(ctx.deps.logger, "showing the picked answer"));
    } else if (!opts.keepKeyboard?.(data)) {
      await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
    }
    await handle(ctx, env, data);
  });
}

/** A pain button drawn before the plan's scale changed: its number means something else now. */
const fromOldScale = (env: CheckinEnv, s: string) => Number(s) !== env.plan.painScale;
async function oldScaleButton(ctx: BotContext, env: CheckinEnv, date: string) {
  await ctx.reply(env.t("ci-old-scale-button", { max: env.plan.painScale }));
  return openDate(ctx, env, date);
}

onTap(
  painData,
  (ctx, env, d) => {
    if (fromOldScale(env, d.s)) return oldScaleButton(ctx, env, d.date);
    const value = validPain(d.v, env.plan.painScale);
    if (value === null) return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
    return applyAnswer(ctx, env, d.date, { kind: "pain", value, confirmed: d.r === "1" });
  },
  { picked: (d, env) => ({ step: "pain", label: fromOldScale(env, d.s) || validPain(d.v, env.plan.painScale) === null ? "—" : String(d.v) }) },
);
onTap(markerNoneData, (ctx, env, d) => applyAnswer(ctx, env, d.date, { kind: "marker", value: null }), {
  staleStep: () => "marker",
  picked: (_d, env) => ({ step: "marker", label: env.t("ci-btn-not-measured") }),
});
onTap(
  markerValueData,
  (ctx, env, d) => {
    const value = validMarker(d.v, markerMax(env.plan.marker));
    if (value === null) return ctx.reply(markerInvalid(env));
    return applyAnswer(ctx, env, d.date, { kind: "marker", value });
  },
  {
    staleStep: () => "marker",
    picked: (d, env) => ({ step: "marker", label: num(d.v, env.lang, 2) }),
  },
);
const SESSION_LABEL = { y: "ci-btn-session-had", n: "ci-btn-session-not", m: "ci-btn-session-moved" } as const;
onTap(sessionData, (ctx, env, d) => applyAnswer(ctx, env, d.date, { kind: "session", value: d.v === "y", moved: d.v === "m" }), {
  staleStep: () => "session",
  picked: (d, env) => ({ step: "session", label: env.t(SESSION_LABEL[d.v]) }),
});
onTap(
  reactionData,
  async (ctx, env, d) => {
    if (d.r !== "open") return applyAnswer(ctx, env, d.date, { kind: "reaction", reaction: d.r });
    const entry = await ctx.deps.stores.entries.get(env.userId, d.date);
    await ctx.deps.stores.checkins.setState(env.userId, { kind: "answer", date: d.date, step: "reaction", late: d.date < env.today, flow: "daily" });
    await ctx.reply(env.t("ci-q-reaction"), { reply_markup: reactionKeyboard(env.t, d.date, entry?.reactions.filter((r) => r !== "none") ?? []) });
  },
  { keepKeyboard: (d) => d.r !== "done" && d.r !== "none" },
);
onTap(
  noteData,
  async (ctx, env, d) => {
    if (d.a === "care") return applyAnswer(ctx, env, d.date, { kind: "care" });
    if (d.a === "skip") return ctx.deps.stores.checkins.setState(env.userId, null);
    const entry = await ctx.deps.stores.entries.get(env.userId, d.date);
    await ctx.deps.stores.checkins.setState(env.userId, { kind: "answer", date: d.date, step: "note", late: d.date < env.today, flow: "daily" });
    await ctx.reply(env.t("ci-q-note"), { reply_markup: noteKeyboard(env.t, d.date, entry?.careChanged === true) });
  },
  { keepKeyboard: (d) => d.a !== "skip", staleStep: (d) => (d.a === "open" ? null : "note") },
);
onTap(
  changeData,
  async (ctx, env, d) => {
    if (d.s !== "menu") return askAgain(ctx, env, d.date, d.s);
    const entry = await ctx.deps.stores.entries.get(env.userId, d.date);
    if (!entry) return;
    await ctx
      .editMessageReplyMarkup({ reply_markup: changeMenuKeyboard(env.t, env.plan, entry) })
      .catch(unlessExpected(ctx.deps.logger, "showing what can be changed"));
  },
  { keepKeyboard: () => true },
);
onTap(typedPairData, (ctx, env, d) => {
  if (fromOldScale(env, d.s)) return oldScaleButton(ctx, env, d.date);
  const pain = validPain(d.p, env.plan.painScale);
  const marker = validMarker(d.m, markerMax(env.plan.marker));
  if (pain === null) return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
  if (marker === null) return ctx.reply(markerInvalid(env));
  return applyAnswer(ctx, env, d.date, { kind: "both", pain, marker });
});
onTap(dayData, (ctx, env, d) => openDate(ctx, env, d.date));
// A new symptom is never refused: tapped on a question too old (or too early) to answer, it counts for today.
checkinFeature.callbackQuery(symptomData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = symptomData.unpack(ctx.callbackQuery.data);
  const env = await envOf(ctx, true);
  const today = env?.today ?? localDateOf(ctx.deps.clock.now(), ctx.deps.config.DEFAULT_TIMEZONE);
  await safetyOnNewSymptom(ctx, env && data && canAnswer(env, data.date) ? data.date : today);
});

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
  if (!env || !canAnswer(env, state.date)) {
    await ctx.deps.stores.checkins.setState(ctx.from.id, null);
    return next();
  }
  const text = ctx.message.text;
  const typed = { typedMessageId: ctx.message.message_id };
  // Warning signs typed instead of (or beside) an answer get the safety reply first; the numbers
  // in the same message are still saved, and text that holds none gets no "could not read that".
  const cued = state.step !== "note" && (await safetyOnPlainMessage(ctx, text));
  let answer: Answer;
  switch (state.step) {
    case "session":
    case "pain": {
      // The whole day in one message: "6 20", "pain 6 walked 20", "Schmerz 6 gegangen 20".
      const usual = await usualMarker(ctx, env, state.date);
      const read = parseOneMessage(text, { lang: lang2(env.lang), scale: env.plan.painScale, usual, markerMax: markerMax(env.plan.marker) });
      if (read.kind === "junk") {
        if (cued) return;
        const n = markerExample(env.plan.marker);
        return ctx.reply(env.t("ci-typed-not-understood", { max: env.plan.painScale, example: savedMarker(env.t, env.plan.marker, n, env.lang), n: String(n) }));
      }
      if (read.kind === "out-of-range") return ctx.reply(env.t("ci-pain-invalid", { max: env.plan.painScale }));
      if (read.kind === "marker-out-of-range") return ctx.reply(markerInvalid(env));
      if (read.kind === "ambiguous") {
        return ctx.reply(env.t("ci-typed-which"), { reply_markup: typedPairKeyboard(env.t, env.plan, state.date, read.options, env.lang) });
      }
      answer = read.kind === "pain" ? { kind: "pain", value: read.pain } : { kind: "both", pain: read.pain, marker: read.marker };
      break;
    }
    case "marker": {
      const value = parseMarkerText(text, lang2(env.lang), markerMax(env.plan.marker));
      if (value === "out-of-range") return ctx.reply(markerInvalid(env));
      if (value === null) return cued ? undefined : ctx.reply(markerInvalid(env));
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

/** "Please send a number": from 0 to the top on a rating, 0 or more otherwise. */
function markerInvalid(env: CheckinEnv): string {
  const max = markerMax(env.plan.marker);
  return max < MARKER_MAX ? env.t("ci-marker-invalid-range", { max }) : env.t("ci-marker-invalid");
}

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
  if (!canAnswer(env, ref.d)) return ctx.reply(ref.d < env.first ? refusalText(env, ref.d) : t("ci-edit-too-old", { date }));

  const entry = { ...existing, corrected: true, answeredAt: env.now.toISOString() };
  let what: string;
  let old: string;
  /** The new value as the question's marked buttons show it (pain and marker only). */
  let picked: string | undefined;
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
    picked = String(value);
    what = savedPain(t, value, existing.scale, lang);
    old = existing.pain === undefined ? "—" : savedPain(t, existing.pain, existing.scale, lang);
  } else {
    const verdict = judgeMarker(parseNumber(msg.text, lang2(lang)), markerMax(plan.marker));
    if (verdict.kind === "out-of-range") return ctx.reply(t("ci-edit-marker-out-of-range", { date, max: markerMax(plan.marker) }));
    if (verdict.kind === "invalid") return ctx.reply(t("ci-edit-invalid-marker", { date }));
    const { value } = verdict;
    if (value === existing.marker) return;
    entry.marker = value;
    picked = num(value, lang, 2);
    what = savedMarker(t, plan.marker, value, lang);
    old = existing.marker === undefined ? "—" : savedMarker(t, plan.marker, existing.marker, lang);
  }
  await ctx.deps.stores.checkins.saveAnswer(env.userId, entry, { archive: true });
  if (settleInputChanged(existing, entry)) markSettleInputChanged(ctx, { versions: env.versions, timeline: env.timeline });
  // The question this typed answer marked answered shows the corrected value.
  if (ref.q !== undefined && ref.f !== "note" && picked !== undefined) {
    await ctx.api
      .editMessageReplyMarkup(ctx.chat.id, ref.q, { reply_markup: pickedKeyboard(t, ref.d, ref.f, picked) })
      .catch(unlessExpected(ctx.deps.logger, "showing the corrected answer"));
  }
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
checkinFeature.use(sessionFeature, historyFeature, pauseFeature, settimeFeature, checkinSettingsFeature, snoozeFeature, extendFeature);
