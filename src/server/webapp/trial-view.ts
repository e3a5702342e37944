import type { Entry } from "../../trial/checkin/entry.js";
import { isAnswerable } from "../../trial/checkin/checkin.js";
import { datesIn } from "../../trial/time/calendar.js";
import { MIN_DAYS_PER_WEEK } from "../../trial/analysis/settle.js";
import { decisionAt, reportScope, type LoadedTrial } from "../../bot/features/reports/service.js";
import { needMoreDaysText, painChangeText, planLine, scoredDays, statusText, summarySoFarText } from "../../bot/features/reports/weekly.js";
import { outcomeLine } from "../../bot/features/reports/final.js";
import { reportReady } from "../../bot/features/reports/report-command.js";
import { reportAvailableFrom } from "../../bot/features/reports/clinician.js";
import { dateRange, longDate, markerName, markerNameRaw, markerUnitRaw, num, type Lang, type Translate } from "../../bot/ui/format.js";
import { painValue } from "../../bot/ui/pain-scale.js";
import { plainText } from "./plain-text.js";
import { endedByStop } from "../../store/report-store.js";
import { reportedPain } from "../../bot/features/reports/pain-period.js";
import { painChange, type TrialAnalysis } from "../../trial/analysis/analysis.js";
import type { Decision } from "../../trial/analysis/decision.js";
import { markerMax, MARKER_MAX } from "../../trial/plan/markers.js";
import type { DayView, TrialView, WeekView } from "./api-types.js";

/**
 * Whether the daily question comes now: at its local time (quiet hours applied), held by the
 * user's own pause, or not at all (no schedule).
 */
export type QuestionsNow = { at: string } | "paused" | "none";

/**
 * The page's view of a trial: the same loaded trial, analysis, decision and summary text that
 * `/summary` and the end-of-block report use, with the entries' own values for the day panel.
 */
export function trialView(trial: LoadedTrial, entries: readonly Entry[], t: Translate, lang: Lang, questions?: QuestionsNow): TrialView {
  const { analysis, today } = trial;
  const { calendar, plan, baseline } = analysis;
  const scale = plan.painScale;
  const onScale = (pain100: number | null) => (pain100 === null ? null : Math.round((pain100 * scale) / 10) / 10);
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const points = new Map(analysis.days.map((d) => [d.date, d]));
  const paused = new Set(trial.paused);
  const weekOf = (date: string): DayView["week"] => {
    if (date >= calendar.baseline.start && date <= calendar.baseline.end) return "baseline";
    return analysis.weeks.find((w) => date >= w.start && date <= w.end)?.index ?? null;
  };
  const lastDay = calendar.blockEnd;
  // Days after the block was ended are not part of it: the analysis leaves them out, so no edit may add one.
  const endedOn = trial.ended?.date ?? null;
  const days: DayView[] = datesIn({ start: calendar.baseline.start, end: lastDay }).map((date) => {
    const point = points.get(date);
    const entry = byDate.get(date);
    const entered = entry?.pain !== undefined;
    return {
      date,
      pain: onScale(point?.pain ?? null),
      entered: { pain: entered ? entry.pain! : null, scale: entered ? entry.scale : scale },
      marker: entry?.marker ?? null,
      session: entry?.session === true,
      reactions: (entry?.reactions ?? []).filter((r) => r !== "none").map((r) => t(`sum-reaction-${r}`)),
      note: entry?.note ?? null,
      corrected: entry?.corrected === true,
      paused: paused.has(date),
      editable: isAnswerable(date, today, calendar.baseline.start) && (endedOn === null || date <= endedOn),
      week: weekOf(date),
    };
  });
  const weeks: WeekView[] = analysis.weeks.map((w) => ({
    index: w.index,
    start: w.start,
    end: w.end,
    painMean: onScale(w.painMean),
    painDays: w.painDays,
    status: w.status.status,
    statusText: plainText(statusText(t, w, lang, scale)),
  }));

  const scope = reportScope(trial);
  const decided = decisionAt(trial, scope.asOf);
  const { decision } = decided;
  const numbers = decisionNumbers(t, lang, decided.analysis, decision, scope.asOf);

  const asOf = trial.ended?.date ?? today;
  const summary =
    scoredDays(analysis, asOf) < MIN_DAYS_PER_WEEK
      ? needMoreDaysText(t, analysis, lang, asOf)
      : summarySoFarText(t, analysis, lang, { asOf, ended: trial.ended, washIn: trial.washIn, block: trial.block });

  return {
    lang,
    today,
    scale,
    marker: {
      name: markerNameRaw(t, plan),
      unit: markerUnitRaw(t, plan),
      direction: plan.marker.direction,
      max: markerMax(plan.marker) < MARKER_MAX ? markerMax(plan.marker) : null,
    },
    calendar: { baselineStart: calendar.baseline.start, firstSession: calendar.firstSession, blockEnd: calendar.blockEnd },
    baseline: { painMean: onScale(baseline.painMean), painLow: onScale(baseline.painLow), painHigh: onScale(baseline.painHigh), recalled: baseline.recalled },
    days,
    weeks,
    decision: {
      kind: scope.kind,
      stopped: endedByStop(trial.ended),
      outcome: decision.outcome,
      // The HTML-safe name: plainText turns it back into the user's own words, "<" and "&" included.
      headline: plainText(outcomeLine(t, decision, markerName(t, plan))),
      asOf: scope.asOf,
      numbers,
    },
    summary: plainText(summary),
    plan: [plainText(planLine(t, analysis, lang)), questionsLine(t, lang, trial, questions ?? { at: plan.prompt.time })],
    reportReady: reportReady(trial),
    reportFrom: reportAvailableFrom(analysis),
  };
}

/**
 * The decision's numbers on the user's own scale, as in every chat report (the analysis works on
 * 0-100), against the same period the chat's report names (see reportedPain).
 */
function decisionNumbers(t: Translate, lang: Lang, analysis: TrialAnalysis, decision: Decision, asOf: string): string[] {
  const n = decision.numbers;
  const scale = analysis.plan.painScale;
  const numbers: string[] = [];
  if (n.baselineMean !== null) {
    numbers.push(t(n.recalled ? "app-num-baseline-recalled" : "app-num-baseline", { mean: painValue(n.baselineMean, scale, lang), scale }));
  }
  // In words, as the chat says it ("3.4 points better … (−55 %)"): a bare sign reads either way.
  const changeLine = (points: number, percent: number | null) => t("app-num-change", { change: plainText(painChangeText(t, points, percent, lang, scale)) });
  const period = reportedPain(analysis, decision, asOf);
  if (period?.kind === "latest-week") {
    const { week } = period;
    numbers.push(
      t("app-num-latest-week", {
        n: week.index,
        range: dateRange(week.start, week.end, lang),
        days: week.painDays,
        mean: painValue(week.painMean, scale, lang),
        scale,
      }),
    );
    const change = painChange(n.baselineMean, week.painMean);
    if (change) numbers.push(changeLine(change.points, change.percent));
    return numbers;
  }
  if (n.lastWeekMean !== null) numbers.push(t("app-num-last-week", { mean: painValue(n.lastWeekMean, scale, lang), scale }));
  if (n.delta !== null) numbers.push(changeLine(n.delta, n.deltaPct));
  if (n.nap !== null) numbers.push(t("app-num-nap", { nap: num(n.nap, lang, 2) }));
  return numbers;
}

/** When the daily question comes, or truthfully that none comes now and why. */
function questionsLine(t: Translate, lang: Lang, trial: LoadedTrial, questions: QuestionsNow): string {
  if (trial.ended) return t(endedByStop(trial.ended) ? "app-plan-questions-stopped" : "app-plan-questions-ended", { date: longDate(trial.ended.date, lang) });
  if (trial.urgentPause) return t("app-plan-questions-urgent");
  if (questions === "paused") return t("app-plan-questions-paused");
  if (questions === "none") return t("app-plan-questions-none");
  return t("app-plan-prompt", { time: questions.at, zone: trial.analysis.plan.prompt.zone });
}
