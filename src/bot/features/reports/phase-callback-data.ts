import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";

/** "Stop massage for 2 weeks and see" under an end-of-block report; `end` = that block's end (YYYYMMDD). */
export const withdrawData = defineCallback("wd", { end: z.string().regex(/^\d{8}$/) });

/** The follow-up: accept or decline the offer, pause, resume, stop. */
export const followUpData = defineCallback("fu", { action: z.enum(["start", "no", "pause", "resume", "stop"]) });
