import type { TrialAnalysis } from "../../../trial/analysis/analysis.js";
import { chartDataFrom, type ChartData, type ChartLabels } from "../../../trial/analysis/chart.js";
import { renderChart } from "../../ui/chart-png.js";
import { longDate, markerNameRaw, markerUnitRaw, type Lang, type Translate } from "../../ui/format.js";

/**
 * Chart labels in the user's language. They go into SVG (escaped there), so they are raw text:
 * a custom marker name is used as typed.
 */
export function chartLabels(t: Translate, analysis: TrialAnalysis, lang: Lang, to: string): ChartLabels {
  const { plan } = analysis;
  const unit = markerUnitRaw(t, plan);
  const marker = markerNameRaw(t, plan);
  return {
    title: t("chart-title"),
    subtitle: t("chart-subtitle", {
      minutes: plan.minutesPerSession,
      perWeek: plan.sessionsPerWeek,
      date: longDate(to, lang),
    }),
    painAxis: t("chart-pain-axis"),
    markerAxis: t("chart-marker-axis", { marker, unit: unit || "–", direction: t(`direction-${plan.marker.direction}`).toLowerCase() }),
    dailyPain: t("chart-daily-pain"),
    weeklyMean: t("chart-weekly-mean"),
    baselineBand: t(analysis.baseline.recalled ? "chart-baseline-recalled" : "chart-baseline-band"),
    sessionDay: t("chart-session-day"),
    marker: t("chart-marker"),
    baselineWeek: t("chart-baseline-week"),
    // The chart replaces "{n}" with the week number.
    weekLabel: t("chart-week", { n: "{n}" }),
    noData: t("chart-no-data"),
  };
}

/**
 * The chart data cut at `to`: from the baseline week up to the end of the week that `to` falls in
 * (so the current week is drawn whole and the empty future is not), never past the block end.
 */
export function chartDataUpTo(analysis: TrialAnalysis, to: string): ChartData {
  const data = chartDataFrom(analysis);
  const week = analysis.calendar.weeks.find((w) => to >= w.start && to <= w.end);
  const end = to < analysis.calendar.firstSession ? analysis.calendar.baseline.end : week ? week.end : data.to;
  const clipped = end < data.to ? end : data.to;
  return { ...data, to: clipped, days: data.days.filter((day) => day.date <= clipped) };
}

export function chartPng(t: Translate, analysis: TrialAnalysis, lang: Lang, to: string): Buffer {
  return renderChart(chartDataUpTo(analysis, to), chartLabels(t, analysis, lang, to));
}
