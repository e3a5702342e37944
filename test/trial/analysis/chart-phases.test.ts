import { describe, expect, it } from "vitest";
import { buildChartSvg, CHART_COLORS, CHART_PANELS, chartDataFrom, type ChartLabels } from "../../../src/trial/analysis/chart.js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { phaseChartData } from "../../../src/trial/phases/chart.js";
import type { Timeline } from "../../../src/trial/phases/timeline.js";
import { datesIn } from "../../../src/trial/time/calendar.js";
import { BASELINE_START, makeEntry, makePlan, makeVersion } from "../../support/trial-fixtures.js";
import { svgLines, svgRects, svgTexts } from "../../support/svg.js";

const labels: ChartLabels = {
  title: "Your trial: all phases",
  painAxis: "Pain (0-10)",
  markerAxis: "Minutes walked",
  dailyPain: "Daily pain",
  weeklyMean: "Weekly average",
  baselineBand: "Baseline range",
  sessionDay: "Session day",
  marker: "Daily measure",
  baselineWeek: "Baseline",
  weekLabel: "W{n}",
  noData: "No scores yet",
  paused: "Paused",
  washIn: "Wash-in (not counted)",
  withdrawal: "Withdrawal check",
  followUp: "Follow-up",
  blockName: "Block {n}",
  blockStarts: "Block {n} starts",
};

const { pain: PAIN, marker: MARKER, plot: PLOT } = CHART_PANELS;

// Block 1: baseline 02-24..03-02, 4 weeks 03-03..03-30. Block 2 from 03-31: wash-in 03-31..04-02,
// 4 counted weeks to 04-30. A withdrawal check 05-01..05-14, the follow-up from 05-15.
const plan1 = makePlan({ weeks: 4 });
const plan2 = makePlan({ weeks: 4, sessionsPerWeek: 3, firstSession: "2025-03-31" });
const versions = [makeVersion(plan1, BASELINE_START, 1), makeVersion(plan2, "2025-03-30", 2)];
const timeline: Timeline = {
  blocks: [{ n: 2, fromVersion: 2, washInDays: 3 }],
  withdrawals: [{ afterBlock: 2, start: "2025-05-01", days: 14 }],
  followUp: { start: "2025-05-15" },
};
const WASH_IN = ["2025-03-31", "2025-04-01", "2025-04-02"];
const TO = "2025-05-28";
const DATES = datesIn({ start: BASELINE_START, end: TO });
// Pain 3 every day, 9 on the wash-in days: they are drawn but must not move block 2's first week.
const entries = DATES.map((date) => makeEntry(date, WASH_IN.includes(date) ? 9 : 3, { marker: 20 }));

const slot = (PLOT.right - PLOT.left) / DATES.length;
const left = (date: string) => PLOT.left + DATES.indexOf(date) * slot;
const near = (a: number, b: number) => Math.abs(a - b) < 0.2;

function legendTexts(svg: string): string[] {
  return svgTexts(svg)
    .filter((t) => t.y > 120 && t.y < PAIN.top - 20)
    .map((t) => t.text);
}

function spanRects(svg: string, fill: string) {
  return svgRects(svg).filter((r) => r.fill === fill);
}

describe("the chart of all phases, as data", () => {
  // The paused dates as the bot reads them: wash-in days among them.
  const data = phaseChartData({ versions, timeline, entries, paused: WASH_IN, to: TO })!;
  const svg = buildChartSvg(data, labels);

  it("draws from block 1's baseline to the last date, every day's score included", () => {
    expect(data.from).toBe(BASELINE_START);
    expect(data.to).toBe(TO);
    expect(data.days.map((d) => d.date)).toEqual(DATES);
  });

  it("shades the wash-in days in both panels, as wash-in and not as paused", () => {
    const rects = spanRects(svg, CHART_COLORS.washIn);
    expect(rects).toHaveLength(2);
    for (const [r, panel] of [
      [rects[0], PAIN],
      [rects[1], MARKER],
    ] as const) {
      expect(near(r.x, left(WASH_IN[0]))).toBe(true);
      expect(near(r.width, 3 * slot)).toBe(true);
      expect(r.y).toBe(panel.top);
      expect(r.height).toBe(panel.bottom - panel.top);
    }
    expect(spanRects(svg, CHART_COLORS.paused)).toEqual([]);
    expect(legendTexts(svg)).not.toContain("Paused");
  });

  it("marks the withdrawal check and the follow-up as spans and names them in the legend and on the chart", () => {
    const withdrawal = spanRects(svg, CHART_COLORS.withdrawal);
    expect(withdrawal).toHaveLength(2);
    expect(near(withdrawal[0].x, left("2025-05-01"))).toBe(true);
    expect(near(withdrawal[0].width, 14 * slot)).toBe(true);
    const followUp = spanRects(svg, CHART_COLORS.followUp);
    expect(followUp).toHaveLength(2);
    expect(near(followUp[0].x, left("2025-05-15"))).toBe(true);
    expect(near(followUp[0].x + followUp[0].width, PLOT.right)).toBe(true);
    const legend = legendTexts(svg);
    for (const name of ["Wash-in (not counted)", "Withdrawal check", "Follow-up", "Block 2 starts"]) expect(legend).toContain(name);
    // Each phase's name sits at the top of the pain panel, at its start.
    const names = svgTexts(svg).filter((t) => t.x >= PLOT.left && t.y > PAIN.top && t.y < PAIN.top + 60);
    expect(names.map((t) => t.text)).toEqual(["Block 2", "Withdrawal check", "Follow-up"]);
    // A name that would run into the one before it goes a line lower.
    const [, withdrawalName, followUpName] = names;
    expect(followUpName.y).toBeGreaterThan(withdrawalName.y);
    expect(near(names.find((t) => t.text === "Withdrawal check")!.x, left("2025-05-01") + 6)).toBe(true);
    expect(near(names.find((t) => t.text === "Block 2")!.x, left(WASH_IN[0]) + 6)).toBe(true);
  });

  it("draws a divider where block 2 starts (its wash-in's first day) through both panels", () => {
    const dividers = svgLines(svg).filter((l) => l.stroke === CHART_COLORS.blockStart && l.x1 === l.x2);
    expect(dividers).toHaveLength(2);
    for (const d of dividers) {
      expect(near(d.x1, left(WASH_IN[0]))).toBe(true);
      expect(d.dashed).toBe(true);
    }
    expect(dividers.map((d) => [d.y1, d.y2])).toEqual([
      [PAIN.top, PAIN.bottom],
      [MARKER.top, MARKER.bottom],
    ]);
  });

  it("block 2's weekly averages leave the wash-in out: its first week sits at 3/10 although the wash-in scored 9", () => {
    const weeks = data.weeks.filter((w) => w.start >= "2025-03-31");
    expect(weeks.map((w) => w.start)).toEqual(["2025-03-31", "2025-04-07", "2025-04-14", "2025-04-21", "2025-04-28"]);
    expect(weeks[0].mean).toBe(30);
    // Block 1's four weeks come first, then block 2's; nothing after block 2's end.
    expect(data.weeks).toHaveLength(9);
    expect(data.weeks.at(-1)!.end).toBe("2025-04-30");
  });

  it("a chart of block 1 alone has none of these marks", () => {
    const plain = buildChartSvg(chartDataFrom(analyseTrial({ plan: [versions[0]], entries })), labels);
    for (const fill of [CHART_COLORS.washIn, CHART_COLORS.withdrawal, CHART_COLORS.followUp]) expect(spanRects(plain, fill)).toEqual([]);
    expect(svgLines(plain).filter((l) => l.stroke === CHART_COLORS.blockStart)).toEqual([]);
    expect(legendTexts(plain)).not.toContain("Block 2 starts");
  });
});
