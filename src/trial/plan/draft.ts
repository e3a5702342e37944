import { z } from "zod";
import { AREAS, CARE_KINDS, GOALS, MARKER_PRESETS, PRESSURES, baselineSchema, hhmm, isoDate } from "./plan.js";

export const SECTIONS = ["safety", "areas", "dose", "care", "measure", "schedule", "start"] as const;
export type Section = (typeof SECTIONS)[number];

/** Every setup step, in the order they are asked, with the section it belongs to; steps/table.ts has one entry per id. */
export const STEP_SECTIONS = {
  screen_urgent: "safety",
  screen_urgent_which: "safety",
  screen_area: "safety",
  screen_area_which: "safety",
  screen_area_where: "safety",
  screen_clinician: "safety",
  screen_clinician_which: "safety",
  areas: "areas",
  area_other: "areas",
  suggest: "areas",
  goal: "areas",
  minutes: "dose",
  per_week: "dose",
  weekdays: "dose",
  weeks: "dose",
  pressure: "dose",
  care: "care",
  care_role: "care",
  cost: "care",
  cost_alt: "care",
  therapist: "care",
  scale: "measure",
  marker: "measure",
  marker_name: "measure",
  marker_unit: "measure",
  marker_direction: "measure",
  marker_min: "measure",
  time: "schedule",
  zone: "schedule",
  first_session: "start",
  first_session_confirm: "start",
  baseline: "start",
  recalled_pain: "start",
  recalled_marker: "start",
  review: "review",
} as const satisfies Record<string, Section | "review">;
export type StepId = keyof typeof STEP_SECTIONS;
export const STEP_IDS = Object.keys(STEP_SECTIONS) as [StepId, ...StepId[]];

export function sectionOf(step: StepId): Section | "review" {
  return STEP_SECTIONS[step];
}

export const FIRST_STEP_OF: Record<Section, StepId> = {
  safety: "screen_urgent",
  areas: "areas",
  dose: "minutes",
  care: "care",
  measure: "scale",
  schedule: "time",
  start: "first_session",
};

/** Answers given so far; everything optional until the review step turns it into a Plan. */
export const answersSchema = z.object({
  areas: z.array(z.enum(AREAS)).optional(),
  otherArea: z.string().max(80).optional(),
  goal: z.enum(GOALS).optional(),
  minutesPerSession: z.number().optional(),
  sessionsPerWeek: z.number().optional(),
  weekdays: z.array(z.number().int().min(1).max(7)).optional(),
  weeks: z.number().optional(),
  pressure: z.enum(PRESSURES).optional(),
  therapistPlan: z.string().max(1000).optional(),
  careKinds: z.array(z.enum(CARE_KINDS)).optional(),
  careRole: z.enum(["replaces", "supports"]).optional(),
  currency: z.string().optional(),
  costPerSession: z.number().optional(),
  costAlternative: z.number().optional(),
  painScale: z.union([z.literal(10), z.literal(100)]).optional(),
  markerPreset: z.enum(MARKER_PRESETS).optional(),
  markerName: z.string().max(80).optional(),
  markerUnit: z.string().max(30).optional(),
  markerDirection: z.enum(["higher", "lower"]).optional(),
  markerMinChange: z.number().optional(),
  time: hhmm.optional(),
  zone: z.string().optional(),
  /** The zone was chosen, or shown to the user and kept (see Plan.zoneConfirmed). */
  zoneConfirmed: z.boolean().optional(),
  firstSession: isoDate.optional(),
  sessionsBegan: z.literal(true).optional(),
  baseline: baselineSchema.optional(),
  recalledPain10: z.number().optional(),
});
export type Answers = z.infer<typeof answersSchema>;

export const screenSchema = z.object({
  urgent: z.array(z.string()).default([]),
  areaCues: z.array(z.object({ cueId: z.string(), area: z.enum(AREAS).optional() })).default([]),
  clinician: z.array(z.string()).default([]),
  /** Set once the whole screen was answered. */
  completedAt: z.string().optional(),
});
export type Screen = z.infer<typeof screenSchema>;

export const draftSchema = z.object({
  step: z.enum(STEP_IDS),
  history: z.array(z.enum(STEP_IDS)).default([]),
  mode: z.enum(["new", "edit"]),
  /** While changing one section from the review card, finishing it returns to the review. */
  returnToReview: z.boolean().default(false),
  answers: answersSchema,
  screen: screenSchema,
  /** Step-local scratch: a date waiting for confirmation, the cue being asked about, a toggled set. */
  pending: z
    .object({
      dateAlternatives: z.array(isoDate).optional(),
      cueId: z.string().optional(),
      selection: z.array(z.string()).optional(),
    })
    .default({}),
  /**
   * The zone the user's Telegram language names (a tag with a country, such as en-GB): shown with
   * the time, kept with one tap. Absent when the language names no country: the zone is asked.
   */
  suggestedZone: z.string().optional(),
  /** "Change details" was chosen on the suggestion: every question is asked. */
  detailed: z.boolean().default(false),
  /**
   * The plan of another block after the block ending on `after`: nothing about the new block is
   * stored until its review is confirmed (the bot then records the block with the plan).
   */
  nextBlock: z.object({ after: isoDate }).optional(),
  startedAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export function newDraft(now: Date, defaults: { currency: string; zone?: string }): Draft {
  return {
    step: "screen_urgent",
    history: [],
    mode: "new",
    returnToReview: false,
    answers: { currency: defaults.currency, zone: undefined },
    screen: { urgent: [], areaCues: [], clinician: [] },
    pending: {},
    suggestedZone: defaults.zone,
    detailed: false,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** A setup that has not had an answer yet: nothing in it to resume. */
export const isFresh = (d: Pick<Draft, "history" | "step">): boolean => d.history.length === 0 && d.step === "screen_urgent";

/**
 * The stages of the setup as this draft goes through them, for "Step N of M": the suggestion skips
 * four, or three when the user's language names no country and the time zone is asked.
 */
export function stagesOf(d: Pick<Draft, "detailed" | "mode" | "returnToReview" | "suggestedZone">): readonly Section[] {
  if (d.detailed || d.mode === "edit" || d.returnToReview) return SECTIONS;
  return d.suggestedZone ? ["safety", "areas", "start"] : ["safety", "areas", "schedule", "start"];
}
