import { addDays } from "../time/calendar.js";

/** A flare is unsettled at ≥ pre + 20 on 0-100 (2 points on 0-10). */
export const UNSETTLED_RISE = 20;
export const MIN_DAYS_PER_WEEK = 3;
const CHECK_AFTER_DAYS = 3;
// Guards the ≥ comparisons against floating-point noise such as 6.3 × 10 = 63.000000000000014.
const EPSILON = 1e-9;

export interface ScoredDay {
  date: string;
  /** Pain on 0-100. */
  pain: number;
}

export interface WeekMean {
  index: number;
  start: string;
  end: string;
  mean: number | null;
  days: number;
  /**
   * The model's P(pain worse than baseline by at least the MCID) for this week, from the data known
   * when it closed; null when the model could not judge it (too few days, no baseline).
   */
  pWorse?: number | null;
}

/** A week counts as worse when the model gives P(worse by ≥ MCID) ≥ 0.8. */
export const WORSE_WEEK_PROBABILITY = 0.8;

export interface SessionCheck {
  session: string;
  preDate: string | null;
  pre: number | null;
  /** The next session day or 3 days after the session, whichever comes first. */
  checkDate: string;
  check: number | null;
  /** null = not known: no score before the session, or none on the check day (yet). */
  unsettled: boolean | null;
}

export interface WorseWeek {
  index: number;
  end: string;
  mean: number;
  days: number;
  /** Mean minus the baseline mean, shown beside the probability. */
  abovePoints: number;
  pWorse: number;
}

interface FiringBase {
  /** 1 = first firing (lighter pressure / shorter session message), 2+ = stop. */
  ordinal: number;
  /** The day the firing became known: the later check day, or the end of the later week. */
  date: string;
}

export type SessionsFiring = FiringBase & { kind: "sessions"; checks: [SessionCheck, SessionCheck] };
export type WeeksFiring = FiringBase & { kind: "weeks"; baselineMean: number; weeks: [WorseWeek, WorseWeek] };
export type SettleFiring = SessionsFiring | WeeksFiring;
type Unnumbered<T> = Omit<T, "ordinal">;

export interface SettleInput {
  scores: readonly ScoredDay[];
  /** Session days inside the block. */
  sessionDates: readonly string[];
  weeks: readonly WeekMean[];
  baselineMean: number | null;
}

export interface SettleResult {
  checks: SessionCheck[];
  firings: SettleFiring[];
}

function lastScoreBefore(scores: readonly ScoredDay[], date: string): ScoredDay | undefined {
  let found: ScoredDay | undefined;
  for (const day of scores) if (day.date < date && (!found || day.date > found.date)) found = day;
  return found;
}

/**
 * Checks one session. The check day's own score is required: when it is missing the result is
 * unknown (null) — a neighbouring day is never borrowed, because an empty check day may simply
 * not have been answered yet, and missing days are never invented.
 */
export function checkSession(scores: readonly ScoredDay[], session: string, nextSession?: string): SessionCheck {
  const threeDaysAfter = addDays(session, CHECK_AFTER_DAYS);
  const checkDate = nextSession && nextSession < threeDaysAfter ? nextSession : threeDaysAfter;
  const pre = lastScoreBefore(scores, session);
  const check = scores.find((day) => day.date === checkDate);
  const unsettled = pre && check ? check.pain - pre.pain >= UNSETTLED_RISE - EPSILON : null;
  return {
    session,
    preDate: pre?.date ?? null,
    pre: pre?.pain ?? null,
    checkDate,
    check: check?.pain ?? null,
    unsettled,
  };
}

/** Pairs of consecutive unsettled sessions; an unknown or settled check breaks the run. */
function sessionFirings(checks: readonly SessionCheck[]): Unnumbered<SessionsFiring>[] {
  const firings: Unnumbered<SessionsFiring>[] = [];
  let previous: SessionCheck | null = null;
  for (const check of checks) {
    if (check.unsettled !== true) {
      previous = null;
      continue;
    }
    if (previous) {
      firings.push({ kind: "sessions", date: check.checkDate, checks: [previous, check] });
      previous = null; // a new firing needs two fresh sessions
    } else previous = check;
  }
  return firings;
}

/**
 * Pairs of consecutive weeks (each with ≥ 3 scored days) that the model judges likely worse by the
 * MCID. Raw weekly means are not used: with autocorrelated pain they cross "10 above baseline" twice
 * in a row far too often by chance.
 */
function weekFirings(weeks: readonly WeekMean[], baselineMean: number | null, scores: readonly ScoredDay[]): Unnumbered<WeeksFiring>[] {
  if (baselineMean === null) return [];
  const firings: Unnumbered<WeeksFiring>[] = [];
  let previous: WorseWeek | null = null;
  for (const week of [...weeks].sort((a, b) => a.index - b.index)) {
    const pWorse = week.pWorse ?? null;
    const worse = week.mean !== null && week.days >= MIN_DAYS_PER_WEEK && pWorse !== null && pWorse >= WORSE_WEEK_PROBABILITY;
    if (!worse) {
      previous = null;
      continue;
    }
    const mean = week.mean as number;
    const current: WorseWeek = { index: week.index, end: week.end, mean, days: week.days, abovePoints: mean - baselineMean, pWorse: pWorse as number };
    if (previous && previous.index === week.index - 1) {
      // Dated by the last score it saw: a week still under way can fire before its end.
      const seen = scores.filter((day) => day.date >= week.start && day.date <= week.end).at(-1)?.date ?? week.end;
      firings.push({ kind: "weeks", date: seen, baselineMean, weeks: [previous, current] });
      previous = null;
    } else previous = current;
  }
  return firings;
}

function kindOrder(kind: SettleFiring["kind"]): number {
  return kind === "sessions" ? 0 : 1;
}

/**
 * The "does not settle" rule. Session pairs and week pairs are found independently, each run
 * restarting after it fires (so the second firing needs fresh evidence after the first
 * message), then numbered together in date order (sessions before weeks on the same date).
 */
export function findSettleFirings(input: SettleInput): SettleResult {
  const scores = [...input.scores].sort((a, b) => a.date.localeCompare(b.date));
  const sessions = [...new Set(input.sessionDates)].sort();
  const checks = sessions.map((session, i) => checkSession(scores, session, sessions[i + 1]));
  const unnumbered: (Unnumbered<SessionsFiring> | Unnumbered<WeeksFiring>)[] = [
    ...sessionFirings(checks),
    ...weekFirings(input.weeks, input.baselineMean, scores),
  ];
  const firings = unnumbered
    .sort((a, b) => a.date.localeCompare(b.date) || kindOrder(a.kind) - kindOrder(b.kind))
    .map((firing, i) => ({ ...firing, ordinal: i + 1 }) as SettleFiring);
  return { checks, firings };
}
