/**
 * Every setup step, one entry each: its section, how it is asked and what an answer means.
 * TypeScript checks that each id in STEP_IDS (draft.ts) has exactly one entry.
 */
import type { StepId } from "../draft.js";
import type { Step } from "./kit.js";
import { SAFETY_STEPS } from "./safety.js";
import { AREA_STEPS } from "./areas.js";
import { DOSE_STEPS } from "./dose.js";
import { CARE_STEPS } from "./care.js";
import { MEASURE_STEPS } from "./measure.js";
import { SCHEDULE_STEPS } from "./schedule.js";
import { START_STEPS } from "./start.js";
import { REVIEW_STEPS } from "./review.js";
import { SUGGEST_STEPS } from "./suggest.js";

export const STEPS: Record<StepId, Step> = {
  ...SAFETY_STEPS,
  ...AREA_STEPS,
  ...SUGGEST_STEPS,
  ...DOSE_STEPS,
  ...CARE_STEPS,
  ...MEASURE_STEPS,
  ...SCHEDULE_STEPS,
  ...START_STEPS,
  ...REVIEW_STEPS,
};
