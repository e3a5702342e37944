/**
 * Pure keyword check of a free-text note against the safety cues in cues.ts.
 * A keyword check can miss things and can misread things; the bot says so to the user.
 */
import type { CueGroup } from "./safety-event.js";
import { CUES, CUE_GROUP_ORDER, type Cue, type CueId, type CuePattern, type Lang } from "./cues.js";
import { clauseAt, clausesOf, type Clause } from "./clauses.js";

export interface CueHit {
  cueId: CueId;
  group: CueGroup;
}

/** Invisible format characters (combining ones such as variation selectors go with the marks below). */
const ZERO_WIDTH = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

/**
 * Text as the patterns see it: zero-width and bidi marks removed, NFKD with combining marks
 * stripped (é→e, ü→u), lower case, ß→ss, typographic apostrophes and dashes made plain,
 * spaces collapsed (line breaks kept: they end a sentence). German also folds ae/oe/ue→a/o/u.
 */
export function normalizeText(text: string, lang: Lang): string {
  let s = text.replace(ZERO_WIDTH, "").normalize("NFKD").replace(/\p{M}+/gu, "");
  s = s.toLowerCase().replace(/ß/g, "ss");
  s = s.replace(/[\u2018\u2019\u201B\u02BC\u00B4`\u2032]/g, "'").replace(/[\u2010-\u2015\u2212]/g, "-");
  if (lang === "de") s = s.replace(/([aou])e/g, "$1");
  s = s.replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n").replace(/[^\S\n]+/g, " ");
  s = s.replace(/ ?\n[\s]*/g, "\n");
  return s.trim();
}

/** Pattern sources get the same treatment as the text (they are already lower case). */
function normalizeSource(source: string, lang: Lang): string {
  let s = source.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/ß/g, "ss");
  if (lang === "de") s = s.replace(/([aou])e/g, "$1");
  return s;
}

const compileOne = (source: string, lang: Lang): RegExp => new RegExp(`\\b(?:${normalizeSource(source, lang)})\\b`, "g");

// ---------------------------------------------------------------------------------------------
// Negation

/** Words that negate a symptom named within the next few words. */
const NEGATORS: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    "no", "not", "never", "without", "none", "nor", "neither", "denies", "denied", "nowhere",
    "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't",
    "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "havent", "hasnt", "hadnt",
  ]),
  de: new Set(["kein", "keine", "keinen", "keinem", "keiner", "keines", "keins", "nicht", "nie", "niemals", "ohne", "weder", "nirgends", "nirgendwo"]),
};
/** "I nearly fell": only for cues that are events (a fall, an accident, wetting oneself). */
const NEARLY: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["nearly", "almost"]),
  de: new Set(["fast", "beinahe", "fasst"]),
};
const NEARLY_WINDOW = 2;
/** A symptom said to be over, right after it: "the numbness is gone", "das Fieber ist weg". */
const OVER_AFTER: Record<Lang, RegExp> = {
  en: /^[\s,]*(?:[\w']+ ){0,3}?(?:gone|went away|gone away|disappeared|cleared up|resolved|settled down)\b/,
  de: /^[\s,]*(?:\w+ ){0,3}?(?:weg|verschwunden|vorbei|abgeklungen|weggegangen|ausgeheilt)\b/,
};
/** "steroid-free", "kortisonfrei". */
const FREE_AFTER = /^(?:-| )?(?:free|frei)\b/;

/** "negator next" pairs that do not negate: "no idea", "not sure", "keine Ahnung", "nicht nur"… */
const NOT_NEGATING_NEXT: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    "no idea", "no doubt", "no clue", "no wonder", "no matter",
    "not sure", "not certain", "not only", "not just", "not completely", "not entirely", "not totally",
    "not fully", "not quite",
    "don't know", "dont know", "don't remember", "dont remember", "didn't know", "didnt know",
    "no reason", "no warning", "no apparent", "without warning", "without any", "without reason",
  ]),
  de: new Set([
    "keine ahnung", "kein wunder", "nicht nur", "nicht sicher", "nicht ganz", "nicht völlig", "nicht vollig",
    "nicht komplett", "nicht richtig", "ohne grund", "ohne vorwarnung", "ohne warnung", "ohne anlass",
    "ohne ersichtlichen", "ohne dass", "kein grund", "keinen grund",
  ]),
};
/** "previous negator" pairs that do not negate: "weiß nicht" (don't know). */
const NOT_NEGATING_PREV: Record<Lang, ReadonlySet<string>> = {
  en: new Set(),
  de: new Set(["weiss nicht", "weis nicht", "wei nicht"]),
};
const FREE_OF = "free"; // "free of numbness"

/** "never had pain like this" is not a negation. */
const NEVER: Record<Lang, ReadonlySet<string>> = { en: new Set(["never"]), de: new Set(["nie", "niemals"]) };
const NEVER_VOID: Record<Lang, RegExp> = {
  en: /\b(?:like this|like that|this bad|so bad|this severe|this much|before|until now|till now|such)\b/,
  de: /\b(?:so (?:stark|schlimm|heftig)\w*|wie (?:diese\w*|jetzt|heute|noch nie)|bisher|zuvor|vorher|solche\w*)\b/,
};

/** Words that start a new clause: negation does not reach across them. */
const CLAUSE_BREAK: Record<Lang, RegExp> = {
  en: /\b(?:but|and|however|although|though|except|whereas)\b/g,
  de: /\b(?:aber|und|jedoch|sondern|allerdings|obwohl|trotzdem|dennoch|wahrend)\b/g,
};
const SENTENCE_BREAK = /[.!?;:](?=\s|$)|\n/g;
/** How many words before a keyword a negation may stand. */
const NEGATION_WINDOW = 4;

// ---------------------------------------------------------------------------------------------
// Compiled cues (per language, built on first use)

type CompiledPattern =
  | { kind: "one"; re: RegExp }
  | { kind: "all"; terms: RegExp[] }
  | { kind: "near"; terms: RegExp[]; context: RegExp[]; within: number };

/** Default distance in characters between the parts of a concept rule. */
const NEAR_WITHIN = 50;
interface CompiledCue {
  cue: Cue;
  rank: number;
  patterns: CompiledPattern[];
  unless: RegExp[];
}

const compiled = new Map<Lang, CompiledCue[]>();

function compiledCues(lang: Lang): CompiledCue[] {
  let list = compiled.get(lang);
  if (!list) {
    list = (CUES as readonly Cue[]).map((cue) => ({
      cue,
      rank: CUE_GROUP_ORDER.indexOf(cue.group),
      patterns: compilePatterns(cue.patterns[lang], lang),
      unless: (cue.unless?.[lang] ?? []).map((u) => compileOne(u, lang)),
    }));
    compiled.set(lang, list);
  }
  return list;
}

/**
 * A cue's single-regex patterns become one alternation (one pass over the note instead of one per
 * pattern: matching time grows with the number of passes); lists and concept rules stay apart.
 */
function compilePatterns(patterns: readonly CuePattern[], lang: Lang): CompiledPattern[] {
  const singles = patterns.filter((p): p is string => typeof p === "string");
  const out: CompiledPattern[] = singles.length ? [{ kind: "one", re: compileOne(singles.map((p) => `(?:${p})`).join("|"), lang) }] : [];
  for (const p of patterns) {
    if (typeof p === "string") continue;
    out.push(
      ((): CompiledPattern => {
        if ("near" in p) {
          return {
            kind: "near",
            terms: p.near.map((t) => compileOne(t, lang)),
            context: (p.context ?? []).map((t) => compileOne(t, lang)),
            within: p.within ?? NEAR_WITHIN,
          };
        }
        return { kind: "all", terms: (p as readonly string[]).map((t) => compileOne(t, lang)) };
      })(),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

class NoteContext {
  private readonly sentenceBreaks: number[];
  private readonly clauseBreakEnds: number[];
  private readonly clauses: Clause[];

  constructor(
    readonly text: string,
    readonly lang: Lang,
  ) {
    this.sentenceBreaks = [...text.matchAll(SENTENCE_BREAK)].map((m) => m.index);
    this.clauseBreakEnds = [...text.matchAll(CLAUSE_BREAK[lang])].map((m) => m.index + m[0].length);
    this.clauses = clausesOf(text, lang);
  }

  private clauseStart(span: Span): number {
    const sentence = this.sentenceOf(span);
    let clauseStart = sentence.start;
    for (const e of this.clauseBreakEnds) if (e <= span.start && e > clauseStart) clauseStart = e;
    return clauseStart;
  }

  private clauseEnd(span: Span): number {
    const sentence = this.sentenceOf(span);
    for (const e of this.clauseBreakEnds) if (e > span.end && e < sentence.end) return e;
    return sentence.end;
  }

  /** "I nearly fell", "fast hingefallen". */
  isNearly(span: Span): boolean {
    const before = this.text.slice(this.clauseStart(span), span.start).split(" ").filter((t) => t.length > 0);
    return before.slice(-NEARLY_WINDOW).some((t) => NEARLY[this.lang].has(t));
  }

  /** Said to be over right after it ("… is gone"), or "-free". */
  isOver(span: Span): boolean {
    const after = this.text.slice(span.end, this.clauseEnd(span));
    if (FREE_AFTER.test(after) || (this.lang === "de" && /frei$/.test(this.text.slice(span.start, span.end)))) return true;
    return OVER_AFTER[this.lang].test(after);
  }

  /** About someone else, or (for a current symptom) long ago. */
  isElsewhere(span: Span, cue: Cue): boolean {
    const clause = clauseAt(this.clauses, span.start);
    if (!clause) return false;
    if (cue.negatable && clause.person === "other") return true;
    return cue.current === true && clause.time === "past";
  }

  sentenceOf(span: Span): Span {
    let start = 0;
    let end = this.text.length;
    for (const b of this.sentenceBreaks) {
      if (b < span.start) start = b + 1;
      else if (b >= span.end) {
        end = b;
        break;
      }
    }
    return { start, end };
  }

  isNegated(span: Span): boolean {
    const sentence = this.sentenceOf(span);
    const clauseStart = this.clauseStart(span);
    const before = this.text
      .slice(clauseStart, span.start)
      .split(" ")
      .map((t) => t.replace(/^[("'[\-*]+/, ""))
      .filter((t) => t.length > 0);
    const firstWord = this.text.slice(span.start).split(/[\s,]/, 1)[0];
    const from = Math.max(0, before.length - NEGATION_WINDOW);
    const sentenceText = this.text.slice(sentence.start, sentence.end);
    for (let j = from; j < before.length; j++) {
      const tok = before[j];
      const next = before[j + 1] ?? firstWord;
      const prev = before[j - 1];
      if (tok === FREE_OF && this.lang === "en" && next === "of") return true;
      if (!NEGATORS[this.lang].has(tok)) continue;
      if (NOT_NEGATING_NEXT[this.lang].has(`${tok} ${next}`)) continue;
      if (prev !== undefined && NOT_NEGATING_PREV[this.lang].has(`${prev} ${tok}`)) continue;
      if (NEVER[this.lang].has(tok) && NEVER_VOID[this.lang].test(sentenceText)) continue;
      return true;
    }
    return false;
  }

  private readonly excused = new Map<readonly RegExp[], Map<number, boolean>>();

  isExcused(span: Span, unless: readonly RegExp[]): boolean {
    if (unless.length === 0) return false;
    const s = this.sentenceOf(span);
    let bySentence = this.excused.get(unless);
    if (!bySentence) this.excused.set(unless, (bySentence = new Map()));
    const known = bySentence.get(s.start);
    if (known !== undefined) return known;
    const sentence = this.text.slice(s.start, s.end);
    const found = unless.some((re) => {
      re.lastIndex = 0;
      return re.test(sentence);
    });
    bySentence.set(s.start, found);
    return found;
  }

  /** Matches of one regex that are neither negated, over, about someone else, long ago, nor explained away. */
  validMatches(re: RegExp, cue: CompiledCue): Span[] {
    const spans: Span[] = [];
    for (const m of this.text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (span.end === span.start) continue;
      if (cue.cue.negatable && (this.isNegated(span) || this.isOver(span))) continue;
      if (cue.cue.nearlyVoids && this.isNearly(span)) continue;
      if (this.isElsewhere(span, cue.cue)) continue;
      if (this.isExcused(span, cue.unless)) continue;
      spans.push(span);
    }
    return spans;
  }

  /** Every match of a context word (a body region, a progression word): no checks, it only places the symptom. */
  contextMatches(re: RegExp): Span[] {
    return [...this.text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((s) => s.end > s.start);
  }
}

interface RawHit {
  cue: CompiledCue;
  spans: Span[];
  parts: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const gapBetween = (a: Span, b: Span): number => Math.max(0, b.start - a.end, a.start - b.end);

/** The matches of every regex, or null as soon as one has none. */
function everyOrNull(res: readonly RegExp[], find: (re: RegExp) => Span[]): Span[][] | null {
  const out: Span[][] = [];
  for (const re of res) {
    const found = find(re);
    if (found.length === 0) return null;
    out.push(found);
  }
  return out;
}

/** One span per part, all within `within` characters of the first part's span; null when none. */
function nearSpans(parts: readonly Span[][], within: number): Span[] | null {
  if (parts.some((p) => p.length === 0)) return null;
  for (const anchor of parts[0]) {
    const chosen = [anchor];
    for (const part of parts.slice(1)) {
      let best: Span | undefined;
      for (const s of part) if (gapBetween(anchor, s) <= within && (!best || gapBetween(anchor, s) < gapBetween(anchor, best))) best = s;
      if (!best) break;
      chosen.push(best);
    }
    if (chosen.length === parts.length) return chosen;
  }
  return null;
}

/**
 * Which safety cues a free-text note mentions, urgent first, each cue once.
 * Case-, accent- and zero-width-insensitive; simple negation ("no fever", "kein Fieber") is honoured.
 */
export function scanNote(text: string, lang: Lang): CueHit[] {
  const norm = normalizeText(text, lang);
  if (norm.length === 0) return [];
  const ctx = new NoteContext(norm, lang);
  const hits: RawHit[] = [];

  for (const cue of compiledCues(lang)) {
    const spans: Span[] = [];
    let parts = 0;
    for (const p of cue.patterns) {
      if (p.kind === "one") {
        const found = ctx.validMatches(p.re, cue);
        if (found.length > 0) {
          spans.push(...found);
          parts = Math.max(parts, 1);
        }
      } else if (p.kind === "near") {
        // Context first (a plain regex scan): most notes have no body region or progression word.
        const context = everyOrNull(p.context, (t) => ctx.contextMatches(t));
        const terms = context && everyOrNull(p.terms, (t) => ctx.validMatches(t, cue));
        const found = terms && context && nearSpans([...terms, ...context], p.within);
        if (found) {
          spans.push(...found);
          parts = Math.max(parts, p.terms.length + p.context.length);
        }
      } else {
        const perTerm = everyOrNull(p.terms, (t) => ctx.validMatches(t, cue));
        if (perTerm) {
          for (const f of perTerm) spans.push(...f);
          parts = Math.max(parts, p.terms.length);
        }
      }
    }
    if (spans.length > 0) hits.push({ cue, spans, parts });
  }

  // Drop a hit whose every match lies inside the matches of a more urgent hit (or a same-group hit
  // with more parts): "numbness in my groin" is saddle numbness, not also a nerve-type symptom.
  const kept = hits.filter(
    (x) =>
      !hits.some(
        (y) =>
          y !== x &&
          (y.cue.rank < x.cue.rank || (y.cue.rank === x.cue.rank && y.parts > x.parts)) &&
          x.spans.every((s) => y.spans.some((t) => overlaps(s, t))),
      ),
  );

  kept.sort((a, b) => a.cue.rank - b.cue.rank || a.cue.cue.screenOrder - b.cue.cue.screenOrder);
  return kept.map((h) => ({ cueId: h.cue.cue.id as CueId, group: h.cue.cue.group }));
}
