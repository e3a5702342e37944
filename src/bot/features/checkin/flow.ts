/**
 * The check-in state machine behind the buttons, typed answers and edits. Every answer is saved
 * in one atomic write (CheckinStore.saveAnswer) BEFORE the confirmation naming what was saved is
 * sent; the same write moves the waiting question on, so a typed number always lands on the step
 * and date the user was last asked about.
 */
import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Entry, Reaction } from "../../../trial/checkin/entry.js";
import { dailySteps, emptyEntry, isLateAnswer, nextStep, openSteps, truncateNote, NOTE_MAX, type CheckinStep } from "../../../trial/checkin/checkin.js";
import type { AnswerState, CheckinState, TypedRef } from "../../../store/checkin-store.js";
import {
  changeRow,
  dailyQuestion,
  doneKeyboard,
  entrySummary,
  reactionKeyboard,
  noteKeyboard,
  pickedKeyboard,
  savedMarker,
  savedPain,
  replaceKeyboard,
  savedReactions,
  type PainOptions,
} from "./keyboards.js";
import { num, weekdayDate } from "../../ui/format.js";
import { escapeHtml } from "../../ui/html.js";
import { dayData } from "./callback-data.js";
import { missedDays } from "../../../trial/checkin/missed-days.js";
import { safetyOnNoteSaved } from "../shared/safety-hooks.js";
import { markSettleInputChanged, settleInputChanged } from "../reports/changes.js";
import { canAnswer, nearbyEntries, peekAnswerReads, refusalText, sessionsPlanned, takeAnswerReads, type CheckinEnv } from "./env.js";
import { questionView, sendQuestion } from "./question-view.js";
import { unlessExpected } from "../../telegram-errors.js";

/**
 * Asks the first open question for `date` (the session on session days, else pain, else the marker)
 * and waits for its answer, tapped or typed; a day answered in part goes on where it stopped and
 * says what is saved. Answering again from scratch (`replace`) starts at pain.
 */
export async function startCheckin(ctx: BotContext, env: CheckinEnv, date: string, opts: PainOptions & { late: boolean }): Promise<void> {
  const { t, lang } = env;
  const existing = opts.replace ? null : await ctx.deps.stores.entries.get(env.userId, date);
  const entry = existing ?? emptyEntry(date, env.plan.painScale, env.now);
  const planned = sessionsPlanned(env, date);
  const open = openSteps(env.plan, entry, planned);
  const step: CheckinStep = opts.replace || !open.length ? "pain" : open[0];
  const state: CheckinState = { kind: "answer", date, step, late: opts.late, flow: "daily", replace: opts.replace || undefined };
  await ctx.deps.stores.checkins.setState(env.userId, state);
  const resumed = existing !== null && open.length > 0 && open.length < dailySteps(env.plan, date, planned).length;
  const intro = [
    opts.intro,
    opts.late ? t("ci-late-note", { date: weekdayDate(date, lang) }) : undefined,
    resumed ? t("ci-resume", { date: weekdayDate(date, lang), summary: entrySummary(t, entry, env.plan, lang) }) : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
  const view =
    step === "session"
      ? dailyQuestion(t, env.plan, entry, lang, { ...opts, intro: intro || undefined, sessionsPlanned: planned })
      : await questionView(ctx, env, step, entry, { ...opts, intro: intro || undefined });
  await sendQuestion(ctx, date, step, view);
}

/** "You already saved … for this date. Replace it?" — `value` is a pain answer waiting for the decision. */
export async function askReplace(ctx: BotContext, env: CheckinEnv, existing: Entry, value: number | null, extraRows?: InlineKeyboard["inline_keyboard"]) {
  const { t, lang } = env;
  const date = existing.date;
  const text =
    value === null || existing.pain === undefined
      ? t("ci-replace-question", { date: weekdayDate(date, lang), summary: entrySummary(t, existing, env.plan, lang) })
      : t("ci-replace-with", {
          date: weekdayDate(date, lang),
          old: savedPain(t, existing.pain, existing.scale, lang),
          new: savedPain(t, value, env.plan.painScale, lang),
        });
  await ctx.reply(text, { reply_markup: replaceKeyboard(t, date, value, env.plan.painScale, extraRows) });
}

export type Answer =
  | { kind: "pain"; value: number; confirmed?: boolean }
  /** Pain and the marker in one typed message (or the reading picked for one). */
  | { kind: "both"; pain: number; marker: number }
  | { kind: "marker"; value: number | null }
  | { kind: "session"; value: boolean; moved?: boolean }
  | { kind: "reaction"; reaction: Reaction | "done" }
  | { kind: "note"; text: string }
  | { kind: "noteSkip" }
  | { kind: "care" };

export interface AnswerOptions {
  /** The Telegram message of a typed answer, remembered so an edit can correct it. */
  typedMessageId?: number;
}

/** The state waiting for this date, if the user's current question is about it. */
function stateFor(state: CheckinState | null, date: string): AnswerState | null {
  return state?.kind === "answer" && state.date === date ? state : null;
}

/** Which answer `step` changes when "↩️ Change" is tapped; also what the confirmation names. */
type Changeable = "pain" | "marker" | "session";

/**
 * Applies one answer for `date`: builds the new entry, saves it atomically together with the
 * next question, then confirms what was saved and asks that next question.
 */
export async function applyAnswer(ctx: BotContext, env: CheckinEnv, date: string, answer: Answer, opts: AnswerOptions = {}): Promise<void> {
  const { t, lang, plan, userId, now } = env;
  if (!canAnswer(env, date)) {
    await ctx.reply(refusalText(env, date));
    return;
  }
  const stores = ctx.deps.stores;
  const ahead = takeAnswerReads(env, date);
  const [state, existing] = ahead ? [ahead.state, ahead.entry] : await Promise.all([stores.checkins.state(userId), stores.entries.get(userId, date)]);
  const st = stateFor(state, date);
  /** THE write of this answer; the settle rule runs after the update only if pain or a session changed. */
  const save = async (entry: Entry, saveOpts: Parameters<typeof stores.checkins.saveAnswer>[2]) => {
    await stores.checkins.saveAnswer(userId, entry, saveOpts);
    if (settleInputChanged(existing, entry)) markSettleInputChanged(ctx, { versions: env.versions, timeline: env.timeline });
  };
  const late = (st?.late ?? false) || isLateAnswer(date, now, plan.prompt);
  const flow = st?.flow ?? "daily";
  const base: Entry = existing ?? { ...emptyEntry(date, plan.painScale, now), late: late || undefined };
  const keepState = (step: CheckinStep): CheckinState => ({ kind: "answer", date, step, late, flow });
  /** "↩️ Change" opened this step: the answer replaces that one value and keeps the rest of the day. */
  const editing = (step: CheckinStep) => st?.edit === true && st.step === step;

  let entry: Entry;
  let saved: string | null;
  let archive = false;
  let typed: TypedRef | undefined;
  /** The answer just saved, for the "↩️ Change" under the next question when it was typed. */
  let changeable: Changeable | undefined;
  const notes: string[] = [];

  switch (answer.kind) {
    case "pain":
    case "both": {
      const value = answer.kind === "pain" ? answer.value : answer.pain;
      const replacing = (answer.kind === "pain" && answer.confirmed === true) || st?.replace === true;
      const edit = editing("pain");
      if (existing?.pain !== undefined && !replacing && !edit) return askReplace(ctx, env, existing, value);
      archive = (replacing || edit) && existing !== null;
      // Only "answer again" for the whole day starts from nothing; a confirmed new pain score
      // (say from an older message's button) changes the pain alone, as "↩️ Change" does.
      const from = st?.replace === true && existing ? emptyEntry(date, plan.painScale, now) : base;
      entry = { ...from, pain: value, scale: plan.painScale, answeredAt: now.toISOString(), late: late || undefined };
      if (archive) entry.corrected = true;
      saved = savedPain(t, value, plan.painScale, lang);
      if (answer.kind === "both") {
        entry.marker = answer.marker;
        saved = `${saved} · ${savedMarker(t, plan.marker, answer.marker, lang)}`;
      }
      changeable = "pain";
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "pain", q: st?.step === "pain" ? st.q : undefined };
      break;
    }
    case "marker":
      archive = existing?.marker !== undefined;
      entry = { ...base, marker: answer.value, ...(archive ? { corrected: true } : {}) };
      saved = savedMarker(t, plan.marker, answer.value, lang);
      changeable = "marker";
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "marker", q: st?.step === "marker" ? st.q : undefined };
      break;
    case "session":
      archive = existing?.session !== undefined && existing.session !== answer.value;
      entry = { ...base, session: answer.value, reactions: answer.value ? base.reactions : [], ...(archive ? { corrected: true } : {}) };
      saved = t(answer.value ? "ci-saved-session-yes" : "ci-saved-session-no");
      if (answer.moved) notes.push(t("ci-session-moved"));
      break;
    case "reaction": {
      const r = answer.reaction;
      if (r !== "done" && r !== "none") {
        // A toggle: save it, keep asking, and show the choice on the same message.
        const current = base.reactions.filter((x) => x !== "none");
        const reactions = current.includes(r) ? current.filter((x) => x !== r) : [...current, r];
        entry = { ...base, session: true, reactions };
        await save(entry, { state: keepState("reaction") });
        await ctx.editMessageReplyMarkup({ reply_markup: reactionKeyboard(t, date, reactions) }).catch(unlessExpected(ctx.deps.logger, "ticking the reaction"));
        return;
      }
      const none = r === "none" || base.reactions.filter((x) => x !== "none").length === 0;
      entry = { ...base, session: true, reactions: none ? ["none"] : base.reactions };
      saved = savedReactions(t, entry.reactions);
      break;
    }
    case "note": {
      const { note, truncated } = truncateNote(answer.text);
      entry = { ...base, note };
      saved = t("ci-saved-note");
      if (truncated) notes.push(t("ci-note-truncated", { max: String(NOTE_MAX) }));
      // A second note for the same day (say from an older message's button) replaces the first: say so.
      // The replaced note goes to the entry's history like any corrected value.
      archive = existing?.note !== undefined && existing.note !== note;
      if (existing?.note && existing.note !== note && !editing("note")) {
        const old = existing.note.length > 80 ? `${existing.note.slice(0, 79)}…` : existing.note;
        notes.push(t("ci-note-replaced", { date: weekdayDate(date, env.lang), old: escapeHtml(old) }));
      }
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "note" };
      break;
    }
    case "noteSkip":
      entry = base;
      saved = null;
      break;
    case "care":
      entry = { ...base, careChanged: true };
      await save(entry, { state: keepState("note") });
      await ctx.editMessageReplyMarkup({ reply_markup: noteKeyboard(t, date, true) }).catch(unlessExpected(ctx.deps.logger, "ticking the care change"));
      await ctx.reply(t("ci-saved", { what: t("ci-saved-care") }));
      return;
  }

  const stepOf: Record<Answer["kind"], CheckinStep> = {
    pain: "pain",
    both: "pain",
    marker: "marker",
    session: "session",
    reaction: "reaction",
    note: "note",
    noteSkip: "note",
    care: "note",
  };
  const next = nextStep(stepOf[answer.kind], plan, entry, flow, sessionsPlanned(env, date));
  await save(entry, { archive, state: next === "done" ? null : keepState(next), typed });
  await markAnswered(ctx, env, st, stepOf[answer.kind], entry);

  const parts: string[] = [];
  if (saved) parts.push(t("ci-saved", { what: saved }));
  parts.push(...notes);
  let markup: InlineKeyboard | undefined;
  if (next === "done") {
    parts.push(t(flow === "session" ? "ci-done-session" : "ci-done", { date: weekdayDate(date, lang), summary: entrySummary(t, entry, plan, lang) }));
    if (flow === "daily") {
      markup = doneKeyboard(t, entry);
      const missed = await missedOf(ctx, env, date);
      // One offer for all missed days; each finished day offers the next one.
      if (missed.length) {
        parts.push(t("ci-missed", { days: dayList(missed, lang), count: missed.length }));
        markup.row().text(t("ci-btn-fill-in", { day: weekdayDate(missed[0], lang) }), dayData.pack({ date: missed[0] }));
      }
    }
  } else {
    const view = await questionView(ctx, env, next, entry);
    parts.push(view.text);
    markup = view.markup;
    if (typed && changeable) for (const row of changeRow(t, date, changeable)) markup?.row(...row);
  }
  // A warning sign in the note is answered first, before "that's everything"; its buttons stay the last ones.
  if (answer.kind === "note" && (await safetyOnNoteSaved(ctx, entry))) markup = undefined;
  const text = parts.join("\n\n");
  if (next === "done") await ctx.reply(text, { reply_markup: markup });
  else await sendQuestion(ctx, date, next, { text, markup });
}

/**
 * The waiting question's own message, when this answer came from elsewhere (typed, or tapped on
 * another message): its number keyboard gives way to what was saved, as a tap on it would show.
 */
async function markAnswered(ctx: BotContext, env: CheckinEnv, st: AnswerState | null, step: CheckinStep, entry: Entry): Promise<void> {
  if (st?.q === undefined || st.step !== step || ctx.callbackQuery?.message?.message_id === st.q) return;
  let label: string;
  if (step === "pain" && entry.pain !== undefined) label = String(entry.pain);
  else if (step === "marker" && entry.marker !== undefined) label = entry.marker === null ? env.t("ci-btn-not-measured") : num(entry.marker, env.lang, 2);
  else return;
  await ctx.api
    .editMessageReplyMarkup(ctx.chat?.id ?? env.userId, st.q, { reply_markup: pickedKeyboard(env.t, entry.date, step, label) })
    .catch(unlessExpected(ctx.deps.logger, "marking the question answered"));
}

/** "↩️ Change" on a saved answer: ask that question again; the answer replaces only that value. */
export async function askAgain(ctx: BotContext, env: CheckinEnv, date: string, step: Changeable): Promise<void> {
  const ahead = takeAnswerReads(env, date);
  const existing = ahead ? ahead.entry : await ctx.deps.stores.entries.get(env.userId, date);
  const entry = existing ?? emptyEntry(date, env.plan.painScale, env.now);
  await ctx.deps.stores.checkins.setState(env.userId, { kind: "answer", date, step, late: date < env.today, flow: "daily", edit: true });
  const view = await questionView(ctx, env, step, entry);
  await sendQuestion(ctx, date, step, view);
}

/** A button of a question the check-in has moved past: true when that value is already saved (the tap changes nothing). */
export async function isStaleTap(ctx: BotContext, env: CheckinEnv, date: string, step: CheckinStep): Promise<boolean> {
  // Read only: nothing was written yet, so the answer can still take the same reads.
  const ahead = peekAnswerReads(env, date);
  const [state, existing] = ahead
    ? [ahead.state, ahead.entry]
    : await Promise.all([ctx.deps.stores.checkins.state(env.userId), ctx.deps.stores.entries.get(env.userId, date)]);
  const st = stateFor(state, date);
  if (st?.step === step) return false;
  if (step === "note") return true;
  if (step === "marker") return existing?.marker !== undefined;
  if (step === "session") return existing?.session !== undefined;
  return false;
}

/** Prompted days in the late-entry window still without an answer (not today, not `date`). */
async function missedOf(ctx: BotContext, env: CheckinEnv, date: string): Promise<string[]> {
  // The prompted list is the scheduler's; this update does not change it, nor the other days' entries.
  const prompted = env.readAhead ? env.readAhead.prompted : await ctx.deps.stores.checkins.prompted(env.userId);
  const others = prompted.filter((d) => d !== date);
  const entries = nearbyEntries(env, others) ?? (await ctx.deps.stores.checkins.entriesOn(env.userId, others));
  const answered = new Set([...entries].filter(([, e]) => e.pain !== undefined).map(([d]) => d));
  return missedDays(prompted, answered, env.today, date, env.first);
}

/** "Tue and Wed" / "Di. und Mi.". */
function dayList(dates: readonly string[], lang: string): string {
  const day = new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" });
  const names = dates.map((d) => day.format(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))));
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(names);
}
