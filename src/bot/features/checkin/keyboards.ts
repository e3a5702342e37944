/**
 * The check-in's questions, buttons and "what was saved" lines. Pure: a translate function in,
 * text and keyboards out, so the bot and the scheduler (which has no context) render the same.
 */
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { REACTIONS, type Entry, type Reaction } from "../../../trial/checkin/entry.js";
import type { Marker, Plan } from "../../../trial/plan/plan.js";
import type { CheckinStep } from "../../../trial/checkin/checkin.js";
import type { Translate } from "../setup/keyboards.js";
import { escapeHtml } from "../../ui/html.js";
import { markerNoneData, noteData, painData, reactionData, sessionData, symptomData } from "./callback-data.js";

export interface View {
  text: string;
  markup?: InlineKeyboard;
}

/** "Mon, Jan 4" / "Mo., 4. Jan." */
export function shortDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return DateTime.fromISO(iso).setLocale(lang).toLocaleString({ weekday: "short", day: "numeric", month: "short" });
  // One cached formatter per language (building one per call was a visible cost per answer; issue #9).
  return formatter(shortDateFormats, lang, () => new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })).format(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])),
  );
}

/** A number as the user's language writes it (4.5 / 4,5). */
export function num(value: number, lang: string): string {
  return formatter(numberFormats, lang, () => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(value);
}

const shortDateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatter<F>(cache: Map<string, F>, lang: string, make: () => F): F {
  let f = cache.get(lang);
  if (!f) {
    f = make();
    if (cache.size < 50) cache.set(lang, f);
  }
  return f;
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
    kb.text(String(i * step), painData.pack({ date, v: i * step, r: opts.replace ? "1" : "0" }));
    if (i === 5) kb.row();
  }
  kb.row().text(t("ci-btn-symptom"), symptomData.pack({ date }));
  for (const row of opts.extraRows ?? []) kb.row(...row);
  const text = [opts.intro, t("ci-q-pain", { date: shortDate(date, lang), max: scale }), t(scale === 10 ? "ci-q-pain-hint-10" : "ci-q-pain-hint-100")]
    .filter(Boolean)
    .join("\n\n");
  return { text, markup: kb };
}

export function markerName(t: Translate, marker: Marker): string {
  return marker.preset === "custom" ? escapeHtml(marker.name ?? t("ci-marker-fallback")) : t(`ci-marker-name-${marker.preset}`);
}

export function markerUnit(t: Translate, marker: Marker): string {
  return marker.preset === "custom" ? escapeHtml(marker.unit) : t(`unit-${marker.unit}`);
}

function questionText(t: Translate, step: CheckinStep, plan: Plan, date: string, lang: string): string {
  const d = shortDate(date, lang);
  switch (step) {
    case "pain":
      return t("ci-q-pain", { date: d, max: plan.painScale });
    case "marker":
      return plan.marker.preset === "custom"
        ? t("ci-q-marker-custom", { name: markerName(t, plan.marker), unit: markerUnit(t, plan.marker), date: d })
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
  return t("ci-saved-pain", { value: num(value, lang), max: scale });
}

export function savedMarker(t: Translate, marker: Marker, value: number | null, lang: string): string {
  if (value === null) return t("ci-saved-marker-none", { name: markerName(t, marker) });
  if (marker.preset === "custom") return t("ci-saved-marker-custom", { name: markerName(t, marker), value: num(value, lang), unit: markerUnit(t, marker) });
  return t(`ci-saved-marker-${marker.preset}`, { value: num(value, lang), count: value });
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
