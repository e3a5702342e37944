import { describe, expect, it } from "vitest";
import { buildChartSvg, CHART_COLORS, CHART_PANELS, chartDataFrom, type ChartData, type ChartLabels } from "../../../src/trial/analysis/chart.js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { addDays, datesIn, isoWeekday } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan } from "../../support/trial-fixtures.js";
import { svgLines, svgTexts } from "../../support/svg.js";

const labels: ChartLabels = {
  title: "Your trial",
  subtitle: "45 min × 2 a week",
  painAxis: "Pain (0-10)",
  markerAxis: "Minutes walked (min, higher is better)",
  dailyPain: "Daily pain",
  weeklyMean: "Weekly average",
  baselineBand: "Baseline range",
  baselineMean: "Baseline average",
  sessionDay: "Session day",
  marker: "Daily measure",
  baselineWeek: "Baseline",
  weekLabel: "W{n}",
  noData: "No scores yet",
  paused: "Paused",
  warning: "Warning sign",
  notSettling: "Pain did not settle",
  stopAdvised: "Stop advised",
  ended: "Trial ended",
  dateLabel: (iso) => short(iso),
};

/** "2/24": a date label short enough for a 12-week axis. */
function short(iso: string): string {
  return `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}`;
}

const { pain: PAIN, marker: MARKER, plot: PLOT } = CHART_PANELS;

function twelveWeeks(painScale: 10 | 100 = 10): ChartData {
  const plan = makePlan({ weeks: 12, weekdays: [2, 5], painScale });
  const entries = datesIn({ start: BASELINE_START, end: addDays(plan.firstSession, 83) }).map((date, i) =>
    makeEntry(date, 3 + (i % 4), { marker: 20 + (i % 5), session: date >= plan.firstSession && [2, 5].includes(isoWeekday(date)) }),
  );
  return chartDataFrom(analyseTrial({ plan, entries }));
}

function legendTexts(svg: string): string[] {
  // Legend labels sit between the subtitle and the pain panel.
  return svgTexts(svg)
    .filter((t) => t.y > 120 && t.y < PAIN.top - 20)
    .map((t) => t.text);
}

/** Vertical lines spanning a panel from top to bottom (week dividers and marks). */
function verticals(svg: string, panel: { top: number; bottom: number }, stroke?: string) {
  return svgLines(svg).filter((l) => l.x1 === l.x2 && l.y1 <= panel.top && l.y2 >= panel.bottom && (!stroke || l.stroke === stroke));
}

describe("the chart as data", () => {
  it("puts each week's first date under both panels, inside the viewBox", () => {
    const data = twelveWeeks();
    const svg = buildChartSvg(data, labels);
    const starts = [data.baseline.start, ...data.weeks.map((w) => w.start)];
    expect(starts).toHaveLength(13);
    for (const start of starts) {
      const shown = svgTexts(svg).filter((t) => t.text === short(start));
      expect(shown.map((t) => (t.y > MARKER.bottom ? "marker" : t.y > PAIN.bottom ? "pain" : "inside")).sort()).toEqual(["marker", "pain"]);
      for (const t of shown) expect(t.x).toBeGreaterThanOrEqual(PLOT.left);
    }
    // Dates run left to right in time.
    const xs = starts.map((s) => svgTexts(svg).find((t) => t.text === short(s))!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("leaves a date out rather than overprint the previous one on a long block", () => {
    const data = twelveWeeks();
    const wide = buildChartSvg(data, { ...labels, dateLabel: (iso) => `a long date ${iso}` });
    const dates = svgTexts(wide).filter((t) => t.text.startsWith("a long date") && t.y < MARKER.top);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.length).toBeLessThan(13);
    const sorted = dates.sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].x - sorted[i - 1].x).toBeGreaterThan(sorted[i - 1].text.length * 18 * 0.6);
  });

  it("dates days inside the week too when the weeks are wide (early in the trial)", () => {
    const data = twelveWeeks();
    const end = data.weeks[0].end;
    const early = { ...data, to: end, days: data.days.filter((d) => d.date <= end) };
    const dates = new Set(
      svgTexts(buildChartSvg(early, labels))
        .filter((t) => t.y > PAIN.bottom + 40 && t.y < MARKER.top)
        .map((t) => t.text),
    );
    expect([...dates]).toEqual(expect.arrayContaining([short(data.baseline.start), short(addDays(data.baseline.start, 2)), short(data.weeks[0].start), short(addDays(data.weeks[0].start, 4))]));
  });

  it("draws the week dividers through both panels at the same places", () => {
    const svg = buildChartSvg(twelveWeeks(), labels);
    const inPain = verticals(svg, PAIN, CHART_COLORS.divider).map((l) => l.x1);
    const inMarker = verticals(svg, MARKER, CHART_COLORS.divider).map((l) => l.x1);
    // Baseline | W1 | … | W12: 12 boundaries.
    expect(new Set(inPain).size).toBe(12);
    expect(new Set(inMarker)).toEqual(new Set(inPain));
  });

  it("labels the pain axis on the user's own scale", () => {
    const ticks = (svg: string) =>
      svgTexts(svg)
        .filter((t) => t.anchor === "end" && t.y > PAIN.top && t.y < PAIN.bottom + 20)
        .map((t) => Number(t.text));
    expect(ticks(buildChartSvg(twelveWeeks(10), labels))).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(buildChartSvg(twelveWeeks(100), { ...labels, painAxis: "Pain (0-100)" }))).toEqual([0, 20, 40, 60, 80, 100]);
    expect(twelveWeeks(10).painScale).toBe(10);
  });

  it("marks pauses, warning signs, a first 'does not settle' and the stop, each in the legend", () => {
    const data = twelveWeeks();
    const marked: ChartData = {
      ...data,
      paused: [addDays(data.weeks[2].start, 1), addDays(data.weeks[2].start, 2)],
      events: [
        { date: addDays(data.weeks[1].start, 3), kind: "warning" },
        { date: addDays(data.weeks[3].start, 6), kind: "not_settling" },
      ],
      stop: { date: data.weeks[5].end, kind: "advised" },
    };
    const svg = buildChartSvg(marked, labels);
    expect(legendTexts(svg)).toEqual(expect.arrayContaining(["Paused", "Warning sign", "Pain did not settle", "Stop advised"]));
    // The paused days are shaded in both panels: two rects of that colour, one per panel.
    const pausedRects = [...svg.matchAll(new RegExp(`<rect x="([\\d.]+)" y="(\\d+)" width="([\\d.]+)" height="(\\d+)" fill="${CHART_COLORS.paused}"/>`, "g"))];
    expect(pausedRects.map((m) => Number(m[2])).sort((a, b) => a - b)).toEqual([PAIN.top, MARKER.top]);
    const slot = (PLOT.right - PLOT.left) / 91;
    for (const m of pausedRects) expect(Number(m[3])).toBeCloseTo(2 * slot, 0);
    // The stop: one line through each panel; warnings: a dotted line through the pain panel.
    expect(verticals(svg, PAIN, CHART_COLORS.stop)).toHaveLength(1);
    expect(verticals(svg, MARKER, CHART_COLORS.stop)).toHaveLength(1);
    expect(svgLines(svg).filter((l) => l.stroke === CHART_COLORS.warning && l.dashed && l.y2 === PAIN.bottom)).toHaveLength(1);
    expect(svgLines(svg).filter((l) => l.stroke === CHART_COLORS.notSettling && l.dashed)).toHaveLength(1);
    // The ended trial says so instead.
    expect(legendTexts(buildChartSvg({ ...marked, stop: { date: data.weeks[5].end, kind: "ended" } }, labels))).toContain("Trial ended");
    // Nothing happened: no such legend entries.
    expect(legendTexts(buildChartSvg(data, labels))).not.toEqual(expect.arrayContaining(["Paused"]));
    expect(legendTexts(buildChartSvg(data, labels)).filter((t) => ["Paused", "Warning sign", "Pain did not settle", "Stop advised"].includes(t))).toEqual([]);
  });

  it("names every line and symbol drawn in the legend", () => {
    const svg = buildChartSvg(twelveWeeks(), labels);
    expect(legendTexts(svg)).toEqual(["Daily pain", "Weekly average", "Baseline range", "Baseline average", "Session day", "Daily measure"]);
    // Those are the series drawn: the dashed baseline average in both panels, weekly means, the marker line.
    const dashedBaselines = svgLines(svg).filter((l) => l.stroke === CHART_COLORS.baseline && l.dashed && l.y1 === l.y2);
    expect(dashedBaselines.filter((l) => l.y1 < PAIN.bottom)).toHaveLength(1);
    expect(dashedBaselines.filter((l) => l.y1 > MARKER.top)).toHaveLength(1);
    expect(svg).toContain(`stroke="${CHART_COLORS.marker}" stroke-width="3"/>`);
  });

  it("names no baseline band when every baseline day had the same score, and leaves a cut-off week unnamed", () => {
    const data = twelveWeeks();
    const flat = { ...data, baseline: { ...data.baseline, low: 40, high: 40 } };
    expect(legendTexts(buildChartSvg(flat, labels))).not.toContain("Baseline range");
    // Drawn up to the first day of W12: W12 is one day wide, too narrow for its name.
    const last = data.weeks[11].start;
    const cut = { ...data, to: last, days: data.days.filter((d) => d.date <= last) };
    const names = svgTexts(buildChartSvg(cut, labels)).map((t) => t.text);
    expect(names).toEqual(expect.arrayContaining(["Baseline", "W1", "W11"]));
    expect(names).not.toContain("W12");
    expect(names.filter((n) => n.endsWith("…"))).toEqual([]);
  });

  it("keeps every text inside the viewBox by its own estimate, even with very long labels", () => {
    const long = "Schmerzfreie Gehminuten bis zur nächsten Pause ".repeat(3).trim();
    const svg = buildChartSvg(twelveWeeks(), { ...labels, title: long, subtitle: long, markerAxis: long, dailyPain: long });
    for (const t of svgTexts(svg).filter((n) => !n.rotated)) {
      const width = t.text.length * t.size * (t.bold ? 0.68 : 0.62);
      const left = t.anchor === "middle" ? t.x - width / 2 : t.anchor === "end" ? t.x - width : t.x;
      expect(left, t.text).toBeGreaterThanOrEqual(0);
      expect(left + width, t.text).toBeLessThanOrEqual(1080);
    }
    expect(svgTexts(svg).some((t) => t.text.endsWith("…"))).toBe(true);
  });
});
