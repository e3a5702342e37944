import { lastWeekStats, planOn, type TrialAnalysis } from "./analysis.js";
import { lastUnpausedDates } from "./trial-series.js";
import { addDays, plannedSessions } from "../time/calendar.js";

/**
 * The analysis cut at `asOf` (inclusive), for an interim report or a trial ended early: the block
 * is taken to end on `asOf`, so the decision's "last week" is the last 7 unpaused days up to it
 * (never reaching back before the first session), weeks after it are dropped, the week it falls in is clipped
 * (its planned sessions counted up to `asOf` only), and later "does not settle" firings are left out.
 * On or after the real block end the analysis is returned unchanged.
 */
export function analysisAsOf(analysis: TrialAnalysis, asOf: string): TrialAnalysis {
  const { calendar } = analysis;
  if (asOf >= calendar.blockEnd) return analysis;
  const end = asOf;
  const start = addDays(end, -6) > calendar.firstSession ? addDays(end, -6) : calendar.firstSession;
  // Before the first session the range is empty (start > end): no last-week data yet.
  const lastWeek = { start, end };
  const paused = calendar.pausedInBlock;
  const weeks = analysis.weeks
    .filter((week) => week.start <= end)
    .map((week) =>
      week.end <= end
        ? week
        : { ...week, end, sessionsPlanned: plannedSessions({ start: week.start, end }, (date) => planOn(analysis.versions, date), paused) },
    );
  const cut = {
    ...calendar,
    weeks: calendar.weeks.filter((week) => week.start <= end).map((week) => (week.end <= end ? week : { ...week, end })),
    pausedInBlock: paused.filter((date) => date <= end),
    blockEnd: end,
    finalReportDate: addDays(end, 1),
    lastWeek,
  };
  const lastWeekDates = lastUnpausedDates(cut, analysis.paused);
  return {
    ...analysis,
    calendar: cut,
    weeks,
    lastWeek: lastWeekStats(analysis.days, cut, lastWeekDates),
    lastWeekDates,
    settle: { ...analysis.settle, firings: analysis.settle.firings.filter((firing) => firing.date <= end) },
    days: analysis.days.filter((day) => day.date <= end),
  };
}
