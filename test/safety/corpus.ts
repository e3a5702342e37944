/**
 * The safety-cue phrase corpus (corpus/<lang>.tsv) and how a scan of it is scored.
 * Shared by the corpus test and the bench.
 */
import { readFileSync } from "node:fs";
import { scanNote, type CueHit } from "../../src/trial/safety/match.js";
import type { Lang } from "../../src/trial/safety/cues.js";
import type { CueGroup } from "../../src/trial/safety/safety-event.js";

export const LEVELS = ["urgent", "area", "clinician", "none"] as const;
export type Level = (typeof LEVELS)[number];

export interface CorpusRow {
  phrase: string;
  level: Level;
  /** The cue id a cue row is about; for a "none" row the kind of near miss. */
  concept: string;
  line: number;
}

const LEVEL_OF_GROUP: Record<CueGroup, Level> = { urgent: "urgent", no_massage_area: "area", see_clinician: "clinician" };

/** The level a scan raises: that of its most urgent hit, "none" without hits. */
export const levelOf = (hits: readonly CueHit[]): Level => (hits.length ? LEVEL_OF_GROUP[hits[0].group] : "none");

/** Lower is more urgent. */
export const rankOf = (level: Level): number => LEVELS.indexOf(level);

export function readCorpus(lang: Lang): CorpusRow[] {
  const text = readFileSync(new URL(`./corpus/${lang}.tsv`, import.meta.url), "utf8");
  const rows: CorpusRow[] = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith("#")) return;
    const cols = raw.split("\t");
    if (cols.length !== 3) throw new Error(`corpus/${lang}.tsv:${i + 1}: expected 3 tab-separated columns, got ${cols.length}`);
    const [phrase, level, concept] = cols;
    if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`corpus/${lang}.tsv:${i + 1}: unknown level "${level}"`);
    rows.push({ phrase, level: level as Level, concept, line: i + 1 });
  });
  return rows;
}

export interface ScoredRow extends CorpusRow {
  got: Level;
  cueIds: string[];
}

export interface LevelScore {
  level: Level;
  expected: number;
  /** Rows of this level that raised at least this level (for "none": raised nothing). */
  recalled: number;
  /** Rows that raised exactly this level. */
  predicted: number;
  /** Rows that raised exactly this level and were expected at it. */
  correct: number;
  recall: number;
  precision: number;
}

export interface CorpusScore {
  lang: Lang;
  rows: ScoredRow[];
  levels: Record<Level, LevelScore>;
  /** Rows raising less than expected (urgent seen as clinician, a cue missed). */
  misses: ScoredRow[];
  /** Harmless rows that raised a cue. */
  falseAlarms: ScoredRow[];
  /** Cue rows whose hits name their own concept. */
  conceptHits: number;
  cueRows: number;
}

const share = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function scoreCorpus(lang: Lang, rows: readonly CorpusRow[] = readCorpus(lang)): CorpusScore {
  const scored: ScoredRow[] = rows.map((r) => {
    const hits = scanNote(r.phrase, lang);
    return { ...r, got: levelOf(hits), cueIds: hits.map((h) => h.cueId) };
  });
  const levels = {} as Record<Level, LevelScore>;
  for (const level of LEVELS) {
    const mine = scored.filter((r) => r.level === level);
    const recalled = mine.filter((r) => (level === "none" ? r.got === "none" : rankOf(r.got) <= rankOf(level))).length;
    const predicted = scored.filter((r) => r.got === level);
    const correct = predicted.filter((r) => r.level === level).length;
    levels[level] = {
      level,
      expected: mine.length,
      recalled,
      predicted: predicted.length,
      correct,
      recall: share(recalled, mine.length),
      precision: share(correct, predicted.length),
    };
  }
  const cue = scored.filter((r) => r.level !== "none");
  return {
    lang,
    rows: scored,
    levels,
    misses: cue.filter((r) => rankOf(r.got) > rankOf(r.level)),
    falseAlarms: scored.filter((r) => r.level === "none" && r.got !== "none"),
    conceptHits: cue.filter((r) => r.cueIds.includes(r.concept)).length,
    cueRows: cue.length,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** A few lines for the test output and the README. */
export function formatScore(s: CorpusScore): string {
  const lines = [`safety corpus ${s.lang}: ${s.rows.length} phrases`];
  for (const level of LEVELS) {
    const l = s.levels[level];
    lines.push(
      `  ${level.padEnd(9)} ${String(l.expected).padStart(3)} rows  recall ${pct(l.recall).padStart(7)} (${l.recalled}/${l.expected})  precision ${pct(l.precision).padStart(7)} (${l.correct}/${l.predicted})`,
    );
  }
  lines.push(`  cue rows naming their own concept: ${pct(share(s.conceptHits, s.cueRows))} (${s.conceptHits}/${s.cueRows})`);
  for (const m of s.misses) lines.push(`  MISS  ${m.level}→${m.got}  ${m.concept}: ${m.phrase}`);
  for (const f of s.falseAlarms) lines.push(`  FALSE ${f.got} [${f.cueIds.join(",")}] (${f.concept}): ${f.phrase}`);
  return lines.join("\n");
}
