/**
 * The setup flow as a pure state machine: (draft, input) → result, one table entry per step
 * (steps/table.ts). The bot draws each step's Question and sends the replies; everything that
 * decides what an answer means lives here.
 */
import type { Draft } from "./draft.js";
import { BACK, backTarget, type Question, type StepEnv, type StepInput, type StepResult } from "./steps/kit.js";
import { STEPS } from "./steps/table.js";

export { BACK, DONE, NO, SKIP, TOGGLE, YES, typedNumber, type Msg, type Question, type StepEnv, type StepInput, type StepResult } from "./steps/kit.js";
export { draftFromPlan, draftToPlan } from "./steps/plan-from-draft.js";
export { EDIT_TECHNIQUE } from "./steps/review.js";

export function handleStep(d: Draft, input: StepInput, env: StepEnv): StepResult {
  if (input.kind === "button" && input.value === BACK) return backTarget(d);
  return STEPS[d.step].answer({ d, a: d.answers, btn: input.kind === "button" ? input.value : undefined, input, env });
}

/** How the current step is asked. */
export function questionFor(d: Draft, env: StepEnv): Question {
  return STEPS[d.step].ask(d, env);
}
