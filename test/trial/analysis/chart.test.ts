import { describe, it, expect } from "vitest";
import { existsSync } from "node:fs";
import { buildChartSvg, chartDataFrom, escapeXml, niceMax, type ChartLabels } from "../../../src/trial/analysis/chart.js";
import { FONT_FILES, renderChart } from "../../../src/bot/ui/chart-png.js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { addDays, datesIn, isoWeekday } from "../../../src/trial/time/calendar.js";
import { seededRandom } from "../../../src/local/synthetic.js";
import { BASELINE_START, makeEntry, makePlan } from "../../support/trial-fixtures.js";

const labels: ChartLabels = {
  title: "Your trial",
  subtitle: "Low back · 45 min",
  painAxis: "Pain (0-100)",
  markerAxis: "Minutes walked (higher is better)",
  dailyPain: "Daily pain",
  weeklyMean: "Weekly mean",
  baselineBand: "Baseline range",
  sessionDay: "Session",
  marker: "Marker",
  baselineWeek: "Baseline",
  weekLabel: "W{n}",
  noData: "No entries yet",
};

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function twelveWeekAnalysis() {
  const plan = makePlan({ weeks: 12, weekdays: [2, 5] });
  const random = seededRandom(7);
  const dates = datesIn({ start: BASELINE_START, end: addDays(plan.firstSession, 83) });
  const entries = dates.map((date, i) =>
    makeEntry(date, Math.max(0, Math.round(7 - i / 20 + random() * 2 - 1)), {
      marker: random() < 0.15 ? null : 15 + Math.round(i / 4 + random() * 4),
      session: date >= plan.firstSession && [2, 5].includes(isoWeekday(date)),
    }),
  );
  return analyseTrial({ plan, entries });
}

describe("chart", () => {
  it("finds the bundled fonts relative to the module", () => {
    expect(FONT_FILES).toHaveLength(2);
    for (const file of FONT_FILES) expect(existsSync(file)).toBe(true);
  });

  it("renders a 1080×1350 PNG for a 12-week trial", () => {
    const png = renderChart(chartDataFrom(twelveWeekAnalysis()), labels);
    expect(pngSize(png)).toEqual({ width: 1080, height: 1350 });
  });

  it("renders a 1080×1350 PNG with no data", () => {
    const data = chartDataFrom(analyseTrial({ plan: makePlan(), entries: [] }));
    expect(data.days).toEqual([]);
    expect(buildChartSvg(data, labels)).toContain("No entries yet");
    expect(pngSize(renderChart(data, labels))).toEqual({ width: 1080, height: 1350 });
  });

  it("escapes text for XML", () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    const svg = buildChartSvg(chartDataFrom(twelveWeekAnalysis()), { ...labels, title: "Pain <script> & more" });
    expect(svg).toContain("Pain &lt;script&gt; &amp; more");
    expect(svg).not.toContain("<script>");
    expect(pngSize(renderChart(chartDataFrom(twelveWeekAnalysis()), { ...labels, title: "<&>" })).width).toBe(1080);
  });

  it("labels every week and draws one point per scored day", () => {
    const analysis = twelveWeekAnalysis();
    const svg = buildChartSvg(chartDataFrom(analysis), labels);
    expect(svg).toContain(">W1<");
    expect(svg).toContain(">W12<");
    expect(svg.match(/r="7" fill="#08306b"/g)).toHaveLength(analysis.days.filter((d) => d.pain !== null).length + 1);
  });

  it("uses the baseline days' range as the band, and no band for a recalled baseline", () => {
    const entries = [4, 6, 5].map((pain, i) => makeEntry(addDays(BASELINE_START, i), pain));
    expect(chartDataFrom(analyseTrial({ plan: makePlan(), entries })).baseline).toMatchObject({ mean: 50, low: 40, high: 60 });
    const recalled = makePlan({ baseline: { kind: "recalled", pain10: 5 } });
    expect(chartDataFrom(analyseTrial({ plan: recalled, entries })).baseline).toMatchObject({ mean: 50, low: null, high: null });
  });

  it("rounds marker axes up to 1-2-5 steps", () => {
    expect([0, 1, 3, 17, 20, 45, 51, 999].map(niceMax)).toEqual([1, 1, 5, 20, 20, 50, 100, 1000]);
  });
});
