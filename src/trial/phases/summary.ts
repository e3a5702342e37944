/**
 * Every phase side by side: each phase's level, each block's end against the baseline and (from
 * block 2 on) against block 1's end, and each withdrawal check. The numbers behind the later
 * blocks' reports and behind `npm run analyze` for files with phases.
 */
import { datesIn, daysBetween } from "../time/calendar.js";
import type { Entry } from "../checkin/entry.js";
import type { Plan } from "../plan/plan.js";
import { dayPoints } from "../analysis/analysis.js";
import { defaultPainMcid } from "../analysis/measure.js";
import type { DayValue } from "../analysis/trial-series.js";
import { comparePeriods, levelOf, type PeriodLevel, type PhaseComparison } from "./compare.js";
import { phaseLabel, type PhaseSpan } from "./timeline.js";
import { withdrawalCheck, type WithdrawalResult } from "./withdrawal.js";

export interface PhaseLevel extends PeriodLevel {
  label: string;
  span: PhaseSpan;
}

export interface BlockComparison {
  block: number;
  /** The block's last 7 unpaused days. */
  end: PeriodLevel;
  vsBaseline: PhaseComparison | null;
  /** From block 2 on: this block's end against block 1's end (positive = less pain now). */
  vsBlock1: PhaseComparison | null;
}

export interface PhaseSummary {
  mcid: number;
  levels: PhaseLevel[];
  blocks: BlockComparison[];
  withdrawals: WithdrawalResult[];
}

export interface PhaseSummaryInput {
  /** Pain on 0-100 by date. */
  pain: readonly DayValue[];
  spans: readonly PhaseSpan[];
  paused: readonly string[];
  painScale: 10 | 100;
  recalledBaseline: number | null;
  /** The user's own pain MCID on 0-100, if given. */
  mcid?: number | null;
}

function daysOf(pain: readonly DayValue[], span: PhaseSpan, paused: ReadonlySet<string>, upTo: string | null): DayValue[] {
  const end = span.end ?? upTo ?? pain.at(-1)?.date ?? span.start;
  if (end < span.start) return [];
  // Wash-in days come in as "not counted" with the paused days; their own level is still shown.
  const dates = new Set(datesIn({ start: span.start, end }).filter((d) => span.kind === "wash_in" || !paused.has(d)));
  return pain.filter((d) => dates.has(d.date) && d.value !== null);
}

function lastSeven(pain: readonly DayValue[], span: PhaseSpan, paused: ReadonlySet<string>): DayValue[] {
  if (span.end === null) return [];
  const dates = new Set(
    datesIn({ start: span.start, end: span.end })
      .filter((d) => !paused.has(d))
      .slice(-7),
  );
  return pain.filter((d) => dates.has(d.date) && d.value !== null);
}

export function phaseSummary(input: PhaseSummaryInput): PhaseSummary {
  const paused = new Set(input.paused);
  const resolution = input.painScale === 10 ? 10 : 1;
  const levels = input.spans.map((span) => ({ label: phaseLabel(span), span, ...levelOf(daysOf(input.pain, span, paused, null)) }));
  const baselineSpan = input.spans.find((s) => s.kind === "baseline");
  const baselineDays = baselineSpan ? daysOf(input.pain, baselineSpan, paused, null) : [];
  const baselineMean = input.recalledBaseline ?? levelOf(baselineDays).mean;
  const mcid = input.mcid ?? defaultPainMcid(baselineMean);
  const blockSpans = input.spans.filter((s) => s.kind === "block");
  const block1 = blockSpans.find((s) => s.block === 1);
  const block1End = block1 ? lastSeven(input.pain, block1, paused) : [];
  const blocks = blockSpans.map((span) => {
    const end = lastSeven(input.pain, span, paused);
    return {
      block: span.block,
      end: levelOf(end),
      vsBaseline: input.recalledBaseline === null && baselineDays.length ? comparePeriods(baselineDays, end, { threshold: mcid, resolution }) : null,
      vsBlock1: span.block > 1 && block1End.length ? comparePeriods(block1End, end, { threshold: mcid, resolution }) : null,
    };
  });
  const withdrawals = input.spans
    .filter((s) => s.kind === "withdrawal" && s.end !== null)
    .map((s) =>
      withdrawalCheck({
        pain: input.pain,
        spans: input.spans,
        withdrawal: { afterBlock: s.block, start: s.start, days: daysBetween(s.start, s.end as string) + 1 },
        paused: input.paused,
        painScale: input.painScale,
        recalledBaseline: input.recalledBaseline,
      }),
    );
  return { mcid, levels, blocks, withdrawals };
}

/** Pain on 0-100 by date, from the entries (the last entry of a date wins). */
export function painDays(entries: readonly Entry[]): DayValue[] {
  return dayPoints(entries).map((d) => ({ date: d.date, value: d.pain }));
}

/** The summary for a plan's scale, baseline and MCID. */
export function phaseSummaryFor(plan: Plan, entries: readonly Entry[], spans: readonly PhaseSpan[], paused: readonly string[]): PhaseSummary {
  return phaseSummary({
    pain: painDays(entries),
    spans,
    paused,
    painScale: plan.painScale,
    recalledBaseline: plan.baseline.kind === "recalled" ? plan.baseline.pain10 * 10 : null,
    mcid: plan.painMinChange ?? null,
  });
}

/** True when the spans hold anything beyond the baseline and block 1. */
export function hasLaterPhases(spans: readonly PhaseSpan[]): boolean {
  return spans.some((s) => s.kind !== "baseline" && !(s.kind === "block" && s.block === 1));
}

/** Days with a session logged within a closed span. */
export function sessionDaysIn(entries: readonly Entry[], span: Pick<PhaseSpan, "start" | "end">): number {
  const end = span.end ?? span.start;
  return dayPoints(entries).filter((d) => d.session && d.date >= span.start && d.date <= end).length;
}
