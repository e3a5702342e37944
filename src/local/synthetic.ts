import type { Entry, Reaction } from "../trial/checkin/entry.js";
import type { Plan, PlanVersion } from "../trial/plan/plan.js";
import { addDays, datesIn, isoWeekday } from "../trial/time/calendar.js";

export type SyntheticProfile = "responder" | "partial" | "non_responder" | "worsening";

export interface SyntheticTrial {
  profile: SyntheticProfile;
  plan: Plan;
  versions: PlanVersion[];
  entries: Entry[];
  pausedDates: string[];
}

const WEEKS = 6;
const SESSION_WEEKDAYS = [1, 4];

/** mulberry32: small, fast and deterministic for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function syntheticPlan(firstSession: string): Plan {
  return {
    areas: ["low_back"],
    goal: "pain",
    minutesPerSession: 45,
    sessionsPerWeek: SESSION_WEEKDAYS.length,
    weekdays: SESSION_WEEKDAYS,
    weeks: WEEKS,
    pressure: "moderate",
    otherCare: { kinds: ["none"] },
    cost: { currency: "EUR", perSession: 60, alternativeMonthly: 120 },
    prompt: { time: "20:00", zone: "Europe/Berlin" },
    painScale: 10,
    marker: { preset: "walk_minutes", unit: "min", direction: "higher" },
    excludedAreas: [],
    firstSession,
    baseline: { kind: "daily" },
  };
}

/*
 * Each week's scores are a seeded shuffle of a fixed multiset, so the seed changes the day-to-day
 * pattern but never the outcome. Day-to-day rises stay below 2 points (on 0-10) except in the
 * worsening profile, so no unintended "does not settle" firing can appear.
 */
const FLAT_PAIN = [6, 7, 6, 6, 7, 6, 6];
// Improves in the first week and then holds: a shift the model can tell from a trend that was
// there anyway (a decline that kept sliding all six weeks would look like natural recovery).
const IMPROVING_PAIN = [FLAT_PAIN, [4, 3, 4, 3, 4, 3, 4], [3, 3, 2, 3, 3, 2, 3], [3, 2, 3, 3, 2, 3, 3], [2, 3, 3, 2, 3, 3, 3], [3, 3, 2, 3, 3, 2, 3], [3, 2, 3, 3, 3, 2, 3]];
const FLAT_MARKER = [20, 19, 21, 20, 22, 18, 20];
// The marker too: most of its gain in the first two weeks, then it holds.
const IMPROVING_MARKER = [0, 9, 13, 14, 15, 15, 15].map((gain) => FLAT_MARKER.map((v) => v + gain));

function weekSeries(profile: SyntheticProfile, week: number): { pain: number[]; marker: number[] } {
  const pain = profile === "responder" || profile === "partial" ? IMPROVING_PAIN[week] : FLAT_PAIN;
  const marker = profile === "responder" ? IMPROVING_MARKER[week] : FLAT_MARKER;
  return { pain, marker };
}

/** Worsening: each of the first four sessions lifts pain by 2 points for good (2 → 10). */
function worseningPain(date: string, firstSession: string): number {
  const sessionsBefore = datesIn({ start: firstSession, end: addDays(date, -1) }).filter((d) =>
    SESSION_WEEKDAYS.includes(isoWeekday(d)),
  ).length;
  return Math.min(2 + 2 * sessionsBefore, 10);
}

export function syntheticTrial(profile: SyntheticProfile, seed: number, firstSession = "2025-03-03"): SyntheticTrial {
  const random = seededRandom(seed);
  const plan = syntheticPlan(firstSession);
  const entries: Entry[] = [];
  for (let week = 0; week <= WEEKS; week++) {
    const start = addDays(firstSession, 7 * (week - 1));
    const series = weekSeries(profile, week);
    const pain = shuffled(series.pain, random);
    const marker = shuffled(series.marker, random);
    const unmeasured = Math.floor(random() * 7);
    datesIn({ start, end: addDays(start, 6) }).forEach((date, i) => {
      const session = week > 0 && SESSION_WEEKDAYS.includes(isoWeekday(date));
      const reactions: Reaction[] = session ? [random() < 0.3 ? "soreness" : "none"] : [];
      entries.push({
        date,
        pain: profile === "worsening" ? (week === 0 ? 2 : worseningPain(date, firstSession)) : pain[i],
        scale: 10,
        marker: i === unmeasured ? null : marker[i],
        session,
        reactions,
        answeredAt: `${date}T19:00:00.000Z`,
      });
    });
  }
  return {
    profile,
    plan,
    versions: [{ version: 1, effectiveFrom: addDays(firstSession, -7), savedAt: `${addDays(firstSession, -8)}T12:00:00.000Z`, plan }],
    entries,
    pausedDates: [],
  };
}

/**
 * Answers for the phases after the block, one per date: a follow-up that holds the block's last
 * level (responder, partial) or stays where it was (the others); for a second block, `level`
 * sets the block's settled pain instead. Seeded like the block, rises stay below 2 points.
 */
export function syntheticAfter(profile: SyntheticProfile, seed: number, dates: readonly string[], level?: number): Entry[] {
  const random = seededRandom(seed + 1);
  const held = level ?? (profile === "responder" || profile === "partial" ? 3 : profile === "worsening" ? 8 : 6);
  const marker = profile === "responder" ? 34 : 20;
  return dates.map((date) => ({
    date,
    pain: Math.max(0, Math.min(10, held + (random() < 0.5 ? 0 : random() < 0.5 ? -1 : 1))),
    scale: 10 as const,
    marker: marker + Math.floor(random() * 3) - 1,
    session: false,
    reactions: [],
    answeredAt: `${date}T19:00:00.000Z`,
  }));
}
