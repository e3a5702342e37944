/**
 * The check-in's questions, buttons and "what was saved" lines. Pure: a translate function in,
 * text and keyboards out, so the bot and the scheduler (which has no context) render the same.
 */
import { InlineKeyboard } from "grammy";
import { REACTIONS, type Entry, type Reaction } from "../../../trial/checkin/entry.js";
import type { Marker, Plan } from "../../../trial/plan/plan.js";
import type { CheckinStep } from "../../../trial/checkin/checkin.js";
import { markerUnit, num, weekdayDate, type Translate } from "../../ui/format.js";
import { escapeHtml } from "../../ui/html.js";
import { dayData, markerNoneData, noteData, painData, pauseAskData, reactionData, reminderData, replaceData, sessionData, sessionDayData, symptomData } from "./callback-data.js";

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
  const text = [opts.intro, t("ci-q-pain", { date: weekdayDate(date, lang), max: scale }), t(scale === 10 ? "ci-q-pain-hint-10" : "ci-q-pain-hint-100")]
    .filter(Boolean)
    .join("\n\n");
  return { text, markup: kb };
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

/** The question for a step other than pain, with its buttons. */
export function stepQuestion(t: Translate, step: Exclude<CheckinStep, "pain">, plan: Plan, entry: Entry, lang: string): View {
  const text = questionText(t, step, plan, entry.date, lang);
  const date = entry.date;
  switch (step) {
    case "marker":
      return { text, markup: new InlineKeyboard().text(t("ci-btn-not-measured"), markerNoneData.pack({ date })) };
    case "session":
      return {
        text,
        markup: new InlineKeyboard().text(t("btn-yes"), sessionData.pack({ date, v: "y" })).text(t("btn-no"), sessionData.pack({ date, v: "n" })),
      };
    case "reaction":
      return { text, markup: reactionKeyboard(t, date, entry.reactions) };
    case "note":
      return { text, markup: noteKeyboard(t, date, entry.careChanged === true) };
  }
}

// ---------------------------------------------------------------------------------------------
// "Saved: …" lines

export function savedPain(t: Translate, value: number, scale: 10 | 100, lang: string): string {
  return t("ci-saved-pain", { value: num(value, lang, 2), max: scale });
}

export function savedMarker(t: Translate, marker: Marker, value: number | null, lang: string): string {
  if (value === null) return t("ci-saved-marker-none", { name: markerShortName(t, marker) });
  if (marker.preset === "custom") return t("ci-saved-marker-custom", { name: markerShortName(t, marker), value: num(value, lang, 2), unit: markerUnit(t, { marker }) });
  return t(`ci-saved-marker-${marker.preset}`, { value: num(value, lang, 2), count: value });
}

export function savedReactions(t: Translate, reactions: readonly Reaction[]): string {
  if (!reactions.length || (reactions.length === 1 && reactions[0] === "none")) return t("ci-saved-no-reaction");
  return t("ci-saved-reactions", { list: reactions.filter((r) => r !== "none").map((r) => t(`ci-reaction-${r}`)).join(", ") });
}

/** Everything an entry holds, in one line: "pain 4/10 · walked 20 min · session (soreness) · note". */
export function entrySummary(t: Translate, entry: Entry, plan: Plan, lang: string): string {
  const parts: string[] = [];
  if (entry.pain !== undefined) parts.push(savedPain(t, entry.pain, entry.scale, lang));
  if (entry.marker !== undefined) parts.push(savedMarker(t, plan.marker, entry.marker, lang));
  if (entry.session === true) parts.push(entry.reactions.length ? `${t("ci-saved-session-yes")} (${savedReactions(t, entry.reactions)})` : t("ci-saved-session-yes"));
  if (entry.session === false) parts.push(t("ci-saved-session-no"));
  if (entry.careChanged) parts.push(t("ci-saved-care"));
  if (entry.note) parts.push(t("ci-saved-note"));
  return parts.join(" · ") || t("ci-saved-nothing");
}

// ---------------------------------------------------------------------------------------------
// Choosing a day, replacing an answer, pausing, reminders

/** /checkin's earlier days (yesterday, then weekdays; ✓ = pain already answered). */
export function otherDaysKeyboard(t: Translate, dates: readonly string[], answered: (date: string) => boolean, lang: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  dates.forEach((d, i) => {
    const label = i === 0 ? t("ci-day-yesterday") : weekdayDate(d, lang);
    kb.text(`${label}${answered(d) ? " ✓" : ""}`, dayData.pack({ date: d }));
  });
  return kb;
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
export function replaceKeyboard(t: Translate, date: string, value: number | null, scale: 10 | 100, extraRows?: InlineKeyboard["inline_keyboard"]): InlineKeyboard {
  const s = String(scale) as "10" | "100";
  const kb = new InlineKeyboard().text(t("ci-btn-replace"), replaceData.pack({ date, a: "yes", s, v: value ?? "" })).text(t("ci-btn-keep"), replaceData.pack({ date, a: "no", s, v: value ?? "" }));
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
