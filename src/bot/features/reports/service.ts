import { DateTime } from "luxon";
import type { BotDeps } from "../../context.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import type { PlanVersion } from "../../../trial/plan/plan.js";
import type { SafetyEvent } from "../../../trial/safety/safety-event.js";
import { analyseSettle, analyseTrial, currentPlan, type SettleAnalysis, type TrialAnalysis } from "../../../trial/analysis/analysis.js";
import { analysisAsOf } from "../../../trial/analysis/as-of.js";
import { decideFromAnalysis, compareDecisions, type Decision } from "../../../trial/analysis/decision.js";
import { endedByStop, type BlockRecord, type TrialEnded } from "../../../store/report-store.js";
import { readPausedDates } from "./paused.js";
import { pausedDatesFrom, type TrialPauses } from "../../../store/pauses.js";
import { isUrgentPause, mergePausedDates } from "../../../trial/checkin/pauses.js";
import { currentBlock, notCountedDates, runningWithdrawal, type Timeline } from "../../../trial/phases/timeline.js";
import { localDateOf } from "../../../trial/time/next-occurrence.js";
import { finalDetailsText, finalReportText, type ReportKind } from "./final.js";
import type { Lang, Translate } from "../../ui/format.js";

export interface LoadedTrial {
  versions: PlanVersion[];
  /** Without their notes: no report shows them. */
  entries: Entry[];
  events: SafetyEvent[];
  paused: string[];
  /** A later block's wash-in dates (among `paused`: not counted). */
  washIn?: string[];
  /** The current block's number (1 until "another block" starts a later one). */
  block?: number;
  /** The trial's phases after block 1 (empty until "another block" or a withdrawal check starts one). */
  timeline?: Timeline;
  analysis: TrialAnalysis;
  /** The user's local date now, in the plan's zone. */
  today: string;
  /** Set when the user ended the current block's trial. */
  ended: TrialEnded | null;
  /** An urgent safety cue stands right now: the trial is paused and scheduled messages wait. */
  urgentPause: boolean;
  /** The "send once" flags claimed when the trial was read, when they were read with it. */
  sentFlags?: ReadonlySet<string>;
}

export function localToday(deps: BotDeps, zone: string): string {
  return localDateOf(deps.clock.now(), zone);
}

export interface LoadTrialOptions {
  /** Plan versions this update already read (saves reading and validating them again). */
  versions?: PlanVersion[];
  /** The phase timeline this update already read. */
  timeline?: Timeline;
  /** The rest of the trial's data, already read (the daily prompt reads it with its own). */
  read?: TrialReads;
}

/** A user's data a report is computed from, as read together by the daily prompt. */
export interface TrialReads {
  /** Without notes. */
  entries: Entry[];
  pauses: TrialPauses;
  ended: TrialEnded | null;
  timeline: Timeline;
  sentFlags: ReadonlySet<string>;
}

/** What the "does not settle" rule reads: no safety events, no weekly statistics. */
export interface LoadedSettle extends Omit<LoadedTrial, "analysis" | "events"> {
  analysis: SettleAnalysis;
}

async function readTrial(deps: BotDeps, userId: number, opts: LoadTrialOptions & { events: boolean }) {
  let versions = opts.versions?.length ? opts.versions : null;
  if (!versions) {
    const read = await deps.stores.plans.read(userId);
    if (read.status !== "ok") return null;
    versions = read.versions;
  }
  const zone = versions[versions.length - 1].plan.prompt.zone;
  const today = localToday(deps, zone);
  // The safety events are read with the pauses in any case (urgent cues pause the trial).
  const pre = opts.read;
  const [entries, pauses, ended, timeline] = pre
    ? [pre.entries, { paused: pausedDatesFrom(pre.pauses, zone, today), events: pre.pauses.safety }, pre.ended, pre.timeline]
    : await Promise.all([
        // Reports never show notes (and the settle rule runs after every pain score): leave them compressed.
        deps.stores.entries.list(userId, { note: false }),
        readPausedDates(deps, userId, today, zone),
        deps.stores.reports.ended(userId),
        opts.timeline ?? deps.stores.phases.read(userId),
      ]);
  // A later block's wash-in days are not counted: left out like paused days (src/trial/phases/).
  const washIn = timeline.blocks.length ? notCountedDates(versions, timeline) : [];
  const block = timeline.blocks.length ? currentBlock(versions, timeline) : 1;
  const paused = washIn.length ? mergePausedDates(pauses.paused, washIn) : pauses.paused;
  // Their answers stay in `entries` (the phase comparison shows them) but not in the analysis.
  const notCounted = new Set(washIn);
  // Neither do scores dated after the day the block was ended (by the user or by the safety stop):
  // that block is over, and a later day must not move or undo what ended it.
  // The analysis's calendar starts at the latest plan's first session: the mark is read for that block.
  const endedMark = endedMarkOf(ended, currentPlan(versions).firstSession);
  const endedOn = endedMark?.date ?? null;
  const counted = washIn.length || endedOn ? entries.filter((e) => !notCounted.has(e.date) && (endedOn === null || e.date <= endedOn)) : entries;
  const events = opts.events ? pauses.events : ([] as SafetyEvent[]);
  const urgentPause = pauses.events.some(isUrgentPause);
  return { versions, entries, counted, events, paused, washIn, block, timeline, today, urgentPause, ended: endedMark, sentFlags: pre?.sentFlags };
}

/** An "ended" mark belongs to the block it ended; a new block starts fresh. */
export function endedMarkOf(ended: TrialEnded | null, firstSession: string): TrialEnded | null {
  return ended && ended.firstSession === firstSession ? ended : null;
}

/** The trial with the report hash's state read after it was loaded: the end mark and the claimed flags. */
export function withReportState(trial: LoadedTrial, reports: { ended: TrialEnded | null; sent: ReadonlySet<string> }): LoadedTrial {
  return { ...trial, ended: endedMarkOf(reports.ended, trial.analysis.calendar.firstSession), sentFlags: reports.sent };
}

/** Everything a report needs, read once; null without a (readable) plan. */
export async function loadTrial(deps: BotDeps, userId: number, opts: LoadTrialOptions = {}): Promise<LoadedTrial | null> {
  const r = await readTrial(deps, userId, { ...opts, events: true });
  if (!r) return null;
  const analysis = analyseTrial({ plan: r.versions, entries: r.counted, pausedDates: r.paused });
  const { versions, entries, events, paused, washIn, block, timeline, today, urgentPause, sentFlags } = r;
  return {
    versions,
    entries,
    events,
    paused,
    washIn,
    block,
    timeline,
    analysis,
    today,
    ended: r.ended,
    urgentPause,
    ...(sentFlags ? { sentFlags } : {}),
  };
}

/** The settle rule's inputs and analysis (cheaper than loadTrial: it runs after every pain score). */
export async function loadSettle(deps: BotDeps, userId: number, opts: LoadTrialOptions = {}): Promise<LoadedSettle | null> {
  const r = await readTrial(deps, userId, { ...opts, events: false });
  if (!r) return null;
  const analysis = analyseSettle({ plan: r.versions, entries: r.counted, pausedDates: r.paused });
  const { versions, entries, paused, today, urgentPause } = r;
  return { versions, entries, paused, analysis, today, ended: r.ended, urgentPause };
}

export interface FinalReport {
  kind: ReportKind;
  text: string;
  decision: Decision;
  analysis: TrialAnalysis;
  /** The block end the report belongs to (for button payloads). */
  blockEnd: string;
  /** Offer "another block / extend / end" (a final report of a block that was not ended). */
  buttons: boolean;
  /** A withdrawal check runs: of those, only ending is offered. */
  withdrawalRunning: boolean;
}

/** Which report applies today: interim before the end, final after it, "ended" for a trial ended early. */
export function reportScope(trial: LoadedTrial): { kind: ReportKind; asOf: string } {
  const { blockEnd } = trial.analysis.calendar;
  if (trial.ended) return trial.ended.date < blockEnd ? { kind: "ended", asOf: trial.ended.date } : { kind: "final", asOf: blockEnd };
  return trial.today > blockEnd ? { kind: "final", asOf: blockEnd } : { kind: "interim", asOf: trial.today };
}

/** The decision as of a scope: the analysis cut at asOf, every safety event considered. */
export function decisionAt(trial: LoadedTrial, asOf: string): { analysis: TrialAnalysis; decision: Decision } {
  const analysis = analysisAsOf(trial.analysis, asOf);
  const sentStop = endedByStop(trial.ended) ? trial.ended?.firings : undefined;
  return { analysis, decision: decideFromAnalysis(analysis, trial.events, { sentStop }) };
}

/**
 * Recomputes the end-of-block report, compares it with the last one stored (same block, same
 * kind: interim or not) to say when the outcome changed, and stores this outcome as the last.
 */
export async function buildFinalReport(deps: BotDeps, userId: number, t: Translate, lang: Lang, trial: LoadedTrial): Promise<FinalReport> {
  const { kind, asOf } = reportScope(trial);
  const { analysis, decision } = decisionAt(trial, asOf);
  const plannedEnd = trial.analysis.calendar.blockEnd;
  const interim = kind === "interim";
  const previous = await deps.stores.reports.lastOutcome(userId);
  const comparable = previous && previous.blockEnd === plannedEnd && previous.interim === interim ? previous : null;
  const change = compareDecisions(comparable, decision);
  const previousBlocks: BlockRecord[] = await deps.stores.reports.blocks(userId);
  const text = finalReportText(
    t,
    {
      analysis,
      decision,
      kind,
      plannedEnd,
      asOf,
      washInDays: (trial.washIn ?? []).filter((d) => d >= analysis.calendar.firstSession && d <= plannedEnd).length,
      change:
        change.changed && comparable
          ? { from: comparable.outcome, since: DateTime.fromISO(comparable.at).setZone(analysis.plan.prompt.zone).toISODate() ?? trial.today }
          : null,
      previousBlocks,
      stopped: endedByStop(trial.ended),
      block: trial.block,
      today: trial.today,
    },
    lang,
  );
  await deps.stores.reports.setLastOutcome(userId, { outcome: decision.outcome, blockEnd: plannedEnd, interim, at: deps.clock.now().toISOString() });
  return { kind, text, decision, analysis, blockEnd: plannedEnd, buttons: kind === "final" && !trial.ended, withdrawalRunning: runningWithdrawal(trial.timeline, trial.today) !== null };
}

/** The text behind a report's "Details" button, for the report that applies now (nothing is stored). */
export async function buildReportDetails(deps: BotDeps, userId: number, t: Translate, lang: Lang, trial: LoadedTrial): Promise<string> {
  const { kind, asOf } = reportScope(trial);
  const { analysis, decision } = decisionAt(trial, asOf);
  const previousBlocks = await deps.stores.reports.blocks(userId);
  return finalDetailsText(t, { analysis, decision, kind, plannedEnd: trial.analysis.calendar.blockEnd, asOf, previousBlocks }, lang);
}

/** A compact record of a finished block, kept when another block starts. */
export function blockRecord(trial: LoadedTrial): BlockRecord {
  const { asOf } = reportScope(trial);
  const { analysis, decision } = decisionAt(trial, asOf);
  const n = decision.numbers;
  return {
    firstSession: analysis.calendar.firstSession,
    blockEnd: analysis.calendar.blockEnd,
    outcome: decision.outcome,
    baselineMean: n.baselineMean,
    baselineDays: n.baselineDays,
    recalled: n.recalled,
    lastWeekMean: n.lastWeekMean,
    lastWeekDays: n.lastWeekDays,
    markerBaseline: n.markerBaseline,
    markerLast: n.markerLast,
  };
}
