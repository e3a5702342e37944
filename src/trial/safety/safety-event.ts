import { z } from "zod";
import { isoDate, AREAS } from "../plan/plan.js";

export const CUE_GROUPS = ["urgent", "no_massage_area", "see_clinician"] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

/** A safety cue that fired, from the setup screen, the "new symptom" button, a note, or a rule. */
export const safetyEventSchema = z.object({
  id: z.string(),
  cueId: z.string(),
  group: z.enum(CUE_GROUPS),
  date: isoDate,
  at: z.string(),
  source: z.enum(["screen", "button", "note", "rule"]),
  area: z.enum(AREAS).optional(),
  /** active → the cue stands; seen → "I have been seen"; dismissed → "that's not what I meant". */
  status: z.enum(["active", "seen", "dismissed"]),
  resolvedAt: z.string().optional(),
});
export type SafetyEvent = z.infer<typeof safetyEventSchema>;
