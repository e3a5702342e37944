/** Other care alongside the massage, and what it costs (both optional to answer). */
import { CARE_KINDS } from "../plan.js";
import type { Draft, StepId } from "../draft.js";
import { CURRENCIES } from "../markers.js";
import { DONE, SKIP, TOGGLE, bad, column, freeText, go, grid, key, plain, row, stack, stay, toggle, typedNumber, with_, type Step } from "./kit.js";

const skip = () => column([{ label: key("btn-skip"), value: SKIP }]);

export const CARE_STEPS = {
  care: {
    ask: (d) => {
      const kinds = CARE_KINDS.map((c) => ({ label: key(`care-${c}`), value: TOGGLE + c, checked: d.answers.careKinds?.includes(c) ?? false }));
      return { rows: stack(grid(kinds, 2), column([{ label: key("btn-done"), value: DONE }])) };
    },
    answer: ({ d, a, btn }) => {
      const sel = a.careKinds ?? [];
      if (btn?.startsWith(TOGGLE)) {
        const kind = btn.slice(TOGGLE.length);
        if (!(CARE_KINDS as readonly string[]).includes(kind)) return bad("setup-use-buttons");
        const next = toggle(sel, kind, "none") as Draft["answers"]["careKinds"];
        // "None" is the whole answer: no "Done" needed.
        if (kind === "none" && next?.includes("none")) return go(with_(d, { careKinds: next, careRole: undefined }), "cost");
        return stay(with_(d, { careKinds: next }));
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        if (sel.includes("none")) return go(with_(d, { careRole: undefined }), "cost");
        return go(d, "care_role");
      }
      return bad("setup-use-buttons");
    },
  },
  care_role: {
    ask: () => ({ rows: row({ label: key("care-role-replaces"), value: "replaces" }, { label: key("care-role-supports"), value: "supports" }) }),
    answer: ({ d, btn }) => {
      if (btn === "replaces" || btn === "supports") return go(with_(d, { careRole: btn }), "cost");
      return bad("setup-use-buttons");
    },
  },
  cost: {
    ask: (d) => {
      const currencies = CURRENCIES.map((c) => ({ label: plain(c), value: `cur_${c}`, checked: d.answers.currency === c }));
      return { text: { key: "setup-q-cost", vars: { currency: d.answers.currency ?? "EUR" } }, rows: stack(grid(currencies, 4), skip()) };
    },
    answer: ({ d, btn, input, env }) => {
      if (btn?.startsWith("cur_")) {
        const cur = btn.slice(4);
        if (!(CURRENCIES as readonly string[]).includes(cur)) return bad("setup-use-buttons");
        return stay(with_(d, { currency: cur }));
      }
      // Without a price per session there is nothing to set the alternative's cost against.
      if (btn === SKIP) return go(with_(d, { costPerSession: undefined, costAlternative: undefined }), "therapist");
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 100000) return bad("setup-cost-expected");
      return go(with_(d, { costPerSession: n }), "cost_alt");
    },
  },
  cost_alt: {
    ask: (d) => ({ text: { key: "setup-q-cost_alt", vars: { currency: d.answers.currency ?? "EUR" } }, rows: skip() }),
    answer: ({ d, btn, input, env }) => {
      if (btn === SKIP) return go(with_(d, { costAlternative: undefined }), "therapist");
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 1000000) return bad("setup-cost-expected");
      return go(with_(d, { costAlternative: n }), "therapist");
    },
  },
  therapist: {
    ask: () => ({ rows: skip() }),
    answer: ({ d, btn, input }) => {
      if (btn === SKIP) return go(with_(d, { therapistPlan: undefined }), "scale");
      const t = freeText(input, 1000);
      if (!t) return bad("setup-text-expected", { max: 1000 });
      return go(with_(d, { therapistPlan: t }), "scale");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
