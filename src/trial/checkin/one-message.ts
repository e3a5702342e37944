/**
 * The whole daily answer in one typed message: "6 20", "6/20", "6, 20 min", "pain 6, 20 minutes",
 * "pain 6 walked 20", "Schmerz 6 gegangen 20". Pure: the text and what the user usually answers
 * in, out comes what to save, a question to ask, or "not understood". A reading that could be
 * wrong is never returned as an answer: it becomes a question.
 */
import { normalizeDigits, parseNumber } from "../time/time-parse.js";
import type { Lang } from "../time/lang.js";
import { judgeMarker, validMarker, validPain } from "./checkin.js";
import { MARKER_MAX } from "../plan/markers.js";

export interface PainAndMarker {
  pain: number;
  marker: number;
}

export type OneMessage =
  /** Only the pain score (one number, or "6/10"). */
  | { kind: "pain"; pain: number }
  | ({ kind: "both" } & PainAndMarker)
  /** Two numbers whose order is not certain: ask which reading is meant. */
  | { kind: "ambiguous"; options: PainAndMarker[] }
  /** Numbers that fit no reading (pain above the scale, negative, a fraction). */
  | { kind: "out-of-range" }
  /** A valid pain score with a marker value above the marker's own range ("6 20" on a 0-10 rating). */
  | { kind: "marker-out-of-range" }
  /** No number, too many, or words the parser does not know: nothing is saved. */
  | { kind: "junk" };

export interface OneMessageContext {
  lang: Lang;
  scale: 10 | 100;
  /** The marker's highest value (markerMax). */
  markerMax: number;
  /** The range of the user's recent marker values, when there are enough of them. */
  usual?: { min: number; max: number };
}

const PAIN_WORDS = new Set(["pain", "p", "schmerz", "schmerzen", "schmerzwert"]);
/** Words that name the marker or its unit: a number next to one is the marker value. */
const MARKER_WORDS = new Set([
  "walked",
  "walk",
  "walking",
  "min",
  "mins",
  "minute",
  "minutes",
  "sat",
  "sit",
  "sitting",
  "stairs",
  "flights",
  "flight",
  "woke",
  "wakings",
  "times",
  "turn",
  "degrees",
  "gegangen",
  "gehen",
  "gelaufen",
  "laufen",
  "minuten",
  "gesessen",
  "sitzen",
  "treppen",
  "stockwerke",
  "stockwerk",
  "etagen",
  "aufgewacht",
  "mal",
  "drehen",
  "grad",
  "marker",
  "measure",
  "wert",
]);
/** Words that carry nothing: allowed around the numbers. */
const FILLER = new Set(["and", "und", "today", "heute", "score", "level", "of", "von", "was", "war", "i", "ich", "for", "für"]);

type Token = { kind: "num"; text: string; value: number | null } | { kind: "word"; text: string } | { kind: "slash" };

function tokenize(text: string, lang: Lang): Token[] | null {
  const s = normalizeDigits(text)
    .toLowerCase()
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, "");
  const out: Token[] = [];
  // A decimal keeps its separator only without a space after it ("4,5" is one number, "6, 20" two).
  // A sign at the start or after a space belongs to the number ("-1" is refused, not read as 1).
  const re = /((?:(?<=^|\s)[+-])?\d+(?:[.,]\d+)?)|(\p{L}+\.?)|(\/)|([\s,;:&=.!]+|[+-](?!\d))|(.)/gu;
  for (const m of s.matchAll(re)) {
    if (m[1] !== undefined) out.push({ kind: "num", text: m[1], value: parseNumber(m[1], lang) });
    else if (m[2] !== undefined) out.push({ kind: "word", text: m[2].replace(/\.$/, "") });
    else if (m[3] !== undefined) out.push({ kind: "slash" });
    else if (m[5] !== undefined) return null; // a character we do not read (?, !, €, an emoji)
  }
  return out;
}

type Role = "pain" | "marker" | undefined;

/** Words that join a score to its top: "6 of 10", "6 von 10", "6 out of 10". */
const OUT_OF: readonly (readonly string[])[] = [["of"], ["von"], ["out", "of"]];

/** One score out of a top ("6/10", "6 of 10"); `slash` tells "6/20" (also pain and marker) from "6 of 20". */
interface ScoreOutOf {
  value: number | null;
  top: number | null;
  slash: boolean;
}

/** The message as one score out of a top, with nothing else but `allowed` words; null when it is not that. */
function scoreOutOf(tokens: readonly Token[], allowed: (word: string) => boolean): ScoreOutOf | null {
  const i = tokens.findIndex((t) => t.kind === "num");
  const num = tokens[i];
  if (num?.kind !== "num") return null;
  const joinedBy = (words: readonly string[]) =>
    words.every((w, k) => {
      const tok = tokens[i + 1 + k];
      return tok?.kind === "word" && tok.text === w;
    });
  const slash = tokens[i + 1]?.kind === "slash";
  const join = slash ? 1 : (OUT_OF.find(joinedBy)?.length ?? 0);
  const top = tokens[i + 1 + join];
  if (!join || top?.kind !== "num") return null;
  const rest = [...tokens.slice(0, i), ...tokens.slice(i + join + 2)];
  if (!rest.every((t) => t.kind === "word" && allowed(t.text))) return null;
  return { value: num.value, top: top.value, slash };
}

export function parseOneMessage(text: string, ctx: OneMessageContext): OneMessage {
  const tokens = tokenize(text, ctx.lang);
  if (!tokens) return { kind: "junk" };
  // "6/10", "pain was 6 of 10 today", "60 von 100": a score out of the scale's top, not ten minutes.
  // Out of the other pain scale's top ("6/10", "6 of 10" on 0-100) it is no pain score either:
  // the scale is asked for again. "6/20" stays pain and marker.
  const score = scoreOutOf(tokens, (w) => PAIN_WORDS.has(w) || FILLER.has(w));
  if (score && (score.top === 10 || score.top === 100 || !score.slash)) {
    const pain = score.top === ctx.scale ? validPain(score.value, ctx.scale) : null;
    return pain === null ? { kind: "out-of-range" } : { kind: "pain", pain };
  }
  const nums: { value: number | null; role: Role; index: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === "word" && !PAIN_WORDS.has(tok.text) && !MARKER_WORDS.has(tok.text) && !FILLER.has(tok.text)) return { kind: "junk" };
    if (tok.kind !== "num") continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    let role: Role;
    if (before?.kind === "word" && PAIN_WORDS.has(before.text)) role = "pain";
    else if ((before?.kind === "word" && MARKER_WORDS.has(before.text)) || (after?.kind === "word" && MARKER_WORDS.has(after.text))) role = "marker";
    nums.push({ value: tok.value, role, index: i });
  }
  if (nums.length === 0 || nums.length > 2) return { kind: "junk" };
  if (nums.some((n) => n.value === null)) return { kind: "out-of-range" };

  if (nums.length === 1) {
    const [n] = nums;
    if (n.role === "marker") return { kind: "junk" };
    const pain = validPain(n.value, ctx.scale);
    return pain === null ? { kind: "out-of-range" } : { kind: "pain", pain };
  }

  const [a, b] = nums;
  if (a.role && a.role === b.role) return { kind: "junk" };
  const reading = (p: number, m: number): PainAndMarker | null => {
    const pain = validPain(p, ctx.scale);
    const marker = validMarker(m, ctx.markerMax);
    return pain === null || marker === null ? null : { pain, marker };
  };
  // The pain is fine and the other number is a real value, only above what the marker allows.
  const markerTooHigh = (p: number, m: number) => validPain(p, ctx.scale) !== null && judgeMarker(m, ctx.markerMax).kind === "out-of-range";
  // A label on either number fixes the order.
  if (a.role || b.role) {
    const painFirst = a.role === "pain" || b.role === "marker";
    const [p, m] = painFirst ? [a.value!, b.value!] : [b.value!, a.value!];
    const r = reading(p, m);
    if (r) return { kind: "both", ...r };
    return markerTooHigh(p, m) ? { kind: "marker-out-of-range" } : { kind: "out-of-range" };
  }
  const literal = reading(a.value!, b.value!);
  const swapped = reading(b.value!, a.value!);
  if (literal && !swapped) return { kind: "both", ...literal };
  if (!literal && swapped) return { kind: "ambiguous", options: [swapped] };
  if (!literal && !swapped) return markerTooHigh(a.value!, b.value!) ? { kind: "marker-out-of-range" } : { kind: "out-of-range" };
  if (!literal || !swapped) return { kind: "out-of-range" };
  if (literal.pain === swapped.pain) return { kind: "both", ...literal };
  if (ctx.usual && !fits(literal.marker, ctx.usual) && fits(swapped.marker, ctx.usual)) return { kind: "ambiguous", options: [literal, swapped] };
  return { kind: "both", ...literal };
}

/** Within the usual range, with room either side (a good or bad day is not a typo). */
function fits(value: number, usual: { min: number; max: number }): boolean {
  const room = Math.max(1, (usual.max - usual.min) / 2);
  return value >= usual.min - room && value <= usual.max + room;
}

/** The usual range of recent marker values; undefined with fewer than three of them. */
export function usualRange(values: readonly (number | null | undefined)[]): { min: number; max: number } | undefined {
  const xs = values.filter((v): v is number => typeof v === "number");
  if (xs.length < 3) return undefined;
  return { min: Math.min(...xs), max: Math.max(...xs) };
}

const PRESET_CHOICES: Record<string, number[]> = {
  walk_minutes: [5, 10, 20, 30, 45, 60],
  night_wakings: [0, 1, 2, 3, 4, 5],
  head_turn: [0, 2, 4, 6, 8, 10],
  sitting_minutes: [10, 20, 30, 45, 60, 90],
  stairs: [0, 1, 2, 3, 4, 5],
};

/** 1, 2, 5, 10, 20, 50, … at or above `x`. */
function niceStep(x: number): number {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((f) => f * p).find((s) => s >= x) ?? 10 * p;
}

/**
 * Marker buttons for one tap: six values across the user's usual range (a step either side of it),
 * or the preset's everyday values before there is a range; none for a custom marker without one.
 */
export function markerChoices(preset: string, usual: { min: number; max: number } | undefined, max: number): number[] {
  if (!usual) return (PRESET_CHOICES[preset] ?? []).filter((v) => v <= max);
  const step = niceStep(Math.max(1, (usual.max - usual.min) / 3));
  // Never past the marker's top: a usual 4-10 on a 0-10 rating offers 0-10, not 2-12.
  const start = Math.max(0, Math.min(Math.floor(usual.min / step) * step - step, Math.floor((max - 5 * step) / step) * step));
  return Array.from({ length: 6 }, (_, i) => start + i * step).filter((v) => v <= max);
}

/**
 * A typed marker value, with or without its unit or name ("20", "20 min", "walked 20"); null if it
 * is not one, "out-of-range" for a number above the marker's `max`.
 */
export function parseMarkerText(text: string, lang: Lang, max: number): number | "out-of-range" | null {
  const tokens = tokenize(text, lang);
  if (!tokens) return null;
  // "6/10" or "6 of 10" on a rating whose top is 10.
  const score = scoreOutOf(tokens, (w) => MARKER_WORDS.has(w) || FILLER.has(w));
  if (score) return max < MARKER_MAX && score.top === max ? judgeToAnswer(score.value, max) : null;
  const nums = tokens.filter((t) => t.kind === "num");
  const words = tokens.filter((t) => t.kind === "word");
  if (nums.length !== 1 || tokens.some((t) => t.kind === "slash")) return null;
  if (words.some((w) => !MARKER_WORDS.has(w.text) && !FILLER.has(w.text))) return null;
  return judgeToAnswer(nums[0].value, max);
}

function judgeToAnswer(value: number | null, max: number): number | "out-of-range" | null {
  const verdict = judgeMarker(value, max);
  if (verdict.kind === "invalid") return null;
  return verdict.kind === "ok" ? verdict.value : "out-of-range";
}
