import type { TrialAnalysis } from "./analysis.js";
import { datesIn, inRange } from "../time/calendar.js";

export const CHART_WIDTH = 1080;
export const CHART_HEIGHT = 1350;

export interface ChartDay {
  date: string;
  /** 0-100 */
  pain: number | null;
  marker: number | null;
  session: boolean;
}

export interface ChartData {
  from: string;
  to: string;
  days: ChartDay[];
  weeks: { index: number; start: string; end: string; mean: number | null }[];
  /**
   * The band spans the lowest to the highest scored baseline day (the person's own day-to-day
   * range before the trial); a recalled baseline has a mean line and no band.
   */
  baseline: { start: string; end: string; mean: number | null; low: number | null; high: number | null; marker: number | null };
  /** The scale the pain axis is labelled in (values stay on 0-100); 100 when absent. */
  painScale?: 10 | 100;
}

/** Already-translated strings; weekLabel contains "{n}" for the week number. */
export interface ChartLabels {
  title: string;
  subtitle?: string;
  painAxis: string;
  markerAxis: string;
  dailyPain: string;
  weeklyMean: string;
  baselineBand: string;
  sessionDay: string;
  marker: string;
  baselineWeek: string;
  weekLabel: string;
  noData: string;
}

const COLORS = {
  text: "#1f2933",
  grid: "#d9dee3",
  band: "#9ecae1",
  baseline: "#3182bd",
  pain: "#08306b",
  weekly: "#e6550d",
  session: "#31a354",
  marker: "#756bb1",
  shade: "#f3f4f6",
};

const PLOT = { left: 120, right: 1030 };
const PAIN_PANEL = { top: 230, bottom: 860 };
const MARKER_PANEL = { top: 1000, bottom: 1260 };

export function chartDataFrom(analysis: TrialAnalysis): ChartData {
  const { calendar, baseline, weeks, days } = analysis;
  const range = { start: calendar.baseline.start, end: calendar.blockEnd };
  return {
    from: range.start,
    to: range.end,
    days: days
      .filter((day) => inRange(day.date, range))
      .map(({ date, pain, marker, session }) => ({ date, pain, marker, session })),
    weeks: weeks.map(({ index, start, end, painMean }) => ({ index, start, end, mean: painMean })),
    baseline: {
      ...calendar.baseline,
      mean: baseline.painMean,
      low: baseline.painLow,
      high: baseline.painHigh,
      marker: baseline.markerMean,
    },
  };
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" fill="${COLORS.text}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Smallest 1-2-5 × 10^k at or above the value (at least 1). */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) as number;
  return step * magnitude;
}

/** 4 ticks for 2 × 10^k, 5 otherwise, so every tick is a round number. */
function tickCount(max: number): number {
  return max / 10 ** Math.floor(Math.log10(max)) === 2 ? 4 : 5;
}

interface Scale {
  dates: string[];
  slot: number;
  x(date: string): number;
}

function xScale(from: string, to: string): Scale {
  const dates = from <= to ? datesIn({ start: from, end: to }) : [from];
  const slot = (PLOT.right - PLOT.left) / dates.length;
  const index = new Map(dates.map((date, i) => [date, i]));
  return { dates, slot, x: (date) => PLOT.left + ((index.get(date) ?? 0) + 0.5) * slot };
}

function yScale(panel: { top: number; bottom: number }, max: number) {
  return (value: number) => panel.bottom - (Math.min(Math.max(value, 0), max) / max) * (panel.bottom - panel.top);
}

function grid(panel: { top: number; bottom: number }, max: number, ticks: number, labelScale = 1): string {
  const y = yScale(panel, max);
  const lines: string[] = [];
  for (let i = 0; i <= ticks; i++) {
    const value = (max * i) / ticks;
    lines.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fmt(y(value))}" y2="${fmt(y(value))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    lines.push(text(PLOT.left - 12, y(value) + 8, fmt(value * labelScale), 'font-size="22" text-anchor="end"'));
  }
  return lines.join("");
}

function legend(labels: ChartLabels): string {
  const items: [string, string][] = [
    [`<circle cx="0" cy="-8" r="7" fill="${COLORS.pain}"/>`, labels.dailyPain],
    [`<line x1="-12" x2="12" y1="-8" y2="-8" stroke="${COLORS.weekly}" stroke-width="6"/>`, labels.weeklyMean],
    [`<rect x="-12" y="-18" width="24" height="20" fill="${COLORS.band}" fill-opacity="0.5"/>`, labels.baselineBand],
    [`<path d="M -9 0 L 9 0 L 0 -16 Z" fill="${COLORS.session}"/>`, labels.sessionDay],
    [`<circle cx="0" cy="-8" r="7" fill="${COLORS.marker}"/>`, labels.marker],
  ];
  return items
    .map(([symbol, label], i) => {
      const x = 60 + (i % 3) * 340;
      const y = 150 + Math.floor(i / 3) * 36;
      return `<g transform="translate(${x} ${y})">${symbol}</g>${text(x + 22, y, label, 'font-size="22"')}`;
    })
    .join("");
}

function painPanel(data: ChartData, labels: ChartLabels, x: Scale): string {
  const y = yScale(PAIN_PANEL, 100);
  const parts: string[] = [];
  const { baseline } = data;
  if (inRange(baseline.start, { start: data.from, end: data.to })) {
    const x0 = x.x(baseline.start) - x.slot / 2;
    const x1 = x.x(baseline.end) + x.slot / 2;
    parts.push(`<rect x="${fmt(x0)}" y="${PAIN_PANEL.top}" width="${fmt(x1 - x0)}" height="${PAIN_PANEL.bottom - PAIN_PANEL.top}" fill="${COLORS.shade}"/>`);
    parts.push(text((x0 + x1) / 2, PAIN_PANEL.bottom + 40, labels.baselineWeek, 'font-size="20" text-anchor="middle"'));
  }
  parts.push(grid(PAIN_PANEL, 100, 5, (data.painScale ?? 100) / 100));
  if (baseline.low !== null && baseline.high !== null) {
    const top = y(baseline.high);
    parts.push(`<rect x="${PLOT.left}" y="${fmt(top)}" width="${PLOT.right - PLOT.left}" height="${fmt(Math.max(y(baseline.low) - top, 2))}" fill="${COLORS.band}" fill-opacity="0.35"/>`);
  }
  if (baseline.mean !== null) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fmt(y(baseline.mean))}" y2="${fmt(y(baseline.mean))}" stroke="${COLORS.baseline}" stroke-width="3" stroke-dasharray="12 8"/>`);
  }
  for (const week of data.weeks) {
    if (week.start > data.to) continue;
    const x0 = x.x(week.start) - x.slot / 2;
    const x1 = x.x(week.end <= data.to ? week.end : data.to) + x.slot / 2;
    parts.push(`<line x1="${fmt(x0)}" x2="${fmt(x0)}" y1="${PAIN_PANEL.top}" y2="${PAIN_PANEL.bottom}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    parts.push(text((x0 + x1) / 2, PAIN_PANEL.bottom + 40, labels.weekLabel.replaceAll("{n}", String(week.index)), 'font-size="20" text-anchor="middle"'));
    if (week.mean !== null) {
      parts.push(`<line x1="${fmt(x0)}" x2="${fmt(x1)}" y1="${fmt(y(week.mean))}" y2="${fmt(y(week.mean))}" stroke="${COLORS.weekly}" stroke-width="6" stroke-linecap="round"/>`);
    }
  }
  for (const day of data.days) {
    if (day.session) {
      const cx = x.x(day.date);
      const base = PAIN_PANEL.bottom - 4;
      parts.push(`<path d="M ${fmt(cx - 9)} ${base} L ${fmt(cx + 9)} ${base} L ${fmt(cx)} ${base - 16} Z" fill="${COLORS.session}"/>`);
    }
    if (day.pain !== null) parts.push(`<circle cx="${fmt(x.x(day.date))}" cy="${fmt(y(day.pain))}" r="7" fill="${COLORS.pain}"/>`);
  }
  parts.push(text(40, (PAIN_PANEL.top + PAIN_PANEL.bottom) / 2, labels.painAxis, `font-size="24" text-anchor="middle" transform="rotate(-90 40 ${(PAIN_PANEL.top + PAIN_PANEL.bottom) / 2})"`));
  return parts.join("");
}

function markerPanel(data: ChartData, labels: ChartLabels, x: Scale): string {
  const values = data.days.flatMap((day) => (day.marker === null ? [] : [day.marker]));
  const max = niceMax(Math.max(1, ...values, data.baseline.marker ?? 0));
  const y = yScale(MARKER_PANEL, max);
  const parts = [text(PLOT.left, MARKER_PANEL.top - 24, labels.markerAxis, 'font-size="24" font-weight="bold"'), grid(MARKER_PANEL, max, tickCount(max))];
  if (data.baseline.marker !== null) {
    const by = fmt(y(data.baseline.marker));
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${by}" y2="${by}" stroke="${COLORS.baseline}" stroke-width="3" stroke-dasharray="12 8"/>`);
  }
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline points="${run.join(" ")}" fill="none" stroke="${COLORS.marker}" stroke-width="3"/>`);
    run = [];
  };
  const markerOn = new Map(data.days.map((day) => [day.date, day.marker]));
  for (const date of x.dates) {
    const value = markerOn.get(date) ?? null;
    if (value === null) {
      flush();
      continue;
    }
    run.push(`${fmt(x.x(date))},${fmt(y(value))}`);
    parts.push(`<circle cx="${fmt(x.x(date))}" cy="${fmt(y(value))}" r="6" fill="${COLORS.marker}"/>`);
  }
  flush();
  return parts.join("");
}

export function buildChartSvg(data: ChartData, labels: ChartLabels): string {
  const x = xScale(data.from, data.to);
  const empty = data.days.every((day) => day.pain === null && day.marker === null);
  const body = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    text(CHART_WIDTH / 2, 70, labels.title, 'font-size="40" font-weight="bold" text-anchor="middle"'),
    labels.subtitle ? text(CHART_WIDTH / 2, 112, labels.subtitle, 'font-size="26" text-anchor="middle"') : "",
    legend(labels),
    painPanel(data, labels, x),
    markerPanel(data, labels, x),
    empty ? text(CHART_WIDTH / 2, (PAIN_PANEL.top + PAIN_PANEL.bottom) / 2, labels.noData, 'font-size="32" text-anchor="middle"') : "",
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="DejaVu Sans">`,
    ...body,
    "</svg>",
  ].join("");
}
