/**
 * What every setup step is made of: how an answer is read (StepInput → StepResult) and how the
 * question is asked (a Question: text and buttons, described without Telegram; the bot draws it).
 */
import { parseNumber } from "../../time/time-parse.js";
import type { Lang } from "../../time/lang.js";
import type { Plan } from "../plan.js";
import { sectionOf, type Draft, type StepId } from "../draft.js";
import { MARKER_MAX, markerMax } from "../markers.js";

export type StepInput = { kind: "button"; value: string } | { kind: "text"; text: string } | { kind: "location"; lat: number; lon: number } | { kind: "other" };

export interface Msg {
  key: string;
  vars?: Record<string, string | number>;
}

export type StepResult =
  /** Moved on: ask `draft.step`. */
  | { kind: "next"; draft: Draft; notices?: Msg[] }
  /** Same question, new state (a toggle): re-render it in place. */
  | { kind: "stay"; draft: Draft }
  /** Not an answer to this question: say what is expected, ask again. */
  | { kind: "invalid"; error: Msg }
  /** An urgent cue: setup stops; the user is told to seek care now. */
  | { kind: "urgent"; draft: Draft; cueId: string }
  /** The review card was confirmed: save this plan. */
  | { kind: "confirm"; plan: Plan; draft: Draft };

export interface StepEnv {
  lang: Lang;
  /** The user's local date today (in the chosen zone, or the default zone before one is chosen). */
  today: string;
  cues: { urgent: string[]; no_massage_area: string[]; see_clinician: string[] };
  /** The chosen zone, or the bot's default before one is chosen (offered first among the zones). */
  zone?: string;
  /** Urgent answers of an earlier setup screen the user has since been seen for: cue id → the date it was raised. */
  seenUrgent?: Readonly<Record<string, string>>;
}

/** What a step's answer function gets: the draft, its answers, the tapped button (if one was). */
export interface Answer {
  d: Draft;
  a: Draft["answers"];
  btn: string | undefined;
  input: StepInput;
  env: StepEnv;
}

/**
 * A variable of a question text: a number or plain string, a locale key, an ISO date, user text
 * (escaped when drawn), or the daily question's chosen time (drawn as the time it really comes,
 * with a line saying so when quiet hours move it).
 */
export type QuestionVar = string | number | { key: string } | { date: string } | { userText: string } | { promptTime: string };

/** A button's label: a locale key, a plain text (a number, a time, a zone), or an ISO date. */
export type Label = { key: string; vars?: Record<string, QuestionVar> } | { text: string } | { date: string };

export interface Button {
  label: Label;
  value: string;
  /** Drawn with a ✅ in front (the chosen options of a multiple choice). */
  checked?: boolean;
}

export interface Question {
  /** The text; `setup-q-<step>` when absent. */
  text?: { key: string; vars?: Record<string, QuestionVar> };
  /** Button rows exactly as drawn; "Back" joins the last row (an empty last row puts it on its own line). */
  rows: Button[][];
  /** The plan card under the text (the review). */
  planCard?: boolean;
  /** No "Back" button even with a previous step. */
  noBack?: boolean;
  /** A reply keyboard instead of buttons: the location request, then these texts two per row. */
  reply?: { location: { key: string }; texts: string[] };
}

/** One setup step: how it is asked and what an answer to it means. */
export interface Step {
  ask(d: Draft, env: StepEnv): Question;
  answer(x: Answer): StepResult;
}

export const BACK = "back";
export const DONE = "done";
export const SKIP = "skip";
export const YES = "yes";
export const NO = "no";
export const TOGGLE = "t_";

export const bad = (key: string, vars?: Msg["vars"]): StepResult => ({ kind: "invalid", error: { key, vars } });

/** Moves on to `next`; while editing one section from the review card, leaving it returns to the review. */
export function go(d: Draft, next: StepId, patch: Partial<Draft> = {}, notices?: Msg[]): StepResult {
  const crossing = d.returnToReview && next !== "review" && sectionOf(next) !== sectionOf(d.step);
  const target: StepId = crossing ? "review" : next;
  return {
    kind: "next",
    draft: { ...d, ...patch, step: target, history: [...d.history, d.step], pending: patch.pending ?? {} },
    notices,
  };
}

/** The same toggle question again, with new state. */
export const stay = (draft: Draft): StepResult => ({ kind: "stay", draft });

export const with_ = (d: Draft, answers: Partial<Draft["answers"]>): Draft => ({ ...d, answers: { ...d.answers, ...answers } });

/** A typed number, tolerating a trailing unit word ("45 min", "30 Minuten", "20 €"). */
export function typedNumber(input: StepInput, lang: Lang): number | null {
  if (input.kind === "button") {
    const n = Number(input.value);
    return Number.isFinite(n) && input.value.trim() !== "" ? n : null;
  }
  if (input.kind !== "text") return null;
  const stripped = input.text
    .trim()
    .replace(/\s*(min(uten|utes|\.)?|mins|m|€|eur|euro|usd|\$|£|gbp|chf|fr\.?|times|mal|x|flights?|stockwerke?|etagen?)$/i, "")
    .replace(/^(€|\$|£)\s*/, "");
  return parseNumber(stripped, lang);
}

export function intIn(input: StepInput, lang: Lang, min: number, max: number): number | "bad" {
  const n = typedNumber(input, lang);
  if (n === null || !Number.isInteger(n) || n < min || n > max) return "bad";
  return n;
}

export function freeText(input: StepInput, max: number): string | null {
  if (input.kind !== "text") return null;
  const t = input.text.replace(/[\u200B-\u200F\u2060\uFEFF]/g, "").trim();
  if (!t || t.length > max || !/\p{L}|\p{N}/u.test(t)) return null;
  return t;
}

export function toggle(list: string[], value: string, exclusive?: string): string[] {
  if (exclusive && value === exclusive) return list.includes(value) ? [] : [value];
  const without = list.filter((x) => x !== exclusive);
  return without.includes(value) ? without.filter((x) => x !== value) : [...without, value];
}

/** Steps that only make sense with the scratch state of the step before them. */
const TRANSIENT: ReadonlySet<StepId> = new Set(["first_session_confirm", "screen_area_where"]);

export function backTarget(d: Draft): StepResult {
  const history = [...d.history];
  let prev = history.pop();
  while (prev && TRANSIENT.has(prev)) prev = history.pop();
  if (!prev) return bad("setup-no-back");
  return { kind: "next", draft: { ...d, step: prev, history, pending: {} } };
}

// ---- button layouts ----

export const key = (k: string, vars?: Record<string, QuestionVar>): Label => ({ key: k, vars });
export const plain = (text: string): Label => ({ text });

/** Buttons side by side on one open row: "Back" joins them. */
export const inline = (...buttons: Button[]): Button[][] => [buttons];

/** One row of buttons, then a fresh row for "Back". */
export const row = (...buttons: Button[]): Button[][] => [buttons, []];

/** One button per row, then a fresh row for "Back". */
export const column = (buttons: Button[]): Button[][] => [...buttons.map((b) => [b]), []];

/** `perRow` buttons a row, then a fresh row for "Back". */
export function grid(buttons: Button[], perRow: number): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return [...(rows.length ? rows : [[]]), []];
}

/** Rows one after the other: the last row of each part but the last is closed. */
export function stack(...parts: Button[][][]): Button[][] {
  const out: Button[][] = [];
  for (const part of parts) {
    if (out.length && out[out.length - 1].length === 0) out.pop();
    out.push(...part);
  }
  return out;
}

/** The highest value the draft's marker can take, and whether that is a rating's top (head turn: 10) rather than the general ceiling. */
export function draftMarkerTop(a: Draft["answers"]): { max: number; rating: boolean } {
  const max = markerMax({ preset: a.markerPreset ?? "custom", unit: a.markerUnit ?? "" });
  return { max, rating: max < MARKER_MAX };
}
