import { addDays, daysBetween } from "../time/calendar.js";
import { AREAS, CARE_KINDS, GOALS, MARKER_PRESETS, PRESSURES, planSchema, type Area, type Plan } from "./plan.js";
import { parseDate, parseNumber, parseTime, parseZone, zoneFromLocation } from "../time/time-parse.js";
import type { Lang } from "../lang.js";
import { FIRST_STEP_OF, SECTIONS, sectionOf, type Draft, type Section, type StepId } from "./draft.js";
import { CURRENCIES, MARKER_PRESET_DEFAULTS } from "./markers.js";

/**
 * The setup flow as a pure state machine: (draft, input) → result. The bot layer renders
 * questions and replies; everything that decides what a given answer means lives here.
 */

export type StepInput =
  | { kind: "button"; value: string }
  | { kind: "text"; text: string }
  | { kind: "location"; lat: number; lon: number }
  | { kind: "other" };

export interface Msg {
  key: string;
  vars?: Record<string, string | number>;
}

export type StepResult =
  /** Moved on: ask `draft.step`. */
  | { kind: "next"; draft: Draft; notices?: Msg[] }
  /** Same question, new state (a toggle): re-render it in place. */
  | { kind: "stay"; draft: Draft }
  /** Not an answer to this question: say what is expected, ask again. */
  | { kind: "invalid"; error: Msg }
  /** An urgent cue: setup stops; the user is told to seek care now. */
  | { kind: "urgent"; draft: Draft; cueId: string }
  /** The review card was confirmed: save this plan. */
  | { kind: "confirm"; plan: Plan; draft: Draft };

export interface StepEnv {
  lang: Lang;
  /** The user's local date today (in the chosen zone, or the default zone before one is chosen). */
  today: string;
  cues: { urgent: string[]; no_massage_area: string[]; see_clinician: string[] };
}

export const BACK = "back";
export const DONE = "done";
export const SKIP = "skip";
export const YES = "yes";
export const NO = "no";
export const TOGGLE = "t_";

const bad = (key: string, vars?: Msg["vars"]): StepResult => ({ kind: "invalid", error: { key, vars } });

function go(d: Draft, next: StepId, patch: Partial<Draft> = {}, notices?: Msg[]): StepResult {
  const crossing = d.returnToReview && next !== "review" && sectionOf(next) !== sectionOf(d.step);
  const target: StepId = crossing ? "review" : next;
  return {
    kind: "next",
    draft: { ...d, ...patch, step: target, history: [...d.history, d.step], pending: patch.pending ?? {} },
    notices,
  };
}

const with_ = (d: Draft, answers: Partial<Draft["answers"]>): Draft => ({ ...d, answers: { ...d.answers, ...answers } });

/** A typed number, tolerating a trailing unit word ("45 min", "30 Minuten", "20 €"). */
export function typedNumber(input: StepInput, lang: Lang): number | null {
  if (input.kind === "button") {
    const n = Number(input.value);
    return Number.isFinite(n) && input.value.trim() !== "" ? n : null;
  }
  if (input.kind !== "text") return null;
  const stripped = input.text
    .trim()
    .replace(/\s*(min(uten|utes|\.)?|mins|m|€|eur|euro|usd|\$|£|gbp|chf|fr\.?|times|mal|x|flights?|stockwerke?|etagen?)$/i, "")
    .replace(/^(€|\$|£)\s*/, "");
  return parseNumber(stripped, lang);
}

function intIn(input: StepInput, lang: Lang, min: number, max: number): number | "bad" {
  const n = typedNumber(input, lang);
  if (n === null || !Number.isInteger(n) || n < min || n > max) return "bad";
  return n;
}

function freeText(input: StepInput, max: number): string | null {
  if (input.kind !== "text") return null;
  const t = input.text.replace(/[\u200B-\u200F\u2060\uFEFF]/g, "").trim();
  if (!t || t.length > max || !/\p{L}|\p{N}/u.test(t)) return null;
  return t;
}

function toggle(list: string[], value: string, exclusive?: string): string[] {
  if (exclusive && value === exclusive) return list.includes(value) ? [] : [value];
  const without = list.filter((x) => x !== exclusive);
  return without.includes(value) ? without.filter((x) => x !== value) : [...without, value];
}

/** Steps that only make sense with the scratch state of the step before them. */
const TRANSIENT: ReadonlySet<StepId> = new Set(["first_session_confirm", "screen_area_where"]);

export function backTarget(d: Draft): StepResult {
  const history = [...d.history];
  let prev = history.pop();
  while (prev && TRANSIENT.has(prev)) prev = history.pop();
  if (!prev) return bad("setup-no-back");
  return { kind: "next", draft: { ...d, step: prev, history, pending: {} } };
}

export function handleStep(d: Draft, input: StepInput, env: StepEnv): StepResult {
  if (input.kind === "button" && input.value === BACK) return backTarget(d);
  const a = d.answers;
  const btn = input.kind === "button" ? input.value : undefined;
  switch (d.step) {
    // ---- safety screen ----
    case "screen_urgent":
      if (btn === YES) return go(d, "screen_urgent_which");
      if (btn === NO) return go(d, "screen_area");
      return bad("setup-use-buttons");
    case "screen_urgent_which": {
      if (btn && env.cues.urgent.includes(btn)) {
        return { kind: "urgent", cueId: btn, draft: { ...d, screen: { ...d.screen, urgent: [...d.screen.urgent, btn] } } };
      }
      if (btn === NO) return go(d, "screen_area");
      return bad("setup-use-buttons");
    }
    case "screen_area":
      if (btn === YES) return go(d, "screen_area_which");
      if (btn === NO) return go(d, "screen_clinician");
      return bad("setup-use-buttons");
    case "screen_area_which":
      if (btn && env.cues.no_massage_area.includes(btn)) return go(d, "screen_area_where", { pending: { cueId: btn } });
      return bad("setup-use-buttons");
    case "screen_area_where": {
      const cueId = d.pending.cueId;
      if (!cueId) return go(d, "screen_area_which");
      if (btn && (AREAS as readonly string[]).includes(btn)) {
        const area = btn as Area;
        return go(d, "screen_clinician", { screen: { ...d.screen, areaCues: [...d.screen.areaCues, { cueId, area }] } }, [
          { key: "setup-area-excluded", vars: { area: `area-${area}` } },
        ]);
      }
      return bad("setup-use-buttons");
    }
    case "screen_clinician":
      if (btn === YES) return go(d, "screen_clinician_which", { pending: { selection: [] } });
      if (btn === NO) return go(d, "areas", { screen: { ...d.screen, completedAt: env.today } });
      return bad("setup-use-buttons");
    case "screen_clinician_which": {
      const sel = d.pending.selection ?? [];
      if (btn?.startsWith(TOGGLE) && env.cues.see_clinician.includes(btn.slice(TOGGLE.length))) {
        return { kind: "stay", draft: { ...d, pending: { selection: toggle(sel, btn.slice(TOGGLE.length)) } } };
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        return go(d, "areas", { screen: { ...d.screen, clinician: sel, completedAt: env.today } }, [
          { key: "setup-clinician-noted", vars: { count: sel.length } },
        ]);
      }
      return bad("setup-use-buttons");
    }

    // ---- areas and goal ----
    case "areas": {
      const sel = a.areas ?? [];
      const excluded = d.screen.areaCues.map((c) => c.area);
      if (btn?.startsWith(TOGGLE)) {
        const area = btn.slice(TOGGLE.length);
        if (!(AREAS as readonly string[]).includes(area)) return bad("setup-use-buttons");
        if (excluded.includes(area as Area)) return bad("setup-area-is-excluded", { area: `area-${area}` });
        return { kind: "stay", draft: with_(d, { areas: toggle(sel, area) as Area[] }) };
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        return go(d, sel.includes("other") ? "area_other" : "goal");
      }
      return bad("setup-areas-use-buttons");
    }
    case "area_other": {
      const t = freeText(input, 80);
      if (!t) return bad("setup-text-expected", { max: 80 });
      return go(with_(d, { otherArea: t }), "goal");
    }
    case "goal":
      if (btn && (GOALS as readonly string[]).includes(btn)) return go(with_(d, { goal: btn as Draft["answers"]["goal"] }), "minutes");
      return bad("setup-use-buttons");

    // ---- dose ----
    case "minutes": {
      const n = intIn(input, env.lang, 5, 120);
      if (n === "bad") return bad("setup-number-range", { min: 5, max: 120 });
      return go(with_(d, { minutesPerSession: n }), "per_week");
    }
    case "per_week": {
      const n = intIn(input, env.lang, 1, 7);
      if (n === "bad") return bad("setup-number-range", { min: 1, max: 7 });
      const weekdays = (a.weekdays ?? []).length === n ? a.weekdays : [];
      return go(with_(d, { sessionsPerWeek: n, weekdays }), "weekdays");
    }
    case "weekdays": {
      const sel = a.weekdays ?? [];
      if (btn?.startsWith(TOGGLE)) {
        const day = Number(btn.slice(TOGGLE.length));
        if (!Number.isInteger(day) || day < 1 || day > 7) return bad("setup-use-buttons");
        const next = sel.includes(day) ? sel.filter((x) => x !== day) : [...sel, day].sort();
        return { kind: "stay", draft: with_(d, { weekdays: next }) };
      }
      if (btn === SKIP) return go(with_(d, { weekdays: [] }), "weeks");
      if (btn === DONE) {
        if (sel.length && sel.length !== a.sessionsPerWeek) {
          return bad("setup-weekdays-mismatch", { picked: sel.length, planned: a.sessionsPerWeek ?? 0 });
        }
        return go(d, "weeks");
      }
      return bad("setup-use-buttons");
    }
    case "weeks": {
      const n = intIn(input, env.lang, 1, 20);
      if (n === "bad") return bad("setup-number-range", { min: 1, max: 20 });
      return go(with_(d, { weeks: n }), "pressure");
    }
    case "pressure":
      if (btn && (PRESSURES as readonly string[]).includes(btn)) return go(with_(d, { pressure: btn as Plan["pressure"] }), "care");
      return bad("setup-use-buttons");

    // ---- other care and cost ----
    case "care": {
      const sel = a.careKinds ?? [];
      if (btn?.startsWith(TOGGLE)) {
        const kind = btn.slice(TOGGLE.length);
        if (!(CARE_KINDS as readonly string[]).includes(kind)) return bad("setup-use-buttons");
        return { kind: "stay", draft: with_(d, { careKinds: toggle(sel, kind, "none") as Draft["answers"]["careKinds"] }) };
      }
      if (btn === DONE) {
        if (!sel.length) return bad("setup-pick-at-least-one");
        if (sel.includes("none")) return go(with_(d, { careRole: undefined }), "cost");
        return go(d, "care_role");
      }
      return bad("setup-use-buttons");
    }
    case "care_role":
      if (btn === "replaces" || btn === "supports") return go(with_(d, { careRole: btn }), "cost");
      return bad("setup-use-buttons");
    case "cost": {
      if (btn?.startsWith("cur_")) {
        const cur = btn.slice(4);
        if (!(CURRENCIES as readonly string[]).includes(cur)) return bad("setup-use-buttons");
        return { kind: "stay", draft: with_(d, { currency: cur }) };
      }
      if (btn === SKIP) return go(with_(d, { costPerSession: undefined }), "cost_alt");
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 100000) return bad("setup-cost-expected");
      return go(with_(d, { costPerSession: n }), "cost_alt");
    }
    case "cost_alt": {
      if (btn === SKIP) return go(with_(d, { costAlternative: undefined }), "therapist");
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 1000000) return bad("setup-cost-expected");
      return go(with_(d, { costAlternative: n }), "therapist");
    }
    case "therapist": {
      if (btn === SKIP) return go(with_(d, { therapistPlan: undefined }), "scale");
      const t = freeText(input, 1000);
      if (!t) return bad("setup-text-expected", { max: 1000 });
      return go(with_(d, { therapistPlan: t }), "scale");
    }

    // ---- measures ----
    case "scale":
      if (btn === "10" || btn === "100") return go(with_(d, { painScale: Number(btn) as 10 | 100 }), "marker");
      return bad("setup-use-buttons");
    case "marker": {
      if (!btn || !(MARKER_PRESETS as readonly string[]).includes(btn)) return bad("setup-use-buttons");
      if (btn === "custom") return go(with_(d, { markerPreset: "custom" }), "marker_name");
      const preset = MARKER_PRESET_DEFAULTS[btn as keyof typeof MARKER_PRESET_DEFAULTS];
      return go(
        with_(d, { markerPreset: btn as Draft["answers"]["markerPreset"], markerName: undefined, markerUnit: preset.unit, markerDirection: preset.direction }),
        "marker_min",
      );
    }
    case "marker_name": {
      const t = freeText(input, 80);
      if (!t) return bad("setup-text-expected", { max: 80 });
      return go(with_(d, { markerName: t }), "marker_unit");
    }
    case "marker_unit": {
      const t = freeText(input, 30);
      if (!t) return bad("setup-text-expected", { max: 30 });
      return go(with_(d, { markerUnit: t }), "marker_direction");
    }
    case "marker_direction":
      if (btn === "higher" || btn === "lower") return go(with_(d, { markerDirection: btn }), "marker_min");
      return bad("setup-use-buttons");
    case "marker_min": {
      if (btn === SKIP) return go(with_(d, { markerMinChange: undefined }), "time");
      const n = typedNumber(input, env.lang);
      if (n === null || n <= 0 || n > 100000) return bad("setup-positive-number");
      return go(with_(d, { markerMinChange: n }), "time");
    }

    // ---- schedule ----
    case "time": {
      const t = btn ?? (input.kind === "text" ? parseTime(input.text) : null);
      if (!t || !/^([01]\d|2[0-3]):[0-5]\d$/.test(t)) return bad("setup-time-expected");
      return go(with_(d, { time: t }), "zone");
    }
    case "zone": {
      if (input.kind === "location") {
        const zone = zoneFromLocation(input.lat, input.lon);
        if (!zone) return bad("setup-zone-unknown");
        return go(with_(d, { zone }), "first_session", {}, [{ key: "setup-zone-set", vars: { zone } }]);
      }
      const parsed = btn ? parseZone(btn, env.lang) : input.kind === "text" ? parseZone(input.text, env.lang) : { ok: false as const };
      if (!parsed.ok) return bad("setup-zone-unknown");
      const notices: Msg[] = [{ key: "setup-zone-set", vars: { zone: parsed.zone } }];
      if (parsed.fixedOffset) notices.push({ key: "setup-zone-fixed-offset" });
      return go(with_(d, { zone: parsed.zone }), "first_session", {}, notices);
    }

    // ---- first session and baseline ----
    case "first_session": {
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
    }
    case "first_session_confirm": {
      const alts = d.pending.dateAlternatives ?? [];
      if (btn && alts.includes(btn)) return afterFirstSession(d, btn, env);
      if (btn === NO) return backTarget(d);
      return bad("setup-use-buttons");
    }
    case "baseline": {
      const first = a.firstSession!;
      if (btn === "move") {
        const moved = addDays(env.today, 7);
        return go(with_(d, { firstSession: moved, baseline: { kind: "daily" } }), "review", {}, [
          { key: "setup-first-moved", vars: { date: moved } },
        ]);
      }
      if (btn === "short") {
        if (daysBetween(env.today, first) < 3) return bad("setup-short-needs-3-days");
        return go(with_(d, { baseline: { kind: "short" } }), "review");
      }
      if (btn === "recalled") return go(d, "recalled_pain");
      return bad("setup-use-buttons");
    }
    case "recalled_pain": {
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 10) return bad("setup-number-range", { min: 0, max: 10 });
      return go(with_(d, { recalledPain10: n }), "recalled_marker");
    }
    case "recalled_marker": {
      const pain10 = a.recalledPain10 ?? 0;
      if (btn === SKIP) return go(with_(d, { baseline: { kind: "recalled", pain10 } }), "review");
      const n = typedNumber(input, env.lang);
      if (n === null || n < 0 || n > 100000) return bad("setup-positive-number");
      return go(with_(d, { baseline: { kind: "recalled", pain10, marker: n } }), "review");
    }

    // ---- review ----
    case "review": {
      if (btn === YES) {
        const plan = draftToPlan(d);
        if (!plan.ok) return go(d, plan.missing, { returnToReview: true }, [{ key: "setup-missing-answer" }]);
        return { kind: "confirm", plan: plan.plan, draft: d };
      }
      if (btn?.startsWith("edit_")) {
        const section = btn.slice(5) as Section;
        if (!(SECTIONS as readonly string[]).includes(section)) return bad("setup-use-buttons");
        return { kind: "next", draft: { ...d, step: FIRST_STEP_OF[section], returnToReview: true, history: [...d.history, "review"], pending: {} } };
      }
      return bad("setup-use-buttons");
    }
  }
}

function afterFirstSession(d: Draft, date: string, env: StepEnv): StepResult {
  const away = daysBetween(env.today, date);
  if (away > 366) return bad("setup-date-too-far");
  if (away < -28) return bad("setup-date-too-old");
  if (away >= 7) return go(with_(d, { firstSession: date, baseline: { kind: "daily" } }), "review", {}, [{ key: "setup-baseline-full", vars: { date } }]);
  return go(with_(d, { firstSession: date, baseline: undefined }), "baseline");
}

/** The plan, once every required answer is there; otherwise the first step still missing one. */
export function draftToPlan(d: Draft): { ok: true; plan: Plan } | { ok: false; missing: StepId } {
  const a = d.answers;
  const required: [unknown, StepId][] = [
    [a.areas?.length, "areas"],
    [a.goal, "goal"],
    [a.minutesPerSession, "minutes"],
    [a.sessionsPerWeek, "per_week"],
    [a.weeks, "weeks"],
    [a.pressure, "pressure"],
    [a.careKinds?.length, "care"],
    [a.painScale, "scale"],
    [a.markerPreset && a.markerDirection, "marker"],
    [a.time, "time"],
    [a.zone, "zone"],
    [a.firstSession, "first_session"],
    [a.baseline, "baseline"],
  ];
  for (const [value, step] of required) if (!value) return { ok: false, missing: step };
  const careNone = a.careKinds!.includes("none");
  const parsed = planSchema.safeParse({
    areas: a.areas,
    otherArea: a.areas!.includes("other") ? a.otherArea : undefined,
    goal: a.goal,
    minutesPerSession: a.minutesPerSession,
    sessionsPerWeek: a.sessionsPerWeek,
    weekdays: a.weekdays ?? [],
    weeks: a.weeks,
    pressure: a.pressure,
    therapistPlan: a.therapistPlan,
    otherCare: { kinds: a.careKinds, role: careNone ? undefined : a.careRole },
    cost:
      a.costPerSession !== undefined || a.costAlternative !== undefined
        ? { currency: a.currency ?? "EUR", perSession: a.costPerSession, alternativeMonthly: a.costAlternative }
        : undefined,
    prompt: { time: a.time, zone: a.zone },
    painScale: a.painScale,
    marker: {
      preset: a.markerPreset,
      name: a.markerPreset === "custom" ? a.markerName : undefined,
      unit: a.markerUnit ?? "",
      direction: a.markerDirection,
      minChange: a.markerMinChange,
    },
    excludedAreas: [...new Set(d.screen.areaCues.map((c) => c.area).filter((x): x is Area => !!x))],
    firstSession: a.firstSession,
    baseline: a.baseline,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "areas");
    const stepFor: Record<string, StepId> = { otherArea: "area_other", otherCare: "care_role", marker: "marker", prompt: "time", baseline: "baseline" };
    return { ok: false, missing: stepFor[field] ?? "areas" };
  }
  return { ok: true, plan: parsed.data };
}

/** A draft that edits an existing plan: every answer pre-filled, starting at the review card. */
export function draftFromPlan(plan: Plan, screen: Draft["screen"], now: Date): Draft {
  return {
    step: "review",
    history: [],
    mode: "edit",
    returnToReview: true,
    screen,
    pending: {},
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    answers: {
      areas: plan.areas,
      otherArea: plan.otherArea,
      goal: plan.goal,
      minutesPerSession: plan.minutesPerSession,
      sessionsPerWeek: plan.sessionsPerWeek,
      weekdays: plan.weekdays,
      weeks: plan.weeks,
      pressure: plan.pressure,
      therapistPlan: plan.therapistPlan,
      careKinds: plan.otherCare.kinds,
      careRole: plan.otherCare.role,
      currency: plan.cost?.currency,
      costPerSession: plan.cost?.perSession,
      costAlternative: plan.cost?.alternativeMonthly,
      painScale: plan.painScale,
      markerPreset: plan.marker.preset,
      markerName: plan.marker.name,
      markerUnit: plan.marker.unit,
      markerDirection: plan.marker.direction,
      markerMinChange: plan.marker.minChange,
      time: plan.prompt.time,
      zone: plan.prompt.zone,
      firstSession: plan.firstSession,
      baseline: plan.baseline,
      recalledPain10: plan.baseline.kind === "recalled" ? plan.baseline.pain10 : undefined,
    },
  };
}
