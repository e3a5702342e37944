/** The review card: confirm the plan, or change one section of it. */
import { FIRST_STEP_OF, SECTIONS, type Section, type StepId } from "../draft.js";
import { YES, bad, column, go, grid, key, stack, type Step } from "./kit.js";
import { draftToPlan } from "./plan-from-draft.js";

/** Straight to the therapist's plan (the technique): offered when another block would be the same as the last. */
export const EDIT_TECHNIQUE = "edit_technique";

export const REVIEW_STEPS = {
  review: {
    ask: () => ({
      planCard: true,
      noBack: true,
      rows: stack(
        column([{ label: key("btn-looks-right"), value: YES }]),
        grid(
          SECTIONS.filter((s) => s !== "safety").map((s) => ({ label: key("btn-change", { section: { key: `section-${s}` } }), value: `edit_${s}` })),
          2,
        ),
      ),
    }),
    answer: ({ d, btn }) => {
      if (btn === YES) {
        const plan = draftToPlan(d);
        if (!plan.ok) return go(d, plan.missing, { returnToReview: true }, [{ key: "setup-missing-answer" }]);
        return { kind: "confirm", plan: plan.plan, draft: d };
      }
      if (btn === EDIT_TECHNIQUE) {
        return { kind: "next", draft: { ...d, step: "therapist", returnToReview: true, history: [...d.history, "review"], pending: {} } };
      }
      if (btn?.startsWith("edit_")) {
        const section = btn.slice(5) as Section;
        if (!(SECTIONS as readonly string[]).includes(section)) return bad("setup-use-buttons");
        return { kind: "next", draft: { ...d, step: FIRST_STEP_OF[section], returnToReview: true, history: [...d.history, "review"], pending: {} } };
      }
      return bad("setup-use-buttons");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
