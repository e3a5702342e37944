import { describe, expect, it } from "vitest";
import { analyseTrial } from "../../../../src/trial/analysis/analysis.js";
import { analysisAsOf } from "../../../../src/trial/analysis/as-of.js";
import { decideFromAnalysis } from "../../../../src/trial/analysis/decision.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import {
  evidenceText,
  finalDetailsText,
  finalReportText,
  unsettledFirstText,
  unsettledStopText,
  type FinalReportInput,
} from "../../../../src/bot/features/reports/final.js";
import { aboutPainChange, painPoints, painValue } from "../../../../src/bot/ui/pain-scale.js";
import { needMoreDaysText, statusText, summarySoFarText, weeklySummaryText } from "../../../../src/bot/features/reports/weekly.js";
import { clinicianReport } from "../../../../src/bot/features/reports/clinician.js";
import { setupRuleText } from "../../../../src/bot/features/setup/method.js";
import type { LoadedTrial } from "../../../../src/bot/features/reports/service.js";
import { chartDataUpTo, chartLabels } from "../../../../src/bot/features/reports/chart.js";
import { MESSAGE_LIMIT, splitMessage } from "../../../../src/bot/features/reports/split.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import { dateRange, type Lang } from "../../../../src/bot/ui/format.js";
import { buildChartSvg } from "../../../../src/trial/analysis/chart.js";
import { FIRST, makeEntry, makePlan, makeSafetyEvent, series, syntheticTrial, weekStart, type SyntheticProfile } from "../../../support/trial-fixtures.js";

const LANGS: Lang[] = ["en", "de"];
/** A Fluent key that did not resolve shows up as "{key}" (or the bare key) in the text. */
const UNRESOLVED = /\{(sum|rep|chart|unsettled|endtrial|cue|marker|unit|pressure|goal|area|direction|weekday)-[\w-]+\}/;

function finalText(profile: SyntheticProfile, lang: Lang, extra: Partial<FinalReportInput> = {}) {
  const trial = syntheticTrial(profile, 7);
  const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries });
  const decision = decideFromAnalysis(analysis, []);
  const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd, ...extra };
  const text = finalReportText(translatorFor(lang), input, lang);
  const details = finalDetailsText(translatorFor(lang), input, lang);
  return { text, details, analysis, decision };
}

/** Lines a person reads (blank lines between paragraphs do not count). */
const readLines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
/** Words that belong in /method, the details view and the clinician report only. */
const JARGON = /\bNAP\b|MCID|Δ|Overlap|Überlappung|posterior|AR\(1\)/i;

function expectTelegramSafe(text: string) {
  expect(text).not.toMatch(UNRESOLVED);
  for (const part of splitMessage(text)) expect(part.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  // Tags we open are closed in the same message part.
  for (const part of splitMessage(text)) {
    for (const tag of ["b", "i", "u", "code"]) {
      expect(part.split(`<${tag}>`).length, `<${tag}> balanced`).toBe(part.split(`</${tag}>`).length);
    }
  }
}

describe("final report text", () => {
  const cases: [SyntheticProfile, RegExp, RegExp][] = [
    ["responder", /Your numbers improved/, /Deine Werte haben sich verbessert/],
    ["partial", /Mixed result:<\/b> your pain is likely better by an amount that matters/, /Gemischtes Ergebnis:<\/b> Dein Schmerz ist wahrscheinlich um ein Maß besser/],
    ["non_responder", /did not improve enough/, /nicht genug verbessert/],
    ["worsening", /Stop the sessions and get checked/, /Setze die Behandlungen aus/],
  ];

  it.each(cases)("%s: a short report first (at most 8 lines: outcome, both numbers, cost, next, clinician) — in en and de", (profile, en, de) => {
    for (const lang of LANGS) {
      const { text, details, decision } = finalText(profile, lang);
      const lines = text.split("\n\n");
      expect(lines[1]).toMatch(lang === "en" ? en : de);
      expect(readLines(text).length).toBeLessThanOrEqual(8);
      expect(text).not.toMatch(JARGON);
      const n = decision.numbers;
      // On the user's 0-10 scale, never /100.
      expect(text).toContain(painValue(n.baselineMean!, 10, lang));
      expect(text).toMatch(lang === "en" ? /on your 0-10 scale/ : /auf deiner Skala 0-10/);
      expect(text + details).not.toMatch(/\/100|0-100/);
      expect(text).toMatch(lang === "en" ? /discuss this with your clinician/ : /Besprich das bitte mit deiner Ärztin/);
      expect(text.toLowerCase()).not.toContain("massage works");
      expect(text).not.toMatch(/massage (wirkt|hilft)/i);
      expectTelegramSafe(text);
      // The details hold the reasons and every number; the studies are behind their own button.
      expect(details).toContain(painValue(n.lastWeekMean!, 10, lang));
      expect(details).toMatch(lang === "en" ? /Why/ : /Warum/);
      expectTelegramSafe(details);
      const evidence = evidenceText(translatorFor(lang), 10, lang);
      for (const figure of ["2,9", "1,1", "0,7"]) expect(evidence).toContain(lang === "en" ? figure.replace(",", ".") : figure);
      expect(evidence).toMatch(lang === "en" ? /2018 to 2023/ : /2018 bis 2023/);
      expect(evidence).toMatch(lang === "en" ? /not a medical device/ : /kein Medizinprodukt/i);
    }
  });

  it("the overlap line names a shift towards worse days when the last week was mostly worse, and a gain as a shift", () => {
    for (const lang of LANGS) {
      const worse = finalText("worsening", lang);
      expect(worse.decision.numbers.nap!).toBeLessThanOrEqual(0.34);
      expect(worse.details).toContain(lang === "en" ? "a shift towards worse days" : "eine Verschiebung hin zu schlechteren Tagen");
      expect(worse.details).not.toMatch(lang === "en" ? /no clear shift/ : /keine klare Verschiebung/);
      const better = finalText("responder", lang);
      expect(better.decision.numbers.nap!).toBeGreaterThanOrEqual(0.66);
      expect(better.details).not.toMatch(lang === "en" ? /towards worse/ : /schlechteren Tagen/);
    }
  });

  it("a 0-100 user reads the same report on 0-100", () => {
    const trial = syntheticTrial("responder", 7);
    const plan = { ...trial.plan, painScale: 100 as const };
    const entries = trial.entries.map((e) => ({ ...e, pain: e.pain === undefined ? undefined : e.pain * 10 }));
    const analysis = analyseTrial({ plan, entries });
    const decision = decideFromAnalysis(analysis, []);
    const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    const text = finalReportText(translatorFor("en"), input, "en");
    expect(text).toContain(`${painValue(decision.numbers.baselineMean!, 100, "en")} in your baseline week`);
    expect(text).toContain("per point of pain improvement on your 0-100 scale");
    expect(text).toContain(`€${decision.numbers.costPerPoint!.toFixed(2)}`);
    expect(evidenceText(translatorFor("en"), 100, "en")).toContain("about 29 points (on a 0-100 scale)");
  });

  it("says “1 point” for one point on the user's scale", () => {
    const t = translatorFor("en");
    expect(painPoints(t, 10, 10, "en")).toBe("1 point");
    expect(painPoints(t, 13, 10, "en")).toBe("1.3 points");
    expect(painPoints(t, 10, 100, "en")).toBe("10 points");
    expect(painPoints(translatorFor("de"), 10, 10, "de")).toBe("1 Punkt");
  });

  it("an estimate that shows as 0 reads “about the same”, never “about 0 points better”", () => {
    for (const lang of LANGS) {
      const t = translatorFor(lang);
      expect(aboutPainChange(t, 0.4, 10, lang)).toBe(lang === "en" ? "about the same" : "etwa gleich");
      expect(aboutPainChange(t, -0.4, 100, lang)).toBe(lang === "en" ? "about the same" : "etwa gleich");
      expect(aboutPainChange(t, 26, 10, lang)).toBe(lang === "en" ? "about 2.6 points better" : "etwa 2,6 Punkte besser");
      expect(aboutPainChange(t, -10, 10, lang)).toBe(lang === "en" ? "about 1 point worse" : "etwa 1 Punkt schlechter");
    }
    const { text, details, decision, analysis } = finalText("non_responder", "en");
    expect(text + details).not.toMatch(/about 0(\.0)? points?/);
    // The default MCID is explained with its floor, and the sentence does not depend on the number's plural.
    expect(details).toContain("unlikely to be better by the amount that matters, 1.9 points (the default: 2 points, or 30 % of your baseline if that is less, but at least 1 point)");
    const flat = { ...decision, model: { ...decision.model, pain: { ...decision.model.pain, posterior: { ...decision.model.pain.posterior!, median: 0.3 } } } };
    const input: FinalReportInput = { analysis, decision: flat, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    expect(finalDetailsText(translatorFor("en"), input, "en")).toContain("Allowing for ups and downs and for any trend before the start: about the same in the last week");
    const week = { ...analysis.weeks[1], status: { ...analysis.weeks[1].status, status: "too_early" as const, rule: "not_clear" as const, delta: 0.3 } };
    expect(statusText(translatorFor("en"), week, "en", 10)).toContain("this week's average is about the same as your baseline");
    expect(statusText(translatorFor("de"), week, "de", 10)).toContain("liegt etwa auf der Höhe deiner Ausgangswoche");
  });

  it("shows the cost whenever a price was given: per point on the user's scale when pain improved, plainly when not", () => {
    const responder = finalText("responder", "en");
    expect(responder.decision.numbers.costPerPoint).not.toBeNull();
    expect(responder.text).toContain(`€${responder.decision.numbers.costPerPoint!.toFixed(2)} per point of pain improvement on your 0-10 scale`);
    expect(responder.details).toContain("€120.00 per month for your alternative");
    const none = finalText("non_responder", "en");
    expect(none.text).toMatch(/Cost:<\/b> €\d+\.00 for \d+ sessions, with no improvement in pain to set against it/);
    expect(none.text).not.toContain("per point");
  });

  it.each([10, 100] as const)("cost per point is the money shown divided by the points shown beside it (0-%i)", (scale) => {
    const trial = syntheticTrial("responder", 7);
    const plan = { ...trial.plan, painScale: scale, cost: { currency: "EUR", perSession: 60 } };
    const entries = trial.entries.map((e) => ({ ...e, scale, pain: e.pain === undefined ? undefined : (e.pain * scale) / 10 }));
    const analysis = analyseTrial({ plan, entries });
    const decision = decideFromAnalysis(analysis, []);
    const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    const euros = (v: string) => Number(v.replace(/,/g, ""));
    for (const text of [finalReportText(translatorFor("en"), input, "en"), finalDetailsText(translatorFor("en"), input, "en")]) {
      const points = Number(/([\d.]+) points? better (?:than your baseline|\()/.exec(text)![1]);
      const [, spent, perPoint] = /Cost:<\/b> €([\d,.]+) for \d+ sessions(?:, which is| —) €([\d,.]+) per point/.exec(text)!;
      expect(euros(perPoint)).toBe(Number((euros(spent) / points).toFixed(2)));
    }
  });

  it("leads with the marker when the main goal is function", () => {
    const trial = syntheticTrial("responder", 3);
    const plan = { ...trial.plan, goal: "function" as const };
    const analysis = analyseTrial({ plan, entries: trial.entries });
    const decision = decideFromAnalysis(analysis, []);
    const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    const text = finalReportText(translatorFor("en"), input, "en");
    expect(text.indexOf("<b>Minutes walked")).toBeLessThan(text.indexOf("<b>Pain</b>"));
    const details = finalDetailsText(translatorFor("en"), input, "en");
    expect(details.indexOf("<u>Minutes walked")).toBeLessThan(details.indexOf("<u>Pain</u>"));
  });

  it("lists safety cues with their dates and says when the outcome changed", () => {
    const trial = syntheticTrial("responder", 5);
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries });
    const cue = makeSafetyEvent("2025-03-12", { group: "see_clinician", cueId: "nerve_symptoms" });
    const decision = decideFromAnalysis(analysis, [cue]);
    const input: FinalReportInput = {
      analysis,
      decision,
      kind: "final",
      plannedEnd: analysis.calendar.blockEnd,
      asOf: analysis.calendar.blockEnd,
      change: { from: "partial", since: "2025-04-14" },
    };
    const text = finalReportText(translatorFor("en"), input, "en");
    expect(decision.outcome).toBe("improved");
    expect(finalDetailsText(translatorFor("en"), input, "en")).toMatch(/Wed, Mar 12, 2025: shooting pain into an arm or leg/);
    expect(text).toMatch(/The result changed<\/b> since the last report \(Mon, Apr 14, 2025\): it was “mixed result”, now it is “numbers improved”/);
  });

  it("marks an interim report with the block's end date", () => {
    const trial = syntheticTrial("responder", 2);
    const full = analyseTrial({ plan: trial.versions, entries: trial.entries.filter((e) => e.date <= "2025-03-20") });
    const analysis = analysisAsOf(full, "2025-03-20");
    const decision = decideFromAnalysis(analysis, []);
    for (const lang of LANGS) {
      const text = finalReportText(translatorFor(lang), { analysis, decision, kind: "interim", plannedEnd: full.calendar.blockEnd, asOf: "2025-03-20" }, lang);
      expect(text.split("\n\n")[0]).toMatch(lang === "en" ? /Interim report.*Sun, Apr 13, 2025.*Thu, Mar 20, 2025/ : /Zwischenstand.*So\., 13\. Apr\. 2025/);
    }
    expect(analysis.lastWeek).toMatchObject({ start: "2025-03-14", end: "2025-03-20", painDays: 7 });
  });

  it("escapes a custom marker name and unit the user typed", () => {
    const trial = syntheticTrial("partial", 1);
    const plan = { ...trial.plan, marker: { preset: "custom" as const, name: "<b>garden</b> & yard", unit: "m<2>", direction: "higher" as const } };
    const analysis = analyseTrial({ plan, entries: trial.entries });
    const decision = decideFromAnalysis(analysis, []);
    for (const lang of LANGS) {
      const t = translatorFor(lang);
      const texts = [
        finalReportText(t, { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd }, lang),
        weeklySummaryText(t, analysis, 2, lang),
        summarySoFarText(t, analysis, lang, { asOf: "2025-03-20" }),
      ];
      for (const text of texts) {
        expect(text).toContain("&lt;b&gt;garden&lt;/b&gt; &amp; yard");
        expect(text).not.toContain("<b>garden");
        expect(text).not.toContain("m<2>");
        expectTelegramSafe(text);
      }
      // The chart gets the raw text; the SVG builder escapes it for XML.
      const data = chartDataUpTo({ analysis }, "2025-03-20");
      const svg = buildChartSvg(data, chartLabels(t, analysis, lang, data));
      expect(svg).toContain("&lt;b&gt;garden&lt;/b&gt; &amp;amp; yard".replace("&amp;amp;", "&amp;"));
    }
  });

  it("compares a later block with the original baseline and with the previous block", () => {
    const { analysis, decision } = (() => {
      const trial = syntheticTrial("responder", 9, "2025-04-14");
      const a = analyseTrial({ plan: trial.versions, entries: trial.entries });
      return { analysis: a, decision: decideFromAnalysis(a, []) };
    })();
    const previous = {
      firstSession: FIRST,
      blockEnd: "2025-04-13",
      outcome: "partial" as const,
      baselineMean: 70,
      baselineDays: 7,
      recalled: false,
      lastWeekMean: 55,
      lastWeekDays: 7,
      markerBaseline: 20,
      markerLast: 21,
    };
    const text = finalDetailsText(
      translatorFor("en"),
      { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd, previousBlocks: [previous] },
      "en",
    );
    const now = painValue(decision.numbers.lastWeekMean!, 10, "en");
    expect(text).toContain(`Your original baseline (Feb 24 – Mar 2): 7/10 → last week ${now}/10`);
    expect(text).toContain(`Previous block (Mar 3 – Apr 13, result: mixed result): last week 5.5/10 → now ${now}/10`);
  });

  it("states a recalled baseline as weaker evidence", () => {
    const plan = makePlan({ weeks: 2, baseline: { kind: "recalled", pain10: 6, marker: 20 } });
    const entries = series(FIRST, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], { marker: 30 }).map((e, i) => ({ ...e, session: i % 7 === 0 || i % 7 === 3 }));
    const analysis = analyseTrial({ plan, entries });
    const decision = decideFromAnalysis(analysis, []);
    const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    const text = finalReportText(translatorFor("en"), input, "en");
    expect(decision.outcome).toBe("improved");
    expect(text).toContain("recalled from memory: weaker evidence");
    expect(finalDetailsText(translatorFor("en"), input, "en")).toContain("not computed for a recalled baseline");
  });

  it("a recalled baseline is never described as recorded days: /summary's marker line and the clinician page", () => {
    const plan = makePlan({ weeks: 2, baseline: { kind: "recalled", pain10: 7, marker: 15 } });
    const entries = series(FIRST, [5, 5, 5, 5, 5], { marker: 20 });
    const trial = { versions: [{ version: 1, plan, from: FIRST, savedAt: `${FIRST}T08:00:00.000Z` }], entries, events: [], paused: [], today: addDays(FIRST, 4), ended: null, urgentPause: false };
    const analysis = analyseTrial({ plan, entries });
    const summary = summarySoFarText(translatorFor("en"), analysis, "en", { asOf: addDays(FIRST, 4) });
    expect(summary).toContain("(recalled from memory)");
    expect(summary).not.toMatch(/0 days/);
    const report = clinicianReport(translatorFor("en"), "en", { ...trial, analysis } as unknown as LoadedTrial, { generatedOn: addDays(FIRST, 4) });
    expect(report.page.header[0]).toContain("baseline recalled from memory");
    expect(report.page.header[0]).not.toContain("baseline week");
    expect(report.from).toBe(FIRST);
    const de = clinicianReport(translatorFor("de"), "de", { ...trial, analysis } as unknown as LoadedTrial, { generatedOn: addDays(FIRST, 4) });
    expect(de.page.header[0]).toContain("Ausgangswert aus der Erinnerung");
    // The rule said at setup: no "baseline week", no trend from before the start.
    const rule = setupRuleText(translatorFor("en"), plan, "en");
    expect(rule).toContain("the baseline you recalled");
    expect(rule).not.toContain("baseline week");
  });
});

describe("one definition of “last week”", () => {
  it("after paused days, the extra week's summary and the end-of-block report name the same last 7 days", () => {
    const trial = syntheticTrial("responder", 4);
    const pausedDates = ["2025-04-09", "2025-04-10"]; // two days in week 6: the block gains an extra week
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries, pausedDates });
    const extra = analysis.weeks.at(-1)!;
    expect(extra.extension).toBe(true);
    const summary = weeklySummaryText(translatorFor("en"), analysis, extra.index, "en");
    expect(summary).toContain(`Extra week ${extra.index}</b>`);
    expect(summary).toContain("your block was extended to make up for the paused days");
    // The report's last week: the last 7 unpaused days, which reach back before the short extra week.
    const dates = analysis.lastWeekDates;
    expect(dates).toHaveLength(7);
    expect(dates[0] < extra.start).toBe(true);
    const range = dateRange(dates[0], dates.at(-1)!, "en");
    expect(summary).toContain(`the last 7 days of the block that were not paused (${range})`);
    const decision = decideFromAnalysis(analysis, []);
    const text = finalReportText(translatorFor("en"), { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd }, "en");
    expect(text).toContain(`in the last week (${range}, 5 days)`);
  });

  it("paused days are named, not counted as days of the week or as a week of the block", () => {
    const trial = syntheticTrial("responder", 4);
    const pausedDates = ["2025-04-09", "2025-04-10"];
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries.filter((e) => !pausedDates.includes(e.date)), pausedDates });
    const week = analysis.weeks.find((w) => w.start <= "2025-04-09" && w.end >= "2025-04-09")!;
    const decision = decideFromAnalysis(analysis, []);
    const input = { analysis, decision, kind: "final" as const, plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
    const en = translatorFor("en");
    const de = translatorFor("de");
    expect(weeklySummaryText(en, analysis, week.index, "en")).toContain(`from ${week.painDays} of 5 days (2 paused)`);
    expect(weeklySummaryText(de, analysis, week.index, "de")).toContain(`aus ${week.painDays} von 5 Tagen (2 pausiert)`);
    const weeks = analysis.plan.weeks;
    expect(analysis.calendar.weeks.length).toBe(weeks + 1);
    expect(finalReportText(en, input, "en")).toContain(`(${weeks} weeks + 2 paused days)`);
    expect(finalReportText(de, input, "de")).toContain(`(${weeks} Wochen + 2 pausierte Tage)`);
    const later = summarySoFarText(en, analysis, "en", { asOf: analysis.calendar.blockEnd });
    expect(later).toContain(`(${week.painDays}/5 days, 2 paused)`);
    // A week without pauses keeps its 7 days and no word about pausing.
    expect(weeklySummaryText(en, analysis, 1, "en")).toMatch(/from \d of 7 days\n/);
  });
});

describe("weekly summary text", () => {
  it("gives this week vs baseline with the days behind each mean, sessions and status", () => {
    const trial = syntheticTrial("responder", 11);
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries });
    for (const lang of LANGS) {
      for (const week of analysis.weeks) {
        const text = weeklySummaryText(translatorFor(lang), analysis, week.index, lang);
        expect(text).toContain(`<b>${painValue(week.painMean!, 10, lang)}</b>/10`);
        expect(text).toContain(lang === "en" ? `from ${week.painDays} of 7 days` : `aus ${week.painDays} von 7 Tagen`);
        expect(text).toContain(lang === "en" ? `Sessions: ${week.sessionsDone} of ${week.sessionsPlanned} planned` : `Behandlungen: ${week.sessionsDone} von ${week.sessionsPlanned}`);
        expect(text).toContain(`${painValue(analysis.baseline.painMean!, 10, lang)}/10`);
        expect(text).not.toMatch(/\/100|0-100/);
        expectTelegramSafe(text);
      }
    }
    const week6 = weeklySummaryText(translatorFor("en"), analysis, 6, "en");
    expect(week6).toContain("On track");
    expect(week6).toContain("end-of-block report follows");
    expect(weeklySummaryText(translatorFor("en"), analysis, 1, "en")).toContain("Week 2 starts on Mon, Mar 10, 2025");
  });

  it("names few days and counts reactions", () => {
    const plan = makePlan({ weeks: 2 });
    const entries = [
      ...series(addDays(FIRST, -7), [5, 5, 5, 5, 5, 5, 5]),
      makeEntry(weekStart(1), 5, { session: true, reactions: ["soreness", "stiffness"] }),
      makeEntry(addDays(weekStart(1), 3), 5, { session: true, reactions: ["soreness"] }),
    ];
    const analysis = analyseTrial({ plan, entries });
    const text = weeklySummaryText(translatorFor("en"), analysis, 1, "en");
    expect(text).toContain("Too early to tell");
    expect(text).toContain("only 2 days with a pain score");
    expect(text).toContain("soreness ×2, stiffness ×1");
    expect(weeklySummaryText(translatorFor("de"), analysis, 1, "de")).toContain("Muskelkater ×2, Steifheit ×1");
  });

  it("says what is missing with fewer than 3 days, during the baseline week", () => {
    const plan = makePlan();
    const analysis = analyseTrial({ plan, entries: [makeEntry("2025-02-24", 6), makeEntry("2025-02-26", 6)] });
    const text = needMoreDaysText(translatorFor("en"), analysis, "en", "2025-02-27");
    expect(text).toContain("at least 3 days with a pain score, and so far I have 2 days");
    expect(text).toContain("Feb 25, Feb 27");
    expect(text).toContain("/checkin");
    expect(needMoreDaysText(translatorFor("de"), analysis, "de", "2025-02-27")).toContain("bisher habe ich 2 Tage");
  });

  it("keeps a 20-week /summary within Telegram's limits by splitting", () => {
    const plan = makePlan({ weeks: 20, weekdays: [1, 4] });
    const entries = series(addDays(FIRST, -7), Array.from({ length: 147 }, (_, i) => 4 + (i % 3)), { marker: 12 });
    const analysis = analyseTrial({ plan, entries });
    for (const lang of LANGS) {
      const text = summarySoFarText(translatorFor(lang), analysis, lang, { asOf: addDays(FIRST, 139) });
      expectTelegramSafe(text);
      expect(text).toContain("W19");
    }
  });
});

describe("does-not-settle messages", () => {
  it("suggests lighter pressure first, and stop on the second firing", () => {
    const trial = syntheticTrial("worsening", 1);
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries });
    const [first, second] = analysis.settle.firings;
    for (const lang of LANGS) {
      const t = translatorFor(lang);
      const a = unsettledFirstText(t, first, 10, lang);
      expect(a).toMatch(lang === "en" ? /lighter pressure or a shorter session/ : /weniger Druck oder eine kürzere Behandlung/);
      expect(a).toMatch(lang === "en" ? /at least 2 points \(on your 0-10 scale\)/ : /mindestens 2 Punkte \(auf deiner Skala 0-10\)/);
      const b = unsettledStopText(t, second, lang, t("emergency-numbers", { numbers: "112" }));
      expect(b).toMatch(lang === "en" ? /Stop the sessions and get checked/ : /Behandlungen aussetzen/);
      expect(b).toMatch(lang === "en" ? /discuss this with your clinician/ : /Besprich das bitte/);
      expectTelegramSafe(a);
      expectTelegramSafe(b);
    }
  });
});

describe("splitMessage", () => {
  it("keeps short text whole and splits at paragraphs, lines, then words", () => {
    expect(splitMessage("a\n\nb")).toEqual(["a\n\nb"]);
    expect(splitMessage("aaaa\n\nbbbb", 6)).toEqual(["aaaa", "bbbb"]);
    expect(splitMessage("aa\nbb\ncc", 5)).toEqual(["aa\nbb", "cc"]);
    const words = splitMessage("one two three four", 9);
    expect(words.every((p) => p.length <= 9)).toBe(true);
    expect(words.join(" ")).toBe("one two three four");
  });

  it("never cuts inside a tag or an entity", () => {
    const parts = splitMessage(`${"x".repeat(8)}&amp;<b>y</b>`, 10);
    for (const p of parts) {
      expect(p).not.toMatch(/&[a-z]*$/);
      expect(p).not.toMatch(/<[^>]*$/);
    }
    expect(parts.join("")).toBe(`${"x".repeat(8)}&amp;<b>y</b>`);
  });

  it("handles long reports: every part within 4096", () => {
    const text = Array.from({ length: 300 }, (_, i) => `<b>Line ${i}</b> ${"word ".repeat(10).trim()}`).join("\n");
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n")).toBe(text);
  });
});
