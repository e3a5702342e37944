import type { TrialAnalysis } from "../../../trial/analysis/analysis.js";
import type { Decision, Outcome, Reason } from "../../../trial/analysis/decision.js";
import { addDays, daysBetween } from "../../../trial/time/calendar.js";
import type { SettleFiring } from "../../../trial/analysis/settle.js";
import type { BlockRecord } from "../../../store/report-store.js";
import { dateRange, longDate, markerName, markerUnit, money, num, shortDate, signed, withUnit, type Lang, type Translate } from "../../ui/format.js";
import { chanceText, doseChangeList, painChangeText } from "./weekly.js";

export type ReportKind = "final" | "interim" | "ended";

export interface FinalReportInput {
  /** The analysis the decision was made on (cut at `asOf` for interim and ended reports). */
  analysis: TrialAnalysis;
  decision: Decision;
  kind: ReportKind;
  /** The planned end of the block (with paused days), for the interim title. */
  plannedEnd: string;
  /** The last date the report's data reaches. */
  asOf: string;
  /** The previous report's outcome when it differs from this one. */
  change?: { from: Outcome; since: string } | null;
  /** Blocks finished before this one, oldest first. */
  previousBlocks?: readonly BlockRecord[];
}

const AVG_DAYS_PER_MONTH = 30.44;

/** The outcome in one careful line ("your numbers improved", never a claim about the cause). */
export function outcomeLine(t: Translate, decision: Decision, marker: string): string {
  const { outcome, numbers } = decision;
  if (outcome === "partial") return t(numbers.painImproved ? "rep-outcome-partial-pain" : "rep-outcome-partial-marker", { marker });
  if (outcome === "no_go" && decision.reasons.some((r) => r.rule === "pain_little_room")) return t("rep-outcome-no_go-little-room", { marker });
  return t(`rep-outcome-${outcome}`, { marker });
}

function mcidSource(t: Translate, data: Reason["data"]): string {
  return t(data.mcidDefault ? "rep-mcid-default" : "rep-mcid-own");
}

export function reasonText(t: Translate, reason: Reason, input: FinalReportInput, lang: Lang): string {
  const { data } = reason;
  const { plan } = input.analysis;
  const marker = markerName(t, plan);
  const unit = markerUnit(t, plan);
  const chance = typeof data.pMcid === "number" ? chanceText(t, data.pMcid) : "–";
  switch (reason.rule) {
    case "urgent_cue":
      return t("rep-why-urgent_cue", { date: longDate(String(data.date), lang), cue: t(`cue-${data.cueId}`) });
    case "settle_second_firing":
      return t("rep-why-settle", { date: longDate(String(data.date), lang) });
    case "few_baseline_days":
    case "few_last_week_days":
      return t(`rep-why-${reason.rule}`, { days: Number(data.days), min: Number(data.min) });
    case "no_sessions":
      return t("rep-why-no_sessions", { planned: Number(data.planned) });
    case "pain_meaningful":
    case "pain_no_benefit":
    case "pain_inconclusive":
    case "pain_little_room":
      return t(`rep-why-${reason.rule}`, {
        points: num(Math.abs(Number(data.median ?? 0)), lang, 0),
        direction: t(Number(data.median ?? 0) >= 0 ? "rep-better" : "rep-worse"),
        mcid: num(Number(data.mcid), lang, 0),
        chance,
        source: mcidSource(t, data),
      });
    case "marker_meaningful":
    case "marker_no_benefit":
    case "marker_inconclusive":
      return t(`rep-why-${reason.rule}`, {
        marker,
        amount: withUnit(plainNumber(Math.abs(Number(data.median ?? 0)), lang), unit),
        direction: t(Number(data.median ?? 0) >= 0 ? "rep-better" : "rep-worse"),
        min: withUnit(plainNumber(Number(data.mcid), lang), unit),
        chance,
        source: t(data.mcidDefault ? "rep-marker-min-default" : "rep-mcid-own"),
      });
    case "marker_not_measured":
      return t("rep-why-marker_not_measured", { marker });
    case "marker_few_values":
      return t("rep-why-marker_few_values", { marker, min: Number(data.min) });
    case "already_improving":
      return t("rep-why-already_improving");
    case "low_adherence":
      return t("rep-why-low_adherence", { done: Number(data.done), planned: Number(data.planned) });
    case "recalled_baseline":
      return t("rep-why-recalled_baseline");
  }
}

/** Δ (positive = better) as "12.5 points better" / "4 points worse" / "no change". */
export function pointsText(t: Translate, delta: number, lang: Lang): string {
  const rounded = Number(delta.toFixed(1));
  if (rounded === 0) return t("rep-points-same");
  return t(rounded > 0 ? "rep-points-better" : "rep-points-worse", { points: num(Math.abs(delta), lang) });
}

/** Whole numbers in chat; one decimal only below 2, where rounding would lose the amount. */
function plainNumber(value: number, lang: Lang): string {
  return num(value, lang, Math.abs(value) < 2 ? 1 : 0);
}

/** A whole number of points with its sign in the improving direction: "+12", "−3". */
function signedWhole(value: number, lang: Lang): string {
  return signed(Math.round(value), lang, 0);
}

/** NAP with two fixed decimals: 0.50, 0.66, 1.00. */
export function napText(value: unknown, lang: Lang): string {
  if (typeof value !== "number") return "–";
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

function painNumbers(t: Translate, input: FinalReportInput, lang: Lang): string {
  const n = input.decision.numbers;
  const lines = [t("rep-pain-title")];
  if (n.baselineMean === null || n.lastWeekMean === null) {
    lines.push(
      t("rep-pain-missing", {
        base: n.baselineMean === null ? "–" : num(n.baselineMean, lang),
        last: n.lastWeekMean === null ? "–" : num(n.lastWeekMean, lang),
        bdays: n.baselineDays,
        ldays: n.lastWeekDays,
      }),
    );
    return lines.join("\n");
  }
  lines.push(
    t(n.recalled ? "rep-pain-line-recalled" : "rep-pain-line", {
      base: num(n.baselineMean, lang),
      last: num(n.lastWeekMean, lang),
      bdays: n.baselineDays,
      ldays: n.lastWeekDays,
    }),
  );
  const delta = n.delta ?? 0;
  const size = n.sizeLabel === null ? t("rep-size-points-only") : delta < 0 ? t("rep-size-worse") : t(`rep-size-${n.sizeLabel}`);
  lines.push(`${painChangeText(t, delta, n.deltaPct, lang)} — ${size}`);
  const model = input.decision.model.pain.posterior;
  if (model) {
    lines.push(
      t("rep-model-line", {
        points: num(Math.abs(model.median), lang, 0),
        direction: t(model.median >= 0 ? "rep-better" : "rep-worse"),
        low: signedWhole(model.lower, lang),
        high: signedWhole(model.upper, lang),
      }),
    );
  }
  if (n.nap !== null && n.napLabel !== null) lines.push(t("rep-nap", { share: Math.round(n.nap * 10), label: t(`rep-nap-${n.napLabel}`) }));
  else if (n.recalled) lines.push(t("rep-nap-recalled"));
  return lines.join("\n");
}

function markerNumbers(t: Translate, input: FinalReportInput, lang: Lang): string {
  const n = input.decision.numbers;
  const { plan } = input.analysis;
  const marker = markerName(t, plan);
  const unit = markerUnit(t, plan);
  const lines = [t("rep-marker-title", { marker, direction: t(`direction-${plan.marker.direction}`).toLowerCase() })];
  if (n.markerBaseline === null || n.markerLast === null || n.markerChange === null) {
    lines.push(
      t("rep-marker-missing", {
        base: n.markerBaseline === null ? "–" : withUnit(num(n.markerBaseline, lang), unit),
        last: n.markerLast === null ? "–" : withUnit(num(n.markerLast, lang), unit),
      }),
    );
    return lines.join("\n");
  }
  lines.push(t("rep-marker-line", { base: withUnit(num(n.markerBaseline, lang), unit), last: withUnit(num(n.markerLast, lang), unit) }));
  const enough = n.markerChange >= (n.markerMinChange ?? 0);
  const model = input.decision.model.marker.posterior;
  if (model && input.decision.model.marker.gate === "ok") {
    lines.push(
      t("rep-model-line-marker", {
        amount: withUnit(num(Math.abs(model.median), lang, 0), unit),
        direction: t(model.median >= 0 ? "rep-better" : "rep-worse"),
        low: withUnit(signed(model.lower, lang, 0), unit),
        high: withUnit(signed(model.upper, lang, 0), unit),
      }),
    );
  }
  lines.push(
    t(enough ? "rep-marker-change-enough" : "rep-marker-change-short", {
      change: withUnit(signed(n.markerChange, lang), unit),
      min: withUnit(num(n.markerMinChange ?? 0, lang), unit),
      source: t(n.markerMinChangeDefault ? "rep-marker-min-default" : "rep-mcid-own"),
    }),
  );
  return lines.join("\n");
}

function costText(t: Translate, input: FinalReportInput, lang: Lang): string | null {
  const n = input.decision.numbers;
  if (n.costPerPoint === null || n.spent === null) return null;
  const { calendar } = input.analysis;
  const lines = [
    t("rep-cost", {
      spent: money(n.spent, n.currency, lang),
      sessions: n.adherence.done,
      perPoint: money(n.costPerPoint, n.currency, lang),
    }),
  ];
  if (n.alternativeMonthly !== null) {
    const days = daysBetween(calendar.firstSession, calendar.blockEnd) + 1;
    const perMonth = (n.spent * AVG_DAYS_PER_MONTH) / Math.max(days, 1);
    lines.push(t("rep-cost-alternative", { perMonth: money(perMonth, n.currency, lang), alternative: money(n.alternativeMonthly, n.currency, lang) }));
  }
  return lines.join("\n");
}

export function firingText(t: Translate, firing: SettleFiring, lang: Lang): string {
  return t(firing.kind === "sessions" ? "rep-cue-settle-sessions" : "rep-cue-settle-weeks", {
    date: longDate(firing.date, lang),
    ordinal: firing.ordinal,
  });
}

function cuesText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { decision } = input;
  // Rule events (the "does not settle" stop pause) are listed below as firings, not twice.
  const lines = decision.cues.filter((cue) => cue.source !== "rule").map((cue) =>
    t("rep-cue-line", {
      date: longDate(cue.date, lang),
      cue: t(`cue-${cue.cueId}`),
      group: t(`rep-cue-group-${cue.group}`),
      area: cue.area ? ` (${t(`area-${cue.area}`)})` : "",
    }),
  );
  lines.push(...decision.settleFirings.map((firing) => firingText(t, firing, lang)));
  if (lines.length === 0) return t("rep-cues-none");
  return [t("rep-cues-title"), ...lines].join("\n");
}

function blocksText(t: Translate, input: FinalReportInput, lang: Lang): string | null {
  const blocks = (input.previousBlocks ?? []).filter((b) => b.firstSession < input.analysis.calendar.firstSession);
  if (blocks.length === 0) return null;
  const n = input.decision.numbers;
  const now = n.lastWeekMean === null ? "–" : num(n.lastWeekMean, lang);
  const lines = [t("rep-blocks-title")];
  const original = blocks[0];
  if (original.baselineMean !== null) {
    lines.push(
      t("rep-blocks-original", {
        base: num(original.baselineMean, lang),
        now,
        change: n.lastWeekMean === null ? "–" : signed(original.baselineMean - n.lastWeekMean, lang),
        range: dateRange(addDays(original.firstSession, -7), addDays(original.firstSession, -1), lang),
      }),
    );
  }
  const previous = blocks.at(-1)!;
  lines.push(
    t("rep-blocks-previous", {
      range: dateRange(previous.firstSession, previous.blockEnd, lang),
      outcome: t(`rep-outcome-name-${previous.outcome}`),
      last: previous.lastWeekMean === null ? "–" : num(previous.lastWeekMean, lang),
      now,
    }),
  );
  return lines.join("\n");
}

function titleText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { calendar } = input.analysis;
  if (input.kind === "interim") {
    return t("rep-title-interim", { end: longDate(input.plannedEnd, lang), asOf: longDate(input.asOf, lang) });
  }
  if (input.kind === "ended") {
    return t("rep-title-ended", { date: longDate(input.asOf, lang), end: longDate(input.plannedEnd, lang) });
  }
  return t("rep-title-final", { range: dateRange(calendar.firstSession, calendar.blockEnd, lang), weeks: calendar.weeks.length });
}

export function nextText(t: Translate, decision: Decision): string {
  if (decision.outcome !== "unclear") return t(`rep-next-${decision.outcome}`);
  if (decision.reasons.some((r) => r.rule === "no_sessions")) return t("rep-next-unclear-no-sessions");
  return decision.extendWeeks === null ? t("rep-next-unclear-stuck") : t("rep-next-unclear-extend", { weeks: decision.extendWeeks });
}

/** The end-of-block report: outcome first, then why, the numbers (led by the plan's goal), next step, cost, context. */
export function finalReportText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { analysis, decision } = input;
  const marker = markerName(t, analysis.plan);
  const parts: string[] = [titleText(t, input, lang), outcomeLine(t, decision, marker)];
  if (input.change) {
    parts.push(
      t("rep-changed", {
        since: longDate(input.change.since, lang),
        from: t(`rep-outcome-name-${input.change.from}`),
        to: t(`rep-outcome-name-${decision.outcome}`),
      }),
    );
  }
  parts.push([t("rep-why-title"), ...decision.reasons.map((reason) => reasonText(t, reason, input, lang))].join("\n"));

  const pain = painNumbers(t, input, lang);
  const markerPart = markerNumbers(t, input, lang);
  const numbers = [t("rep-numbers-title", { goal: t(`goal-${analysis.plan.goal}`) })];
  numbers.push(...(decision.lead === "marker" ? [markerPart, pain] : [pain, markerPart]));
  const { done, planned } = decision.numbers.adherence;
  numbers.push(planned === 0 && done === 0 ? t("rep-sessions-unknown") : t("rep-sessions", { done, planned }));
  for (const change of decision.doseChanges.filter((c) => c.date <= analysis.calendar.blockEnd)) {
    numbers.push(t("sum-dose-change", { date: shortDate(change.date, lang), list: doseChangeList(t, change.changes, lang) }));
  }
  if (decision.numbers.recalled) numbers.push(t("sum-recalled-note"));
  parts.push(numbers.join("\n"));

  parts.push(nextText(t, decision));
  const cost = costText(t, input, lang);
  if (cost) parts.push(cost);
  const blocks = blocksText(t, input, lang);
  if (blocks) parts.push(blocks);
  parts.push(cuesText(t, input, lang));
  parts.push(t("rep-evidence"));
  parts.push(t("rep-caveat"));
  parts.push(t("rep-clinician"));
  parts.push(t("safety-not-medical"));
  return parts.join("\n\n");
}

/** First "does not settle" firing: lighter pressure or a shorter session, and a talk with the therapist. */
export function unsettledFirstText(t: Translate, firing: SettleFiring, painScale: 10 | 100, lang: Lang): string {
  const detail =
    firing.kind === "sessions"
      ? t("unsettled-sessions", {
          dates: firing.checks.map((c) => shortDate(c.session, lang)).join(", "),
          rise: painScale === 10 ? "2" : "20",
          scale: painScale,
        })
      : t("unsettled-weeks", { a: firing.weeks[0].index, b: firing.weeks[1].index });
  return [t("unsettled-first-title"), detail, t("unsettled-first-advice"), t("rep-clinician-short")].join("\n\n");
}

/** Second firing: the stop outcome, sent at once. */
export function unsettledStopText(t: Translate, firing: SettleFiring, lang: Lang, emergency: string): string {
  return [
    t("unsettled-stop-title"),
    t("unsettled-stop-body", { date: longDate(firing.date, lang) }),
    emergency,
    t("rep-clinician"),
    t("unsettled-stop-more"),
  ].join("\n\n");
}
