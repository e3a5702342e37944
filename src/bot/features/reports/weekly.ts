import type { PeriodStats, ReactionCounts, TrialAnalysis, WeekStats } from "../../../trial/analysis/analysis.js";
import { addDays, datesIn, type DateRange } from "../../../trial/time/calendar.js";
import { MIN_DAYS_PER_WEEK } from "../../../trial/analysis/settle.js";
import { shownPainChange } from "../../../trial/analysis/decision.js";
import { REACTIONS } from "../../../trial/checkin/entry.js";
import { endedByStop, type TrialEnded } from "../../../store/report-store.js";
import { painPoints, painValue, type PainScale } from "../../ui/pain-scale.js";
import { dateRange, longDate, markerName, markerUnit, num, shortDate, signed, withUnit, type Lang, type Translate } from "../../ui/format.js";

/** Scored pain days across the baseline and the block up to `asOf`: below 3, a summary says what is missing. */
export function scoredDays(analysis: TrialAnalysis, asOf: string): number {
  const from = analysis.calendar.baseline.start;
  return analysis.days.filter((day) => day.pain !== null && day.date >= from && day.date <= asOf).length;
}

/** Dates among the last 7 days up to `asOf` (not before the baseline) without a pain score; paused days are not missing. */
export function missingDates(analysis: TrialAnalysis, asOf: string): string[] {
  const start = [addDays(asOf, -6), analysis.calendar.baseline.start].sort().at(-1)!;
  if (start > asOf) return [];
  const scored = new Set(analysis.days.filter((day) => day.pain !== null).map((day) => day.date));
  const paused = new Set(analysis.paused);
  return datesIn({ start, end: asOf }).filter((date) => !scored.has(date) && !paused.has(date));
}

/**
 * The days a period's mean could rest on (its days minus paused and wash-in days), and the days
 * set aside, named: "2 paused", "3 wash-in days not counted".
 */
function askedDaysIn(t: Translate, range: DateRange, paused: readonly string[], washIn: readonly string[] = []): { total: number; aside: string[] } {
  const skip = new Set(paused);
  const notCounted = new Set(washIn);
  const dates = datesIn(range);
  const washed = dates.filter((date) => notCounted.has(date)).length;
  const pausedOnly = dates.filter((date) => skip.has(date) && !notCounted.has(date)).length;
  const aside = [pausedOnly ? t("sum-days-paused", { n: pausedOnly }) : null, washed ? t("sum-days-wash-in", { n: washed }) : null].filter((x) => x !== null);
  return { total: dates.length - washed - pausedOnly, aside };
}

const withAside = (days: { total: number; aside: string[] }) => ({ total: days.total, aside: afterComma(days.aside) });
/** " (2 paused)" after a count, or nothing. */
const inParentheses = (aside: string[]) => (aside.length ? ` (${aside.join(", ")})` : "");
/** ", 2 paused" inside parentheses that are already open, or nothing. */
const afterComma = (aside: string[]) => (aside.length ? `, ${aside.join(", ")}` : "");

export function reactionsText(t: Translate, reactions: ReactionCounts, lang: Lang): string {
  const list = REACTIONS.filter((kind) => kind !== "none" && (reactions[kind as keyof ReactionCounts] ?? 0) > 0).map((kind) =>
    t("sum-reaction-count", { reaction: t(`sum-reaction-${kind}`), count: num(reactions[kind as keyof ReactionCounts] ?? 0, lang, 0) }),
  );
  return list.length ? t("sum-reactions", { list: list.join(", ") }) : t("sum-reactions-none");
}

function painLine(t: Translate, period: PeriodStats, lang: Lang, days: { total: number; aside: string[] }, scale: PainScale): string {
  if (period.painMean === null) return t("sum-pain-none", { total: days.total, aside: afterComma(days.aside) });
  return t("sum-pain-line", { mean: painValue(period.painMean, scale, lang), days: period.painDays, total: days.total, aside: inParentheses(days.aside), scale });
}

/** "1.1 points better than your baseline (−17 %)" on the user's scale — pain: lower is better. */
export function painChangeText(t: Translate, points: number, percent: number | null, lang: Lang, scale: PainScale): string {
  const pct = percent === null ? "" : t("sum-pct", { value: signed(-percent, lang, 0) });
  const shown = shownPainChange(points, scale);
  if (shown === 0) return t("sum-change-same");
  const key = shown > 0 ? "sum-change-better" : "sum-change-worse";
  return t(key, { points: painPoints(t, points, scale, lang), pct });
}

function markerLines(t: Translate, analysis: TrialAnalysis, period: PeriodStats, lang: Lang): string {
  const { plan, baseline } = analysis;
  const name = markerName(t, plan);
  const unit = markerUnit(t, plan);
  if (period.markerMean === null) return t("sum-marker-none", { marker: name });
  const line = t("sum-marker-line", { marker: name, mean: withUnit(num(period.markerMean, lang), unit), days: period.markerDays });
  if (baseline.markerMean === null) return `${line}\n${t("sum-marker-no-baseline")}`;
  const change = plan.marker.direction === "higher" ? period.markerMean - baseline.markerMean : baseline.markerMean - period.markerMean;
  const rounded = Number(change.toFixed(1));
  const base = withUnit(num(baseline.markerMean, lang), unit);
  const amount = withUnit(num(Math.abs(change), lang), unit);
  const key = rounded === 0 ? "sum-marker-same" : rounded > 0 ? "sum-marker-better" : "sum-marker-worse";
  return `${line}\n${t(key, { base, amount })}`;
}

export function statusText(t: Translate, week: WeekStats, lang: Lang, scale: PainScale): string {
  const { status, rule, painDays, delta, posterior } = week.status;
  const points = delta === null ? "" : painPoints(t, delta, scale, lang);
  const direction = t((delta ?? 0) >= 0 ? "rep-better" : "rep-worse");
  const p = rule === "likely_worse" ? posterior?.pWorseMcid : posterior?.pMcid;
  const chance = p === undefined ? "" : chanceText(t, p);
  const same = rule === "not_clear" && delta !== null && shownPainChange(delta, scale) === 0;
  return `${t(`sum-status-${status}`)} — ${t(same ? "sum-rule-not_clear-same" : `sum-rule-${rule}`, { days: painDays, min: MIN_DAYS_PER_WEEK, points, direction, chance })}`;
}

/** A probability in words: "about 6 in 10", "more than 9 in 10", "less than 1 in 10". */
export function chanceText(t: Translate, p: number): string {
  if (p >= 0.95) return t("rep-chance-high");
  if (p < 0.05) return t("rep-chance-low");
  return t("rep-chance-about", { n: Math.round(p * 10) });
}

/** From block 2 on, the baseline is the previous block's last week, and its title says so. */
export function baselineText(t: Translate, analysis: TrialAnalysis, lang: Lang, asOf?: string, block = 1): string {
  const { baseline, plan } = analysis;
  const lines: string[] = [];
  if (baseline.recalled) {
    lines.push(t("sum-baseline-recalled", { pain: painValue(baseline.painMean ?? 0, plan.painScale, lang), scale: plan.painScale }));
  } else {
    const range = asOf && asOf < baseline.window.end ? { start: baseline.window.start, end: asOf } : baseline.window;
    lines.push(t("sum-baseline-title", { range: dateRange(baseline.window.start, baseline.window.end, lang), previous: block - 1 }));
    if (baseline.painMean === null) lines.push(t("sum-baseline-no-pain"));
    else {
      lines.push(
        t("sum-baseline-pain", {
          mean: painValue(baseline.painMean, plan.painScale, lang),
          days: baseline.painDays,
          ...withAside(askedDaysIn(t, range, analysis.paused)),
          low: painValue(baseline.painLow ?? 0, plan.painScale, lang),
          high: painValue(baseline.painHigh ?? 0, plan.painScale, lang),
          scale: plan.painScale,
        }),
      );
    }
  }
  const unit = markerUnit(t, plan);
  const marker = markerName(t, plan);
  if (baseline.markerMean === null) lines.push(t("sum-marker-none", { marker }));
  else if (baseline.recalled) lines.push(t("sum-marker-recalled", { marker, mean: withUnit(num(baseline.markerMean, lang), unit) }));
  else lines.push(t("sum-marker-line", { marker, mean: withUnit(num(baseline.markerMean, lang), unit), days: baseline.markerDays }));
  return lines.join("\n");
}

/** Why the block has extra weeks: paused days, a later block's wash-in days (not counted), or both. */
export function extendedFor(analysis: TrialAnalysis, washIn: readonly string[] = []): "paused" | "wash-in" | "both" {
  const notCounted = new Set(washIn);
  const washed = analysis.calendar.pausedInBlock.filter((d) => notCounted.has(d)).length;
  if (washed === 0) return "paused";
  return washed === analysis.calendar.pausedInBlock.length ? "wash-in" : "both";
}

/** The full block of one week: pain and marker vs baseline, days, sessions, reactions, status. */
export function weekText(t: Translate, analysis: TrialAnalysis, week: WeekStats, lang: Lang, opts: { soFar?: boolean; washIn?: readonly string[] } = {}): string {
  const title = t(week.extension ? "sum-week-title-extension" : "sum-week-title", {
    n: week.index,
    total: analysis.calendar.plannedWeeks,
    range: dateRange(week.start, week.end, lang),
    ...(week.extension ? { reason: extendedFor(analysis, opts.washIn) } : {}),
  });
  const lines = [opts.soFar ? `${title} ${t("sum-so-far")}` : title];
  const scale = analysis.plan.painScale;
  lines.push(painLine(t, week, lang, askedDaysIn(t, week, analysis.paused, opts.washIn), scale));
  if (week.painChange) lines.push(painChangeText(t, week.painChange.points, week.painChange.percent, lang, scale));
  lines.push(markerLines(t, analysis, week, lang));
  lines.push(t("sum-sessions", { done: week.sessionsDone, planned: week.sessionsPlanned }));
  lines.push(reactionsText(t, week.reactions, lang));
  lines.push(statusText(t, week, lang, scale));
  return lines.join("\n");
}

/** One line per earlier week in `/summary`. */
export function weekCompact(t: Translate, week: WeekStats, lang: Lang, scale: PainScale, paused: readonly string[], washIn?: readonly string[]): string {
  const change = week.painChange ? signed(-week.painChange.points / (scale === 10 ? 10 : 1), lang) : "–";
  return t("sum-week-compact", {
    n: week.index,
    range: dateRange(week.start, week.end, lang),
    mean: week.painMean === null ? "–" : painValue(week.painMean, scale, lang),
    days: week.painDays,
    ...withAside(askedDaysIn(t, week, paused, washIn)),
    change,
    done: week.sessionsDone,
    planned: week.sessionsPlanned,
    status: t(`sum-status-${week.status.status}`),
  });
}

function doseChangesIn(t: Translate, analysis: TrialAnalysis, range: DateRange, lang: Lang): string[] {
  return analysis.doseChanges
    .filter((change) => change.date >= range.start && change.date <= range.end)
    .map((change) => t("sum-dose-change", { date: shortDate(change.date, lang), list: doseChangeList(t, change.changes, lang) }));
}

export function doseChangeList(t: Translate, changes: TrialAnalysis["doseChanges"][number]["changes"], lang: Lang): string {
  const value = (field: string, v: string | number | number[]) => {
    if (field === "pressure") return t(`pressure-${v}`).toLowerCase();
    if (field === "weekdays") return Array.isArray(v) && v.length ? v.map((d) => t(`weekday-${d}`)).join("/") : t("sum-no-fixed-days");
    return num(Number(v), lang, 0);
  };
  return changes.map((c) => t(`sum-dose-${c.field}`, { from: value(c.field, c.from), to: value(c.field, c.to) })).join(", ");
}

export function recalledNote(t: Translate, analysis: TrialAnalysis): string | null {
  return analysis.baseline.recalled ? t("sum-recalled-note") : null;
}

/** What a later block's summaries need to say about it. */
export interface BlockContext {
  /** A later block's first days, not counted (they lengthen the block, as paused days do). */
  washIn?: readonly string[];
  /** The block's number: from block 2 on, "your baseline" is the end of the block before. */
  block?: number;
}

/** From block 2 on, the baseline is the 7 days before the block started: the previous block's end. */
export function laterBlockBaselineNote(t: Translate, analysis: TrialAnalysis, lang: Lang, block = 1): string | null {
  if (block < 2 || analysis.baseline.recalled) return null;
  const { start, end } = analysis.calendar.baseline;
  return t("sum-baseline-later-block", { block, previous: block - 1, range: dateRange(start, end, lang) });
}

/** The weekly summary sent on the day after week `index` ends. */
export function weeklySummaryText(t: Translate, analysis: TrialAnalysis, index: number, lang: Lang, context: BlockContext = {}): string {
  const week = analysis.weeks.find((w) => w.index === index);
  if (!week) throw new RangeError(`no week ${index}`);
  const parts = [t("sum-weekly-title"), weekText(t, analysis, week, lang, { washIn: context.washIn })];
  const baseline = analysis.baseline;
  parts.push(
    baseline.painMean === null
      ? t("sum-baseline-missing")
      : t("sum-baseline-short", {
          mean: painValue(baseline.painMean, analysis.plan.painScale, lang),
          days: baseline.painDays,
          recalled: baseline.recalled ? "yes" : "no",
          scale: analysis.plan.painScale,
        }),
  );
  const later = laterBlockBaselineNote(t, analysis, lang, context.block);
  if (later) parts.push(later);
  const dose = doseChangesIn(t, analysis, week, lang);
  if (dose.length) parts.push(dose.join("\n"));
  const last = index >= analysis.calendar.weeks.length;
  parts.push(
    last
      ? t("sum-next-final")
      : t("sum-next-week", { n: index + 1, date: longDate(addDays(week.end, 1), lang) }),
  );
  // One definition of "last week" everywhere: the report's, named where a short or extra week ends the block.
  const dates = analysis.lastWeekDates;
  if (last && dates.length && (dates[0] !== week.start || dates.at(-1) !== week.end)) {
    const paused = extendedFor(analysis, context.washIn) === "wash-in" ? "no" : "yes";
    parts.push(t("sum-last-week-def", { range: dateRange(dates[0], dates.at(-1)!, lang), paused }));
  }
  parts.push(t("sum-footer"));
  return parts.join("\n\n");
}

export interface SoFarOptions extends BlockContext {
  asOf: string;
  /** Set when the block was ended early (by the user or by the "does not settle" stop): the summary stops there. */
  ended?: Pick<TrialEnded, "date" | "by"> | null;
}

/** The plan in one line: dose, weeks, pressure, first session and block end. */
export function planLine(t: Translate, analysis: TrialAnalysis, lang: Lang): string {
  const { calendar, plan } = analysis;
  return t("sum-plan-line", {
    minutes: plan.minutesPerSession,
    perWeek: plan.sessionsPerWeek,
    weeks: calendar.plannedWeeks,
    pressure: t(`pressure-${plan.pressure}`).toLowerCase(),
    first: longDate(calendar.firstSession, lang),
    end: longDate(calendar.blockEnd, lang),
  });
}

/** `/summary`: baseline and every week so far, the current one in full. Needs ≥ 3 scored days (see needMoreDaysText). */
export function summarySoFarText(t: Translate, analysis: TrialAnalysis, lang: Lang, opts: SoFarOptions): string {
  const { calendar, plan } = analysis;
  const asOf = opts.asOf;
  const parts: string[] = [t("sum-sofar-title", { date: longDate(asOf, lang) })];
  parts.push(planLine(t, analysis, lang));
  parts.push(baselineText(t, analysis, lang, asOf, opts.block));
  const later = laterBlockBaselineNote(t, analysis, lang, opts.block);
  if (later) parts.push(later);
  if (asOf < calendar.firstSession) {
    const day = Math.min(7, Math.max(1, datesIn({ start: calendar.baseline.start, end: asOf }).length));
    parts.push(t("sum-in-baseline", { day, first: longDate(calendar.firstSession, lang) }));
  } else {
    const started = analysis.weeks.filter((week) => week.start <= asOf);
    const current = started.at(-1);
    const earlier = started.slice(0, -1);
    if (earlier.length) {
      parts.push([t("sum-earlier-weeks", { scale: plan.painScale }), ...earlier.map((week) => weekCompact(t, week, lang, plan.painScale, analysis.paused, opts.washIn))].join("\n"));
    }
    if (current) parts.push(weekText(t, analysis, current, lang, { soFar: current.end > asOf, washIn: opts.washIn }));
    const dose = doseChangesIn(t, analysis, { start: calendar.firstSession, end: asOf }, lang);
    if (dose.length) parts.push(dose.join("\n"));
  }
  const note = recalledNote(t, analysis);
  if (note) parts.push(note);
  if (opts.ended) parts.push(t(endedByStop(opts.ended) ? "sum-stopped-note" : "sum-ended-note", { date: longDate(opts.ended.date, lang) }));
  else if (asOf > calendar.blockEnd) parts.push(t("sum-block-over", { end: longDate(calendar.blockEnd, lang) }));
  else parts.push(t("sum-final-pointer", { end: longDate(calendar.blockEnd, lang) }));
  parts.push(t("sum-footer"));
  return parts.join("\n\n");
}

/** Fewer than 3 scored days: say what is missing instead of a summary. */
export function needMoreDaysText(t: Translate, analysis: TrialAnalysis, lang: Lang, asOf: string): string {
  const { calendar } = analysis;
  const days = scoredDays(analysis, asOf);
  const missing = missingDates(analysis, asOf);
  const parts = [t("sum-need-days", { days, min: MIN_DAYS_PER_WEEK })];
  if (asOf < calendar.baseline.start) {
    parts.push(t("sum-baseline-not-started", { start: longDate(calendar.baseline.start, lang), first: longDate(calendar.firstSession, lang) }));
  } else {
    if (missing.length) parts.push(t("sum-missing-days", { list: missing.map((d) => shortDate(d, lang)).join(", ") }));
    if (asOf < calendar.firstSession) {
      parts.push(t("sum-baseline-running", { range: dateRange(calendar.baseline.start, calendar.baseline.end, lang), first: longDate(calendar.firstSession, lang) }));
    }
  }
  parts.push(t("sum-how-to-add"));
  return parts.join("\n\n");
}
