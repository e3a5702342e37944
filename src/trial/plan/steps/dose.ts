/** The dose: minutes per session, sessions per week (and on which days), weeks, pressure. */
import { PRESSURES, type Plan } from "../plan.js";
import type { StepId } from "../draft.js";
import { DONE, SKIP, TOGGLE, bad, go, grid, intIn, key, plain, row, stack, stay, with_, type Button, type Step } from "./kit.js";

const numbers = (values: string[]): Button[] => values.map((v) => ({ label: plain(v), value: v }));

export const DOSE_STEPS = {
  minutes: {
    ask: () => ({ rows: grid(numbers(["15", "30", "45", "60", "90"]), 5) }),
    answer: ({ d, input, env }) => {
      const n = intIn(input, env.lang, 5, 120);
      if (n === "bad") return bad("setup-number-range", { min: 5, max: 120 });
      return go(with_(d, { minutesPerSession: n }), "per_week");
    },
  },
  per_week: {
    ask: () => ({ rows: grid(numbers(["1", "2", "3", "4", "5", "6", "7"]), 7) }),
    answer: ({ d, a, input, env }) => {
      const n = intIn(input, env.lang, 1, 7);
      if (n === "bad") return bad("setup-number-range", { min: 1, max: 7 });
      const weekdays = (a.weekdays ?? []).length === n ? a.weekdays : [];
      return go(with_(d, { sessionsPerWeek: n, weekdays }), "weekdays");
    },
  },
  weekdays: {
    ask: (d) => {
      const days = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ label: key(`weekday-${n}`), value: TOGGLE + n, checked: d.answers.weekdays?.includes(n) ?? false }));
      return {
        text: { key: "setup-q-weekdays", vars: { count: d.answers.sessionsPerWeek ?? 1 } },
        rows: stack(grid(days, 4), row({ label: key("btn-no-fixed-days"), value: SKIP }, { label: key("btn-done"), value: DONE })),
      };
    },
    answer: ({ d, a, btn }) => {
      const sel = a.weekdays ?? [];
      if (btn?.startsWith(TOGGLE)) {
        const day = Number(btn.slice(TOGGLE.length));
        if (!Number.isInteger(day) || day < 1 || day > 7) return bad("setup-use-buttons");
        const next = sel.includes(day) ? sel.filter((x) => x !== day) : [...sel, day].sort();
        return stay(with_(d, { weekdays: next }));
      }
      if (btn === SKIP) return go(with_(d, { weekdays: [] }), "weeks");
      if (btn === DONE) {
        if (sel.length && sel.length !== a.sessionsPerWeek) return bad("setup-weekdays-mismatch", { picked: sel.length, planned: a.sessionsPerWeek ?? 0 });
        return go(d, "weeks");
      }
      return bad("setup-use-buttons");
    },
  },
  weeks: {
    ask: () => ({ rows: grid(numbers(["4", "6", "8", "12"]), 4) }),
    answer: ({ d, input, env }) => {
      const n = intIn(input, env.lang, 1, 20);
      if (n === "bad") return bad("setup-number-range", { min: 1, max: 20 });
      return go(with_(d, { weeks: n }), "pressure");
    },
  },
  pressure: {
    ask: () => ({ rows: row(...PRESSURES.map((p) => ({ label: key(`pressure-${p}`), value: p }))) }),
    answer: ({ d, btn }) => {
      if (btn && (PRESSURES as readonly string[]).includes(btn)) return go(with_(d, { pressure: btn as Plan["pressure"] }), "care");
      return bad("setup-use-buttons");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
