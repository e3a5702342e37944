import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { analyseTrial } from "../../../../src/trial/analysis/analysis.js";
import { CHART_PANELS, type ChartData } from "../../../../src/trial/analysis/chart.js";
import { MARKER_PRESETS, type Plan } from "../../../../src/trial/plan/plan.js";
import { addDays, datesIn, isoWeekday } from "../../../../src/trial/time/calendar.js";
import { axisDate, chartDataUpTo, chartLabels, chartPng } from "../../../../src/bot/features/reports/chart.js";
import { loadTrial } from "../../../../src/bot/features/reports/service.js";
import { chartSvg } from "../../../../src/bot/ui/chart-png.js";
import { textWidth } from "../../../../src/bot/ui/fonts.js";
import { dateRange } from "../../../../src/bot/ui/format.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import { BASELINE_START, makeEntry, makePlan, syntheticTrial } from "../../../support/trial-fixtures.js";
import { svgTexts, textExtent } from "../../../support/svg.js";

const LANGS = ["en", "de"] as const;

function twelveWeekTrial(plan: Partial<Plan>) {
  const p = makePlan({ weeks: 12, weekdays: [2, 5], ...plan });
  const entries = datesIn({ start: BASELINE_START, end: addDays(p.firstSession, 83) }).map((date, i) =>
    makeEntry(date, 3 + (i % 4), { marker: 20 + (i % 5), session: date >= p.firstSession && [2, 5].includes(isoWeekday(date)) }),
  );
  return analyseTrial({ plan: p, entries });
}

/** Every mark the chart can carry, so the legend is as long as it gets. */
function withEveryMark(data: ChartData): ChartData {
  return {
    ...data,
    paused: [addDays(data.weeks[2].start, 1)],
    events: [
      { date: addDays(data.weeks[1].start, 2), kind: "warning" },
      { date: addDays(data.weeks[3].start, 2), kind: "not_settling" },
    ],
    stop: { date: data.weeks[6].end, kind: "advised" },
  };
}

describe("the chart in the user's language at 1080 px", () => {
  it("fits every title, legend entry and label inside the picture, in English and German, for every marker", () => {
    for (const lang of LANGS) {
      const t = translatorFor(lang);
      for (const preset of MARKER_PRESETS) {
        for (const direction of ["higher", "lower"] as const) {
          for (const baseline of [{ kind: "daily" as const }, { kind: "recalled" as const, pain10: 6 }]) {
            const custom = preset === "custom";
            const analysis = twelveWeekTrial({
              marker: { preset, unit: custom ? "Treppenstufen" : "min", direction, ...(custom ? { name: "Schmerzfreie Minuten beim Spaziergang mit dem Hund" } : {}) },
              baseline,
            });
            const data = withEveryMark(chartDataUpTo({ analysis }, analysis.calendar.blockEnd));
            const svg = chartSvg(data, chartLabels(t, analysis, lang, data));
            const texts = svgTexts(svg);
            for (const node of texts) {
              const where = `${lang} ${preset} ${direction} ${baseline.kind}: "${node.text}"`;
              if (node.rotated) {
                // The pain axis title runs up the left edge: it must fit the panel's height.
                expect(textWidth(node.text, node.size, node.bold), where).toBeLessThan(CHART_PANELS.pain.bottom - CHART_PANELS.pain.top);
                continue;
              }
              const [left, right] = textExtent(node, textWidth);
              expect(left, where).toBeGreaterThanOrEqual(0);
              expect(right, where).toBeLessThanOrEqual(1080);
              // Nothing of ours is shortened: the longest preset names fit whole.
              expect(node.text.endsWith("…"), where).toBe(false);
            }
            // Legend entries on one row never run into each other.
            const legend = texts.filter((n) => n.y > 120 && n.y < CHART_PANELS.pain.top - 20).sort((a, b) => a.y - b.y || a.x - b.x);
            expect(legend.length, `${lang} legend`).toBeGreaterThanOrEqual(9);
            for (let i = 1; i < legend.length; i++) {
              if (legend[i].y !== legend[i - 1].y) continue;
              expect(textExtent(legend[i - 1], textWidth)[1], `${lang}: ${legend[i - 1].text} / ${legend[i].text}`).toBeLessThan(legend[i].x - 20);
            }
            // The legend ends above the symbols over the pain panel.
            expect(Math.max(...legend.map((n) => n.y))).toBeLessThan(CHART_PANELS.pain.top - 30);
          }
        }
      }
    }
  });

  it("says the dates the data cover in the subtitle, and writes dates the user's way under the axis", () => {
    const analysis = twelveWeekTrial({});
    // A Wednesday: the week is drawn whole, the data end today.
    const wednesday = addDays(analysis.calendar.weeks[3].start, 2);
    for (const lang of LANGS) {
      const t = translatorFor(lang);
      const data = chartDataUpTo({ analysis }, wednesday);
      expect(data.to).toBe(analysis.calendar.weeks[3].end);
      const cut = { ...data, days: data.days.filter((d) => d.date <= wednesday) };
      const labels = chartLabels(t, analysis, lang, cut);
      expect(labels.subtitle).toContain(dateRange(BASELINE_START, wednesday, lang));
      const texts = svgTexts(chartSvg(cut, labels)).map((n) => n.text);
      expect(texts).toContain(axisDate(analysis.calendar.weeks[3].start, lang));
      expect(texts).toContain(t("chart-pain-axis", { scale: 10 }));
    }
    expect(axisDate("2025-03-03", "de")).toBe("3.3.");
    expect(axisDate("2025-03-03", "en")).toBe("Mar 3");
  });

  it("ends the drawn weeks at the week the person ended the trial and marks the end", () => {
    const analysis = twelveWeekTrial({});
    const endedOn = addDays(analysis.calendar.weeks[4].start, 3);
    const data = chartDataUpTo({ analysis, ended: { date: endedOn, at: `${endedOn}T18:00:00Z`, firstSession: analysis.calendar.firstSession } }, analysis.calendar.blockEnd);
    expect(data.to).toBe(analysis.calendar.weeks[4].end);
    expect(data.stop).toEqual({ date: endedOn, kind: "ended" });
    const texts = svgTexts(chartSvg(data, chartLabels(translatorFor("en"), analysis, "en", data))).map((n) => n.text);
    expect(texts).toContain("Trial ended");
    expect(texts).not.toContain("W6");
  });
});

describe("the chart a German 0-10 user gets from /summary", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(`${BASELINE_START}T10:00:00Z`) });
  });
  afterEach(async () => {
    await h.close();
  });

  it("is the German chart on the 0-10 scale with dates, a warning sign and the pause marked", async () => {
    const id = 7301;
    const user = await h.consentedUser({ id, languageCode: "de" });
    const trial = syntheticTrial("partial", id);
    expect(trial.plan.painScale).toBe(10);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    const at = (date: string) => DateTime.fromISO(`${date}T20:30`, { zone: "Europe/Berlin" }).toJSDate();
    for (const e of trial.entries.filter((x) => x.date <= "2025-03-16")) await h.deps.stores.entries.save(id, e);
    // A warning sign reported on Mar 12 (the person has since been seen), then two paused days.
    await h.deps.stores.safety.add(id, { cueId: "saddle_numbness", group: "urgent", date: "2025-03-12", at: "2025-03-12T19:30:00Z", source: "note", status: "seen" });
    h.clock.set(at("2025-03-17"));
    await user.send("/pause");
    h.clock.set(at("2025-03-19"));
    await user.send("/resume");
    user.replies();
    const upTo = "2025-03-19";
    await h.deps.stores.entries.save(id, trial.entries.find((x) => x.date === upTo)!);
    const loaded = await loadTrial(h.deps, id);
    await user.send("/summary");
    const photo = user.replies().find((m) => m.method === "sendPhoto");
    expect(photo).toBeDefined();

    // The picture sent is exactly the chart built from this user's data in German.
    const t = translatorFor("de");
    const to = loaded!.today;
    expect(Buffer.compare(photo!.photo!.data, chartPng(t, loaded!, "de", to))).toBe(0);
    const data = chartDataUpTo(loaded!, to);
    const texts = svgTexts(chartSvg(data, chartLabels(t, loaded!.analysis, "de", data))).map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(["Dein Massage-Versuch", "Schmerz (0-10)", "Schmerz pro Tag", "Wochenmittel", "Mittel der Ausgangswoche", "3.3.", "10.3.", "17.3."]));
    // The axis counts 0-10, not 0-100.
    expect(texts).toContain("10");
    expect(texts).not.toContain("100");
    expect(texts.find((s) => s.includes(" · "))).toContain(dateRange(BASELINE_START, upTo, "de"));
    expect(texts).toEqual(expect.arrayContaining(["Warnzeichen", "Pausiert"]));
    expect(data.events).toEqual([{ date: "2025-03-12", kind: "warning" }]);
    expect(data.paused).toEqual(expect.arrayContaining(["2025-03-17", "2025-03-18"]));
  });
});
