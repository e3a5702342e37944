/**
 * `npm run analyze -- <file> [--json] [--lang de] [--marker-direction higher|lower]
 *   [--marker-mcid N] [--pain-mcid N] [--first-session YYYY-MM-DD]`
 *
 * The end-of-block analysis on a file, without the bot: the /export JSON or CSV, or a plain CSV
 * with the header `date,phase,pain,marker` (ISO dates, phase baseline|block or any phase the
 * export writes, pain 0-10, empty cells for missing days). Files with phases after block 1 get the
 * phases side by side after the report. Prints the report text, or with --json one JSON object.
 * A malformed file or option exits 1 with one line saying where and what; nothing is written anywhere.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseTrial } from "../trial/analysis/analysis.js";
import { decideFromAnalysis, type Decision, type Outcome } from "../trial/analysis/decision.js";
import { importTrial, ImportError, type ImportOptions } from "../trial/import.js";
import type { PainMeasure } from "../trial/analysis/trial-series.js";
import { finalReportFullText } from "../bot/features/reports/final.js";
import { translatorFor } from "../bot/ui/translate.js";
import type { Lang } from "../bot/ui/format.js";
import { htmlToTerminal } from "./render.js";
import { hasLaterPhases, phaseSummaryFor, type PhaseSummary } from "../trial/phases/summary.js";
import type { PhaseComparison } from "../trial/phases/compare.js";
import { phaseSummaryText } from "../bot/features/reports/phase-text.js";

export const JSON_OUTCOME: Record<Outcome, string> = {
  improved: "go",
  partial: "partial",
  no_go: "no-go",
  stop: "worse",
  unclear: "unclear",
  not_enough_data: "too-few-days",
};

class UsageError extends Error {}

interface Args extends ImportOptions {
  file: string;
  json: boolean;
  lang: Lang;
  firstSession?: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  const args: Partial<Args> = { json: false, lang: "en" };
  const value = (flag: string) => {
    const v = rest.shift();
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const positive = (flag: string, max: number) => {
    const v = Number(value(flag));
    if (!Number.isFinite(v) || v <= 0 || v > max) throw new UsageError(`${flag} must be a number above 0 and at most ${max}`);
    return v;
  };
  while (rest.length) {
    const a = rest.shift()!;
    if (a === "--json") args.json = true;
    else if (a === "--lang") {
      const lang = value(a);
      if (lang !== "en" && lang !== "de") throw new UsageError("--lang must be en or de");
      args.lang = lang;
    } else if (a === "--marker-direction") {
      const d = value(a);
      if (d !== "higher" && d !== "lower") throw new UsageError("--marker-direction must be higher or lower");
      args.markerDirection = d;
    } else if (a === "--marker-mcid") args.markerMcid = positive(a, 100000);
    else if (a === "--pain-mcid") args.painMcid = positive(a, 100);
    else if (a === "--first-session") args.firstSession = value(a);
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else if (args.file) throw new UsageError(`only one file, got ${args.file} and ${a}`);
    else args.file = a;
  }
  if (!args.file) throw new UsageError("usage: npm run analyze -- <file> [--json] [--lang de] [--marker-direction higher|lower] [--marker-mcid N] [--pain-mcid N]");
  return args as Args;
}

function round(value: number | null | undefined, digits = 4): number | null {
  return value === null || value === undefined ? null : Number(value.toFixed(digits));
}

function measureJson(m: PainMeasure) {
  const post = m.posterior;
  return {
    gate: m.gate,
    verdict: m.verdict,
    effect: round(post?.median),
    interval: post ? [round(post.lower), round(post.upper)] : null,
    pAnyImprovement: round(post?.pAny),
    pAtLeastMcid: round(post?.pMcid),
    pWorseByMcid: round(post?.pWorseMcid),
    mcid: round(m.mcid),
    mcidIsDefault: m.mcidDefault,
    rho: round(post?.rho),
    nap: m.nap ? { value: round(m.nap.nap), lower: round(m.nap.lower), upper: round(m.nap.upper) } : null,
    medianDifference: round(m.medianDifference),
    baselineSlope: round(m.baselineSlope),
    baselineDays: m.baselineDays,
    lastWeekDays: m.lastDays,
    alreadyImproving: m.alreadyImproving,
    littleRoom: m.littleRoom,
    extendWeeks: m.extendWeeks,
  };
}

export function decisionJson(decision: Decision) {
  return {
    outcome: JSON_OUTCOME[decision.outcome],
    pain: measureJson(decision.model.pain),
    marker: measureJson(decision.model.marker),
    extendWeeks: decision.extendWeeks,
    reasons: decision.reasons,
    numbers: decision.numbers,
  };
}

function comparisonJson(c: PhaseComparison | null) {
  const post = c?.posterior;
  return c
    ? {
        reference: c.reference,
        target: c.target,
        effect: round(post?.median),
        interval: post ? [round(post.lower), round(post.upper)] : null,
        pAtLeastMcid: round(post?.pMcid),
      }
    : null;
}

/** Phases after block 1 on 0-100 (improvement positive = less pain), for --json. */
export function phasesJson(s: PhaseSummary) {
  return {
    mcid: round(s.mcid),
    levels: s.levels.map((l) => ({ phase: l.label, start: l.span.start, end: l.span.end, days: l.days, painMean: round(l.mean) })),
    blocks: s.blocks.map((b) => ({ block: b.block, end: b.end, vsBaseline: comparisonJson(b.vsBaseline), vsBlock1: comparisonJson(b.vsBlock1) })),
    withdrawals: s.withdrawals.map((w) => ({
      verdict: w.verdict,
      gain: round(w.gain),
      threshold: round(w.threshold),
      pReturned: round(w.pReturned),
      rise: comparisonJson(w.rise),
      vsBaseline: comparisonJson(w.vsBaseline),
    })),
  };
}

export function runAnalyze(argv: readonly string[]): { code: number; out: string; err: string } {
  try {
    const args = parseArgs(argv);
    let text: string;
    try {
      text = readFileSync(args.file, "utf8");
    } catch {
      throw new UsageError(`cannot read ${args.file}`);
    }
    const trial = importTrial(text, args);
    const analysis = analyseTrial({ plan: trial.versions, entries: trial.entries, pausedDates: trial.pausedDates });
    const decision = decideFromAnalysis(analysis, trial.safetyEvents, { sessionsUnknown: trial.sessionsUnknown });
    const later = hasLaterPhases(trial.phases);
    const phases = later ? phaseSummaryFor(analysis.plan, trial.entries, trial.phases, trial.pausedDates) : null;
    if (args.json) {
      const json = { ...decisionJson(decision), ...(phases ? { phases: phasesJson(phases) } : {}) };
      return { code: 0, out: `${JSON.stringify(json, null, 2)}\n`, err: "" };
    }
    const t = translatorFor(args.lang);
    const { blockEnd } = analysis.calendar;
    const report = finalReportFullText(t, { analysis, decision, kind: "final", plannedEnd: blockEnd, asOf: blockEnd }, args.lang);
    const notes = trial.notes.map((n) => `(${n})`).join("\n");
    const phaseText = phases ? `\n${htmlToTerminal(phaseSummaryText(t, phases, analysis.plan.painScale, args.lang), false)}\n` : "";
    return { code: 0, out: `${htmlToTerminal(report, false)}\n${phaseText}${notes ? `\n${notes}\n` : ""}`, err: "" };
  } catch (err) {
    if (err instanceof ImportError || err instanceof UsageError) return { code: 1, out: "", err: `analyze: ${err.message}\n` };
    throw err;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, out, err } = runAnalyze(process.argv.slice(2));
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
}
