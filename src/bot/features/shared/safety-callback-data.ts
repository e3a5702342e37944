import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";
import { CUE_IDS } from "../../../trial/safety/cues.js";
import { CUE_GROUPS } from "../../../trial/safety/safety-event.js";
import { AREAS } from "../../../trial/plan/plan.js";

/**
 * Buttons of the safety feature. Event buttons carry one "anchor" event id: the events written
 * together for one message share its time stamp, source and group (see safety/events.ts).
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const eventRef = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/);

/** "New symptom" list: a group (or "other" / "none") was picked for the check-in of `date`. */
export const symptomGroupData = defineCallback("sfg", { date, group: z.enum([...CUE_GROUPS, "other", "none"]) });
/** Back to the group list. */
export const symptomMenuData = defineCallback("sfm", { date });
/** A cue from the list was picked. */
export const symptomCueData = defineCallback("sfc", { date, cue: z.enum(CUE_IDS as [string, ...string[]]) });
/** Which area a "do not massage that area" cue concerns ("elsewhere" = not one of the plan's areas). */
export const cueAreaData = defineCallback("sfa", { ev: eventRef, area: z.enum([...AREAS, "elsewhere"]) });
/** "That's not what I meant": `ev` = anchor event, "all" = every open urgent cue, "screen" = the setup screen's urgent answer. */
export const cueDismissData = defineCallback("sfx", { ev: z.union([eventRef, z.literal("all"), z.literal("screen")]) });
/** "I have been seen" (ends the safety pause; "screen": goes on with the setup the urgent answer stopped). */
export const cueSeenData = defineCallback("sfs", { ev: z.union([eventRef, z.literal("all"), z.literal("screen")]) });
/** "A clinician has cleared it" for a "do not massage that area" cue. */
export const cueClearedData = defineCallback("sfk", { ev: eventRef });
