import uPlot from "uplot";
import type { TrialView } from "../server/webapp/api-types.js";
import { dayLabel, numberLabel, tr } from "./i18n.js";

/** Colours follow the theme: read from the CSS variables that applyTheme set. */
function css(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export interface TrialChart {
  plot: uPlot;
  /** Show days [from, to] (indexes); clamped to the trial. */
  show(from: number, to: number): void;
  select(index: number | null): void;
  resize(width: number): void;
  destroy(): void;
}

const HEIGHT = 240;
/** uPlot's own axis font, set explicitly so the date labels can be measured before they are drawn. */
const AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
/** Room between two date labels, in CSS pixels. */
const LABEL_GAP = 8;
/** Days between date labels: whole days only, a week or more once days get crowded. */
const DAY_STEPS = [1, 2, 3, 4, 7, 14, 28, 56, 112, 224];

/** The widest of these labels in AXIS_FONT, in CSS pixels. */
function widest(labels: string[]): number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return 60;
  ctx.font = AXIS_FONT;
  return Math.max(0, ...labels.map((l) => ctx.measureText(l).width));
}

/**
 * The marker's axis runs from 0 (every marker counts or times something, or is a 0-10 rating) to
 * the rating's top or a little above the highest value, for the whole trial and every zoom: a
 * wiggle of a few minutes then looks like one, not like a swing across the chart.
 */
function markerRange(values: readonly (number | null)[], max: number | null): [number, number] {
  if (max !== null) return [0, max];
  const top = Math.max(0, ...values.filter((v): v is number => v !== null));
  return [0, top > 0 ? top * 1.15 : 1];
}

/**
 * The trial on one chart: daily pain points, weekly means as steps, the baseline range as a band
 * (a recalled baseline, one remembered number, as a line), week boundaries, session days as ticks
 * along the bottom and the marker on its own axis.
 * x is the day's index from the first baseline day; every day of the trial is on it.
 */
export function drawChart(el: HTMLElement, view: TrialView, onPick: (index: number) => void): TrialChart {
  const days = view.days;
  const xs = days.map((_, i) => i);
  const pain = days.map((d) => d.pain);
  const weekMean = days.map((d) => (typeof d.week === "number" ? (view.weeks.find((w) => w.index === d.week)?.painMean ?? null) : null));
  const marker = days.map((d) => d.marker);
  const hasMarker = marker.some((m) => m !== null);
  const text = css("--text", "#222");
  const hint = css("--hint", "#888");
  const accent = css("--accent", "#2481cc");
  const markerColor = css("--marker", "#c77c02");
  const grid = css("--grid", "rgba(128,128,128,0.18)");
  let selected: number | null = null;

  const weekStarts = view.weeks.map((w) => ({ index: days.findIndex((d) => d.date === w.start), label: `W${w.index}` })).filter((w) => w.index >= 0);
  const firstIdx = days.findIndex((d) => d.date === view.calendar.firstSession);

  const drawExtras = (u: uPlot) => {
    const { ctx } = u;
    const { left, top, width, height } = u.bbox;
    const px = (v: number) => u.valToPos(v, "x", true);
    const py = (v: number) => u.valToPos(v, "y", true);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    const { painLow, painHigh, painMean, recalled } = view.baseline;
    if (recalled && painMean !== null) {
      ctx.strokeStyle = accent;
      ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.setLineDash([2 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(left, py(painMean));
      ctx.lineTo(left + width, py(painMean));
      ctx.stroke();
      ctx.setLineDash([]);
    } else if (painLow !== null && painHigh !== null) {
      ctx.fillStyle = css("--band", "rgba(36,129,204,0.12)");
      ctx.fillRect(left, py(painHigh), width, py(painLow) - py(painHigh) || 1);
    }
    if (firstIdx > 0) {
      ctx.fillStyle = css("--baseline-week", "rgba(128,128,128,0.10)");
      ctx.fillRect(px(-0.5), top, px(firstIdx - 0.5) - px(-0.5), height);
    }
    ctx.strokeStyle = grid;
    ctx.fillStyle = hint;
    ctx.lineWidth = devicePixelRatio;
    ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
    for (const w of weekStarts) {
      const x = px(w.index - 0.5);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.fillText(w.label, x + 3 * devicePixelRatio, top + 12 * devicePixelRatio);
    }
    ctx.fillStyle = accent;
    days.forEach((d, i) => {
      if (!d.session) return;
      const x = px(i);
      ctx.beginPath();
      ctx.moveTo(x, top + height - 7 * devicePixelRatio);
      ctx.lineTo(x - 4 * devicePixelRatio, top + height);
      ctx.lineTo(x + 4 * devicePixelRatio, top + height);
      ctx.fill();
    });
    if (selected !== null) {
      ctx.strokeStyle = text;
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(px(selected), top);
      ctx.lineTo(px(selected), top + height);
      ctx.stroke();
    }
    ctx.restore();
  };

  const dateLabel = (i: number) => dayLabel(days[i].date, { day: "numeric", month: "short" });
  const labelSpace = Math.ceil(widest(days.map((_, i) => dateLabel(i)))) + LABEL_GAP;
  const [markerLow, markerHigh] = markerRange(marker, view.marker.max);

  const opts: uPlot.Options = {
    width: Math.max(280, el.clientWidth),
    height: HEIGHT,
    legend: { show: false },
    cursor: { y: false, drag: { x: true, y: false, setScale: true }, points: { size: 8 } },
    scales: {
      x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
      y: { range: [0, view.scale] },
      m: { range: [markerLow, markerHigh] },
    },
    axes: [
      {
        stroke: hint,
        font: AXIS_FONT,
        grid: { show: false },
        ticks: { stroke: grid },
        // At least as far apart as the widest date is long ("16. März" in German): labels never run together.
        space: labelSpace,
        incrs: DAY_STEPS,
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) && days[v] ? dateLabel(v) : "")),
      },
      { stroke: hint, grid: { stroke: grid }, ticks: { stroke: grid }, size: 34, values: (_u, splits) => splits.map((v) => numberLabel(v, 0)) },
      ...(hasMarker
        ? [
            {
              scale: "m",
              side: 1,
              stroke: markerColor,
              grid: { show: false },
              size: 40,
              values: (_u: uPlot, s: number[]) => s.map((v) => numberLabel(v)),
              ...(view.marker.unit ? { label: view.marker.unit, labelSize: 16, labelFont: AXIS_FONT } : {}),
            },
          ]
        : []),
    ],
    series: [
      {},
      {
        label: tr("legend-pain", { scale: view.scale }),
        stroke: accent,
        width: 0,
        paths: () => null,
        points: { show: true, size: 7, fill: accent, stroke: accent },
      },
      { label: tr("legend-week"), stroke: text, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
      {
        label: tr("legend-marker", { marker: view.marker.name }),
        scale: "m",
        stroke: markerColor,
        width: 1.5,
        dash: [5, 4],
        spanGaps: true,
        points: { show: false },
        show: hasMarker,
      },
    ],
    hooks: { drawClear: [drawExtras] },
  };
  const plot = new uPlot(opts, [xs, pain, weekMean, marker] as uPlot.AlignedData, el);

  // A tap (a click without a drag) picks the day under it.
  let down: { x: number; y: number } | null = null;
  plot.over.addEventListener("pointerdown", (e) => (down = { x: e.clientX, y: e.clientY }));
  plot.over.addEventListener("click", (e) => {
    if (down && Math.abs(e.clientX - down.x) > 6) return;
    const x = Math.round(plot.posToVal(e.clientX - plot.over.getBoundingClientRect().left, "x"));
    if (x >= 0 && x < days.length) onPick(x);
  });

  return {
    plot,
    show(from, to) {
      const lo = Math.max(0, from);
      const hi = Math.min(days.length - 1, to);
      plot.setScale("x", { min: lo - 0.5, max: hi + 0.5 });
    },
    select(index) {
      selected = index;
      plot.redraw(false);
    },
    resize(width) {
      plot.setSize({ width: Math.max(280, width), height: HEIGHT });
    },
    destroy() {
      plot.destroy();
    },
  };
}
