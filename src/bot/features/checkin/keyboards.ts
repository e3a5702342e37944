/**
 * The check-in's questions, buttons and "what was saved" lines. Pure: a translate function in,
 * text and keyboards out, so the bot and the scheduler (which has no context) render the same.
 */
import { InlineKeyboard } from "grammy";
import { REACTIONS, type Entry, type Reaction } from "../../../trial/checkin/entry.js";
import type { Marker, Plan } from "../../../trial/plan/plan.js";
import type { CheckinStep } from "../../../trial/checkin/checkin.js";
import { markerExample } from "../../../trial/plan/markers.js";
import { markerUnit, num, weekdayDate, type Translate } from "../../ui/format.js";
import { escapeHtml } from "../../ui/html.js";
import {
  changeData,
  dayData,
  markerNoneData,
  markerValueData,
  noteData,
  painData,
  pauseAskData,
  reactionData,
  reminderData,
  replaceData,
  snoozeData,
  quietData,
  sessionData,
  sessionDayData,
  symptomData,
  typedPairData,
} from "./callback-data.js";
import { firstOpenStep } from "../../../trial/checkin/checkin.js";
import { formatQuiet, QUIET_PRESETS, TONIGHT, type QuietHours, type SnoozeChoice } from "../../../trial/time/quiet-hours.js";

export interface View {
  text: string;
  markup?: InlineKeyboard;
}

export interface PainOptions {
  /** The user confirmed replacing this date's entry. */
  replace?: boolean;
  /** Extra button rows under the grid (e.g. /checkin's other days). */
  extraRows?: InlineKeyboard["inline_keyboard"];
  /** Text above the question (a confirmation, a late-entry note). */
  intro?: string;
  /** The marker's short name: the hint then offers pain and the marker in one typed message. */
  marker?: { name: string; example: number };
}

/** Pain 0-10 as buttons (0-100 in steps of 10 on the 100 scale), "new symptom" under it. */
export function painQuestion(t: Translate, date: string, scale: 10 | 100, lang: string, opts: PainOptions = {}): View {
  const step = scale === 10 ? 1 : 10;
  const kb = new InlineKeyboard();
  for (let i = 0; i <= 10; i++) {
    kb.text(String(i * step), painData.pack({ date, v: i * step, r: opts.replace ? "1" : "0", s: String(scale) as "10" | "100" }));
    if (i === 5) kb.row();
  }
  kb.row().text(t("ci-btn-symptom"), symptomData.pack({ date }));
  for (const row of opts.extraRows ?? []) kb.row(...row);
  const hint = opts.marker ? t("ci-q-pain-typed", { marker: opts.marker.name, n: String(opts.marker.example) }) : t(scale === 10 ? "ci-q-pain-hint-10" : "ci-q-pain-hint-100");
  const text = [opts.intro, t("ci-q-pain", { date: weekdayDate(date, lang), max: scale }), hint].filter(Boolean).join("\n\n");
  return { text, markup: kb };
}

/** What the pain question's hint names: the marker and a valid example value for it. */
export function typedHint(t: Translate, marker: Marker): { name: string; example: number } {
  return { name: markerShortName(t, marker), example: markerExample(marker) };
}

/** The marker's short name inside a question ("walking"); a custom one as the user typed it, escaped. */
export function markerShortName(t: Translate, marker: Marker): string {
  return marker.preset === "custom" ? escapeHtml(marker.name ?? t("ci-marker-fallback")) : t(`ci-marker-name-${marker.preset}`);
}

function questionText(t: Translate, step: CheckinStep, plan: Plan, date: string, lang: string): string {
  const d = weekdayDate(date, lang);
  switch (step) {
    case "pain":
      return t("ci-q-pain", { date: d, max: plan.painScale });
    case "marker":
      return plan.marker.preset === "custom"
        ? t("ci-q-marker-custom", { name: markerShortName(t, plan.marker), unit: markerUnit(t, plan), date: d })
        : t(`ci-q-marker-${plan.marker.preset}`, { date: d });
    case "session":
      return t("ci-q-session", { date: d });
    case "reaction":
      return t("ci-q-reaction");
    case "note":
      return t("ci-q-note");
  }
}

export function reactionKeyboard(t: Translate, date: string, selected: readonly Reaction[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  REACTIONS.forEach((r, i) => {
    kb.text(`${selected.includes(r) ? "✅ " : ""}${t(`ci-reaction-${r}`)}`, reactionData.pack({ date, r }));
    if (i % 2 === 0) kb.row();
  });
  return kb.row().text(t("btn-done"), reactionData.pack({ date, r: "done" }));
}

export function noteKeyboard(t: Translate, date: string, careChanged: boolean): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(careChanged ? "ci-btn-care-on" : "ci-btn-care"), noteData.pack({ date, a: "care" }))
    .row()
    .text(t("btn-skip"), noteData.pack({ date, a: "skip" }));
}

/** The question for a step other than pain, with its buttons; `choices` are the marker's one-tap values. */
export function stepQuestion(t: Translate, step: Exclude<CheckinStep, "pain">, plan: Plan, entry: Entry, lang: string, choices: readonly number[] = []): View {
  const text = questionText(t, step, plan, entry.date, lang);
  const date = entry.date;
  switch (step) {
    case "marker": {
      const kb = new InlineKeyboard();
      choices.forEach((v, i) => {
        kb.text(num(v, lang, 2), markerValueData.pack({ date, v }));
        if (i % 3 === 2) kb.row();
      });
      if (choices.length % 3 !== 0) kb.row();
      return { text, markup: kb.text(t("ci-btn-not-measured"), markerNoneData.pack({ date })) };
    }
    case "session":
      return {
        text,
        markup: new InlineKeyboard()
          .text(t("ci-btn-session-had"), sessionData.pack({ date, v: "y" }))
          .text(t("ci-btn-session-not"), sessionData.pack({ date, v: "n" }))
          .row()
          .text(t("ci-btn-session-moved"), sessionData.pack({ date, v: "m" }))
          .text(t("ci-btn-symptom"), symptomData.pack({ date })),
      };
    case "reaction":
      return { text, markup: reactionKeyboard(t, date, entry.reactions) };
    case "note":
      return { text, markup: noteKeyboard(t, date, entry.careChanged === true) };
  }
}

export interface DailyOptions extends PainOptions {
  /** False on a date without planned sessions (a withdrawal check, the follow-up): no session question. */
  sessionsPlanned?: boolean;
}

/**
 * The first open question of a day's check-in: the session question on session days (from the
 * first session on), else the pain grid. The daily prompt, its reminder and /checkin ask this.
 */
export function dailyQuestion(t: Translate, plan: Plan, entry: Entry, lang: string, opts: DailyOptions = {}): View {
  const { sessionsPlanned = true, ...painOpts } = opts;
  const step = firstOpenStep(plan, entry, sessionsPlanned);
  if (step !== "session") return painQuestion(t, entry.date, plan.painScale, lang, { marker: typedHint(t, plan.marker), ...painOpts });
  const view = stepQuestion(t, "session", plan, entry, lang);
  for (const row of opts.extraRows ?? []) view.markup!.row(...row);
  return { ...view, text: [opts.intro, t("ci-q-session-title", { date: weekdayDate(entry.date, lang) }), view.text].filter(Boolean).join("\n") };
}

/** The tapped question's buttons give way to what was picked, which is also its "↩️ Change". */
export function pickedKeyboard(t: Translate, date: string, step: "pain" | "marker" | "session", picked: string): InlineKeyboard {
  return new InlineKeyboard().text(t("ci-btn-picked", { picked }), changeData.pack({ date, s: step }));
}

/** Under a question that follows a typed answer: change that answer. */
export function changeRow(t: Translate, date: string, step: "pain" | "marker" | "session"): InlineKeyboard["inline_keyboard"] {
  return new InlineKeyboard().text(t("ci-btn-change"), changeData.pack({ date, s: step })).inline_keyboard;
}

/** Under "that's everything": reactions (after a session), a note, and ↩️ Change. */
export function doneKeyboard(t: Translate, entry: Entry): InlineKeyboard {
  const date = entry.date;
  const kb = new InlineKeyboard();
  if (entry.session === true) kb.text(t("ci-btn-reactions"), reactionData.pack({ date, r: "open" }));
  kb.text(t(entry.note ? "ci-btn-note-again" : "ci-btn-note"), noteData.pack({ date, a: "open" }));
  return kb.row().text(t("ci-btn-change"), changeData.pack({ date, s: "menu" }));
}

/** "↩️ Change" opened: one button per saved answer of the day. */
export function changeMenuKeyboard(t: Translate, plan: Plan, entry: Entry): InlineKeyboard {
  const date = entry.date;
  const kb = new InlineKeyboard();
  if (entry.pain !== undefined) kb.text(t("ci-btn-change-pain"), changeData.pack({ date, s: "pain" }));
  if (entry.marker !== undefined) kb.text(markerShortName(t, plan.marker), changeData.pack({ date, s: "marker" }));
  if (entry.session !== undefined) kb.text(t("ci-btn-change-session"), changeData.pack({ date, s: "session" }));
  return kb;
}

/** A typed pair that could be read two ways: one button per reading, and "neither". */
export function typedPairKeyboard(t: Translate, plan: Plan, date: string, options: readonly { pain: number; marker: number }[], lang: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  const s = String(plan.painScale) as "10" | "100";
  for (const o of options) {
    kb.text(
      `${savedPain(t, o.pain, plan.painScale, lang)} · ${savedMarker(t, plan.marker, o.marker, lang)}`,
      typedPairData.pack({ date, p: o.pain, m: o.marker, s }),
    ).row();
  }
  return kb.text(t("ci-btn-neither"), changeData.pack({ date, s: "pain" }));
}

// ---------------------------------------------------------------------------------------------
// "Saved: …" lines

export function savedPain(t: Translate, value: number, scale: 10 | 100, lang: string): string {
  return t("ci-saved-pain", { value: num(value, lang, 2), max: scale });
}

export function savedMarker(t: Translate, marker: Marker, value: number | null, lang: string): string {
  if (value === null) return t("ci-saved-marker-none", { name: markerShortName(t, marker) });
  if (marker.preset === "custom")
    return t("ci-saved-marker-custom", { name: markerShortName(t, marker), value: num(value, lang, 2), unit: markerUnit(t, { marker }) });
  return t(`ci-saved-marker-${marker.preset}`, { value: num(value, lang, 2), count: value });
}

export function savedReactions(t: Translate, reactions: readonly Reaction[]): string {
  if (!reactions.length || (reactions.length === 1 && reactions[0] === "none")) return t("ci-saved-no-reaction");
  return t("ci-saved-reactions", {
    list: reactions
      .filter((r) => r !== "none")
      .map((r) => t(`ci-reaction-${r}`))
      .join(", "),
  });
}

/** Everything an entry holds, in one line: "pain 4/10 · walked 20 min · session (soreness) · note". */
export function entrySummary(t: Translate, entry: Entry, plan: Plan, lang: string): string {
  const parts: string[] = [];
  if (entry.pain !== undefined) parts.push(savedPain(t, entry.pain, entry.scale, lang));
  if (entry.marker !== undefined) parts.push(savedMarker(t, plan.marker, entry.marker, lang));
  if (entry.session === true)
    parts.push(entry.reactions.length ? `${t("ci-saved-session-yes")} (${savedReactions(t, entry.reactions)})` : t("ci-saved-session-yes"));
  if (entry.session === false) parts.push(t("ci-saved-session-no"));
  if (entry.careChanged) parts.push(t("ci-saved-care"));
  if (entry.note) parts.push(t("ci-saved-note"));
  return parts.join(" · ") || t("ci-saved-nothing");
}

// ---------------------------------------------------------------------------------------------
// Choosing a day, replacing an answer, pausing, reminders

/**
 * /checkin's earlier days (yesterday, then weekdays). `open` gives a day's unanswered questions (null:
 * nothing saved): ✓ = complete, a half-finished day names what is missing; with such longer labels
 * each day gets a row of its own.
 */
export function otherDaysKeyboard(
  t: Translate,
  plan: Plan,
  dates: readonly string[],
  open: (date: string) => readonly CheckinStep[] | null,
  lang: string,
): InlineKeyboard {
  const kb = new InlineKeyboard();
  const half = dates.some((d) => open(d)?.length);
  dates.forEach((d, i) => {
    const label = i === 0 ? t("ci-day-yesterday") : weekdayDate(d, lang);
    const missing = open(d);
    let mark = "";
    if (missing?.length === 0) mark = " ✓";
    else if (missing) mark = ` ${t("ci-day-missing", { missing: missingList(t, plan, missing), count: missing.length })}`;
    if (half && i > 0) kb.row();
    kb.text(`${label}${mark}`, dayData.pack({ date: d }));
  });
  return kb;
}

/** "walking" / "pain, walking": the unanswered questions of a day by name. */
function missingList(t: Translate, plan: Plan, steps: readonly CheckinStep[]): string {
  const name = (s: CheckinStep) => (s === "marker" ? markerShortName(t, plan.marker) : t(s === "session" ? "ci-missing-session" : "ci-missing-pain"));
  return steps.map(name).join(", ");
}

/** /session: today, yesterday, then weekdays (✓ = a session is already logged). */
export function sessionDaysKeyboard(t: Translate, dates: readonly string[], logged: (date: string) => boolean, lang: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  dates.forEach((d, i) => {
    const label = i === 0 ? t("ci-day-today") : i === 1 ? t("ci-day-yesterday") : weekdayDate(d, lang);
    kb.text(`${label}${logged(d) ? " ✓" : ""}`, sessionDayData.pack({ date: d }));
    if (i === 1) kb.row();
  });
  return kb;
}

/** Replace this date's answer or keep it; `value` is a typed pain answer waiting for the decision. */
export function replaceKeyboard(
  t: Translate,
  date: string,
  value: number | null,
  scale: 10 | 100,
  extraRows?: InlineKeyboard["inline_keyboard"],
): InlineKeyboard {
  const s = String(scale) as "10" | "100";
  const kb = new InlineKeyboard()
    .text(t("ci-btn-replace"), replaceData.pack({ date, a: "yes", s, v: value ?? "" }))
    .text(t("ci-btn-keep"), replaceData.pack({ date, a: "no", s, v: value ?? "" }));
  for (const row of extraRows ?? []) kb.row(...row);
  return kb;
}

/** After three unanswered prompts: pause, or keep asking. */
export function pauseAskKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("ci-btn-pause"), pauseAskData.pack({ a: "pause" })).text(t("ci-btn-keep-asking"), pauseAskData.pack({ a: "keep" }));
}

/** /settings: the reminder delay (✅ on the current one) or off. */
export function reminderKeyboard(t: Translate, hoursChoices: readonly number[], current: number | null): InlineKeyboard {
  const mark = (active: boolean, label: string) => (active ? `✅ ${label}` : label);
  const kb = new InlineKeyboard();
  for (const h of hoursChoices) kb.text(mark(h === current, t("ci-btn-reminder-hours", { hours: h })), reminderData.pack({ h: String(h) }));
  return kb.row().text(mark(current === null, t("ci-btn-reminder-off")), reminderData.pack({ h: "off" }));
}

/** Under the daily prompt: "⏰ Later", or "Ask me tomorrow" when no snooze choice fits any more. */
export function laterRow(t: Translate, date: string, anyFits: boolean): InlineKeyboard["inline_keyboard"] {
  return new InlineKeyboard().text(t(anyFits ? "ci-btn-later" : "ci-btn-tomorrow"), snoozeData.pack({ date, c: anyFits ? "m" : "x" })).inline_keyboard;
}

/** The snooze choices that fit (never empty: "Ask me tomorrow" then). */
export function snoozeKeyboard(t: Translate, date: string, choices: readonly SnoozeChoice[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const c of choices) kb.text(c === "t" ? t("ci-btn-snooze-tonight", { time: TONIGHT }) : t("ci-btn-snooze-hours", { hours: Number(c) }), snoozeData.pack({ date, c }));
  if (!choices.length) kb.text(t("ci-btn-tomorrow"), snoozeData.pack({ date, c: "x" }));
  return kb;
}

/** /settings: the quiet-hours presets, the current one ticked. */
export function quietKeyboard(t: Translate, current: QuietHours | null): InlineKeyboard["inline_keyboard"] {
  const now = formatQuiet(current);
  const kb = new InlineKeyboard();
  QUIET_PRESETS.forEach((q, i) => {
    kb.text(`${q === now ? "✅ " : ""}${q.replace("-", "–")}`, quietData.pack({ q }));
    if (i % 2 === 1) kb.row();
  });
  return kb.text(`${now === "off" ? "✅ " : ""}${t("ci-btn-quiet-off")}`, quietData.pack({ q: "off" })).inline_keyboard;
}
