import type { TrialAnalysis } from "../../../trial/analysis/analysis.js";
import { chartDataFrom, lastDataDate, type ChartData, type ChartLabels } from "../../../trial/analysis/chart.js";
import type { SafetyEvent } from "../../../trial/safety/safety-event.js";
import { endedByStop } from "../../../store/report-store.js";
import { renderChart } from "../../ui/chart-png.js";
import { dateRange, markerNameRaw, markerUnitRaw, type Lang, type Translate } from "../../ui/format.js";
import type { LoadedTrial } from "./service.js";
import type { LoadedPhases } from "./phase-load.js";
import { phaseChartData } from "../../../trial/phases/chart.js";
import { dateRuns } from "../../../trial/time/calendar.js";

/** What a chart is drawn from: the analysis plus the safety events and an ended mark. */
export type ChartSource = Pick<LoadedTrial, "analysis"> & Partial<Pick<LoadedTrial, "events" | "ended" | "washIn" | "block">>;

/** "Mar 8" / "8.3.": short enough for a week's width under a 12-week axis. */
export function axisDate(iso: string, lang: Lang): string {
  const [, month, day] = iso.split("-").map(Number);
  if (lang === "de") return `${day}.${month}.`;
  return new Date(Date.UTC(2000, month - 1, day)).toLocaleString("en", { month: "short", day: "numeric", timeZone: "UTC" });
}

/**
 * Chart labels in the user's language. They go into SVG (escaped there), so they are raw text:
 * a custom marker name is used as typed. The subtitle's dates are the drawn data's first and last.
 */
export function chartLabels(t: Translate, analysis: TrialAnalysis, lang: Lang, data: ChartData, marker = markerNameRaw(t, analysis.plan)): ChartLabels {
  const { plan } = analysis;
  const unit = markerUnitRaw(t, plan);
  return {
    title: t("chart-title"),
    subtitle: t("chart-subtitle", {
      minutes: plan.minutesPerSession,
      perWeek: plan.sessionsPerWeek,
      range: dateRange(data.from, lastDataDate(data) ?? data.to, lang),
    }),
    painAxis: t("chart-pain-axis", { scale: plan.painScale }),
    markerAxis: t("chart-marker-axis", { marker, unit: unit || "–", direction: t(`direction-${plan.marker.direction}`).toLowerCase() }),
    dailyPain: t("chart-daily-pain"),
    weeklyMean: t("chart-weekly-mean"),
    baselineBand: t(analysis.baseline.recalled ? "chart-baseline-recalled" : "chart-baseline-band"),
    baselineMean: t("chart-baseline-mean"),
    sessionDay: t("chart-session-day"),
    marker: t("chart-marker"),
    baselineWeek: t("chart-baseline-week"),
    // The chart replaces "{n}" with the week number.
    weekLabel: t("chart-week", { n: "{n}" }),
    noData: t("chart-no-data"),
    paused: t("chart-paused"),
    washIn: t("chart-wash-in"),
    warning: t("chart-warning"),
    notSettling: t("chart-not-settling"),
    stopAdvised: t("chart-stop-advised"),
    ended: t("chart-ended"),
    dateLabel: (iso) => axisDate(iso, lang),
  };
}

/** Safety cues the person reported and did not take back, as chart marks. */
function warningEvents(events: readonly SafetyEvent[]): ChartData["events"] {
  return events.filter((e) => e.source !== "rule" && e.status !== "dismissed").map((e) => ({ date: e.date, kind: "warning" as const }));
}

/**
 * The chart data cut at `to`: from the baseline week up to the end of the week that `to` falls in
 * (so the current week is drawn whole and the empty future is not), never past the block end,
 * nor past the week in which the person ended the trial.
 */
export function chartDataUpTo(source: ChartSource, to: string): ChartData {
  const { analysis } = source;
  const data = chartDataFrom(analysis);
  const endedOn = source.ended?.date;
  const until = endedOn && endedOn < to ? endedOn : to;
  const week = analysis.calendar.weeks.find((w) => until >= w.start && until <= w.end);
  const end = until < analysis.calendar.firstSession ? analysis.calendar.baseline.end : week ? week.end : data.to;
  const clipped = end < data.to ? end : data.to;
  const inside = (date: string) => date <= clipped;
  // A later block's first days are not counted, like paused days, but they are no pause: shaded as its wash-in.
  const washIn = new Set(source.washIn ?? []);
  const washInRuns = dateRuns([...washIn].filter(inside).sort());
  return {
    ...data,
    to: clipped,
    days: data.days.filter((day) => inside(day.date)),
    paused: (data.paused ?? []).filter((date) => inside(date) && !washIn.has(date)),
    ...(washInRuns.length
      ? { phases: [...(data.phases ?? []), ...washInRuns.map(([start, end]) => ({ kind: "wash_in" as const, block: source.block ?? 2, start, end }))] }
      : {}),
    events: [...(data.events ?? []), ...(warningEvents(source.events ?? []) ?? [])].filter((e) => inside(e.date)).sort((a, b) => (a.date < b.date ? -1 : 1)),
    stop:
      endedOn && endedOn <= clipped
        ? { date: endedOn, kind: endedByStop(source.ended) ? "advised" : "ended" }
        : data.stop && inside(data.stop.date)
          ? data.stop
          : undefined,
  };
}

/**
 * The chart of all phases up to `to`: block 1 from its baseline, the later blocks (their wash-in
 * days shaded), the withdrawal checks and the follow-up, the user's warning signs marked.
 */
export function phaseChartFor(
  t: Translate,
  loaded: Pick<LoadedPhases, "trial" | "timeline">,
  lang: Lang,
  to: string,
): { data: ChartData; labels: ChartLabels } | null {
  const { trial, timeline } = loaded;
  const data = phaseChartData({ versions: trial.versions, timeline, entries: trial.entries, paused: trial.paused, to });
  if (!data) return null;
  const events = [...(data.events ?? []), ...(warningEvents(trial.events) ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  const withEvents = { ...data, events };
  const labels = chartLabels(t, trial.analysis, lang, withEvents);
  return {
    data: withEvents,
    labels: {
      ...labels,
      title: t("chart-phases-title"),
      subtitle: t("chart-phases-subtitle", { range: dateRange(data.from, lastDataDate(data) ?? data.to, lang) }),
      washIn: t("chart-wash-in"),
      withdrawal: t("chart-withdrawal"),
      followUp: t("chart-follow-up"),
      withdrawalName: t("ph-name-withdrawal"),
      followUpName: t("ph-name-follow-up"),
      // The chart replaces "{n}" with the block number.
      blockName: t("chart-block-name", { n: "{n}" }),
      blockStarts: t("chart-block-starts", { n: "{n}" }),
    },
  };
}

export function phaseChartPng(t: Translate, loaded: Pick<LoadedPhases, "trial" | "timeline">, lang: Lang, to: string): Buffer | undefined {
  const chart = phaseChartFor(t, loaded, lang, to);
  return chart ? renderChart(chart.data, chart.labels) : undefined;
}

export function chartPng(t: Translate, source: ChartSource, lang: Lang, to: string): Buffer {
  const data = chartDataUpTo(source, to);
  return renderChart(data, chartLabels(t, source.analysis, lang, data));
}
