/**
 * The phases of a trial after the first block: further blocks (each with its own plan version and a
 * wash-in whose days are not counted), withdrawal checks (daily question, no sessions) and the
 * follow-up after the user stops or decides. Block 1 needs no record: it is every plan version
 * before the first later block. Pure: dates and plan versions in, a day's phase out.
 */
import { z } from "zod";
import { isoDate, type Plan, type PlanVersion } from "../plan/plan.js";
import { addDays, datesIn, trialCalendar } from "../time/calendar.js";

export const MAX_BLOCKS = 4;
export const DEFAULT_WASH_IN_DAYS = 3;
export const MAX_WASH_IN_DAYS = 14;
export const WITHDRAWAL_DAYS = 14;

export const laterBlockSchema = z.object({
  /** 2..MAX_BLOCKS. */
  n: z.number().int().min(2).max(MAX_BLOCKS),
  /** The first plan version of this block; the block's plan is the last version before the next block. */
  fromVersion: z.number().int().min(1),
  washInDays: z.number().int().min(0).max(MAX_WASH_IN_DAYS),
});
export type LaterBlock = z.infer<typeof laterBlockSchema>;

export const withdrawalSchema = z.object({
  /** The block whose effect is being checked. */
  afterBlock: z.number().int().min(1).max(MAX_BLOCKS),
  start: isoDate,
  days: z.number().int().min(7).max(28),
});
export type Withdrawal = z.infer<typeof withdrawalSchema>;

export const followUpSchema = z.object({
  /** The first day after the last measured phase: the checkpoints are counted from here. */
  start: isoDate,
  /** The follow-up's asks wait while this is set (the user paused it). */
  pausedSince: isoDate.optional(),
  /** Set by /endtrial, or when the last checkpoint has been answered or passed. */
  stoppedOn: isoDate.optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const timelineSchema = z.object({
  blocks: z
    .array(laterBlockSchema)
    .max(MAX_BLOCKS - 1)
    .default([]),
  withdrawals: z.array(withdrawalSchema).max(MAX_BLOCKS).default([]),
  followUp: followUpSchema.nullable().default(null),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const EMPTY_TIMELINE: Timeline = { blocks: [], withdrawals: [], followUp: null };

export type PhaseKind = "baseline" | "block" | "wash_in" | "withdrawal" | "follow_up";

export interface PhaseSpan {
  kind: PhaseKind;
  /** The block number for baseline (1), block and wash-in spans; the checked block for a withdrawal. */
  block: number;
  start: string;
  /** Inclusive; null for an open-ended follow-up. */
  end: string | null;
}

export interface BlockPlan {
  n: number;
  plan: Plan;
  washInDays: number;
  /** The versions of this block's plan (mid-block edits included), oldest first. */
  versions: PlanVersion[];
}

function byVersion(versions: readonly PlanVersion[]): PlanVersion[] {
  return [...versions].sort((a, b) => a.version - b.version);
}

/**
 * Each block with its plan (the last version saved for it) and its versions. A later block starts
 * at the first version from its `fromVersion` on that moves the first session (a block is asked for
 * before its plan is confirmed; an edit that keeps the first session still belongs to the block
 * before, and a block whose plan was never confirmed does not exist).
 */
export function blockPlans(versions: readonly PlanVersion[], timeline: Timeline): BlockPlan[] {
  const sorted = byVersion(versions);
  if (!sorted.length) return [];
  const later = [...timeline.blocks].sort((a, b) => a.n - b.n);
  const starts: { n: number; from: number; washInDays: number }[] = [{ n: 1, from: sorted[0].version, washInDays: 0 }];
  for (const block of later) {
    const previous = starts.at(-1)!;
    const before = sorted.filter((v) => v.version >= previous.from && v.version < block.fromVersion).at(-1);
    const first = sorted.find((v) => v.version >= block.fromVersion && v.plan.firstSession !== before?.plan.firstSession);
    if (before && first) starts.push({ n: starts.length + 1, from: first.version, washInDays: block.washInDays });
  }
  return starts.map((start, i) => {
    const next = starts[i + 1]?.from ?? Infinity;
    const mine = sorted.filter((v) => v.version >= start.from && v.version < next);
    return { n: start.n, plan: mine.at(-1)!.plan, washInDays: start.washInDays, versions: mine };
  });
}

/**
 * The trial's first tracked date, before which no answer counts: block 1's baseline start (a later
 * block never moves it back). `plan` is the current plan, block 1's while there is no later block.
 */
export function firstTrackedDate(plan: Plan, versions: readonly PlanVersion[] | undefined, timeline: Timeline): string {
  const first = timeline.blocks.length && versions?.length ? blockPlans(versions, timeline)[0].plan : plan;
  return trialCalendar(first).baseline.start;
}

/** The wash-in dates of a block: its first `washInDays` days, never counted. */
export function washInDates(block: Pick<BlockPlan, "plan" | "washInDays">): string[] {
  if (block.washInDays === 0) return [];
  return datesIn({ start: block.plan.firstSession, end: addDays(block.plan.firstSession, block.washInDays - 1) });
}

/** Every wash-in date of the trial: the analysis leaves them out as it leaves out paused days. */
export function notCountedDates(versions: readonly PlanVersion[], timeline: Timeline): string[] {
  return blockPlans(versions, timeline).flatMap(washInDates);
}

export function withdrawalEnd(w: Withdrawal): string {
  return addDays(w.start, w.days - 1);
}

/** The day after the check's last day: its report's day. */
export function withdrawalReportDate(w: Withdrawal): string {
  return addDays(withdrawalEnd(w), 1);
}

/** The withdrawal check that covers `date` (its report is still to come), or null. */
export function runningWithdrawal(timeline: Timeline | undefined, date: string): Withdrawal | null {
  return timeline?.withdrawals.find((w) => w.start <= date && date <= withdrawalEnd(w)) ?? null;
}

/**
 * The trial's phases in date order. A block runs from its first session to its end as lengthened
 * by paused and wash-in days, cut short where the next block or a withdrawal starts.
 */
export function phaseSpans(versions: readonly PlanVersion[], timeline: Timeline, paused: readonly string[] = []): PhaseSpan[] {
  const blocks = blockPlans(versions, timeline);
  if (!blocks.length) return [];
  const notCounted = blocks.flatMap(washInDates);
  const spans: PhaseSpan[] = [];
  const first = trialCalendar(blocks[0].plan);
  spans.push({ kind: "baseline", block: 1, start: first.baseline.start, end: first.baseline.end });
  const cuts = [...blocks.slice(1).map((b) => b.plan.firstSession), ...timeline.withdrawals.map((w) => w.start)];
  if (timeline.followUp) cuts.push(timeline.followUp.start);
  for (const block of blocks) {
    const calendar = trialCalendar(block.plan, [...paused, ...notCounted]);
    const cut = cuts.filter((c) => c > block.plan.firstSession).sort()[0];
    const end = cut && addDays(cut, -1) < calendar.blockEnd ? addDays(cut, -1) : calendar.blockEnd;
    const wash = washInDates(block).filter((d) => d <= end);
    if (wash.length) spans.push({ kind: "wash_in", block: block.n, start: wash[0], end: wash.at(-1)! });
    const start = wash.length ? addDays(wash.at(-1)!, 1) : block.plan.firstSession;
    if (start <= end) spans.push({ kind: "block", block: block.n, start, end });
  }
  for (const w of timeline.withdrawals) spans.push({ kind: "withdrawal", block: w.afterBlock, start: w.start, end: withdrawalEnd(w) });
  if (timeline.followUp) spans.push({ kind: "follow_up", block: blocks.at(-1)!.n, start: timeline.followUp.start, end: null });
  return spans.sort((a, b) => a.start.localeCompare(b.start));
}

/** The phase a date belongs to (the latest span that started by then and covers it), or null. */
export function phaseOn(spans: readonly PhaseSpan[], date: string): PhaseSpan | null {
  let found: PhaseSpan | null = null;
  for (const span of spans) if (span.start <= date && (span.end === null || date <= span.end)) found = span;
  return found;
}

/** A stable, spreadsheet-safe name for a phase: baseline, block-2, wash-in-2, withdrawal, follow-up. */
export function phaseLabel(span: Pick<PhaseSpan, "kind" | "block"> | null): string {
  if (!span) return "";
  switch (span.kind) {
    case "baseline":
      return "baseline";
    case "block":
      return `block-${span.block}`;
    case "wash_in":
      return `wash-in-${span.block}`;
    case "withdrawal":
      return "withdrawal";
    case "follow_up":
      return "follow-up";
  }
}

/** Reads a phase name back (also the plain "block" of the clinician CSV, as block 1); null if unknown. */
export function parsePhaseLabel(text: string): Pick<PhaseSpan, "kind" | "block"> | null {
  const s = text.trim().toLowerCase();
  if (s === "baseline") return { kind: "baseline", block: 1 };
  if (s === "block") return { kind: "block", block: 1 };
  if (s === "withdrawal") return { kind: "withdrawal", block: 1 };
  if (s === "follow-up") return { kind: "follow_up", block: 1 };
  const m = /^(block|wash-in)-([1-4])$/.exec(s);
  if (!m) return null;
  return { kind: m[1] === "block" ? "block" : "wash_in", block: Number(m[2]) };
}

/** The current (latest) block's number. */
export function currentBlock(versions: readonly PlanVersion[], timeline: Timeline): number {
  return blockPlans(versions, timeline).at(-1)?.n ?? 1;
}

/**
 * Phase spans from per-date phase names (an imported file's phase column): each run of one name
 * in date order is a span from its first to its last date; unknown names are skipped.
 */
export function spansFromLabels(labels: Readonly<Record<string, string>>): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  let open: { name: string; span: PhaseSpan } | null = null;
  for (const date of Object.keys(labels).sort()) {
    const name = labels[date];
    const kind = parsePhaseLabel(name);
    if (!kind) continue;
    if (open && open.name === name) {
      open.span.end = date;
      continue;
    }
    open = { name, span: { ...kind, start: date, end: date } };
    spans.push(open.span);
  }
  // A withdrawal belongs to the block before it.
  spans.forEach((span, i) => {
    if (span.kind === "withdrawal")
      span.block =
        spans
          .slice(0, i)
          .filter((s) => s.kind === "block")
          .at(-1)?.block ?? 1;
  });
  return spans;
}
