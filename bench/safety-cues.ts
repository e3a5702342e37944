/**
 * Safety-cue matching time per note: every phrase of the corpus (test/safety/corpus/<lang>.tsv)
 * as a note on its own, and long notes (several phrases up to the 1000-character note limit),
 * each scanned many times in the user's language. Pure CPU, no Redis.
 *
 * The goal is on the time a note costs: per note the median of its runs, then the p99 over the
 * notes. The p99 over every single run is reported beside it; on a shared machine it also counts
 * the moments the process was not running (the load average is recorded with it).
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { scanNote } from "../src/trial/safety/match.js";
import { NOTE_MAX } from "../src/trial/checkin/checkin.js";
import type { Lang } from "../src/trial/safety/cues.js";
import { percentile, round } from "./support.js";

interface Spread {
  /** Over the notes, each note's median run. */
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** Over every single run. */
  runsP99Ms: number;
  runsMaxMs: number;
}

export interface SafetyCueBench {
  notes: number;
  runsPerNote: number;
  /** Phrase-sized notes (the corpus as written). */
  phrase: Spread;
  /** Notes of several phrases, up to NOTE_MAX characters. */
  long: Spread & { notes: number; meanChars: number };
  /** p99 over all notes of each note's median run: the figure the goal is on. */
  p99Ms: number;
  /** p99 over every single run of every note. */
  runsP99Ms: number;
  goalP99Ms: number;
  /** Where and when: the section can be run alone (`--only=safety-cues`). */
  measured: { at: string; node: string; cpu: string; cores: number; loadAverage1m: number };
}

function corpusPhrases(lang: Lang): string[] {
  const text = readFileSync(new URL(`../test/safety/corpus/${lang}.tsv`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t")[0]);
}

/** Deterministic long notes: consecutive phrases joined with ". " until the next would pass NOTE_MAX. */
function longNotes(phrases: readonly string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (let n = 0; n < count; n++) {
    let note = "";
    while (note.length + phrases[i % phrases.length].length + 2 <= NOTE_MAX) {
      note += (note ? ". " : "") + phrases[i % phrases.length];
      i += 7;
    }
    out.push(note);
  }
  return out;
}

/** Per note, the times of `rounds` runs (sorted). */
function timeScans(notes: readonly [string, Lang][], rounds: number): number[][] {
  return notes.map(([note, lang]) => {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      scanNote(note, lang);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  });
}

const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const medians = (perNote: number[][]): number[] => sorted(perNote.map((t) => percentile(t, 50)));

function spread(perNote: number[][]): Spread {
  const m = medians(perNote);
  const runs = sorted(perNote.flat());
  return {
    medianMs: round(percentile(m, 50), 4),
    p99Ms: round(percentile(m, 99), 4),
    maxMs: round(m.at(-1) ?? NaN, 4),
    runsP99Ms: round(percentile(runs, 99), 4),
    runsMaxMs: round(runs.at(-1) ?? NaN, 3),
  };
}

export function benchSafetyCues(opts: { rounds: number }): SafetyCueBench {
  const phrases: [string, Lang][] = (["en", "de"] as const).flatMap((lang) => corpusPhrases(lang).map((p): [string, Lang] => [p, lang]));
  const long: [string, Lang][] = (["en", "de"] as const).flatMap((lang) => longNotes(corpusPhrases(lang), 20).map((p): [string, Lang] => [p, lang]));
  // Warm-up: compile the patterns and let the JIT settle.
  timeScans([...phrases, ...long], 3);
  const phraseTimes = timeScans(phrases, opts.rounds);
  const longTimes = timeScans(long, opts.rounds);
  const all = [...phraseTimes, ...longTimes];
  return {
    notes: all.length,
    runsPerNote: opts.rounds,
    phrase: spread(phraseTimes),
    long: { notes: long.length, meanChars: Math.round(long.reduce((s, [n]) => s + n.length, 0) / long.length), ...spread(longTimes) },
    p99Ms: round(percentile(medians(all), 99), 4),
    runsP99Ms: round(percentile(sorted(all.flat()), 99), 4),
    goalP99Ms: 1,
    measured: {
      at: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      loadAverage1m: round(loadavg()[0], 2),
    },
  };
}
