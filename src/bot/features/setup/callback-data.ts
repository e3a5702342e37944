import { z } from "zod";
import { defineCallback } from "../../ui/callback-data.js";
import { STEP_IDS } from "../../../trial/plan/draft.js";

/** Every setup button carries its step, so a tap on an older question is recognised as stale. */
export const setupData = defineCallback("ps", { step: z.enum(STEP_IDS), value: z.string().min(1).max(36) });
/** "Set up my plan" — on the welcome, after consent, after a screening answer. */
export const startSetupData = defineCallback("setup", { action: z.enum(["start"]) });
/** A half-finished setup: continue it or start again. */
export const resumeData = defineCallback("pr", { action: z.enum(["continue", "restart"]) });
export const planEditData = defineCallback("pe", { section: z.string().min(1).max(12) });
