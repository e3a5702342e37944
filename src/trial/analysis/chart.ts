import type { TrialAnalysis } from "./analysis.js";
import { dateRuns, datesIn, inRange } from "../time/calendar.js";

export const CHART_WIDTH = 1080;
export const CHART_HEIGHT = 1350;

export interface ChartDay {
  date: string;
  /** 0-100 */
  pain: number | null;
  marker: number | null;
  session: boolean;
}

/** Something that happened on a day and is marked on the chart. */
export interface ChartEvent {
  date: string;
  /** A safety cue (warning sign), or the "pain does not settle" rule's first firing. */
  kind: "warning" | "not_settling";
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
  /** Days the trial was paused (shaded in both panels). */
  paused?: readonly string[];
  events?: readonly ChartEvent[];
  /** The day sessions were advised to stop, or the person ended the trial: a line through both panels. */
  stop?: { date: string; kind: "advised" | "ended" };
  /** The phases after block 1 (a chart of all phases): drawn across both panels and named. */
  phases?: readonly ChartPhase[];
}

/**
 * A phase after block 1: a later block (a divider where it starts, its wash-in included), its
 * wash-in days (shaded: not counted), a withdrawal check or the follow-up (shaded and named).
 */
export interface ChartPhase {
  kind: "block" | "wash_in" | "withdrawal" | "follow_up";
  /** The block number (a later block, its wash-in). */
  block: number;
  start: string;
  /** Inclusive. */
  end: string;
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
  /** The dashed baseline average line (pain and marker); absent: not in the legend. */
  baselineMean?: string;
  sessionDay: string;
  marker: string;
  baselineWeek: string;
  weekLabel: string;
  noData: string;
  paused?: string;
  warning?: string;
  notSettling?: string;
  stopAdvised?: string;
  ended?: string;
  /** The phases after block 1: their names in the legend; blockName and blockStarts contain "{n}". */
  washIn?: string;
  withdrawal?: string;
  followUp?: string;
  blockName?: string;
  blockStarts?: string;
  /** Shorter names written on the chart itself (the legend's names when absent). */
  withdrawalName?: string;
  followUpName?: string;
  /** A short date under the axis ("Mar 8", "8.3."); without it no dates are drawn. */
  dateLabel?: (isoDate: string) => string;
}

/** Width of `text` at `size` px; the renderer passes the real font's metrics. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/** DejaVu Sans averages about 0.6 em per character; wide enough to keep estimates on the safe side. */
export const estimateWidth: TextMeasure = (text, size, bold) => text.length * size * (bold ? 0.68 : 0.62);

export const CHART_COLORS = {
  text: "#1f2933",
  grid: "#d9dee3",
  divider: "#aab4be",
  band: "#9ecae1",
  baseline: "#3182bd",
  pain: "#08306b",
  weekly: "#e6550d",
  session: "#31a354",
  marker: "#756bb1",
  shade: "#f3f4f6",
  paused: "#fdecc8",
  warning: "#d7301f",
  notSettling: "#fd8d3c",
  stop: "#a50f15",
  washIn: "#d8dee6",
  withdrawal: "#fbe3ee",
  followUp: "#e6f4ea",
  blockStart: "#1f2933",
};
const COLORS = CHART_COLORS;

const MARGIN = 30;
const PLOT = { left: 120, right: 1030 };
const PAIN_PANEL = { top: 270, bottom: 800 };
const MARKER_PANEL = { top: 950, bottom: 1230 };
/** Where the plot and its two panels sit in the 1080 × 1350 viewBox. */
export const CHART_PANELS = { plot: PLOT, pain: PAIN_PANEL, marker: MARKER_PANEL } as const;

export function chartDataFrom(analysis: TrialAnalysis): ChartData {
  const { calendar, baseline, weeks, days } = analysis;
  const range = { start: calendar.baseline.start, end: calendar.blockEnd };
  const firings = analysis.settle.firings;
  const stop = firings.find((f) => f.ordinal >= 2);
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
    painScale: analysis.plan.painScale,
    paused: analysis.paused.filter((date) => inRange(date, range)),
    events: firings.filter((f) => f.ordinal === 1).map((f) => ({ date: f.date, kind: "not_settling" as const })),
    ...(stop ? { stop: { date: stop.date, kind: "advised" as const } } : {}),
  };
}

/** The last day drawn with a pain score or a marker value (for the subtitle's date range). */
export function lastDataDate(data: ChartData): string | null {
  let last: string | null = null;
  for (const day of data.days) if ((day.pain !== null || day.marker !== null) && day.date <= data.to && (!last || day.date > last)) last = day.date;
  return last;
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

/** The largest size (down to `min`) at which the text fits `width`; past that the text is shortened with "…". */
function fitted(content: string, width: number, size: number, min: number, bold: boolean, measure: TextMeasure): { text: string; size: number } {
  let s = size;
  while (s > min && measure(content, s, bold) > width) s -= 1;
  if (measure(content, s, bold) <= width) return { text: content, size: s };
  let cut = content.length;
  while (cut > 1 && measure(`${content.slice(0, cut).trimEnd()}…`, s, bold) > width) cut--;
  return { text: `${content.slice(0, cut).trimEnd()}…`, size: s };
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
  has(date: string): boolean;
}

function xScale(from: string, to: string): Scale {
  const dates = from <= to ? datesIn({ start: from, end: to }) : [from];
  const slot = (PLOT.right - PLOT.left) / dates.length;
  const index = new Map(dates.map((date, i) => [date, i]));
  return { dates, slot, x: (date) => PLOT.left + ((index.get(date) ?? 0) + 0.5) * slot, has: (date) => index.has(date) };
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

const SYMBOLS = {
  dot: (color: string) => `<circle cx="0" cy="-8" r="7" fill="${color}"/>`,
  markerLine: () => `<line x1="-14" x2="14" y1="-8" y2="-8" stroke="${COLORS.marker}" stroke-width="3"/><circle cx="0" cy="-8" r="6" fill="${COLORS.marker}"/>`,
  bar: () => `<line x1="-12" x2="12" y1="-8" y2="-8" stroke="${COLORS.weekly}" stroke-width="6"/>`,
  dashed: () => `<line x1="-14" x2="14" y1="-8" y2="-8" stroke="${COLORS.baseline}" stroke-width="3" stroke-dasharray="8 4"/>`,
  band: () => `<rect x="-12" y="-18" width="24" height="20" fill="${COLORS.band}" fill-opacity="0.5"/>`,
  session: () => `<path d="M -9 0 L 9 0 L 0 -16 Z" fill="${COLORS.session}"/>`,
  paused: () => `<rect x="-12" y="-18" width="24" height="20" fill="${COLORS.paused}" stroke="${COLORS.divider}" stroke-width="1"/>`,
  warning: () => `<path d="M -9 -17 L 9 -17 L 0 -1 Z" fill="${COLORS.warning}"/>`,
  notSettling: () => `<path d="M 0 -17 L 8 -8 L 0 1 L -8 -8 Z" fill="${COLORS.notSettling}"/>`,
  stop: () => `<line x1="0" x2="0" y1="-20" y2="4" stroke="${COLORS.stop}" stroke-width="4"/>`,
  span: (color: string) => `<rect x="-12" y="-18" width="24" height="20" fill="${color}" stroke="${COLORS.divider}" stroke-width="1"/>`,
  blockStart: () => `<line x1="0" x2="0" y1="-20" y2="4" stroke="${COLORS.blockStart}" stroke-width="3" stroke-dasharray="6 3"/>`,
};

const PHASE_FILL: Record<Exclude<ChartPhase["kind"], "block">, string> = {
  wash_in: COLORS.washIn,
  withdrawal: COLORS.withdrawal,
  follow_up: COLORS.followUp,
};

/** The phases inside the drawn range, cut to it. */
function visiblePhases(data: ChartData): ChartPhase[] {
  return (data.phases ?? [])
    .filter((p) => p.start <= data.to && p.end >= data.from)
    .map((p) => ({ ...p, start: p.start < data.from ? data.from : p.start, end: p.end > data.to ? data.to : p.end }));
}

/** Where each later block starts: its wash-in's first day when it has one. */
function blockStarts(data: ChartData): { block: number; date: string }[] {
  const firsts = new Map<number, string>();
  for (const p of visiblePhases(data)) {
    if (p.kind !== "block" && p.kind !== "wash_in") continue;
    const seen = firsts.get(p.block);
    if (!seen || p.start < seen) firsts.set(p.block, p.start);
  }
  return [...firsts].map(([block, date]) => ({ block, date })).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Legend entries for everything drawn, flowing into rows that fit the width; when they would run
 * into the pain panel (the many marks of a chart of all phases), in smaller type on closer rows.
 */
function legend(items: [string, string][], top: number, measure: TextMeasure): { svg: string; bottom: number } {
  const roomy = legendRows(items, top, measure, 22, 34);
  return roomy.bottom <= PAIN_PANEL.top - 40 ? roomy : legendRows(items, top, measure, 19, 28);
}

function legendRows(items: [string, string][], top: number, measure: TextMeasure, size: number, rowHeight: number): { svg: string; bottom: number } {
  const gap = 34;
  const parts: string[] = [];
  let x = MARGIN + 16;
  let y = top;
  for (const [symbol, label] of items) {
    const fit = fitted(label, CHART_WIDTH - 2 * MARGIN - 40, size, 16, false, measure);
    const width = 26 + measure(fit.text, fit.size, false);
    if (x > MARGIN + 16 && x + width > CHART_WIDTH - MARGIN) {
      x = MARGIN + 16;
      y += rowHeight;
    }
    parts.push(`<g transform="translate(${fmt(x)} ${fmt(y)})">${symbol}</g>`, text(x + 22, y, fit.text, `font-size="${fit.size}"`));
    x += width + gap;
  }
  return { svg: parts.join(""), bottom: y };
}

function legendItems(data: ChartData, labels: ChartLabels): [string, string][] {
  const items: [string, string][] = [
    [SYMBOLS.dot(COLORS.pain), labels.dailyPain],
    [SYMBOLS.bar(), labels.weeklyMean],
  ];
  // A band of no height (every baseline day scored the same) is not there to name.
  if (data.baseline.low !== null && data.baseline.high !== null && data.baseline.high > data.baseline.low) items.push([SYMBOLS.band(), labels.baselineBand]);
  if (labels.baselineMean && (data.baseline.mean !== null || data.baseline.marker !== null)) items.push([SYMBOLS.dashed(), labels.baselineMean]);
  items.push([SYMBOLS.session(), labels.sessionDay], [SYMBOLS.markerLine(), labels.marker]);
  const shown = visibleEvents(data);
  if (labels.paused && pausedRuns(data).length > 0) items.push([SYMBOLS.paused(), labels.paused]);
  if (labels.warning && shown.some((e) => e.kind === "warning")) items.push([SYMBOLS.warning(), labels.warning]);
  if (labels.notSettling && shown.some((e) => e.kind === "not_settling")) items.push([SYMBOLS.notSettling(), labels.notSettling]);
  const phases = visiblePhases(data);
  const spanLabels: [Exclude<ChartPhase["kind"], "block">, string | undefined][] = [
    ["wash_in", labels.washIn],
    ["withdrawal", labels.withdrawal],
    ["follow_up", labels.followUp],
  ];
  for (const [kind, label] of spanLabels) if (label && phases.some((p) => p.kind === kind)) items.push([SYMBOLS.span(PHASE_FILL[kind]), label]);
  if (labels.blockStarts) for (const { block } of blockStarts(data)) items.push([SYMBOLS.blockStart(), labels.blockStarts.replaceAll("{n}", String(block))]);
  const stopLabel = data.stop ? (data.stop.kind === "ended" ? labels.ended : labels.stopAdvised) : undefined;
  if (stopLabel && data.stop && inRange(data.stop.date, { start: data.from, end: data.to })) items.push([SYMBOLS.stop(), stopLabel]);
  return items;
}

function visibleEvents(data: ChartData): ChartEvent[] {
  return (data.events ?? []).filter((e) => inRange(e.date, { start: data.from, end: data.to }));
}

/** Consecutive paused days inside the drawn range, as [first, last]. */
function pausedRuns(data: ChartData): [string, string][] {
  const paused = new Set(data.paused ?? []);
  return dateRuns(xScale(data.from, data.to).dates.filter((date) => paused.has(date)));
}

/** Pauses, later phases, week dividers, the stop line: what both panels share. */
function timeMarks(data: ChartData, x: Scale, panel: { top: number; bottom: number }): string {
  const parts: string[] = [];
  for (const p of visiblePhases(data)) {
    if (p.kind === "block") continue;
    const x0 = x.x(p.start) - x.slot / 2;
    const x1 = x.x(p.end) + x.slot / 2;
    parts.push(`<rect x="${fmt(x0)}" y="${panel.top}" width="${fmt(x1 - x0)}" height="${panel.bottom - panel.top}" fill="${PHASE_FILL[p.kind]}"/>`);
  }
  for (const [first, last] of pausedRuns(data)) {
    const x0 = x.x(first) - x.slot / 2;
    const x1 = x.x(last) + x.slot / 2;
    parts.push(`<rect x="${fmt(x0)}" y="${panel.top}" width="${fmt(x1 - x0)}" height="${panel.bottom - panel.top}" fill="${COLORS.paused}"/>`);
  }
  for (const start of [data.baseline.start, ...data.weeks.map((w) => w.start)]) {
    if (!x.has(start) || start === data.from) continue;
    const x0 = fmt(x.x(start) - x.slot / 2);
    parts.push(`<line x1="${x0}" x2="${x0}" y1="${panel.top}" y2="${panel.bottom}" stroke="${COLORS.divider}" stroke-width="1.5"/>`);
  }
  return parts.join("");
}

/** A dashed divider where each later block starts, drawn over the week dividers. */
function blockDividers(data: ChartData, x: Scale, panel: { top: number; bottom: number }): string {
  return blockStarts(data)
    .map(({ date }) => {
      const bx = fmt(x.x(date) - x.slot / 2);
      return `<line x1="${bx}" x2="${bx}" y1="${panel.top}" y2="${panel.bottom}" stroke="${COLORS.blockStart}" stroke-width="3" stroke-dasharray="10 5"/>`;
    })
    .join("");
}

/**
 * Each later phase's name at the top of the pain panel from its start: "Block 2", "Withdrawal",
 * "Follow-up". A name may run past a short span; one that would run into the name before it goes
 * a line lower, and one with no room on either line is left to the legend.
 */
function phaseNames(data: ChartData, labels: ChartLabels, x: Scale, measure: TextMeasure): string {
  const named: { start: string; name: string | undefined }[] = [
    ...visiblePhases(data)
      .filter((p) => p.kind === "withdrawal" || p.kind === "follow_up")
      .map((p) => ({
        start: p.start,
        name: p.kind === "withdrawal" ? (labels.withdrawalName ?? labels.withdrawal) : (labels.followUpName ?? labels.followUp),
      })),
    ...blockStarts(data).map(({ block, date }) => ({ start: date, name: labels.blockName?.replaceAll("{n}", String(block)) })),
  ];
  const parts: string[] = [];
  const size = 18;
  const rowEnds = [-Infinity, -Infinity];
  for (const { start, name } of named.sort((a, b) => a.start.localeCompare(b.start))) {
    if (!name) continue;
    const width = measure(name, size, true);
    // Near the right edge a name ends at the edge instead.
    const left = Math.min(x.x(start) - x.slot / 2 + 6, PLOT.right - 6 - width);
    const right = left + width;
    const row = rowEnds.findIndex((end) => left > end + 10);
    if (row < 0 || left < PLOT.left) continue;
    rowEnds[row] = right;
    parts.push(text(left, PAIN_PANEL.top + 26 + row * 26, name, `font-size="${size}" font-weight="bold"`));
  }
  return parts.join("");
}

function stopLine(data: ChartData, x: Scale, panel: { top: number; bottom: number }): string {
  if (!data.stop || !x.has(data.stop.date)) return "";
  // At the end of the stop day: that day's answers came before the stop.
  const sx = fmt(x.x(data.stop.date) + x.slot / 2);
  return `<line x1="${sx}" x2="${sx}" y1="${panel.top - 6}" y2="${panel.bottom}" stroke="${COLORS.stop}" stroke-width="4"/>`;
}

/** Which days of a week get a date under the axis: more of them when the weeks are wide. */
function dateOffsets(slot: number, labelWidth: number): number[] {
  const room = labelWidth + 12;
  if (2 * slot >= room) return [0, 2, 4];
  if (3 * slot >= room) return [0, 4];
  return [0];
}

/**
 * Week names under the pain panel; dates under both panels: each week's first day (with a tick
 * at its divider), and days inside the week when there is room.
 */
function axisLabels(data: ChartData, labels: ChartLabels, x: Scale, measure: TextMeasure): string {
  const parts: string[] = [];
  const periods = [
    { name: labels.baselineWeek, start: data.baseline.start, end: data.baseline.end },
    ...data.weeks.map((w) => ({ name: labels.weekLabel.replaceAll("{n}", String(w.index)), start: w.start, end: w.end })),
  ].filter((p) => p.start <= data.to && p.end >= data.from);
  const dated: { date: string; first: boolean }[] = [];
  const offsets = labels.dateLabel ? dateOffsets(x.slot, measure(labels.dateLabel(data.from), 18, false)) : [];
  for (const p of periods) {
    const start = p.start < data.from ? data.from : p.start;
    const end = p.end > data.to ? data.to : p.end;
    const x0 = x.x(start) - x.slot / 2;
    const x1 = x.x(end) + x.slot / 2;
    const name = fitted(p.name, x1 - x0 - 4, 20, 12, false, measure);
    // A week cut down to a day or two has no room for its name.
    if (name.text === p.name) parts.push(text((x0 + x1) / 2, PAIN_PANEL.bottom + 30, name.text, `font-size="${name.size}" text-anchor="middle"`));
    for (const offset of offsets) {
      const date = x.dates[x.dates.indexOf(p.start) + offset];
      if (date && date >= start && date <= end) dated.push({ date, first: offset === 0 || date === start });
    }
  }
  let lastDateEnd = -Infinity;
  for (const { date, first } of dated) {
    const label = (labels.dateLabel as (iso: string) => string)(date);
    const width = measure(label, 18, false);
    const x0 = first ? x.x(date) - x.slot / 2 : x.x(date) - width / 2;
    const left = first ? x0 + 4 : x0;
    // A date that would run into the previous one is left out (long blocks, narrow weeks).
    if (left < lastDateEnd + 8 || left + width > CHART_WIDTH - 4) continue;
    lastDateEnd = left + width;
    for (const y of [PAIN_PANEL.bottom + 56, MARKER_PANEL.bottom + 28]) {
      if (first) parts.push(`<line x1="${fmt(x0)}" x2="${fmt(x0)}" y1="${y - 24}" y2="${y + 4}" stroke="${COLORS.divider}" stroke-width="1.5"/>`);
      else parts.push(`<line x1="${fmt(x.x(date))}" x2="${fmt(x.x(date))}" y1="${y - 24}" y2="${y - 18}" stroke="${COLORS.divider}" stroke-width="1.5"/>`);
      parts.push(text(left, y, label, 'font-size="18"'));
    }
  }
  return parts.join("");
}

function painPanel(data: ChartData, labels: ChartLabels, x: Scale, measure: TextMeasure): string {
  const y = yScale(PAIN_PANEL, 100);
  const parts: string[] = [];
  const { baseline } = data;
  if (inRange(baseline.start, { start: data.from, end: data.to })) {
    const x0 = x.x(baseline.start) - x.slot / 2;
    const x1 = x.x(baseline.end <= data.to ? baseline.end : data.to) + x.slot / 2;
    parts.push(`<rect x="${fmt(x0)}" y="${PAIN_PANEL.top}" width="${fmt(x1 - x0)}" height="${PAIN_PANEL.bottom - PAIN_PANEL.top}" fill="${COLORS.shade}"/>`);
  }
  parts.push(timeMarks(data, x, PAIN_PANEL));
  parts.push(grid(PAIN_PANEL, 100, 5, (data.painScale ?? 100) / 100));
  parts.push(blockDividers(data, x, PAIN_PANEL));
  if (baseline.low !== null && baseline.high !== null) {
    const top = y(baseline.high);
    parts.push(`<rect x="${PLOT.left}" y="${fmt(top)}" width="${PLOT.right - PLOT.left}" height="${fmt(Math.max(y(baseline.low) - top, 2))}" fill="${COLORS.band}" fill-opacity="0.35"/>`);
  }
  if (baseline.mean !== null) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fmt(y(baseline.mean))}" y2="${fmt(y(baseline.mean))}" stroke="${COLORS.baseline}" stroke-width="3" stroke-dasharray="12 8"/>`);
  }
  for (const week of data.weeks) {
    if (week.start > data.to || week.mean === null) continue;
    const x0 = x.x(week.start) - x.slot / 2;
    const x1 = x.x(week.end <= data.to ? week.end : data.to) + x.slot / 2;
    parts.push(`<line x1="${fmt(x0 + 3)}" x2="${fmt(x1 - 3)}" y1="${fmt(y(week.mean))}" y2="${fmt(y(week.mean))}" stroke="${COLORS.weekly}" stroke-width="6" stroke-linecap="round"/>`);
  }
  for (const day of data.days) {
    if (day.session) {
      const cx = x.x(day.date);
      const base = PAIN_PANEL.bottom - 4;
      parts.push(`<path d="M ${fmt(cx - 9)} ${base} L ${fmt(cx + 9)} ${base} L ${fmt(cx)} ${base - 16} Z" fill="${COLORS.session}"/>`);
    }
    if (day.pain !== null) parts.push(`<circle cx="${fmt(x.x(day.date))}" cy="${fmt(y(day.pain))}" r="7" fill="${COLORS.pain}"/>`);
  }
  for (const event of visibleEvents(data)) {
    // A dotted line through the panel, its symbol just above it (clear of scores at the top).
    const cx = x.x(event.date);
    const top = PAIN_PANEL.top;
    const color = event.kind === "warning" ? COLORS.warning : COLORS.notSettling;
    parts.push(`<line x1="${fmt(cx)}" x2="${fmt(cx)}" y1="${top}" y2="${PAIN_PANEL.bottom}" stroke="${color}" stroke-width="2" stroke-dasharray="4 6"/>`);
    parts.push(
      event.kind === "warning"
        ? `<path d="M ${fmt(cx - 11)} ${top - 22} L ${fmt(cx + 11)} ${top - 22} L ${fmt(cx)} ${top - 2} Z" fill="${color}"/>`
        : `<path d="M ${fmt(cx)} ${top - 24} L ${fmt(cx + 10)} ${top - 13} L ${fmt(cx)} ${top - 2} L ${fmt(cx - 10)} ${top - 13} Z" fill="${color}"/>`,
    );
  }
  parts.push(stopLine(data, x, PAIN_PANEL));
  parts.push(phaseNames(data, labels, x, measure));
  const mid = (PAIN_PANEL.top + PAIN_PANEL.bottom) / 2;
  parts.push(text(40, mid, labels.painAxis, `font-size="24" text-anchor="middle" transform="rotate(-90 40 ${mid})"`));
  return parts.join("");
}

function markerPanel(data: ChartData, labels: ChartLabels, x: Scale, measure: TextMeasure): string {
  const values = data.days.flatMap((day) => (day.marker === null ? [] : [day.marker]));
  const max = niceMax(Math.max(1, ...values, data.baseline.marker ?? 0));
  const y = yScale(MARKER_PANEL, max);
  const title = fitted(labels.markerAxis, CHART_WIDTH - MARGIN - PLOT.left, 24, 16, true, measure);
  const parts = [
    text(PLOT.left, MARKER_PANEL.top - 24, title.text, `font-size="${title.size}" font-weight="bold"`),
    timeMarks(data, x, MARKER_PANEL),
    grid(MARKER_PANEL, max, tickCount(max)),
    blockDividers(data, x, MARKER_PANEL),
  ];
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
  parts.push(stopLine(data, x, MARKER_PANEL));
  return parts.join("");
}

/**
 * The chart as SVG (1080 × 1350, text as `<text>`). `measure` sizes titles and the legend; the
 * default estimate is on the wide side, the renderer passes the bundled font's real widths.
 */
export function buildChartSvg(data: ChartData, labels: ChartLabels, measure: TextMeasure = estimateWidth): string {
  const x = xScale(data.from, data.to);
  const empty = data.days.every((day) => day.pain === null && day.marker === null);
  const title = fitted(labels.title, CHART_WIDTH - 2 * MARGIN, 40, 24, true, measure);
  const subtitle = labels.subtitle ? fitted(labels.subtitle, CHART_WIDTH - 2 * MARGIN, 26, 16, false, measure) : null;
  const body = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    title.text ? text(CHART_WIDTH / 2, 64, title.text, `font-size="${title.size}" font-weight="bold" text-anchor="middle"`) : "",
    subtitle ? text(CHART_WIDTH / 2, 104, subtitle.text, `font-size="${subtitle.size}" text-anchor="middle"`) : "",
    legend(legendItems(data, labels), 152, measure).svg,
    painPanel(data, labels, x, measure),
    markerPanel(data, labels, x, measure),
    axisLabels(data, labels, x, measure),
    empty ? text(CHART_WIDTH / 2, (PAIN_PANEL.top + PAIN_PANEL.bottom) / 2, labels.noData, 'font-size="32" text-anchor="middle"') : "",
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="DejaVu Sans">`,
    ...body,
    "</svg>",
  ].join("");
}
