/**
 * From a trial's calendar and days to the model's series: day numbers from the first session,
 * period 0 for the baseline, the calendar week for block days, and one more period for the judged
 * "last week" = the last 7 unpaused days of the block. Paused days are left out (no sessions
 * were meant to happen on them), and missing days stay missing.
 */
import { daysBetween, datesIn, inRange, type TrialCalendar } from "../time/calendar.js";
import type { SeriesPoint } from "./model.js";
import { DEFAULT_WEEK_SD, fitModel, mixtureCdf } from "./model.js";
import { analyseMeasure, defaultPainMcid, MIN_GATE_DAYS, MIN_MARKER_VALUES, PAIN_DAILY_SD, PAIN_TREND_PRIOR_SD, type MeasureResult } from "./measure.js";
import { verdictOf, isLikelyWorse, type Verdict } from "./verdict.js";
import type { Better } from "./robust.js";

export interface DayValue {
  date: string;
  value: number | null;
}

export interface SeriesContext {
  calendar: TrialCalendar;
  paused: readonly string[];
  /** Dates the judged last week consists of. */
  lastWeekDates: readonly string[];
}

/** The last 7 block days that are not paused (fewer when the block is shorter). */
export function lastUnpausedDates(calendar: TrialCalendar, paused: readonly string[]): string[] {
  const skip = new Set(paused);
  const block = datesIn({ start: calendar.firstSession, end: calendar.blockEnd }).filter((date) => !skip.has(date));
  return block.slice(-7);
}

export function seriesPoints(days: readonly DayValue[], context: SeriesContext, options: { withBaseline: boolean; calendarWeeksOnly?: boolean }): SeriesPoint[] {
  const { calendar } = context;
  const paused = new Set(context.paused);
  const last = new Set(context.lastWeekDates);
  const lastPeriod = calendar.weeks.length + 1;
  const points: SeriesPoint[] = [];
  for (const day of days) {
    if (day.value === null || paused.has(day.date)) continue;
    const inBaseline = inRange(day.date, calendar.baseline);
    const inBlock = inRange(day.date, { start: calendar.firstSession, end: calendar.blockEnd });
    if (!(inBlock || (inBaseline && options.withBaseline))) continue;
    const n = daysBetween(calendar.firstSession, day.date);
    const period = inBaseline ? 0 : !options.calendarWeeksOnly && last.has(day.date) ? lastPeriod : Math.floor(n / 7) + 1;
    points.push({ day: n, value: day.value, period });
  }
  return points.sort((a, b) => a.day - b.day);
}

export interface PainContext extends SeriesContext {
  painScale: 10 | 100;
  /** Recalled baseline pain on 0-100, or null for a daily/short baseline. */
  recalled: number | null;
  /** The user's own MCID on 0-100, if they gave one. */
  mcid?: number | null;
}

export function painMcid(points: readonly SeriesPoint[], context: Pick<PainContext, "recalled" | "mcid">): { mcid: number; isDefault: boolean } {
  if (context.mcid !== undefined && context.mcid !== null) return { mcid: context.mcid, isDefault: false };
  const baseline = points.filter((p) => p.period === 0).map((p) => p.value);
  const mean = context.recalled ?? (baseline.length ? baseline.reduce((s, v) => s + v, 0) / baseline.length : null);
  return { mcid: defaultPainMcid(mean), isDefault: true };
}

export interface PainMeasure extends MeasureResult {
  mcidDefault: boolean;
}

export function painMeasure(days: readonly DayValue[], context: PainContext): PainMeasure {
  const points = seriesPoints(days, context, { withBaseline: context.recalled === null });
  const { mcid, isDefault } = painMcid(points, context);
  const result = analyseMeasure({
    points,
    better: "lower",
    mcid,
    resolution: context.painScale === 10 ? 10 : 1,
    trendPriorSd: PAIN_TREND_PRIOR_SD,
    recalledBaseline: context.recalled,
    lastPeriod: context.calendar.weeks.length + 1,
    minDays: MIN_GATE_DAYS,
    floor: 0,
  });
  return { ...result, mcidDefault: isDefault };
}

/** Markers are logged in whole units. */
const MARKER_RESOLUTION = 1;
/**
 * A marker logged as the same number day after day still wanders in truth; its noise is then taken
 * as this share of its smallest change that matters, the ratio pain's priors were set at (daily SD
 * 12 against a default MCID of at most 20).
 */
const NOISE_PER_MCID = PAIN_DAILY_SD / 20;

export interface MarkerContext extends SeriesContext {
  better: Better;
  recalled: number | null;
  /** The user's smallest change that matters, or the default for this baseline. */
  mcid: (baselineMean: number | null) => { mcid: number; isDefault: boolean };
}

export function markerMeasure(days: readonly DayValue[], context: MarkerContext): PainMeasure {
  const points = seriesPoints(days, context, { withBaseline: context.recalled === null });
  const baseline = points.filter((p) => p.period === 0).map((p) => p.value);
  const baselineMean = context.recalled ?? (baseline.length ? baseline.reduce((s, v) => s + v, 0) / baseline.length : null);
  const { mcid, isDefault } = context.mcid(baselineMean);
  // The pain priors are in points against a daily SD of about 12; the marker gets the same priors
  // in its own units, measured by its day-to-day noise (not by its spread, which holds the change).
  const perPainPoint = Math.max(markerNoiseSd(points), NOISE_PER_MCID * mcid) / PAIN_DAILY_SD;
  const result = analyseMeasure({
    points,
    better: context.better,
    mcid,
    resolution: MARKER_RESOLUTION,
    trendPriorSd: PAIN_TREND_PRIOR_SD * perPainPoint,
    weekSd: DEFAULT_WEEK_SD * perPainPoint,
    recalledBaseline: context.recalled,
    lastPeriod: context.calendar.weeks.length + 1,
    minDays: MIN_MARKER_VALUES,
    floor: context.better === "lower" ? 0 : null,
  });
  // "Already improving" is a pain rule (points per day); the marker's slope is shown, not judged.
  return { ...result, alreadyImproving: false, mcidDefault: isDefault };
}

/**
 * The marker's day-to-day SD: pooled within the baseline and each block period, so that a shift
 * between them is not taken for noise. Never below the rounding noise of whole units.
 */
export function markerNoiseSd(points: readonly SeriesPoint[]): number {
  const byPeriod = new Map<number, number[]>();
  for (const p of points) byPeriod.set(p.period, [...(byPeriod.get(p.period) ?? []), p.value]);
  let squares = 0;
  let df = 0;
  for (const values of byPeriod.values()) {
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    squares += values.reduce((s, v) => s + (v - mean) ** 2, 0);
    df += values.length - 1;
  }
  const floor = MARKER_RESOLUTION / Math.sqrt(12);
  return df > 0 ? Math.max(Math.sqrt(squares / df), floor) : floor;
}

export interface WeekPosterior {
  index: number;
  /** P(better than baseline by any amount / by the MCID), P(worse by the MCID). */
  pAny: number;
  pMcid: number;
  pWorseMcid: number;
  verdict: Verdict;
  likelyWorse: boolean;
}

/**
 * Week posteriors already worked out, by a digest of the exact data they rest on: a week's
 * posterior depends only on the days up to its end, so a new answer today leaves the earlier weeks'
 * entries valid. Results are identical with or without it; it only saves refitting after every
 * answer. Room for a few weeks of every user of a busy day (about 150 bytes each), least recently
 * used first out: the daily prompt's check fits a user's weeks, and their answer that evening
 * refits only the week it changed.
 */
const remembered = new Map<string, WeekPosterior>();
const REMEMBER_AT_MOST = 50_000;

/**
 * Two 53-bit string hashes (cyrb53, public domain) with different seeds: 106 bits, so two different
 * histories sharing a digest is not a practical concern, in a key of about 22 characters instead
 * of the history itself.
 */
function digest(text: string): string {
  return `${cyrb53(text, 0).toString(36)}.${cyrb53(text, 0x9e3779b9).toString(36)}`;
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function recall(key: string): WeekPosterior | undefined {
  const known = remembered.get(key);
  if (known) {
    remembered.delete(key);
    remembered.set(key, known);
  }
  return known;
}

/** Empties the memory of week posteriors (tests compare results with and without it). */
export function forgetWeekPosteriors(): void {
  remembered.clear();
}

function remember(key: string, posterior: WeekPosterior): void {
  if (remembered.size >= REMEMBER_AT_MOST) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, posterior);
}

/**
 * Pain posterior for each block week, using only the data up to that week's end (what was known
 * when the week closed): the weekly wording and the "does not settle" rule read it. Weeks with
 * fewer than 3 scored days, or without a usable baseline, get none.
 */
export function weeklyPainPosteriors(
  days: readonly DayValue[],
  context: PainContext,
  minDays: number,
  /** Only P(worse by the MCID), for the "does not settle" check after each answer (cheaper). */
  worseOnly = false,
): Map<number, WeekPosterior> {
  const all = seriesPoints(days, context, { withBaseline: context.recalled === null, calendarWeeksOnly: true });
  const { mcid } = painMcid(all, context);
  const out = new Map<number, WeekPosterior>();
  const recalled = context.recalled !== null;
  if (!recalled && all.filter((p) => p.period === 0).length < minDays) return out;
  const judge = (index: number) => {
    const upTo = all.filter((p) => p.period <= index);
    if (upTo.filter((p) => p.period === index).length < minDays) return;
    const key = digest(`${index}|${context.recalled}|${context.painScale}|${mcid}|${worseOnly}|${upTo.map((p) => `${p.day}:${p.value}:${p.period}`).join(",")}`);
    const known = recall(key);
    if (known) {
      out.set(index, known);
      return;
    }
    const fit = fitModel(recalled ? upTo.filter((p) => p.period > 0) : upTo, {
      trendPriorSd: recalled ? null : PAIN_TREND_PRIOR_SD,
      resolution: context.painScale === 10 ? 10 : 1,
      fixedBaseline: context.recalled,
      periods: [index],
    });
    const effect = fit?.effects.find((e) => e.period === index);
    if (!effect) return;
    // Lower pain is better: improvement by c ⇔ δ ≤ −c.
    const pWorseMcid = 1 - mixtureCdf(effect, mcid);
    const pAny = worseOnly ? Number.NaN : mixtureCdf(effect, 0);
    const pMcid = worseOnly ? Number.NaN : mixtureCdf(effect, -mcid);
    const posterior = { index, pAny, pMcid, pWorseMcid, verdict: verdictOf({ pAny, pMcid }), likelyWorse: isLikelyWorse(pWorseMcid) };
    remember(key, posterior);
    out.set(index, posterior);
  };
  const indices = context.calendar.weeks.map((week) => week.index);
  if (!worseOnly) indices.forEach(judge);
  else {
    // The rule needs two worse weeks in a row; a week with fewer than minDays points is never
    // worse. Every such pair holds an even week: judge the even weeks, then only the odd weeks next
    // to a worse one. The last week with enough points — the one today's answers change, so its fit
    // is never remembered for long — can pair only with the week before it: when that last week is
    // even, the (closed, remembered) week before it is judged first, and the last one only if that
    // one is worse. The firings come out the same.
    const points = new Map<number, number>();
    for (const p of all) points.set(p.period, (points.get(p.period) ?? 0) + 1);
    const last = indices.filter((i) => (points.get(i) ?? 0) >= minDays).at(-1);
    const worse = (i: number) => out.get(i)?.likelyWorse === true;
    indices.filter((i) => i % 2 === 0 && i !== last).forEach(judge);
    if (last !== undefined && last % 2 === 0) {
      judge(last - 1);
      if (worse(last - 1)) judge(last);
    }
    indices.filter((i) => i % 2 === 1 && !out.has(i) && (worse(i - 1) || worse(i + 1))).forEach(judge);
  }
  return out;
}
