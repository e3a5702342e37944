/** Where the massage goes and what the person hopes for. */
import { AREAS, GOALS, type Area } from "../plan.js";
import type { Draft, StepId } from "../draft.js";
import { afterAreas } from "./suggest.js";
import { DONE, TOGGLE, bad, column, freeText, go, grid, key, stack, stay, toggle, with_, type Step } from "./kit.js";

export const AREA_STEPS = {
  areas: {
    ask: (d) => {
      const excluded = d.screen.areaCues.map((c) => c.area);
      const choices = AREAS.filter((x) => !excluded.includes(x)).map((x) => ({
        label: key(`area-${x}`),
        value: TOGGLE + x,
        checked: d.answers.areas?.includes(x) ?? false,
      }));
      return { rows: stack(grid(choices, 2), column([{ label: key("btn-done"), value: DONE }])) };
    },
    answer: ({ d, a, btn }) => {
      const sel = a.areas ?? [];
      const excluded = d.screen.areaCues.map((c) => c.area);
      if (btn?.startsWith(TOGGLE)) {
        const area = btn.slice(TOGGLE.length);
        if (!(AREAS as readonly string[]).includes(area)) return bad("setup-use-buttons");
        if (excluded.includes(area as Area)) return bad("setup-area-is-excluded", { area: `area-${area}` });
        return stay(with_(d, { areas: toggle(sel, area) as Area[] }));
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        return go(d, sel.includes("other") ? "area_other" : afterAreas(d));
      }
      return bad("setup-areas-use-buttons");
    },
  },
  area_other: {
    ask: () => ({ rows: [[]] }),
    answer: ({ d, input }) => {
      const t = freeText(input, 80);
      if (!t) return bad("setup-text-expected", { max: 80 });
      return go(with_(d, { otherArea: t }), afterAreas(d));
    },
  },
  goal: {
    ask: () => ({ rows: column(GOALS.map((g) => ({ label: key(`goal-${g}`), value: g }))) }),
    answer: ({ d, btn }) => {
      if (btn && (GOALS as readonly string[]).includes(btn)) return go(with_(d, { goal: btn as Draft["answers"]["goal"] }), "minutes");
      return bad("setup-use-buttons");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
