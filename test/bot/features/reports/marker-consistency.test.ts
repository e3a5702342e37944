import { describe, expect, it } from "vitest";
import { analyseTrial } from "../../../../src/trial/analysis/analysis.js";
import { decideFromAnalysis } from "../../../../src/trial/analysis/decision.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import { finalDetailsText, finalReportText, type FinalReportInput } from "../../../../src/bot/features/reports/final.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import type { Lang } from "../../../../src/bot/ui/format.js";
import { BASELINE_START, makeEntry, makePlan, weekStart } from "../../../support/trial-fixtures.js";

type Weeks = readonly number[] | ((week: number) => readonly number[]);
const byWeek = (values: Weeks) => (typeof values === "function" ? values : () => values);

/** Baseline pain 6-7 and 18-20 min of walking, then six block weeks with `pain` and `walk` (alike, or by week 1-6). */
function report(walk: Weeks, lang: Lang, pain: Weeks = [4, 3, 5, 4, 3, 4, 5]) {
  const entries = [
    ...[6, 7, 6, 7, 7, 6, 7].map((pain, i) => makeEntry(addDays(BASELINE_START, i), pain, { marker: [19, 18, 20, 19, 20, 19, 19][i] })),
    ...[1, 2, 3, 4, 5, 6].flatMap((w) =>
      byWeek(pain)(w).map((score, i) => makeEntry(addDays(weekStart(w), i), score, { marker: byWeek(walk)(w)[i], session: i === 0 || i === 3 })),
    ),
  ];
  const analysis = analyseTrial({ plan: makePlan({ weeks: 6, goal: "function" }), entries });
  const decision = decideFromAnalysis(analysis, []);
  const input: FinalReportInput = { analysis, decision, kind: "final", plannedEnd: analysis.calendar.blockEnd, asOf: analysis.calendar.blockEnd };
  const t = translatorFor(lang);
  return { short: finalReportText(t, input, lang), details: finalDetailsText(t, input, lang), decision };
}

/** The walking line of the short report. */
const walkLine = (short: string) => short.split("\n").find((line) => line.includes("19,1") || line.includes("19.1"))!;

/** Alike weeks that are steady around 25 min. */
const STEADY = [22, 24, 26, 28, 27, 25, 26];
/**
 * Weeks that climb by 3 min from one week to the next, ending where STEADY sits: the model reads
 * that climb as a trend and, projected to the last week, puts the last week below it — far from
 * the plain 6-min gain.
 */
const CLIMBING = (week: number) => STEADY.map((minutes) => minutes - 3 * (6 - week));

describe("the end-of-block report agrees with itself about the marker", () => {
  it("a steady 6-min gain: the headline lies inside its range, and 'Why' and the numbers give one threshold and one verdict", () => {
    const { short, details, decision } = report(STEADY, "en");
    expect(decision.model.marker.verdict).toBe("meaningful");
    expect(walkLine(short)).toMatch(/19\.1 min \(\d days\) → 25\.4 min \(\d days\) — 6 min better \(allowing for normal ups and downs, (most likely between|anywhere from) /);
    expect(short).not.toContain("outside this range");
    expect(details).not.toContain("outside this range");
    expect(details).toContain("likely better by an amount that matters — about");
    expect(details).toContain("the chance of at least 3.8 min");
    expect(details).toContain("+6.3 min in the good direction — at least the 3.8 min that matters");
    expect(details).not.toMatch(/\b4 min that matters/);
    // The range is rounded one way in the short report and in the details.
    expect(walkLine(short)).toContain("most likely between 2 and 9 min better");
    expect(details).toContain("about 6 min better in the last week (most likely between +2 min and +9 min)");
  });

  it.each<[Lang, RegExp, RegExp, RegExp]>([
    ["en", /6 min better \(allowing for normal ups and downs, most likely between [\d.]+ and \d+ min worse\) — the plain averages fall outside this range/, /The plain change above lies outside this range/, /\+6\.3 min in the good direction — the plain averages reach the 3\.8 min that matters .* but allowing for ups and downs it is not likely reached/],
    ["de", /6 Min\. besser \(unter Berücksichtigung normaler Schwankungen am wahrscheinlichsten zwischen [\d,]+ und \d+ Min\. schlechter\) — die einfachen Mittelwerte liegen außerhalb dieses Bereichs/, /Die einfache Veränderung oben liegt außerhalb dieses Bereichs/, /\+6,3 Min\. in die gute Richtung — die einfachen Mittelwerte erreichen die 3,8 Min\., die zählen .* aber unter Berücksichtigung von Schwankungen ist das wahrscheinlich nicht erreicht/],
  ])("a headline outside its own range says why (%s), and the details do not call it enough when 'Why' does not", (lang, shortNote, detailsNote, enoughLine) => {
    const { short, details, decision } = report(CLIMBING, lang);
    const post = decision.model.marker.posterior!;
    const plain = decision.numbers.markerChange!;
    expect(plain).toBeGreaterThan(post.upper);
    expect(decision.model.marker.verdict).toBe("no_benefit");
    expect(walkLine(short)).toMatch(shortNote);
    expect(details).toMatch(detailsNote);
    expect(details).toMatch(enoughLine);
    expect(details).toContain(lang === "en" ? "unlikely to be better by the 3.8 min that matters" : "wahrscheinlich nicht um die 3,8 Min. besser");
    expect(details).not.toMatch(lang === "en" ? /at least the 3\.8 min that matters/ : /mindestens die 3,8 Min\., die zählen/);
  });

  it("the pain line says so too when its plain change lies outside the range", () => {
    // Pain creeping up from one week to the next: the same trend reading, the other way round.
    const { short, details, decision } = report(STEADY, "en", (week) => [4, 3, 5, 4, 3, 4, 5].map((score) => score - Math.round((6 - week) / 2)));
    expect(decision.numbers.delta!).toBeLessThan(decision.model.pain.posterior!.lower);
    expect(short.split("\n").find((line) => line.startsWith("<b>Pain</b>"))).toContain("— the plain averages fall outside this range");
    expect(details).toContain("The plain change above lies outside this range");
  });
});
