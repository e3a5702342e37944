import { describe, expect, it } from "vitest";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { decideFromAnalysis } from "../../../src/trial/analysis/decision.js";
import { finalReportFullText, finalReportText } from "../../../src/bot/features/reports/final.js";
import { translatorFor } from "../../../src/bot/ui/translate.js";
import { addDays } from "../../../src/trial/time/calendar.js";
import { makeSafetyEvent, syntheticTrial, type SyntheticProfile } from "../../support/trial-fixtures.js";
import type { SafetyEvent } from "../../../src/trial/safety/safety-event.js";

function finalReport(profile: SyntheticProfile, lang: "en" | "de", events: SafetyEvent[] = []) {
  const trial = syntheticTrial(profile, 7);
  const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries, pausedDates: trial.pausedDates });
  const decision = decideFromAnalysis(analysis, events);
  const end = analysis.calendar.blockEnd;
  const input = { analysis, decision, kind: "final" as const, plannedEnd: end, asOf: end };
  // `text`: the short report as sent; `full`: with what its Details and studies buttons open.
  return { analysis, decision, text: finalReportText(translatorFor(lang), input, lang), full: finalReportFullText(translatorFor(lang), input, lang) };
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
    const { decision, full } = finalReport("worsening", "en", [stop]);
    expect(decision.outcome).toBe("stop");
    expect(full).not.toContain("pain after sessions that did not settle");
    expect(full).toContain("Warning signs noted");
  });

  it("a stop for an urgent cue the user closed with “I have been seen” says so, and never that cues do not change the result", () => {
    const event = makeSafetyEvent("2025-03-12", { cueId: "back_pain_fever", group: "urgent", source: "note", status: "seen" });
    const { decision, text, full } = finalReport("responder", "en", [event]);
    expect(decision.outcome).toBe("stop");
    expect(text).toContain("An urgent warning sign on Wed, Mar 12, 2025");
    expect(text).toContain("you told me you have been seen");
    expect(text).toContain("go on with massage only if the clinician who saw you agrees");
    expect(text).not.toContain("get checked by a clinician.</b>");
    expect(full).toContain("are why the result is “stop”");
    expect(full).not.toMatch(/they do not change the result|do not change it/);
  });

  it("a stop for thoughts of self-harm closed with “I have talked to someone” says that, not that the user was seen or examined", () => {
    const event = makeSafetyEvent("2025-03-12", { cueId: "self_harm", group: "urgent", source: "note", status: "seen" });
    const en = finalReport("responder", "en", [event]);
    expect(en.decision.outcome).toBe("stop");
    expect(en.text).toContain("you told me about thoughts of harming yourself, and later that you have talked to someone who can help");
    expect(en.text).toContain("stay in touch with the people helping you");
    expect(en.text).not.toMatch(/been seen|who saw you/);
    const de = finalReport("responder", "de", [event]);
    expect(de.text).toContain("dass du mit jemandem gesprochen hast");
    expect(de.text).not.toMatch(/untersucht/);
  });

  it("the worsening stop states the rise on the user's scale and lists no trigger after the stop", () => {
    const { decision, text, full } = finalReport("worsening", "en");
    expect(decision.outcome).toBe("stop");
    expect(text).toMatch(/<b>Pain<\/b> on your 0-10 scale rose from [\d.]+ in your baseline week \(\d days\) to [\d.]+ in week \d \([^)]+, \d days?\)/);
    expect(text).toContain("This block ends here; /plan starts a new one");
    expect(text).not.toMatch(/not enough to compare|\/100/);
    const stopDate = decision.settleFirings.find((f) => f.ordinal === 2)!.date;
    const listed = [...full.matchAll(/• (\w{3}, \w{3} \d+, \d{4}): pain after/g)].map((m) => new Date(`${m[1]} UTC`).getTime());
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const at of listed) expect(at).toBeLessThanOrEqual(Date.parse(`${stopDate}T00:00:00Z`));
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
