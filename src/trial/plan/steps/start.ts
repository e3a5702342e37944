/** The first session and the baseline before it (a daily week, a short one, or recalled). */
import { addDays, daysBetween } from "../../time/calendar.js";
import { parseDate } from "../../time/time-parse.js";
import type { Draft, StepId } from "../draft.js";
import { NO, SKIP, backTarget, bad, column, draftMarkerTop, go, grid, key, plain, typedNumber, with_, type StepEnv, type StepResult, type Step } from "./kit.js";

function afterFirstSession(d: Draft, date: string, env: StepEnv): StepResult {
  const away = daysBetween(env.today, date);
  if (away > 366) return bad("setup-date-too-far");
  if (away < -28) return bad("setup-date-too-old");
  if (away >= 7) return go(with_(d, { firstSession: date, baseline: { kind: "daily" } }), "review", {}, [{ key: "setup-baseline-full", vars: { date } }]);
  return go(with_(d, { firstSession: date, baseline: undefined }), "baseline");
}

/** The marker's name in a question: a preset's locale key, or the person's own words. */
const markerVar = (d: Draft) =>
  d.answers.markerPreset === "custom" ? { userText: d.answers.markerName ?? "" } : { key: `marker-${d.answers.markerPreset ?? "custom"}` };

export const START_STEPS = {
  first_session: {
    ask: () => ({
      rows: [
        [
          { label: key("btn-tomorrow"), value: "tomorrow" },
          { label: key("btn-in-a-week"), value: "week" },
        ],
        [{ label: key("btn-already-started"), value: "started" }],
        [],
      ],
    }),
    answer: ({ d, btn, input, env }) => {
      let date: string | null = null;
      if (btn === "tomorrow") date = addDays(env.today, 1);
      else if (btn === "week") date = addDays(env.today, 7);
      else if (btn === "started") date = env.today;
      else if (input.kind === "text") {
        const parsed = parseDate(input.text, env.lang, env.today);
        if (!parsed.ok) return bad("setup-date-expected");
        if (parsed.ambiguous) return go(d, "first_session_confirm", { pending: { dateAlternatives: parsed.ambiguous.alternatives } });
        date = parsed.date;
      }
      if (!date) return bad("setup-date-expected");
      return afterFirstSession(d, date, env);
    },
  },
  first_session_confirm: {
    ask: (d) => {
      const [x, y] = d.pending.dateAlternatives ?? [];
      return {
        text: { key: "setup-q-first_session_confirm", vars: { a: { date: x }, b: { date: y } } },
        rows: column([
          { label: { date: x }, value: x },
          { label: { date: y }, value: y },
        ]),
      };
    },
    answer: ({ d, btn, env }) => {
      const alts = d.pending.dateAlternatives ?? [];
      if (btn && alts.includes(btn)) return afterFirstSession(d, btn, env);
      if (btn === NO) return backTarget(d);
      return bad("setup-use-buttons");
    },
  },
  baseline: {
    ask: (d, env) => {
      const first = d.answers.firstSession!;
      const days = Math.max(0, daysBetween(env.today, first));
      const moved = addDays(env.today, 7);
      return {
        text: { key: "setup-q-baseline", vars: { date: { date: first }, days } },
        rows: column([
          { label: key("btn-baseline-move", { date: { date: moved } }), value: "move" },
          ...(days >= 3 ? [{ label: key("btn-baseline-short"), value: "short" }] : []),
          { label: key("btn-baseline-recalled"), value: "recalled" },
        ]),
      };
    },
    answer: ({ d, a, btn, env }) => {
      const first = a.firstSession!;
      if (btn === "move") {
        const moved = addDays(env.today, 7);
        return go(with_(d, { firstSession: moved, baseline: { kind: "daily" } }), "review", {}, [{ key: "setup-first-moved", vars: { date: moved } }]);
      }
      if (btn === "short") {
        if (daysBetween(env.today, first) < 3) return bad("setup-short-needs-3-days");
        return go(with_(d, { baseline: { kind: "short" } }), "review");
      }
      if (btn === "recalled") return go(d, "recalled_pain");
      return bad("setup-use-buttons");
    },
  },
  recalled_pain: {
    ask: () => ({
      rows: grid(
        Array.from({ length: 11 }, (_, i) => ({ label: plain(String(i)), value: String(i) })),
        6,
      ),
    }),
    answer: ({ d, input, env }) => {
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 10) return bad("setup-number-range", { min: 0, max: 10 });
      return go(with_(d, { recalledPain10: n }), "recalled_marker");
    },
  },
  recalled_marker: {
    ask: (d) => ({ text: { key: "setup-q-recalled_marker", vars: { marker: markerVar(d) } }, rows: column([{ label: key("btn-skip"), value: SKIP }]) }),
    answer: ({ d, a, btn, input, env }) => {
      const pain10 = a.recalledPain10 ?? 0;
      if (btn === SKIP) return go(with_(d, { baseline: { kind: "recalled", pain10 } }), "review");
      const n = typedNumber(input, env.lang);
      const { max, rating } = draftMarkerTop(a);
      if (n !== null && n > max && rating) return bad("setup-number-range", { min: 0, max });
      if (n === null || n < 0 || n > max) return bad("setup-positive-number");
      return go(with_(d, { baseline: { kind: "recalled", pain10, marker: n } }), "review");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
