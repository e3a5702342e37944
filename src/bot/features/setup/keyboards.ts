import { InlineKeyboard, Keyboard } from "grammy";
import type { Plan } from "../../../trial/plan/plan.js";
import { SECTIONS, sectionOf, stagesOf, type Draft } from "../../../trial/plan/draft.js";
import { BACK, draftFromPlan, questionFor, type StepEnv } from "../../../trial/plan/steps.js";
import type { Label, QuestionVar } from "../../../trial/plan/steps/kit.js";
import { planEditData, resumeData, setupData, startSetupData } from "./callback-data.js";
import { escapeHtml } from "../../ui/html.js";
import { longDate, money, type Translate } from "../../ui/format.js";
import type { QuietHours } from "../../../trial/time/quiet-hours.js";
import { questionTimeUnder, quietMovedLine } from "../shared/question-time.js";

/** What the steps know, and the user's quiet hours, so a question time is shown as it really comes. */
export interface SetupEnv extends StepEnv {
  quiet: QuietHours | null;
}

export interface RenderedQuestion {
  text: string;
  markup: InlineKeyboard | Keyboard;
}

/** A question's variable as text: locale keys translated, dates written out, user text escaped, question times as they come. */
function questionVar(t: Translate, v: QuestionVar, env: SetupEnv): string | number {
  if (typeof v !== "object") return v;
  if ("key" in v) return t(v.key);
  if ("date" in v) return longDate(v.date, env.lang);
  if ("promptTime" in v) return questionTimeUnder(v.promptTime, env.quiet).fires;
  return escapeHtml(v.userText);
}

function vars(t: Translate, values: Record<string, QuestionVar> | undefined, env: SetupEnv): Record<string, string | number> | undefined {
  return values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, questionVar(t, v, env)]));
}

function label(t: Translate, l: Label, env: SetupEnv): string {
  if ("key" in l) return t(l.key, vars(t, l.vars, env));
  if ("date" in l) return longDate(l.date, env.lang);
  return l.text;
}

/** "… is inside your quiet hours, so the question comes at …" for each question time in the text that they move. */
function movedLines(t: Translate, values: Record<string, QuestionVar> | undefined, quiet: QuietHours | null): string[] {
  return Object.values(values ?? {}).flatMap((v) => {
    const moved = typeof v === "object" && "promptTime" in v ? quietMovedLine(t, questionTimeUnder(v.promptTime, quiet)) : null;
    return moved ? [moved] : [];
  });
}

/** The question for `draft.step` as Telegram shows it; `Back` on every step that has a previous one. */
export function renderQuestion(t: Translate, d: Draft, env: SetupEnv): RenderedQuestion {
  const step = d.step;
  const q = questionFor(d, env);
  const section = sectionOf(step);
  const stages = stagesOf(d);
  const progress = section === "review" ? "" : t("setup-progress", { n: stages.indexOf(section) + 1, m: stages.length, section: t(`section-${section}`) }) + "\n";
  const body = [q.text ? t(q.text.key, vars(t, q.text.vars, env)) : t(`setup-q-${step}`), ...movedLines(t, q.text?.vars, env.quiet)].join("\n\n");
  const text = progress + (q.planCard ? `${body}\n\n${planCardFromAnswers(t, d, env.lang, env.quiet)}` : body);
  if (q.reply) {
    const reply = new Keyboard().requestLocation(t(q.reply.location.key)).row();
    q.reply.texts.forEach((z, i) => {
      reply.text(z);
      if (i % 2 === 1) reply.row();
    });
    return { text, markup: reply.resized().oneTime() };
  }
  const kb = new InlineKeyboard();
  q.rows.forEach((row, i) => {
    if (i > 0) kb.row();
    for (const b of row) kb.text(`${b.checked ? "✅ " : ""}${label(t, b.label, env)}`, setupData.pack({ step, value: b.value }));
  });
  if (!q.noBack && d.history.length) kb.text(t("btn-back"), setupData.pack({ step, value: BACK }));
  return { text, markup: kb };
}

export function markerLabel(t: Translate, d: Pick<Draft, "answers">): string {
  const a = d.answers;
  return a.markerPreset === "custom" ? escapeHtml(a.markerName ?? "") : t(`marker-${a.markerPreset ?? "custom"}`);
}

/**
 * A readable card of the plan: used on the review step and by /plan. Given the quiet hours (null:
 * none) it shows the time the daily question really comes, and says so when they move it.
 */
export function planCardFromAnswers(t: Translate, d: Pick<Draft, "answers" | "screen">, lang: string, quiet?: QuietHours | null): string {
  const a = d.answers;
  const qt = a.time && quiet !== undefined ? questionTimeUnder(a.time, quiet) : null;
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
    time: qt?.fires ?? a.time ?? "—",
    zone: a.zone ?? "—",
    first: !a.firstSession ? "—" : a.sessionsBegan ? t("plan-first-counting", { date: longDate(a.firstSession, lang) }) : longDate(a.firstSession, lang),
    baseline: a.baseline ? t(`baseline-${a.baseline.kind}`) : "—",
  });
  const notes = [
    ...d.screen.areaCues.map((c) => `${t(`cue-${c.cueId}`)}${c.area ? ` (${t(`area-${c.area}`)})` : ""}`),
    ...d.screen.clinician.map((id) => t(`cue-${id}`)),
  ];
  const withNotes = notes.length ? `${card}\n${t("plan-card-safety", { notes: notes.join("; ") })}` : card;
  const moved = qt && quietMovedLine(t, qt);
  return moved ? `${withNotes}\n\n${moved}` : withNotes;
}

export function planCard(t: Translate, plan: Plan, screen: Draft["screen"], lang: string, quiet?: QuietHours | null): string {
  return planCardFromAnswers(t, draftFromPlan(plan, screen, new Date(0)), lang, quiet);
}

/** One button that starts the plan setup; `label` is its locale key. */
export function startSetupKeyboard(t: Translate, label = "setup-start-button"): InlineKeyboard {
  return new InlineKeyboard().text(t(label), startSetupData.pack({ action: "start" }));
}

export function resumeSetupKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("btn-resume-continue"), resumeData.pack({ action: "continue" }))
    .text(t("btn-resume-restart"), resumeData.pack({ action: "restart" }));
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
