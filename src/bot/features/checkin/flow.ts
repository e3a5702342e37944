/**
 * The check-in state machine behind the buttons, typed answers and edits. Every answer is saved
 * in one atomic write (CheckinStore.saveAnswer) BEFORE the confirmation naming what was saved is
 * sent; the same write moves the waiting question on, so a typed number always lands on the step
 * and date the user was last asked about.
 */
import type { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Entry, Reaction } from "../../../trial/checkin/entry.js";
import { emptyEntry, isAnswerable, isLateAnswer, nextStep, truncateNote, NOTE_MAX, type CheckinStep } from "../../../trial/checkin/checkin.js";
import type { AnswerState, CheckinState, TypedRef } from "../../../store/checkin-store.js";
import {
  entrySummary,
  painQuestion,
  reactionKeyboard,
  noteKeyboard,
  savedMarker,
  savedPain,
  replaceKeyboard,
  savedReactions,
  stepQuestion,
  type PainOptions,
} from "./keyboards.js";
import { weekdayDate } from "../../ui/format.js";
import { safetyOnNoteSaved } from "../shared/safety-hooks.js";
import { markSettleInputChanged, settleInputChanged } from "../reports/changes.js";
import type { CheckinEnv } from "./env.js";
import { unlessExpected } from "../../telegram-errors.js";

/** Asks the pain question for `date` and waits for its answer (tap or typed). */
export async function startCheckin(ctx: BotContext, env: CheckinEnv, date: string, opts: PainOptions & { late: boolean }): Promise<void> {
  const state: CheckinState = { kind: "answer", date, step: "pain", late: opts.late, flow: "daily", replace: opts.replace || undefined };
  await ctx.deps.stores.checkins.setState(env.userId, state);
  const intro = [opts.intro, opts.late ? env.t("ci-late-note", { date: weekdayDate(date, env.lang) }) : undefined].filter(Boolean).join("\n\n");
  const view = painQuestion(env.t, date, env.plan.painScale, env.lang, { ...opts, intro: intro || undefined });
  await ctx.reply(view.text, { reply_markup: view.markup });
}

/** "You already saved … for this date. Replace it?" — `value` is a pain answer waiting for the decision. */
export async function askReplace(ctx: BotContext, env: CheckinEnv, existing: Entry, value: number | null, extraRows?: InlineKeyboard["inline_keyboard"]) {
  const { t, lang } = env;
  const date = existing.date;
  const text =
    value === null || existing.pain === undefined
      ? t("ci-replace-question", { date: weekdayDate(date, lang), summary: entrySummary(t, existing, env.plan, lang) })
      : t("ci-replace-with", { date: weekdayDate(date, lang), old: savedPain(t, existing.pain, existing.scale, lang), new: savedPain(t, value, env.plan.painScale, lang) });
  await ctx.reply(text, { reply_markup: replaceKeyboard(t, date, value, env.plan.painScale, extraRows) });
}

export type Answer =
  | { kind: "pain"; value: number; confirmed?: boolean }
  | { kind: "marker"; value: number | null }
  | { kind: "session"; value: boolean }
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

/**
 * Applies one answer for `date`: builds the new entry, saves it atomically together with the
 * next question, then confirms what was saved and asks that next question.
 */
export async function applyAnswer(ctx: BotContext, env: CheckinEnv, date: string, answer: Answer, opts: AnswerOptions = {}): Promise<void> {
  const { t, lang, plan, userId, now } = env;
  if (!isAnswerable(date, env.today)) {
    await ctx.reply(t("ci-expired"));
    return;
  }
  const stores = ctx.deps.stores;
  const [state, existing] = await Promise.all([stores.checkins.state(userId), stores.entries.get(userId, date)]);
  const st = stateFor(state, date);
  /** THE write of this answer; the settle rule runs after the update only if pain or a session changed. */
  const save = async (entry: Entry, saveOpts: Parameters<typeof stores.checkins.saveAnswer>[2]) => {
    await stores.checkins.saveAnswer(userId, entry, saveOpts);
    if (settleInputChanged(existing, entry)) markSettleInputChanged(ctx, { versions: env.versions });
  };
  const late = (st?.late ?? false) || isLateAnswer(date, now, plan.prompt);
  const flow = st?.flow ?? "daily";
  const base: Entry = existing ?? { ...emptyEntry(date, plan.painScale, now), late: late || undefined };
  const keepState = (step: CheckinStep): CheckinState => ({ kind: "answer", date, step, late, flow });

  let entry: Entry;
  let step: CheckinStep;
  let saved: string | null;
  let archive = false;
  let typed: TypedRef | undefined;
  const notes: string[] = [];

  switch (answer.kind) {
    case "pain": {
      const replacing = answer.confirmed === true || st?.replace === true;
      if (existing?.pain !== undefined && !replacing) return askReplace(ctx, env, existing, answer.value);
      archive = replacing && existing !== null;
      const from = archive ? emptyEntry(date, plan.painScale, now) : base;
      entry = { ...from, pain: answer.value, scale: plan.painScale, answeredAt: now.toISOString(), late: late || undefined };
      if (archive) entry.corrected = true;
      step = "pain";
      saved = savedPain(t, answer.value, plan.painScale, lang);
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "pain" };
      break;
    }
    case "marker":
      entry = { ...base, marker: answer.value };
      step = "marker";
      saved = savedMarker(t, plan.marker, answer.value, lang);
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "marker" };
      break;
    case "session":
      entry = { ...base, session: answer.value, reactions: answer.value ? base.reactions : [] };
      step = "session";
      saved = t(answer.value ? "ci-saved-session-yes" : "ci-saved-session-no");
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
      step = "reaction";
      saved = savedReactions(t, entry.reactions);
      break;
    }
    case "note": {
      const { note, truncated } = truncateNote(answer.text);
      entry = { ...base, note };
      step = "note";
      saved = t("ci-saved-note");
      if (truncated) notes.push(t("ci-note-truncated", { max: String(NOTE_MAX) }));
      if (opts.typedMessageId !== undefined) typed = { m: opts.typedMessageId, d: date, f: "note" };
      break;
    }
    case "noteSkip":
      entry = base;
      step = "note";
      saved = null;
      break;
    case "care":
      entry = { ...base, careChanged: true };
      await save(entry, { state: keepState("note") });
      await ctx.editMessageReplyMarkup({ reply_markup: noteKeyboard(t, date, true) }).catch(unlessExpected(ctx.deps.logger, "ticking the care change"));
      await ctx.reply(t("ci-saved", { what: t("ci-saved-care") }));
      return;
  }

  const next = nextStep(step, plan, entry, flow);
  await save(entry, { archive, state: next === "done" ? null : keepState(next), typed });

  const parts: string[] = [];
  if (saved) parts.push(t("ci-saved", { what: saved }));
  parts.push(...notes);
  let markup: InlineKeyboard | undefined;
  if (next === "done") {
    parts.push(t(flow === "session" ? "ci-done-session" : "ci-done", { date: weekdayDate(date, lang), summary: entrySummary(t, entry, plan, lang) }));
  } else {
    const view = stepQuestion(t, next as Exclude<CheckinStep, "pain">, plan, entry, lang);
    parts.push(view.text);
    markup = view.markup;
  }
  // A warning sign in the note is answered first, before "that's everything".
  if (answer.kind === "note") await safetyOnNoteSaved(ctx, entry);
  await ctx.reply(parts.join("\n\n"), { reply_markup: markup });
}
