import { DateTime } from "luxon";
import { CHART_HEIGHT, CHART_WIDTH } from "../../../trial/analysis/chart.js";
import { painChange, type TrialAnalysis } from "../../../trial/analysis/analysis.js";
import { shownPainChange, type Decision } from "../../../trial/analysis/decision.js";
import { addDays } from "../../../trial/time/calendar.js";
import type { Block, ReportPage } from "../../../trial/report/page.js";
import type { SafetyEvent } from "../../../trial/safety/safety-event.js";
import { chartSvg } from "../../ui/chart-png.js";
import { aboutPainChange, painPoints, type PainScale } from "../../ui/pain-scale.js";
import { dateRange, markerUnitRaw, money, num, signed, type Lang, type Translate } from "../../ui/format.js";
import { chartDataUpTo, chartLabels } from "./chart.js";
import { nextText, outcomeLine, reasonText } from "./final.js";
import { PAGE_VOICE, pageCueName, pageMarkerName } from "./clinician-voice.js";
import { decisionAt, reportScope, type LoadedTrial } from "./service.js";
import { endedByStop } from "../../../store/report-store.js";
import { earlierBlocksLine } from "./clinician-blocks.js";
import { reportedPain } from "./pain-period.js";

/** The report can be made once the first trial week is over. */
export function reportAvailableFrom(analysis: TrialAnalysis): string {
  return addDays(analysis.calendar.firstSession, 7);
}

/** Chat strings carry HTML; the page wants their plain text. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/^[^\p{L}\p{N}"“„(]+/u, "")
    .trim();
}

/** "3 Mar 2025" / "3. März 2025": unambiguous on paper, in the reader's language. */
export function pageDate(iso: string, lang: Lang): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(lang).toLocaleString({ day: "numeric", month: "short", year: "numeric" });
}

function pageRange(from: string, to: string, lang: Lang): string {
  return `${pageDate(from, lang)} – ${pageDate(to, lang)}`;
}

/** Pain on the user's own scale: 0-10 with one decimal, or 0-100 whole. */
function painOnScale(value: number | null, scale: 10 | 100, lang: Lang): string {
  if (value === null) return "–";
  if (scale === 100) return num(value, lang, 0);
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 10);
}

function planBlocks(t: Translate, analysis: TrialAnalysis, decision: Decision, lang: Lang): Block[] {
  const { plan } = analysis;
  const areas = plan.areas.map((area) => (area === "other" && plan.otherArea ? plan.otherArea : t(`area-${area}`))).join(", ");
  const items = [
    t("cr-plan-areas", { areas }),
    t("cr-plan-dose", {
      minutes: plan.minutesPerSession,
      perWeek: plan.sessionsPerWeek,
      weeks: plan.weeks,
      pressure: t(`pressure-${plan.pressure}`).toLowerCase(),
    }),
    t("cr-plan-sessions", { done: decision.numbers.adherence.done, planned: decision.numbers.adherence.planned }),
  ];
  const kinds = plan.otherCare.kinds.filter((kind) => kind !== "none");
  if (kinds.length === 0) items.push(t("cr-plan-care-none"));
  else {
    const care = kinds.map((kind) => (kind === "other" && plan.otherCare.otherText ? plan.otherCare.otherText : t(`care-${kind}`))).join(", ");
    items.push(
      t(plan.otherCare.role === "replaces" ? "cr-plan-care-replaces" : plan.otherCare.role === "supports" ? "cr-plan-care-supports" : "cr-plan-care", { care }),
    );
  }
  if (plan.cost?.perSession !== undefined) items.push(t("cr-plan-cost", { cost: money(plan.cost.perSession, plan.cost.currency, lang) }));
  if (plan.cost?.alternativeMonthly !== undefined) {
    items.push(t("cr-plan-cost-alternative", { cost: money(plan.cost.alternativeMonthly, plan.cost.currency, lang) }));
  }
  if (plan.therapistPlan) items.push(t("cr-plan-therapist", { text: plan.therapistPlan.replace(/\s+/g, " ").slice(0, 160) }));
  return [
    { kind: "heading", text: t("cr-plan-title") },
    { kind: "bullets", items },
  ];
}

/** `previous`: 0 in block 1; from block 2 on, the block whose last week is the baseline. */
function tableBlocks(t: Translate, analysis: TrialAnalysis, asOf: string, lang: Lang, previous: number): Block[] {
  const { plan, baseline } = analysis;
  const scale = plan.painScale;
  const unit = markerUnitRaw(t, plan);
  const markerCell = (value: number | null) => (value === null ? "–" : num(value, lang, Math.abs(value) < 10 ? 1 : 0));
  const rows: string[][] = [
    [
      t(baseline.recalled ? "cr-row-baseline-recalled" : "cr-row-baseline", { range: dateRange(baseline.window.start, baseline.window.end, lang), previous }),
      painOnScale(baseline.painMean, scale, lang),
      baseline.recalled ? "–" : String(baseline.painDays),
      markerCell(baseline.markerMean),
    ],
  ];
  for (const week of analysis.weeks.filter((w) => w.start <= asOf)) {
    rows.push([
      t("cr-row-week", { n: week.index, range: dateRange(week.start, week.end < asOf ? week.end : asOf, lang) }),
      painOnScale(week.painMean, scale, lang),
      String(week.painDays),
      markerCell(week.markerMean),
    ]);
  }
  return [
    { kind: "heading", text: t("cr-table-title") },
    {
      kind: "table",
      header: [t("cr-col-period"), t("cr-col-pain", { scale }), t("cr-col-days"), t("cr-col-marker")],
      rows,
    },
    {
      kind: "text",
      small: true,
      text: t("cr-marker-note", {
        marker: pageMarkerName(t, plan),
        unit: unit ? ` (${unit})` : "",
        direction: t(`direction-${plan.marker.direction}`).toLowerCase(),
      }),
    },
  ];
}

/** "2.7 points better (pain −45 %)": the same words and the same signs as the chat's change line, without its arrow and "your". */
function painChangeOnPage(t: Translate, delta: number, percent: number | null, scale: PainScale, lang: Lang): string {
  const shown = shownPainChange(delta, scale);
  if (shown === 0) return t("cr-change-same");
  const change = t(shown > 0 ? "cr-change-better" : "cr-change-worse", { points: painPoints(t, delta, scale, lang) });
  return percent === null ? change : `${change} ${t("cr-change-pct", { value: signed(-percent, lang, 0) })}`;
}

/** The pain result against the same period as the chat's report (see reportedPain). */
function effectLine(t: Translate, analysis: TrialAnalysis, decision: Decision, asOf: string, lang: Lang, previous: number): string | null {
  const scale = analysis.plan.painScale;
  const n = decision.numbers;
  const period = reportedPain(analysis, decision, asOf);
  if (n.baselineMean === null || period === null) return null;
  if (period.kind === "latest-week") {
    // A stop rests on where the pain went, as in the chat: no model estimate of a shift beside it.
    const { week } = period;
    const change = painChange(n.baselineMean, week.painMean);
    return t("cr-effect-latest", {
      scale,
      previous,
      base: painOnScale(n.baselineMean, scale, lang),
      last: painOnScale(week.painMean, scale, lang),
      n: week.index,
      range: dateRange(week.start, week.end, lang),
      days: week.painDays,
      change: change ? painChangeOnPage(t, change.points, change.percent, scale, lang) : "–",
    });
  }
  if (n.lastWeekMean === null || n.delta === null) return null;
  const factor = scale === 10 ? 10 : 1;
  const digits = scale === 10 ? 1 : 0;
  const model = decision.model.pain.posterior;
  const base = {
    scale,
    previous,
    base: painOnScale(n.baselineMean, scale, lang),
    last: painOnScale(n.lastWeekMean, scale, lang),
    change: painChangeOnPage(t, n.delta, n.deltaPct, scale, lang),
  };
  if (!model) return t("cr-effect-raw", base);
  return t("cr-effect", {
    ...base,
    about: aboutPainChange(t, model.median, scale, lang),
    low: signed(model.lower / factor, lang, digits),
    high: signed(model.upper / factor, lang, digits),
  });
}

function cueLine(t: Translate, cue: SafetyEvent, lang: Lang): string {
  return t("cr-cue", {
    date: pageDate(cue.date, lang),
    cue: plain(pageCueName(t, cue.cueId)),
    area: cue.area ? ` (${t(`area-${cue.area}`)})` : "",
    advice: t(`cr-advice-${cue.group}`),
  });
}

function safetyBlocks(t: Translate, analysis: TrialAnalysis, decision: Decision, asOf: string, lang: Lang): Block[] {
  const totals = new Map<string, number>();
  for (const week of analysis.weeks.filter((w) => w.start <= asOf)) {
    for (const [kind, count] of Object.entries(week.reactions)) totals.set(kind, (totals.get(kind) ?? 0) + (count ?? 0));
  }
  const reactions = [...totals].filter(([, count]) => count > 0).map(([kind, count]) => `${t(`sum-reaction-${kind}`)} ×${count}`);
  const items = [reactions.length ? t("cr-reactions", { list: reactions.join(", ") }) : t("cr-reactions-none")];
  const cues = decision.cues.filter((cue) => cue.source !== "rule");
  items.push(...cues.map((cue) => cueLine(t, cue, lang)));
  for (const firing of decision.settleFirings) {
    const what = t(firing.kind === "sessions" ? "cr-firing-sessions" : "cr-firing-weeks", { ordinal: firing.ordinal });
    items.push(
      t("cr-settle", { date: pageDate(firing.date, lang), what, advice: t(firing.ordinal >= 2 ? "cr-advice-settle-stop" : "cr-advice-settle-first") }),
    );
  }
  if (cues.length === 0 && decision.settleFirings.length === 0) items.push(t("cr-cues-none"));
  return [
    { kind: "heading", text: t("cr-safety-title") },
    { kind: "bullets", items },
  ];
}

export interface ClinicianReport {
  page: ReportPage;
  /** The first and last date the page covers (the file name). */
  from: string;
  to: string;
}

/** The one-page report as of the same scope as `/summary final` (interim before the block ends). */
export function clinicianReport(t: Translate, lang: Lang, trial: LoadedTrial, opts: { name?: string; generatedOn: string }): ClinicianReport {
  const { kind, asOf } = reportScope(trial);
  const { analysis, decision } = decisionAt(trial, asOf);
  const { calendar } = analysis;
  // A recalled baseline has no days of its own: the data start with the first session.
  const recalled = analysis.baseline.recalled;
  const from = recalled ? calendar.firstSession : calendar.baseline.start;
  const to = asOf < calendar.blockEnd ? asOf : calendar.blockEnd;
  const name = opts.name?.trim() || t("cr-patient");
  const n = trial.block ?? 1;
  const previous = n - 1;
  const baseline = pageRange(calendar.baseline.start, calendar.baseline.end, lang);
  const block = pageRange(calendar.firstSession, calendar.blockEnd, lang);
  const scale = analysis.plan.painScale;
  const earlier = earlierBlocksLine(t, lang, trial, { value: (v) => painOnScale(v, scale, lang), range: (a, b) => pageRange(a, b, lang) });
  const header = [
    previous > 0
      ? t("cr-header-who-later", { name, n, previous, baseline, block })
      : t("cr-header-who", { name, baseline, recalled: recalled ? "yes" : "no", block }),
    ...(earlier ? [earlier] : []),
    kind === "interim"
      ? t("cr-header-interim", { asOf: pageDate(asOf, lang) })
      : kind === "ended"
        ? t(endedByStop(trial.ended) ? "cr-header-stopped" : "cr-header-ended", { date: pageDate(asOf, lang) })
        : t("cr-header-final"),
    t("cr-header-generated", { date: pageDate(opts.generatedOn, lang) }),
  ];
  const result: Block[] = [
    { kind: "heading", text: t("cr-result-title") },
    // The HTML-safe name: plain() turns it back into the user's own words, "<" and "&" included.
    { kind: "text", text: plain(outcomeLine(t, decision, PAGE_VOICE.markerName(t, analysis.plan), PAGE_VOICE)), bold: true },
  ];
  const effect = effectLine(t, analysis, decision, asOf, lang, previous);
  if (effect) result.push({ kind: "text", text: effect });
  result.push({
    kind: "bullets",
    items: decision.reasons.map((reason) => plain(reasonText(t, reason, { analysis, decision, kind, plannedEnd: calendar.blockEnd, asOf }, lang, PAGE_VOICE))),
  });
  result.push({ kind: "text", text: plain(nextText(t, decision, PAGE_VOICE)) });
  if (decision.numbers.recalled) result.push({ kind: "text", text: t("cr-recalled"), small: true });

  const chartData = chartDataUpTo({ ...trial, analysis }, to);
  const page: ReportPage = {
    title: t("cr-title"),
    lang: lang === "de" ? "de-DE" : "en-GB",
    header,
    side: [...planBlocks(t, analysis, decision, lang), ...result],
    body: [
      ...tableBlocks(t, analysis, to, lang, previous),
      ...safetyBlocks(t, analysis, decision, to, lang),
      { kind: "heading", text: t("cr-context-title") },
      { kind: "text", text: t("cr-evidence"), small: true },
    ],
    footer: [t("cr-caveat"), t("cr-disclaimer")],
    chart: {
      // The page has its own title (the chart's speaks to the patient).
      svg: chartSvg(chartData, { ...chartLabels(t, analysis, lang, chartData, pageMarkerName(t, analysis.plan)), title: "" }),
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    },
  };
  return { page, from, to };
}

export function reportFileName(report: Pick<ClinicianReport, "from" | "to">): string {
  return `massage-trial-${report.from}-${report.to}.pdf`;
}
