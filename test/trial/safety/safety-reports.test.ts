import { describe, expect, it } from "vitest";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { decideFromAnalysis } from "../../../src/trial/analysis/decision.js";
import { finalReportText } from "../../../src/bot/features/reports/final.js";
import { translatorFor } from "../../../src/bot/ui/translate.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { makeSafetyEvent, syntheticTrial, type SyntheticProfile } from "../../support/trial-fixtures.js";
import type { SafetyEvent } from "../../../src/trial/safety/safety-event.js";

function finalReport(profile: SyntheticProfile, lang: "en" | "de", events: SafetyEvent[] = []) {
  const trial = syntheticTrial(profile, 7);
  const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries, pausedDates: trial.pausedDates });
  const decision = decideFromAnalysis(analysis, events);
  const end = analysis.calendar.blockEnd;
  return { analysis, decision, text: finalReportText(translatorFor(lang), { analysis, decision, kind: "final", plannedEnd: end, asOf: end }, lang) };
}

describe("safety in the final report", () => {
  it.each([
    ["en", "not a medical device"],
    ["de", "kein Medizinprodukt"],
  ] as const)("every final report says it is not a medical device (%s)", (lang, note) => {
    for (const profile of ["responder", "partial", "non_responder", "worsening"] as const) {
      expect(finalReport(profile, lang).text).toContain(note);
    }
  });

  it("an urgent cue during the block is named with its date and leads to the stop outcome", () => {
    const event = makeSafetyEvent("2025-03-12", { cueId: "chest_pain_breathless", group: "urgent", source: "note", status: "seen" });
    const { decision, text } = finalReport("responder", "en", [event]);
    expect(decision.outcome).toBe("stop");
    expect(text).toContain("chest pain or trouble breathing");
    expect(text).toMatch(/Mar 12/);
  });

  it("the pause of a “does not settle” stop is not listed twice (its firings are)", () => {
    const stop = makeSafetyEvent("2025-03-20", { cueId: "does_not_settle", group: "see_clinician", source: "rule", status: "seen" });
    const { decision, text } = finalReport("worsening", "en", [stop]);
    expect(decision.outcome).toBe("stop");
    expect(text).not.toContain("pain after sessions that did not settle");
    expect(text).toContain("Warning signs noted");
  });

  it("a dismissed cue (“that's not what I meant”) does not count", () => {
    const event = makeSafetyEvent("2025-03-12", { cueId: "chest_pain_breathless", group: "urgent", source: "note", status: "dismissed" });
    expect(finalReport("responder", "en", [event]).decision.outcome).not.toBe("stop");
  });
});

describe("adverse reactions and the “does not settle” rule on synthetic data", () => {
  it("reactions reported after sessions are counted per week", () => {
    const trial = syntheticTrial("responder", 3);
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries });
    const expected = analysis.weeks.map((w) =>
      trial.entries.filter((e) => e.date >= w.start && e.date <= w.end && e.reactions.includes("soreness")).length,
    );
    expect(analysis.weeks.map((w) => w.reactions.soreness ?? 0)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("fires twice on a worsening trial (the second firing is the stop outcome)", () => {
    const { analysis, decision } = finalReport("worsening", "en");
    expect(analysis.settle.firings.length).toBeGreaterThanOrEqual(2);
    expect(analysis.settle.firings[0]).toMatchObject({ ordinal: 1, kind: "sessions" });
    expect(decision.outcome).toBe("stop");
    expect(decision.reasons.map((r) => r.rule)).toContain("settle_second_firing");
  });

  it.each(["responder", "partial", "non_responder"] as const)("does not fire on a %s trial", (profile) => {
    expect(finalReport(profile, "en").analysis.settle.firings).toEqual([]);
  });

  it("does not fire on a normal one-day flare after each session", () => {
    const trial = syntheticTrial("non_responder", 11);
    const sessions = new Set(trial.entries.filter((e) => e.session).map((e) => e.date));
    // Sore the day after every session (+3 on 0-10), back to usual the day after that.
    const entries = trial.entries.map((e) => (sessions.has(addDays(e.date, -1)) ? { ...e, pain: Math.min(10, (e.pain ?? 0) + 3), reactions: [] } : e));
    const analysis = analyseTrial({ plan: trial.versions, entries });
    expect(analysis.settle.firings).toEqual([]);
    expect(analysis.settle.checks.every((c) => c.unsettled !== true)).toBe(true);
  });
});
