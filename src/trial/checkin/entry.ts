import { z } from "zod";
import { isoDate } from "../plan/plan.js";

export const REACTIONS = ["none", "soreness", "stiffness", "temp_pain", "nausea", "lightheaded", "other"] as const;
export type Reaction = (typeof REACTIONS)[number];

/** One day's check-in. It belongs to the local date of the prompt it answers. */
export const entrySchema = z.object({
  date: isoDate,
  /** Average pain over the last 24 h on the user's scale; absent when only a session was logged. */
  pain: z.number().min(0).max(100).optional(),
  scale: z.union([z.literal(10), z.literal(100)]),
  /** Marker value; null = "not measured today"; absent = not asked yet. */
  marker: z.number().min(0).max(100000).nullable().optional(),
  session: z.boolean().optional(),
  reactions: z.array(z.enum(REACTIONS)).default([]),
  note: z.string().max(1000).optional(),
  careChanged: z.boolean().optional(),
  late: z.boolean().optional(),
  corrected: z.boolean().optional(),
  answeredAt: z.string(),
});
export type Entry = z.infer<typeof entrySchema>;
