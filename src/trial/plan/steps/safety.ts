/** The safety screen before the plan: urgent signs, places not to massage, things to check with a clinician. */
import { AREAS, type Area } from "../plan.js";
import type { StepId } from "../draft.js";
import { DONE, NO, TOGGLE, YES, bad, column, go, grid, inline, key, stay, toggle, type Step } from "./kit.js";

const yesNo = (): ReturnType<typeof inline> => inline({ label: key("btn-yes"), value: YES }, { label: key("btn-no"), value: NO });
const cueButton = (id: string, checked?: boolean) => ({ label: key(`cue-${id}`), value: id, checked });

export const SAFETY_STEPS = {
  screen_urgent: {
    ask: () => ({ text: { key: "cue-group-urgent-question" }, rows: yesNo() }),
    answer: ({ d, btn }) => {
      if (btn === YES) return go(d, "screen_urgent_which");
      if (btn === NO) return go(d, "screen_area");
      return bad("setup-use-buttons");
    },
  },
  screen_urgent_which: {
    ask: (_d, env) => ({ rows: column([...env.cues.urgent.map((id) => cueButton(id)), { label: key("btn-none-of-these"), value: NO }]) }),
    answer: ({ d, btn, env }) => {
      const seenOn = btn ? env.seenUrgent?.[btn] : undefined;
      if (btn && seenOn) return go(d, "screen_area", {}, [{ key: "setup-urgent-seen-before", vars: { cue: `cue-${btn}`, date: seenOn } }]);
      if (btn && env.cues.urgent.includes(btn)) {
        return { kind: "urgent", cueId: btn, draft: { ...d, screen: { ...d.screen, urgent: [...d.screen.urgent, btn] } } };
      }
      if (btn === NO) return go(d, "screen_area");
      return bad("setup-use-buttons");
    },
  },
  screen_area: {
    ask: () => ({ text: { key: "cue-group-no_massage_area-question" }, rows: yesNo() }),
    answer: ({ d, btn }) => {
      if (btn === YES) return go(d, "screen_area_which");
      if (btn === NO) return go(d, "screen_clinician");
      return bad("setup-use-buttons");
    },
  },
  screen_area_which: {
    ask: (_d, env) => ({ rows: column(env.cues.no_massage_area.map((id) => cueButton(id))) }),
    answer: ({ d, btn, env }) => {
      if (btn && env.cues.no_massage_area.includes(btn)) return go(d, "screen_area_where", { pending: { cueId: btn } });
      return bad("setup-use-buttons");
    },
  },
  screen_area_where: {
    ask: () => ({
      rows: grid(
        AREAS.filter((x) => x !== "other").map((x) => ({ label: key(`area-${x}`), value: x })),
        2,
      ),
    }),
    answer: ({ d, btn }) => {
      const cueId = d.pending.cueId;
      if (!cueId) return go(d, "screen_area_which");
      if (btn && (AREAS as readonly string[]).includes(btn)) {
        const area = btn as Area;
        return go(d, "screen_clinician", { screen: { ...d.screen, areaCues: [...d.screen.areaCues, { cueId, area }] } }, [
          { key: "setup-area-excluded", vars: { area: `area-${area}` } },
        ]);
      }
      return bad("setup-use-buttons");
    },
  },
  screen_clinician: {
    ask: () => ({ text: { key: "cue-group-see_clinician-question" }, rows: yesNo() }),
    answer: ({ d, btn, env }) => {
      if (btn === YES) return go(d, "screen_clinician_which", { pending: { selection: [] } });
      if (btn === NO) return go(d, "areas", { screen: { ...d.screen, completedAt: env.today } });
      return bad("setup-use-buttons");
    },
  },
  screen_clinician_which: {
    ask: (d, env) => ({
      rows: column([
        ...env.cues.see_clinician.map((id) => ({ ...cueButton(id, d.pending.selection?.includes(id) ?? false), value: TOGGLE + id })),
        { label: key("btn-done"), value: DONE },
      ]),
    }),
    answer: ({ d, btn, env }) => {
      const sel = d.pending.selection ?? [];
      if (btn?.startsWith(TOGGLE) && env.cues.see_clinician.includes(btn.slice(TOGGLE.length))) {
        return stay({ ...d, pending: { selection: toggle(sel, btn.slice(TOGGLE.length)) } });
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        return go(d, "areas", { screen: { ...d.screen, clinician: sel, completedAt: env.today } }, [
          { key: "setup-clinician-noted", vars: { count: sel.length } },
        ]);
      }
      return bad("setup-use-buttons");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
