import type { TrialAnalysis } from "../../../trial/analysis/analysis.js";
import type { Decision, Outcome, Reason } from "../../../trial/analysis/decision.js";
import { addDays, daysBetween } from "../../../trial/time/calendar.js";
import type { SettleFiring } from "../../../trial/analysis/settle.js";
import { NAP_MODERATE } from "../../../trial/analysis/nap.js";
import type { BlockRecord } from "../../../store/report-store.js";
import type { Plan } from "../../../trial/plan/plan.js";
import { dateRange, longDate, markerName, markerUnit, money, num, shortDate, signed, withUnit, type Lang, type Translate } from "../../ui/format.js";
import { chanceText, doseChangeList, painChangeText } from "./weekly.js";
import { aboutPainChange, painAmount, painPoints, painValue, type PainScale } from "../../ui/pain-scale.js";
import { fewDaysLines, fewDaysNextText } from "./few-days.js";
import { reportedPain } from "./pain-period.js";

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
  /** A later block's wash-in days: they lengthen the block without being counted. */
  washInDays?: number;
  /** The block was ended by the "does not settle" stop, not by the user. */
  stopped?: boolean;
  /** The block's number: from block 2 on, the baseline is the previous block's last week. */
  block?: number;
  /** The user's local date: which missed days /checkin can still add. */
  today?: string;
}

const AVG_DAYS_PER_MONTH = 30.44;

/**
 * Where the decision's words come from: the chat speaks to the user ("your pain"), the clinician
 * page about them. Each voice has its own keys for the outcome, the reasons and what comes next.
 */
export interface ReportVoice {
  /** Key prefixes: `<outcome>improved`, `<next>stop`, `<why>pain_meaningful`. */
  outcome: string;
  next: string;
  why: string;
  mcidDefault: string;
  mcidOwn: string;
  markerMinDefault: string;
  cueName: (t: Translate, cueId: string) => string;
  /** The marker's name, HTML-safe. */
  markerName: (t: Translate, plan: Pick<Plan, "marker">) => string;
}

export const CHAT_VOICE: ReportVoice = {
  outcome: "rep-outcome-",
  next: "rep-next-",
  why: "rep-why-",
  mcidDefault: "rep-mcid-default",
  mcidOwn: "rep-mcid-own",
  markerMinDefault: "rep-marker-min-default",
  cueName: (t, cueId) => t(`cue-${cueId}`),
  markerName,
};

/** The outcome in one careful line ("your numbers improved", never a claim about the cause). */
export function outcomeLine(t: Translate, decision: Decision, marker: string, voice: ReportVoice = CHAT_VOICE): string {
  const { outcome, numbers } = decision;
  if (outcome === "partial") return t(`${voice.outcome}${numbers.painImproved ? "partial-pain" : "partial-marker"}`, { marker });
  if (outcome === "no_go" && decision.reasons.some((r) => r.rule === "pain_little_room")) return t(`${voice.outcome}no_go-little-room`, { marker });
  return t(`${voice.outcome}${outcome}`, { marker });
}

function mcidSource(t: Translate, data: Reason["data"], scale: PainScale, lang: Lang, voice: ReportVoice): string {
  return data.mcidDefault ? t(voice.mcidDefault, { points: painPoints(t, 20, scale, lang), floor: painPoints(t, 10, scale, lang) }) : t(voice.mcidOwn);
}

function scaleOf(input: Pick<FinalReportInput, "analysis">): PainScale {
  return input.analysis.plan.painScale;
}

export function reasonText(t: Translate, reason: Reason, input: FinalReportInput, lang: Lang, voice: ReportVoice = CHAT_VOICE): string {
  const { data } = reason;
  const { plan } = input.analysis;
  const marker = voice.markerName(t, plan);
  const unit = markerUnit(t, plan);
  const chance = typeof data.pMcid === "number" ? chanceText(t, data.pMcid) : "–";
  switch (reason.rule) {
    case "urgent_cue":
      return t(`${voice.why}urgent_cue`, { date: longDate(String(data.date), lang), cue: voice.cueName(t, String(data.cueId)) });
    case "settle_second_firing":
      return t(`${voice.why}settle`, { date: longDate(String(data.date), lang) });
    case "few_baseline_days":
    case "few_last_week_days":
      return t(`${voice.why}${reason.rule}`, { days: Number(data.days), min: Number(data.min) });
    case "no_sessions":
      return t(`${voice.why}no_sessions`, { planned: Number(data.planned) });
    case "pain_meaningful":
    case "pain_no_benefit":
    case "pain_inconclusive":
    case "pain_little_room":
      return t(`${voice.why}${reason.rule}`, {
        about: aboutPainChange(t, Number(data.median ?? 0), scaleOf(input), lang),
        mcid: painPoints(t, Number(data.mcid), scaleOf(input), lang),
        chance,
        source: mcidSource(t, data, scaleOf(input), lang, voice),
        scale: scaleOf(input),
      });
    case "marker_meaningful":
    case "marker_no_benefit":
    case "marker_inconclusive":
      return t(`${voice.why}${reason.rule}`, {
        marker,
        about: aboutMarkerChange(t, Number(data.median ?? 0), unit, lang),
        min: markerMin(Number(data.mcid), unit, lang),
        chance,
        source: t(data.mcidDefault ? voice.markerMinDefault : voice.mcidOwn),
      });
    case "marker_not_measured":
    case "already_improving":
    case "recalled_baseline":
      return t(`${voice.why}${reason.rule}`, { marker });
    case "marker_few_values":
      return t(`${voice.why}marker_few_values`, { marker, min: Number(data.min) });
    case "low_adherence":
      return t(`${voice.why}low_adherence`, { done: Number(data.done), planned: Number(data.planned) });
  }
}

/** Whole numbers in chat; one decimal only below 2, where rounding would lose the amount. */
function plainNumber(value: number, lang: Lang): string {
  return num(value, lang, Math.abs(value) < 2 ? 1 : 0);
}

/** "about 8 min better", or "about the same" when the amount shows as 0. */
function aboutMarkerChange(t: Translate, value: number, unit: string, lang: Lang): string {
  const amount = plainNumber(Math.abs(value), lang);
  if (amount === plainNumber(0, lang)) return t("change-about-same");
  return t("change-about", { amount: withUnit(amount, unit), direction: t(value >= 0 ? "rep-better" : "rep-worse") });
}

/** plainNumber with its sign: "−0.5", "+8". */
function plainSigned(value: number, lang: Lang): string {
  return signed(value, lang, Math.abs(value) < 2 ? 1 : 0);
}

/** The marker's smallest change that matters, one way everywhere: "3.8 min". */
function markerMin(value: number, unit: string, lang: Lang): string {
  return withUnit(num(value, lang), unit);
}

/** The plain change of the two averages lies outside the model's 95 % range. */
function outside(delta: number, spread: Spread): boolean {
  return delta < spread.lower || delta > spread.upper;
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
  const scale = scaleOf(input);
  const value = (v: number | null) => (v === null ? "–" : painValue(v, scale, lang));
  const lines = [t("rep-pain-title", { scale })];
  if (n.baselineMean === null || n.lastWeekMean === null) {
    lines.push(t("rep-pain-missing", { base: value(n.baselineMean), last: value(n.lastWeekMean), bdays: n.baselineDays, ldays: n.lastWeekDays }));
    return lines.join("\n");
  }
  lines.push(
    t(n.recalled ? "rep-pain-line-recalled" : "rep-pain-line", {
      base: value(n.baselineMean),
      last: value(n.lastWeekMean),
      bdays: n.baselineDays,
      ldays: n.lastWeekDays,
    }),
  );
  const delta = n.delta ?? 0;
  const size = n.sizeLabel === null ? t("rep-size-points-only") : delta < 0 ? t("rep-size-worse") : t(`rep-size-${n.sizeLabel}`);
  lines.push(`${painChangeText(t, delta, n.deltaPct, lang, scale)} — ${size}`);
  // The short report of a stop names the latest week with scores; the numbers here say where it sits.
  const period = reportedPain(input.analysis, input.decision, input.asOf);
  if (period?.kind === "latest-week") {
    const { week } = period;
    lines.push(t("rep-pain-latest-week", { n: week.index, range: dateRange(week.start, week.end, lang), last: value(week.painMean), days: week.painDays }));
  }
  // A stop rests on where the pain went; the model's shift estimate would only blur that.
  const model = input.decision.outcome === "stop" ? null : input.decision.model.pain.posterior;
  if (model) {
    lines.push(
      t("rep-model-line", {
        about: aboutPainChange(t, model.median, scale, lang),
        low: signedOnScale(model.lower, scale, lang),
        high: signedOnScale(model.upper, scale, lang),
      }),
    );
    if (outside(delta, model)) lines.push(t("rep-model-outside"));
  }
  if (n.nap !== null && n.napLabel !== null) {
    // As far below one half as a moderate shift is above it: the last week was mostly worse.
    const label = n.napLabel === "none" && n.nap <= 1 - NAP_MODERATE ? "worse" : n.napLabel;
    lines.push(t("rep-nap", { share: Math.round(n.nap * 10), label: t(`rep-nap-${label}`) }));
  }
  else if (n.recalled) lines.push(t("rep-nap-recalled"));
  return lines.join("\n");
}

/** A signed 0-100 amount on the user's scale: "+1.3" (0-10), "+13" (0-100). */
function signedOnScale(value100: number, scale: PainScale, lang: Lang): string {
  return scale === 10 ? signed(value100 / 10, lang, 1) : signedWhole(value100, lang);
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
  const model = input.decision.outcome === "stop" ? null : input.decision.model.marker.posterior;
  if (model && input.decision.model.marker.gate === "ok") {
    lines.push(
      t("rep-model-line-marker", {
        about: aboutMarkerChange(t, model.median, unit, lang),
        low: withUnit(plainSigned(model.lower, lang), unit),
        high: withUnit(plainSigned(model.upper, lang), unit),
      }),
    );
    if (outside(n.markerChange, model)) lines.push(t("rep-model-outside"));
  }
  lines.push(
    t(markerChangeKey(n.markerChange >= (n.markerMinChange ?? 0), n.markerImproved), {
      change: withUnit(signed(n.markerChange, lang), unit),
      min: markerMin(n.markerMinChange ?? 0, unit, lang),
      source: t(n.markerMinChangeDefault ? "rep-marker-min-default" : "rep-mcid-own"),
    }),
  );
  return lines.join("\n");
}

/**
 * Whether the marker moved enough is the model's verdict (as in "Why"); the plain averages are
 * shown beside it, and said to disagree when they do.
 */
function markerChangeKey(plainEnough: boolean, modelEnough: boolean): string {
  if (plainEnough === modelEnough) return modelEnough ? "rep-marker-change-enough" : "rep-marker-change-short";
  return plainEnough ? "rep-marker-change-plain-only" : "rep-marker-change-model-only";
}

function costText(t: Translate, input: FinalReportInput, lang: Lang): string | null {
  const n = input.decision.numbers;
  if (n.costPerPoint === null || n.spent === null) return null;
  const { calendar } = input.analysis;
  const scale = scaleOf(input);
  const lines = [
    t("rep-cost", {
      spent: money(n.spent, n.currency, lang),
      sessions: n.adherence.done,
      perPoint: money(n.costPerPoint, n.currency, lang),
      scale,
    }),
  ];
  if (n.alternativeMonthly !== null) {
    const days = daysBetween(calendar.firstSession, calendar.blockEnd) + 1;
    const perMonth = (n.spent * AVG_DAYS_PER_MONTH) / Math.max(days, 1);
    lines.push(t("rep-cost-alternative", { perMonth: money(perMonth, n.currency, lang), alternative: money(n.alternativeMonthly, n.currency, lang) }));
  }
  return lines.join("\n");
}

/** The cost in one line whenever a price was given and sessions were done, improvement or not. */
function shortCostText(t: Translate, input: FinalReportInput, lang: Lang): string | null {
  const n = input.decision.numbers;
  if (n.spent === null || n.spent <= 0 || n.adherence.done === 0) return null;
  const scale = scaleOf(input);
  const spent = money(n.spent, n.currency, lang);
  if (n.costPerPoint === null) return t("rep-short-cost-none", { spent, sessions: n.adherence.done });
  return t("rep-short-cost", { spent, sessions: n.adherence.done, perPoint: money(n.costPerPoint, n.currency, lang), scale });
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
  // The second firing is the stop: nothing the rule finds after it is a trigger of this block.
  const stopAt = decision.settleFirings.find((firing) => firing.ordinal >= 2)?.date;
  const firings = decision.settleFirings.filter((firing) => firing.ordinal <= 2 && (!stopAt || firing.date <= stopAt));
  lines.push(...firings.map((firing) => firingText(t, firing, lang)));
  if (lines.length === 0) return t("rep-cues-none");
  return [t(decision.outcome === "stop" ? "rep-cues-title-stop" : "rep-cues-title"), ...lines].join("\n");
}

function blocksText(t: Translate, input: FinalReportInput, lang: Lang): string | null {
  const blocks = (input.previousBlocks ?? []).filter((b) => b.firstSession < input.analysis.calendar.firstSession);
  if (blocks.length === 0) return null;
  const n = input.decision.numbers;
  const scale = scaleOf(input);
  const now = n.lastWeekMean === null ? "–" : painValue(n.lastWeekMean, scale, lang);
  const lines = [t("rep-blocks-title")];
  const original = blocks[0];
  if (original.baselineMean !== null) {
    lines.push(
      t("rep-blocks-original", {
        base: painValue(original.baselineMean, scale, lang),
        now,
        scale,
        change: n.lastWeekMean === null ? "–" : signed((original.baselineMean - n.lastWeekMean) / (scale === 10 ? 10 : 1), lang),
        range: dateRange(addDays(original.firstSession, -7), addDays(original.firstSession, -1), lang),
      }),
    );
  }
  const previous = blocks.at(-1)!;
  lines.push(
    t("rep-blocks-previous", {
      range: dateRange(previous.firstSession, previous.blockEnd, lang),
      outcome: t(`rep-outcome-name-${previous.outcome}`),
      last: previous.lastWeekMean === null ? "–" : painValue(previous.lastWeekMean, scale, lang),
      now,
      scale,
    }),
  );
  return lines.join("\n");
}

function titleText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { calendar } = input.analysis;
  if (input.kind === "interim") {
    return t("rep-title-interim", { end: longDate(input.plannedEnd, lang), asOf: longDate(input.asOf, lang) });
  }
  if (input.kind === "ended" && (input.stopped || input.decision.outcome === "stop")) return t("rep-title-stopped", { date: longDate(input.asOf, lang) });
  if (input.kind === "ended") {
    return t("rep-title-ended", { date: longDate(input.asOf, lang), end: longDate(input.plannedEnd, lang) });
  }
  const range = dateRange(calendar.firstSession, calendar.blockEnd, lang);
  // Wash-in and paused days lengthen the block: "4 weeks + 3 wash-in days", not "5 weeks".
  const weeks = input.analysis.plan.weeks;
  const washIn = input.washInDays ?? 0;
  const paused = Math.max(calendar.pausedInBlock.length - washIn, 0);
  const extra = [washIn ? t("rep-extra-wash-in", { days: washIn }) : null, paused ? t("rep-extra-paused", { days: paused }) : null].filter((x) => x !== null);
  if (extra.length) return t("rep-title-final-extra", { range, weeks, extra: extra.join(" + ") });
  return t("rep-title-final", { range, weeks });
}

export function nextText(t: Translate, decision: Decision, voice: ReportVoice = CHAT_VOICE): string {
  const next = (key: string, vars?: Record<string, number>) => t(`${voice.next}${key}`, vars);
  if (decision.outcome === "stop") {
    if (decision.reasons.some((r) => r.rule === "settle_second_firing")) return next("stop-settle");
    const seen = seenUrgentReason(decision);
    return seen ? next(seen.data.cueId === SELF_HARM ? "stop-talked" : "stop-seen") : next("stop");
  }
  if (decision.outcome !== "unclear") return next(decision.outcome);
  if (decision.reasons.some((r) => r.rule === "no_sessions")) return next("unclear-no-sessions");
  return decision.extendWeeks === null ? next("unclear-stuck") : next("unclear-extend", { weeks: decision.extendWeeks });
}

/** Thoughts of self-harm: the way out of its pause is talking to someone, not being examined. */
const SELF_HARM = "self_harm";

/**
 * A stop that rests only on urgent cues the user has since been seen for: the first of them (the
 * report then says so instead of telling someone who was just checked to go and get checked).
 */
function seenUrgentReason(decision: Decision): Reason | null {
  const urgent = decision.reasons.filter((r) => r.rule === "urgent_cue");
  if (!urgent.length || urgent.length !== decision.reasons.length) return null;
  const standing = decision.cues.filter((cue) => cue.group === "urgent" && urgent.some((r) => r.data.date === cue.date && r.data.cueId === cue.cueId));
  return standing.length && standing.every((cue) => cue.status === "seen") ? urgent[0] : null;
}

function shortOutcomeLine(t: Translate, decision: Decision, marker: string, lang: Lang): string {
  const seen = decision.outcome === "stop" ? seenUrgentReason(decision) : null;
  if (seen?.data.cueId === SELF_HARM) return t("rep-outcome-stop-talked", { date: longDate(String(seen.data.date), lang) });
  if (seen) return t("rep-outcome-stop-seen", { date: longDate(String(seen.data.date), lang), cue: t(`cue-${seen.data.cueId}`) });
  return outcomeLine(t, decision, marker);
}

interface Spread {
  median: number;
  lower: number;
  upper: number;
}

/**
 * "3.6 points better (allowing for normal ups and downs, most likely between 1.3 and 3.9 better)":
 * the plain difference of the two averages, then the model's range; amounts on the user's scale.
 * When the plain difference falls outside that range, the line says so and why.
 */
function changeWords(t: Translate, spread: Spread | null, delta: number, fmt: (v: number) => string, fmtAmount: (v: number) => string): string {
  const plain =
    fmt(Math.abs(delta)) === fmt(0)
      ? t("rep-short-same")
      : t("rep-short-about", { amount: fmtAmount(Math.abs(delta)), direction: t(delta >= 0 ? "rep-better" : "rep-worse") });
  if (!spread) return plain;
  const { lower, upper } = spread;
  const range =
    lower >= 0
      ? t("rep-short-range-better", { low: fmt(lower), high: fmtAmount(upper) })
      : upper <= 0
        ? t("rep-short-range-worse", { low: fmt(-upper), high: fmtAmount(-lower) })
        : t("rep-short-range-mixed", { worse: fmtAmount(-lower), better: fmtAmount(upper) });
  return outside(delta, spread) ? `${plain} (${range}) ${t("rep-short-outside")}` : `${plain} (${range})`;
}

/** 0 in block 1; from block 2 on, the block whose last week is the baseline. */
function previousBlock(input: Pick<FinalReportInput, "block">): number {
  return Math.max((input.block ?? 1) - 1, 0);
}

function shortPainLine(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { analysis, decision } = input;
  const n = decision.numbers;
  const scale = scaleOf(input);
  const recalled = n.recalled ? ` ${t("rep-short-recalled")}` : "";
  const period = reportedPain(analysis, decision, input.asOf);
  if (n.baselineMean !== null && n.lastWeekMean !== null && period?.kind === "last-week") {
    const model = decision.model.pain.posterior;
    const change = changeWords(
      t,
      model,
      n.delta ?? 0,
      (v) => painAmount(v, scale, lang),
      (v) => painPoints(t, v, scale, lang),
    );
    const dates = analysis.lastWeekDates;
    const lastRange = dates.length ? dateRange(dates[0], dates.at(-1)!, lang) : "–";
    return (
      t("rep-short-pain", {
        scale,
        base: painValue(n.baselineMean, scale, lang),
        bdays: n.baselineDays,
        previous: previousBlock(input),
        last: painValue(n.lastWeekMean, scale, lang),
        ldays: n.lastWeekDays,
        change,
        lastRange,
      }) + recalled
    );
  }
  if (n.baselineMean !== null && period?.kind === "latest-week") {
    const latest = period.week;
    return (
      t("rep-short-pain-latest", {
        scale,
        base: painValue(n.baselineMean, scale, lang),
        bdays: n.baselineDays,
        previous: previousBlock(input),
        last: painValue(latest.painMean, scale, lang),
        days: latest.painDays,
        rose: latest.painMean > n.baselineMean ? "yes" : "no",
        n: latest.index,
        range: dateRange(latest.start, latest.end, lang),
        change: changeWords(t, null, n.baselineMean - latest.painMean, (v) => painAmount(v, scale, lang), (v) => painPoints(t, v, scale, lang)),
      }) + recalled
    );
  }
  return t("rep-short-pain-missing", { bdays: n.baselineDays, ldays: n.lastWeekDays });
}

function shortMarkerLine(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { analysis, decision } = input;
  const n = decision.numbers;
  const marker = markerName(t, analysis.plan);
  const unit = markerUnit(t, analysis.plan);
  if (n.markerBaseline === null || n.markerLast === null) return t("rep-short-marker-missing", { marker });
  const judged = decision.model.marker.gate === "ok" && decision.outcome !== "stop" ? decision.model.marker.posterior : null;
  const delta = analysis.plan.marker.direction === "higher" ? n.markerLast - n.markerBaseline : n.markerBaseline - n.markerLast;
  const change = changeWords(
    t,
    judged,
    delta,
    (v) => plainNumber(v, lang),
    (v) => withUnit(plainNumber(v, lang), unit),
  );
  return t("rep-short-marker", {
    marker,
    base: withUnit(num(n.markerBaseline, lang), unit),
    bdays: analysis.baseline.markerDays,
    last: withUnit(num(n.markerLast, lang), unit),
    ldays: analysis.lastWeek.markerDays,
    change,
  });
}

/**
 * The end-of-block report as it is sent: at most eight lines — the result, the two numbers with
 * their uncertainty in words, the cost, what to do next and the clinician line. The reasons, all
 * numbers and the studies' context are behind buttons (finalDetailsText, evidenceText).
 */
export function finalReportText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { analysis, decision } = input;
  const marker = markerName(t, analysis.plan);
  const head = [shortOutcomeLine(t, decision, marker, lang), ...fewDaysLines(t, input)];
  if (input.change) {
    head.push(
      t("rep-changed", {
        since: longDate(input.change.since, lang),
        from: t(`rep-outcome-name-${input.change.from}`),
        to: t(`rep-outcome-name-${decision.outcome}`),
      }),
    );
  }
  const pain = shortPainLine(t, input, lang);
  const markerLine = shortMarkerLine(t, input, lang);
  const numbers = decision.lead === "marker" ? [markerLine, pain] : [pain, markerLine];
  const cost = shortCostText(t, input, lang);
  if (cost) numbers.push(cost);
  const clinician = `${t("rep-clinician")} ${t("safety-not-medical")}`;
  const next = decision.outcome === "not_enough_data" ? fewDaysNextText(t, input, lang) : nextText(t, decision);
  return [titleText(t, input, lang), head.join("\n"), numbers.join("\n"), next, clinician].join("\n\n");
}

/** Behind "Details": why, every number (overlap included), sessions, cost, earlier blocks, warning signs. */
export function finalDetailsText(t: Translate, input: FinalReportInput, lang: Lang): string {
  const { analysis, decision } = input;
  const { calendar } = analysis;
  const parts: string[] = [t("rep-details-title", { range: dateRange(calendar.firstSession, input.kind === "final" ? calendar.blockEnd : input.asOf, lang) })];
  parts.push([t("rep-why-title"), ...decision.reasons.map((reason) => reasonText(t, reason, input, lang))].join("\n"));
  const pain = painNumbers(t, input, lang);
  const markerPart = markerNumbers(t, input, lang);
  const numbers = [t("rep-numbers-title", { goal: t(`goal-${analysis.plan.goal}`) })];
  numbers.push(...(decision.lead === "marker" ? [markerPart, pain] : [pain, markerPart]));
  const { done, planned } = decision.numbers.adherence;
  numbers.push(planned === 0 && done === 0 ? t("rep-sessions-unknown") : t("rep-sessions", { done, planned }));
  for (const change of decision.doseChanges.filter((c) => c.date <= calendar.blockEnd)) {
    numbers.push(t("sum-dose-change", { date: shortDate(change.date, lang), list: doseChangeList(t, change.changes, lang) }));
  }
  if (decision.numbers.recalled) numbers.push(t("sum-recalled-note"));
  parts.push(numbers.join("\n"));
  const cost = costText(t, input, lang);
  if (cost) parts.push(cost);
  const blocks = blocksText(t, input, lang);
  if (blocks) parts.push(blocks);
  parts.push(cuesText(t, input, lang));
  parts.push(t("rep-caveat"));
  parts.push(t("safety-not-medical"));
  return parts.join("\n\n");
}

/** Behind "What studies say": the pooled evidence, and that it is background, not about this person. */
export function evidenceText(t: Translate, scale: PainScale, lang: Lang): string {
  return [studiesText(t, scale, lang), t("rep-caveat"), t("safety-not-medical")].join("\n\n");
}

/** The pooled figures (reported on 0-100) on the user's scale. */
export function studiesText(t: Translate, scale: PainScale, lang: Lang): string {
  const points = (p: number) => painPoints(t, p, scale, lang);
  return t("rep-evidence", { none: points(29), sham: points(11), active: points(7), scale });
}

/** Everything at once, as a transcript: the report, then what its two buttons open (`npm run analyze`, the demo). */
export function finalReportFullText(t: Translate, input: FinalReportInput, lang: Lang): string {
  return [
    finalReportText(t, input, lang),
    `── ${t("rep-btn-details")} ──`,
    finalDetailsText(t, input, lang),
    `── ${t("rep-btn-evidence")} ──`,
    evidenceText(t, scaleOf(input), lang),
  ].join("\n\n");
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
