import { InlineKeyboard, Keyboard } from "grammy";
import { AREAS, CARE_KINDS, GOALS, MARKER_PRESETS, PRESSURES, type Plan } from "../../../trial/plan/plan.js";
import { SECTIONS, sectionOf, type Draft, type StepId } from "../../../trial/plan/draft.js";
import { BACK, DONE, NO, SKIP, TOGGLE, YES, draftFromPlan, type StepEnv } from "../../../trial/plan/steps.js";
import { CURRENCIES } from "../../../trial/plan/markers.js";
import { commonZones } from "../../../trial/time/time-parse.js";
import { addDays, daysBetween } from "../../../trial/time/calendar.js";
import { planEditData, resumeData, setupData, startSetupData } from "./callback-data.js";
import { escapeHtml } from "../../ui/html.js";
import { longDate, money, type Translate } from "../../ui/format.js";

export interface Question {
  text: string;
  markup: InlineKeyboard | Keyboard;
}

const PRESET_TIMES = ["08:00", "12:00", "18:00", "20:00", "21:00"];

function rows(kb: InlineKeyboard, buttons: [string, string][], perRow: number): InlineKeyboard {
  buttons.forEach(([label, data], i) => {
    kb.text(label, data);
    if ((i + 1) % perRow === 0 && i + 1 < buttons.length) kb.row();
  });
  return kb;
}

/** The question for `draft.step`, with its buttons; `Back` on every step that has a previous one. */
export function renderQuestion(t: Translate, d: Draft, env: StepEnv): Question {
  const step = d.step;
  const b = (value: string) => setupData.pack({ step, value });
  const kb = new InlineKeyboard();
  const check = (on: boolean, label: string) => `${on ? "✅ " : ""}${label}`;
  const section = sectionOf(step);
  const progress = section === "review" ? "" : t("setup-progress", { n: SECTIONS.indexOf(section) + 1, section: t(`section-${section}`) }) + "\n";
  const a = d.answers;
  let text: string | undefined;

  switch (step) {
    case "screen_urgent":
    case "screen_area":
    case "screen_clinician": {
      const group = step === "screen_urgent" ? "urgent" : step === "screen_area" ? "no_massage_area" : "see_clinician";
      text = t(`cue-group-${group}-question`);
      kb.text(t("btn-yes"), b(YES)).text(t("btn-no"), b(NO));
      break;
    }
    case "screen_urgent_which":
    case "screen_area_which":
      for (const id of step === "screen_urgent_which" ? env.cues.urgent : env.cues.no_massage_area) kb.text(t(`cue-${id}`), b(id)).row();
      if (step === "screen_urgent_which") kb.text(t("btn-none-of-these"), b(NO)).row();
      break;
    case "screen_clinician_which":
      for (const id of env.cues.see_clinician) kb.text(check(d.pending.selection?.includes(id) ?? false, t(`cue-${id}`)), b(TOGGLE + id)).row();
      kb.text(t("btn-done"), b(DONE)).row();
      break;
    case "screen_area_where":
    case "areas": {
      const excluded = d.screen.areaCues.map((c) => c.area);
      const list = step === "areas" ? AREAS.filter((x) => !excluded.includes(x)) : AREAS.filter((x) => x !== "other");
      rows(kb, list.map((x) => [step === "areas" ? check(a.areas?.includes(x) ?? false, t(`area-${x}`)) : t(`area-${x}`), b(step === "areas" ? TOGGLE + x : x)]), 2).row();
      if (step === "areas") kb.text(t("btn-done"), b(DONE)).row();
      break;
    }
    case "goal":
      for (const g of GOALS) kb.text(t(`goal-${g}`), b(g)).row();
      break;
    case "minutes":
      rows(kb, ["15", "30", "45", "60", "90"].map((m) => [m, b(m)]), 5).row();
      break;
    case "per_week":
      rows(kb, ["1", "2", "3", "4", "5", "6", "7"].map((m) => [m, b(m)]), 7).row();
      break;
    case "weekdays":
      text = t("setup-q-weekdays", { count: a.sessionsPerWeek ?? 1 });
      rows(kb, [1, 2, 3, 4, 5, 6, 7].map((n) => [check(a.weekdays?.includes(n) ?? false, t(`weekday-${n}`)), b(TOGGLE + n)]), 4).row();
      kb.text(t("btn-no-fixed-days"), b(SKIP)).text(t("btn-done"), b(DONE)).row();
      break;
    case "weeks":
      rows(kb, ["4", "6", "8", "12"].map((m) => [m, b(m)]), 4).row();
      break;
    case "pressure":
      for (const p of PRESSURES) kb.text(t(`pressure-${p}`), b(p));
      kb.row();
      break;
    case "care":
      rows(kb, CARE_KINDS.map((c) => [check(a.careKinds?.includes(c) ?? false, t(`care-${c}`)), b(TOGGLE + c)]), 2).row();
      kb.text(t("btn-done"), b(DONE)).row();
      break;
    case "care_role":
      kb.text(t("care-role-replaces"), b("replaces")).text(t("care-role-supports"), b("supports")).row();
      break;
    case "cost":
      text = t("setup-q-cost", { currency: a.currency ?? "EUR" });
      rows(kb, CURRENCIES.map((c) => [check(a.currency === c, c), b(`cur_${c}`)]), 4).row();
      kb.text(t("btn-skip"), b(SKIP)).row();
      break;
    case "cost_alt":
      text = t("setup-q-cost_alt", { currency: a.currency ?? "EUR" });
      kb.text(t("btn-skip"), b(SKIP)).row();
      break;
    case "therapist":
    case "marker_min":
      kb.text(t("btn-skip"), b(SKIP)).row();
      break;
    case "scale":
      kb.text(t("scale-10"), b("10")).text(t("scale-100"), b("100")).row();
      break;
    case "marker":
      for (const m of MARKER_PRESETS) kb.text(t(`marker-${m}`), b(m)).row();
      break;
    case "marker_direction":
      kb.text(t("direction-higher"), b("higher")).text(t("direction-lower"), b("lower")).row();
      break;
    case "time":
      rows(kb, PRESET_TIMES.map((x) => [x, b(x)]), 5).row();
      break;
    case "zone": {
      // A reply keyboard, because only it can ask Telegram for the user's location.
      const zones = commonZones(env.lang);
      const reply = new Keyboard().requestLocation(t("btn-share-location")).row();
      zones.forEach((z, i) => {
        reply.text(z);
        if (i % 2 === 1) reply.row();
      });
      return { text: progress + t("setup-q-zone"), markup: reply.resized().oneTime() };
    }
    case "first_session":
      kb.text(t("btn-tomorrow"), b("tomorrow")).text(t("btn-in-a-week"), b("week")).row().text(t("btn-already-started"), b("started")).row();
      break;
    case "first_session_confirm": {
      const [x, y] = d.pending.dateAlternatives ?? [];
      text = t("setup-q-first_session_confirm", { a: longDate(x, env.lang), b: longDate(y, env.lang) });
      kb.text(longDate(x, env.lang), b(x)).row().text(longDate(y, env.lang), b(y)).row();
      break;
    }
    case "baseline": {
      const first = a.firstSession!;
      const days = Math.max(0, daysBetween(env.today, first));
      const moved = addDays(env.today, 7);
      text = t("setup-q-baseline", { date: longDate(first, env.lang), days });
      kb.text(t("btn-baseline-move", { date: longDate(moved, env.lang) }), b("move")).row();
      if (days >= 3) kb.text(t("btn-baseline-short"), b("short")).row();
      kb.text(t("btn-baseline-recalled"), b("recalled")).row();
      break;
    }
    case "recalled_pain":
      rows(kb, Array.from({ length: 11 }, (_, i) => [String(i), b(String(i))] as [string, string]), 6).row();
      break;
    case "recalled_marker":
      text = t("setup-q-recalled_marker", { marker: markerLabel(t, d) });
      kb.text(t("btn-skip"), b(SKIP)).row();
      break;
    case "review":
      return reviewQuestion(t, d, env);
    case "area_other":
    case "marker_name":
    case "marker_unit":
      break;
  }
  if (d.history.length) kb.text(t("btn-back"), b(BACK));
  return { text: progress + (text ?? t(`setup-q-${step}`)), markup: kb };
}

export function markerLabel(t: Translate, d: Pick<Draft, "answers">): string {
  const a = d.answers;
  return a.markerPreset === "custom" ? escapeHtml(a.markerName ?? "") : t(`marker-${a.markerPreset ?? "custom"}`);
}

function reviewQuestion(t: Translate, d: Draft, env: StepEnv): Question {
  const kb = new InlineKeyboard().text(t("btn-looks-right"), setupData.pack({ step: "review", value: YES })).row();
  SECTIONS.filter((s) => s !== "safety").forEach((s, i) => {
    kb.text(t("btn-change", { section: t(`section-${s}`) }), setupData.pack({ step: "review", value: `edit_${s}` }));
    if (i % 2 === 1) kb.row();
  });
  return { text: `${t("setup-q-review")}\n\n${planCardFromAnswers(t, d, env.lang)}`, markup: kb };
}

/** A readable card of the plan: used on the review step and by /plan. */
export function planCardFromAnswers(t: Translate, d: Pick<Draft, "answers" | "screen">, lang: string): string {
  const a = d.answers;
  const areas = (a.areas ?? []).map((x) => (x === "other" && a.otherArea ? escapeHtml(a.otherArea) : t(`area-${x}`))).join(", ");
  const weekdays = a.weekdays?.length ? ` (${a.weekdays.map((n) => t(`weekday-${n}`)).join(", ")})` : "";
  const care = (a.careKinds ?? []).map((c) => t(`care-${c}`)).join(", ") + (a.careRole ? ` — ${t(`care-role-${a.careRole}`)}` : "");
  const cost = [a.costPerSession, a.costAlternative].some((x) => x !== undefined)
    ? [
        a.costPerSession !== undefined ? t("cost-per-session", { amount: money(a.costPerSession, a.currency ?? "EUR", lang) }) : null,
        a.costAlternative !== undefined ? t("cost-alternative", { amount: money(a.costAlternative, a.currency ?? "EUR", lang) }) : null,
      ]
        .filter(Boolean)
        .join(" · ")
    : t("plan-none-given");
  const unit = a.markerPreset === "custom" ? escapeHtml(a.markerUnit ?? "") : t(`unit-${a.markerUnit ?? "min"}`);
  const marker = `${markerLabel(t, d)} (${unit}; ${t(`direction-${a.markerDirection ?? "higher"}`).toLowerCase()}${a.markerMinChange ? `; ±${a.markerMinChange}` : ""})`;
  const card = t("plan-card", {
    areas: areas || "—",
    goal: a.goal ? t(`goal-${a.goal}`) : "—",
    minutes: a.minutesPerSession ?? "—",
    perWeek: a.sessionsPerWeek ?? "—",
    weekdays,
    weeks: a.weeks ?? "—",
    pressure: a.pressure ? t(`pressure-${a.pressure}`).toLowerCase() : "—",
    care: care || "—",
    cost,
    therapist: a.therapistPlan ? escapeHtml(a.therapistPlan) : t("plan-none-given"),
    scale: a.painScale ?? 10,
    marker,
    time: a.time ?? "—",
    zone: a.zone ?? "—",
    first: a.firstSession ? longDate(a.firstSession, lang) : "—",
    baseline: a.baseline ? t(`baseline-${a.baseline.kind}`) : "—",
  });
  const notes = [...d.screen.areaCues.map((c) => `${t(`cue-${c.cueId}`)}${c.area ? ` (${t(`area-${c.area}`)})` : ""}`), ...d.screen.clinician.map((id) => t(`cue-${id}`))];
  return notes.length ? `${card}\n${t("plan-card-safety", { notes: notes.join("; ") })}` : card;
}

export function planCard(t: Translate, plan: Plan, screen: Draft["screen"], lang: string): string {
  return planCardFromAnswers(t, draftFromPlan(plan, screen, new Date(0)), lang);
}

export const stepNeedsText = (step: StepId) => ["area_other", "marker_name", "marker_unit"].includes(step);

/** One button that starts the plan setup; `label` is its locale key. */
export function startSetupKeyboard(t: Translate, label = "setup-start-button"): InlineKeyboard {
  return new InlineKeyboard().text(t(label), startSetupData.pack({ action: "start" }));
}

export function resumeSetupKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("btn-resume-continue"), resumeData.pack({ action: "continue" })).text(t("btn-resume-restart"), resumeData.pack({ action: "restart" }));
}

/** "Change …" for every section of the plan but the safety screen, two per row. */
export function planEditKeyboard(t: Translate): InlineKeyboard {
  const kb = new InlineKeyboard();
  SECTIONS.filter((s) => s !== "safety").forEach((s, i) => {
    kb.text(t("btn-change", { section: t(`section-${s}`) }), planEditData.pack({ section: s }));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}
