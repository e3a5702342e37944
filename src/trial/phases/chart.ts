/**
 * The chart of all phases: block 1 from its baseline, then every later phase up to a date, each
 * block's weekly averages from its own analysis (wash-in days left out), the wash-in days, the
 * withdrawal checks and the follow-up marked. Pure: plan versions, phases and entries in, chart data out.
 */
import type { Entry } from "../checkin/entry.js";
import type { PlanVersion } from "../plan/plan.js";
import { analyseTrial, dayPoints } from "../analysis/analysis.js";
import { chartDataFrom, type ChartData, type ChartPhase } from "../analysis/chart.js";
import { inRange } from "../time/calendar.js";
import { blockPlans, phaseSpans, washInDates, type Timeline } from "./timeline.js";

export interface PhaseChartInput {
  versions: readonly PlanVersion[];
  timeline: Timeline;
  /** Every entry, wash-in days included (their scores are drawn, not counted). */
  entries: readonly Entry[];
  /** Paused dates (wash-in dates among them are drawn as wash-in). */
  paused: readonly string[];
  /** The last date drawn. */
  to: string;
}

export function phaseChartData(input: PhaseChartInput): ChartData | null {
  const blocks = blockPlans(input.versions, input.timeline);
  if (!blocks.length) return null;
  const washIn = new Set(blocks.flatMap(washInDates));
  const paused = input.paused.filter((d) => !washIn.has(d));
  const spans = phaseSpans(input.versions, input.timeline, paused);
  const counted = input.entries.filter((e) => !washIn.has(e.date));
  const first = chartDataFrom(analyseTrial({ plan: blocks[0].versions, entries: counted, pausedDates: [...paused, ...washIn] }));
  const range = { start: first.from, end: input.to };
  const weeks = blocks.flatMap((block, i) => {
    const own = i === 0 ? first : chartDataFrom(analyseTrial({ plan: block.versions, entries: counted, pausedDates: [...paused, ...washIn] }));
    // A block cut short (by the next block, a withdrawal check or the follow-up) ends where its span does.
    const end = spans.find((s) => s.kind === "block" && s.block === block.n)?.end ?? own.to;
    return own.weeks.filter((w) => w.start <= end && w.start <= input.to).map((w) => ({ ...w, end: w.end < end ? w.end : end }));
  });
  const phases: ChartPhase[] = spans.flatMap((s) =>
    s.kind === "baseline" || (s.kind === "block" && s.block === 1) || s.start > input.to
      ? []
      : [{ kind: s.kind, block: s.block, start: s.start, end: s.end === null || s.end > input.to ? input.to : s.end }],
  );
  return {
    ...first,
    to: input.to,
    days: dayPoints(input.entries)
      .filter((d) => inRange(d.date, range))
      .map(({ date, pain, marker, session }) => ({ date, pain, marker, session })),
    weeks,
    painScale: blocks.at(-1)!.plan.painScale,
    paused: paused.filter((d) => inRange(d, range)),
    phases,
  };
}
