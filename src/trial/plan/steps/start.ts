/** The first session and the baseline before it (a daily week, a short one, or recalled). */
import { addDays, daysBetween } from "../../time/calendar.js";
import { parseDate, type YearlessWindow } from "../../time/time-parse.js";
import type { Draft, StepId } from "../draft.js";
import { NO, SKIP, backTarget, bad, column, draftMarkerTop, go, grid, key, plain, typedNumber, with_, type Question, type StepEnv, type StepResult, type Step } from "./kit.js";

/** A first session further back than this is refused ("Already started" counts from today instead). */
const OLDEST_FIRST_SESSION_DAYS = 28;

/** A date typed without a year: a recent one back to the oldest first session, or one in the next three months; otherwise ask which year. */
const YEARLESS: YearlessWindow = { recentDays: OLDEST_FIRST_SESSION_DAYS, soonDays: 92 };

/** `sessionsBegan`: the sessions began before `date`, which is only where the trial starts counting. */
function afterFirstSession(d: Draft, date: string, env: StepEnv, sessionsBegan = false): StepResult {
  const away = daysBetween(env.today, date);
  if (away > 366) return bad("setup-date-too-far");
  if (away < -OLDEST_FIRST_SESSION_DAYS) return bad("setup-date-too-old");
  const first = { firstSession: date, sessionsBegan: sessionsBegan || undefined };
  if (away >= 7) return go(with_(d, { ...first, baseline: { kind: "daily" } }), "review", {}, [{ key: "setup-baseline-full", vars: { date } }]);
  return go(with_(d, { ...first, baseline: undefined }), "baseline");
}

/** The massage sessions have already begun: there is no "before" left to score day by day. */
const sessionsBegun = (a: Draft["answers"], today: string): boolean => a.sessionsBegan === true || (a.firstSession !== undefined && a.firstSession < today);

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
      else if (btn === "started") return afterFirstSession(d, env.today, env, true);
      else if (input.kind === "text") {
        const parsed = parseDate(input.text, env.lang, env.today, YEARLESS);
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
      if (btn && alts.includes(btn)) {
        const res = afterFirstSession(d, btn, env);
        if (res.kind !== "invalid") return res;
        // Too far back or ahead: the first question again (with "Already started"), and why.
        const back = backTarget(d);
        return back.kind === "next" ? { ...back, notices: [res.error] } : res;
      }
      if (btn === NO) return backTarget(d);
      return bad("setup-use-buttons");
    },
  },
  baseline: {
    ask: (d, env): Question => {
      const first = d.answers.firstSession!;
      const moved = addDays(env.today, 7);
      if (sessionsBegun(d.answers, env.today)) {
        return {
          text: { key: "setup-q-baseline-begun", vars: { date: { date: first }, started: d.answers.sessionsBegan ? "yes" : "no", moved: { date: moved } } },
          rows: column([
            { label: key("btn-baseline-recalled-before"), value: "recalled" },
            { label: key("btn-baseline-count-later", { date: { date: moved } }), value: "move" },
          ]),
        };
      }
      const days = Math.max(0, daysBetween(env.today, first));
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
        const began = sessionsBegun(a, env.today) || undefined;
        return go(with_(d, { firstSession: moved, sessionsBegan: began, baseline: { kind: "daily" } }), "review", {}, [
          { key: began ? "setup-count-moved" : "setup-first-moved", vars: { date: moved } },
        ]);
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
    ask: (d, env) => ({
      text: { key: "setup-q-recalled_pain", vars: { before: sessionsBegun(d.answers, env.today) ? "yes" : "no" } },
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
    ask: (d, env) => ({
      text: { key: "setup-q-recalled_marker", vars: { marker: markerVar(d), before: sessionsBegun(d.answers, env.today) ? "yes" : "no" } },
      rows: column([{ label: key("btn-skip"), value: SKIP }]),
    }),
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
