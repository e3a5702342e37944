import type { Entry } from "../../src/trial/checkin/entry.js";
import type { Plan, PlanVersion } from "../../src/trial/plan/plan.js";
import type { SafetyEvent } from "../../src/trial/safety/safety-event.js";
import { addDays } from "../../src/trial/time/calendar.js";

export { syntheticTrial, type SyntheticProfile, type SyntheticTrial } from "../../src/local/synthetic.js";

/** Monday. Baseline 2025-02-24..03-02; weeks start 03-03, 03-10, 03-17, 03-24; block ends 03-30. */
export const FIRST = "2025-03-03";
export const BASELINE_START = "2025-02-24";

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    areas: ["low_back"],
    goal: "pain",
    minutesPerSession: 45,
    sessionsPerWeek: 2,
    weekdays: [],
    weeks: 4,
    pressure: "moderate",
    otherCare: { kinds: ["none"] },
    prompt: { time: "20:00", zone: "Europe/Berlin" },
    zoneConfirmed: true,
    painScale: 10,
    marker: { preset: "walk_minutes", unit: "min", direction: "higher" },
    excludedAreas: [],
    firstSession: FIRST,
    baseline: { kind: "daily" },
    ...overrides,
  };
}

export function makeVersion(plan: Plan, effectiveFrom: string, version: number): PlanVersion {
  return { version, effectiveFrom, savedAt: `${effectiveFrom}T08:00:00.000Z`, plan };
}

export function makeEntry(date: string, pain: number | undefined, extra: Partial<Entry> = {}): Entry {
  return { date, pain, scale: 10, reactions: [], answeredAt: `${date}T19:00:00.000Z`, ...extra };
}

/** One entry per consecutive day from `start`; null leaves that day without an entry. */
export function series(start: string, pains: readonly (number | null)[], extra: Partial<Entry> = {}): Entry[] {
  return pains.flatMap((pain, i) => (pain === null ? [] : [makeEntry(addDays(start, i), pain, extra)]));
}

/** Entries whose marker values follow `markers` (null = "not measured today"). */
export function markerSeries(start: string, pain: number, markers: readonly (number | null)[]): Entry[] {
  return markers.map((marker, i) => makeEntry(addDays(start, i), pain, { marker }));
}

export function weekStart(week: number): string {
  return addDays(FIRST, 7 * (week - 1));
}

export function makeSafetyEvent(date: string, overrides: Partial<SafetyEvent> = {}): SafetyEvent {
  return {
    id: `cue-${date}`,
    cueId: "chest_pain",
    group: "urgent",
    date,
    at: `${date}T10:00:00.000Z`,
    source: "button",
    status: "active",
    ...overrides,
  };
}
