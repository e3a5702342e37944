import { z } from "zod";
import { isValidZone } from "../time/time-parse.js";
import { isCalendarDate } from "../time/calendar.js";

export const AREAS = ["low_back", "neck", "shoulders", "knees", "hips", "head", "other"] as const;
export const GOALS = ["pain", "function", "sleep", "mood"] as const;
export const PRESSURES = ["light", "moderate", "firm"] as const;
export const CARE_KINDS = ["none", "physio", "exercise", "chiro", "injections", "other"] as const;
export const MARKER_PRESETS = ["walk_minutes", "night_wakings", "head_turn", "sitting_minutes", "stairs", "custom"] as const;

export type Area = (typeof AREAS)[number];
export type Goal = (typeof GOALS)[number];
export type Pressure = (typeof PRESSURES)[number];
export type CareKind = (typeof CARE_KINDS)[number];
export type MarkerPreset = (typeof MARKER_PRESETS)[number];

/** A real calendar date: 2026-02-30 is refused here, not by a RangeError later on. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isCalendarDate, "not a calendar date");
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");
/** An IANA zone, or a luxon fixed offset such as "UTC+2" (accepted, with a daylight-saving warning). */
export const ianaZone = z.string().refine(isValidZone, "unknown time zone");

export const markerSchema = z.object({
  preset: z.enum(MARKER_PRESETS),
  /** Free name for a custom marker; presets are named by the locale files. */
  name: z.string().min(1).max(80).optional(),
  unit: z.string().max(30),
  direction: z.enum(["higher", "lower"]),
  /** Smallest change that matters to the user; absent = 20 % of baseline, at least 1 unit. */
  minChange: z.number().positive().max(100000).optional(),
});
export type Marker = z.infer<typeof markerSchema>;

export const baselineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("daily") }),
  z.object({ kind: z.literal("short") }),
  z.object({
    kind: z.literal("recalled"),
    /** Typical pain over the last week (the week before the sessions began, when they had), always 0-10 whatever scale the check-ins use. */
    pain10: z.number().min(0).max(10),
    marker: z.number().min(0).max(100000).optional(),
  }),
]);
export type Baseline = z.infer<typeof baselineSchema>;

export const planSchema = z.object({
  areas: z.array(z.enum(AREAS)).min(1),
  otherArea: z.string().min(1).max(80).optional(),
  goal: z.enum(GOALS),
  minutesPerSession: z.number().int().min(5).max(120),
  sessionsPerWeek: z.number().int().min(1).max(7),
  /** ISO weekdays (1 = Monday … 7 = Sunday); empty = no fixed days. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  weeks: z.number().int().min(1).max(20),
  pressure: z.enum(PRESSURES),
  therapistPlan: z.string().max(1000).optional(),
  otherCare: z.object({
    kinds: z.array(z.enum(CARE_KINDS)).min(1),
    otherText: z.string().max(200).optional(),
    /** Whether massage replaces or supports the other care; absent when kinds = ["none"]. */
    role: z.enum(["replaces", "supports"]).optional(),
  }),
  cost: z
    .object({
      currency: z.string().min(1).max(8),
      perSession: z.number().min(0).max(100000).optional(),
      alternativeMonthly: z.number().min(0).max(1000000).optional(),
    })
    .optional(),
  prompt: z.object({ time: hhmm, zone: ianaZone }),
  /**
   * The user chose the zone or confirmed it on screen (not a guess from the Telegram language).
   * Absent in plans saved before this was recorded: treated as not confirmed.
   */
  zoneConfirmed: z.boolean().optional(),
  painScale: z.union([z.literal(10), z.literal(100)]),
  marker: markerSchema,
  /** The smallest pain improvement that matters to the user, on 0-100; absent = the default (20 points or 30 %). */
  painMinChange: z.number().min(1).max(100).optional(),
  /** Areas excluded by a "do not massage that area" cue until a clinician clears them. */
  excludedAreas: z.array(z.enum(AREAS)).default([]),
  firstSession: isoDate,
  /** The massage sessions began before `firstSession` ("Already started"): the trial only counts from it. */
  sessionsBegan: z.literal(true).optional(),
  baseline: baselineSchema,
});
export type Plan = z.infer<typeof planSchema>;

/** A saved plan version; editing mid-trial appends one, so reports can say when the dose changed. */
export const planVersionSchema = z.object({
  version: z.number().int().min(1),
  effectiveFrom: isoDate,
  savedAt: z.string(),
  plan: planSchema,
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

/**
 * The zone that may pick the user's emergency and crisis numbers: only one the user chose or
 * confirmed. A guessed zone names a country the user may not be in; then no country's numbers.
 * Plans saved before this was recorded have no mark: their zone was on the plan card the user
 * confirmed, so it counts as confirmed (dropping a known crisis line would cost more).
 */
export function numbersZone(plan: Pick<Plan, "prompt" | "zoneConfirmed">): string | undefined {
  return plan.zoneConfirmed === false ? undefined : plan.prompt.zone;
}

/** Pain on the analysis scale (0-100), whatever scale the user answers on. */
export function toPain100(value: number, scale: 10 | 100): number {
  return scale === 10 ? value * 10 : value;
}
