import { describe, expect, it } from "vitest";
import { CUE_IDS, type Lang } from "../../src/trial/safety/cues.js";
import { formatScore, readCorpus, scoreCorpus } from "./corpus.js";

const NEAR_MISS_KINDS = ["negated", "past", "other_person", "other_meaning", "plain"];

describe.each(["en", "de"] as const)("safety phrase corpus (%s)", (lang: Lang) => {
  const rows = readCorpus(lang);

  it("has 150+ cue phrases, 3+ per cue, and 100+ harmless near misses of every kind", () => {
    const cueRows = rows.filter((r) => r.level !== "none");
    const harmless = rows.filter((r) => r.level === "none");
    expect(cueRows.length).toBeGreaterThanOrEqual(150);
    expect(harmless.length).toBeGreaterThanOrEqual(100);
    const perCue = (id: string) => cueRows.filter((r) => r.concept === id).length;
    expect(CUE_IDS.filter((id) => perCue(id) < 3)).toEqual([]);
    expect(cueRows.filter((r) => !(CUE_IDS as readonly string[]).includes(r.concept)).map((r) => r.line)).toEqual([]);
    expect(harmless.filter((r) => !NEAR_MISS_KINDS.includes(r.concept)).map((r) => r.line)).toEqual([]);
    for (const kind of ["negated", "past", "other_person", "other_meaning"]) {
      expect(harmless.filter((r) => r.concept === kind).length, kind).toBeGreaterThanOrEqual(10);
    }
    const phrases = rows.map((r) => r.phrase.toLowerCase());
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });

  it("urgent recall 100 %, clinician recall ≥ 98 %, harmless precision ≥ 95 %", () => {
    const score = scoreCorpus(lang, rows);
    console.log(formatScore(score));
    const { urgent, area, clinician, none } = score.levels;
    expect(score.misses.filter((m) => m.level === "urgent").map((m) => m.phrase)).toEqual([]);
    expect(urgent.recall).toBe(1);
    expect(area.recall).toBeGreaterThanOrEqual(0.98);
    expect(clinician.recall).toBeGreaterThanOrEqual(0.98);
    // Harmless: of the notes that raised nothing, how many were harmless (precision), and of the
    // harmless notes, how many raised nothing (a false alarm costs the user a tap).
    expect(none.precision).toBeGreaterThanOrEqual(0.95);
    expect(none.recall).toBeGreaterThanOrEqual(0.95);
  });
});
