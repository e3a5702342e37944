import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import { numbersZone, type PlanVersion } from "../../../trial/plan/plan.js";
import type { Timeline } from "../../../trial/phases/timeline.js";
import { inRange, weeklySummaryDueDate, type TrialWeek } from "../../../trial/time/calendar.js";
import { reportsHeldOn } from "../../../trial/checkin/pauses.js";
import type { SettleFiring } from "../../../trial/analysis/settle.js";
import { emergencyLine } from "../shared/emergency-lines.js";
import { finalMessage, weeklyMessage } from "./messages.js";
import { buildFinalReport, loadSettle, loadTrial, withReportState, type LoadedSettle, type LoadedTrial } from "./service.js";
import { sendReport, type OutgoingReport } from "./send.js";
import { attachClinicianReport } from "./report-command.js";
import { translatorFor, userLang } from "../../ui/translate.js";
import { unsettledFirstText, unsettledStopText } from "./final.js";
import { pauseForSettleStop } from "../shared/cue-response.js";
import { urgentKeyboard } from "../shared/safety-keyboards.js";
import { logFailure } from "../../telegram-errors.js";
import type { BeforePromptResult, PromptInputs } from "../../../store/prompt-reads.js";
import { createHash } from "node:crypto";

/** Flags in the per-user report hash (ReportStore); one block = one first-session date. */
type WithCalendar = Pick<LoadedTrial, "analysis"> | Pick<LoadedSettle, "analysis">;
export const flags = {
  week: (trial: WithCalendar, index: number) => `week:${trial.analysis.calendar.firstSession}:${index}`,
  final: (trial: WithCalendar) => `final:${trial.analysis.calendar.firstSession}:${trial.analysis.calendar.blockEnd}`,
  settleFirst: (trial: WithCalendar) => `settle:${trial.analysis.calendar.firstSession}:first`,
  settleStop: (trial: WithCalendar) => `settle:${trial.analysis.calendar.firstSession}:stop`,
};

/** Claims the flag, sends, and gives the flag back when sending fails (so the next run retries). */
async function sendOnce(deps: BotDeps, userId: number, flag: string, send: () => Promise<void>): Promise<boolean> {
  if (!(await deps.stores.reports.claim(userId, flag, deps.clock.now()))) return false;
  try {
    await send();
    return true;
  } catch (err) {
    await deps.stores.reports.release(userId, flag).catch(logFailure(deps.logger, "giving the report claim back"));
    throw err;
  }
}

export interface PendingReports {
  /** The latest due weekly summary, when it has not been sent yet. */
  latest: TrialWeek | null;
  /** Earlier due weeks never sent (they are marked done, not sent, when the latest goes out). */
  older: TrialWeek[];
  /** The end-of-block report is due and has not been sent yet. */
  final: boolean;
}

/** The weekly summaries and the end-of-block report due by `localDate`, and their flags. */
function dueReports(trial: LoadedTrial, localDate: string): { due: TrialWeek[]; finalDue: boolean; wanted: string[] } {
  const due = trial.analysis.weeks.filter((week) => weeklySummaryDueDate(week) <= localDate);
  const finalDue = localDate >= trial.analysis.calendar.finalReportDate;
  return { due, finalDue, wanted: [...due.map((week) => flags.week(trial, week.index)), ...(finalDue ? [flags.final(trial)] : [])] };
}

/** The scheduled reports due by `localDate` that have not gone out yet (held ones included). */
export async function pendingReports(deps: BotDeps, userId: number, trial: LoadedTrial, localDate: string): Promise<PendingReports> {
  const { due, finalDue, wanted } = dueReports(trial, localDate);
  const last = due.at(-1);
  // One read for every flag that could still be open: on most days all of them are set already.
  const sent = trial.sentFlags ? new Set(wanted.filter((f) => trial.sentFlags!.has(f))) : await deps.stores.reports.sentFlags(userId, wanted);
  const open = (week: TrialWeek) => !sent.has(flags.week(trial, week.index));
  return {
    latest: last && open(last) ? last : null,
    older: due.filter((week) => week !== last && open(week)),
    final: finalDue && !sent.has(flags.final(trial)),
  };
}

/**
 * Held reports waiting after a pause (for the "welcome back" messages): true when the trial is no
 * longer paused and a weekly summary or the end-of-block report is unsent although its daily
 * prompt has passed — a due date before today, or today once today's prompt time has passed
 * (`todayPassed`: the daily job has been through today). A report due later today was not held:
 * it simply comes at the prompt time, so it does not count. Never throws.
 */
export async function reportsWaiting(deps: BotDeps, userId: number, todayPassed: boolean): Promise<boolean> {
  try {
    const trial = await loadTrial(deps, userId);
    if (!trial || trial.ended || reportsHeldOn(trial.paused, trial.events, trial.today)) return false;
    const pending = await pendingReports(deps, userId, trial, trial.today);
    const passed = (due: string) => due < trial.today || (due === trial.today && todayPassed);
    const weeks = [...(pending.latest ? [pending.latest] : []), ...pending.older];
    return weeks.some((week) => passed(weeklySummaryDueDate(week))) || (pending.final && passed(trial.analysis.calendar.finalReportDate));
  } catch (err) {
    deps.logger.warn({ err, userId }, "reports: could not check for held reports");
    return false;
  }
}

/**
 * Scheduled reports for one user's daily prompt on `localDate`: the weekly summary on the day
 * after each trial week ends, and the end-of-block report on the day after the block ends; each
 * once. When prompts were missed, only the latest due week is sent (older ones are marked done),
 * so nobody gets a backlog of summaries. Nothing is sent for a trial the user ended.
 * While the trial is paused (an urgent safety cue stands, or the user's own pause covers
 * `localDate`) nothing is sent and no flag is claimed: the held reports go out with the first
 * daily prompt after the pause ends (the latest due week only; the end-of-block report always),
 * or at once when the pause ends after that day's prompt time (src/bot/features/checkin/after-pause.ts).
 */
export async function sendScheduledReports(
  deps: BotDeps,
  api: Api,
  userId: number | string,
  localDate: string,
  /** The trial, when the caller has just loaded it. */
  loaded?: LoadedTrial | null,
): Promise<boolean> {
  const id = Number(userId);
  const trial = loaded === undefined ? await loadTrial(deps, id) : loaded;
  if (!trial || trial.ended) return false;
  if (reportsHeldOn(trial.paused, trial.events, localDate)) return false;
  const pending = await pendingReports(deps, id, trial, localDate);
  if (!pending.latest && !pending.final && !pending.older.length) return false;
  const lang = await userLang(deps, id);
  const t = translatorFor(lang);
  for (const week of pending.older) await deps.stores.reports.claim(id, flags.week(trial, week.index), deps.clock.now());
  const latest = pending.latest;
  if (latest) {
    await sendOnce(deps, id, flags.week(trial, latest.index), () => sendReport(api, id, weeklyMessage(t, lang, trial, latest.index)));
  }

  if (pending.final) {
    const sentFinal = await sendOnce(deps, id, flags.final(trial), async () => {
      const report = await buildFinalReport(deps, id, t, lang, trial);
      await sendReport(api, id, finalMessage(t, report));
    });
    if (sentFinal) await attachClinicianReport(deps, api, id, t, lang, trial);
  }
  return true;
}

/**
 * The "does not settle" rule: on its first firing in the block, a message suggesting lighter
 * pressure or a shorter session and a talk with the therapist; on the second, the stop outcome at
 * once. Each message is sent once per block; when both are new at the same time only the stop is
 * sent. Safe to call as often as wanted (after each saved check-in, before each daily prompt).
 * While an urgent safety cue stands, the first message waits like the scheduled reports (its
 * flag is not claimed): it goes out with the first daily prompt after the pause is lifted, or at
 * once when the pause is lifted after that day's prompt time. The stop never waits.
 * `versions`: the plan versions the caller already read in this update; `loaded`: the trial itself.
 */
export async function checkSettleRule(
  deps: BotDeps,
  api: Api,
  userId: number | string,
  opts: { versions?: PlanVersion[]; timeline?: Timeline; loaded?: LoadedSettle | null } = {},
): Promise<"none" | "first" | "stop"> {
  const id = Number(userId);
  const trial = opts.loaded === undefined ? await loadSettle(deps, id, { versions: opts.versions, timeline: opts.timeline }) : opts.loaded;
  if (!trial || trial.ended) return "none";
  const { plan } = trial.analysis;
  const firings = settleFirings(trial);
  const stop = firings.find((firing) => firing.ordinal >= 2);
  const first = firings.find((firing) => firing.ordinal === 1);
  if (!first) return "none";
  const lang = await userLang(deps, id);
  const t = translatorFor(lang);
  if (stop) {
    const sent = await sendOnce(deps, id, flags.settleStop(trial), async () => {
      // Like an urgent cue, the stop is recorded as a pause that "I have been seen" closes.
      const pause = await pauseForSettleStop(deps, id, stop.date);
      const text = `${unsettledStopText(t, stop, lang, emergencyLine(t, numbersZone(plan)))}\n\n${t("unsettled-stop-ended")}`;
      await sendReport(api, id, { text, keyboard: urgentKeyboard(t, pause.id) } satisfies OutgoingReport);
    });
    // The stop message supersedes the first one.
    await deps.stores.reports.claim(id, flags.settleFirst(trial), deps.clock.now());
    if (sent) await endBlockAtStop(deps, api, id, trial.today, firings.filter((firing) => firing.ordinal <= stop.ordinal).slice(-2));
    return sent ? "stop" : "none";
  }
  // Someone just told to seek care now gets no advice about pressure; it waits for the pause to end.
  if (trial.urgentPause) return "none";
  const sent = await sendOnce(deps, id, flags.settleFirst(trial), () =>
    sendReport(api, id, { text: unsettledFirstText(t, first, plan.painScale, lang) }),
  );
  return sent ? "first" : "none";
}

/** The "does not settle" rule's firings in the current block. */
function settleFirings(trial: Pick<LoadedSettle, "analysis">) {
  const { calendar, settle } = trial.analysis;
  const block = { start: calendar.firstSession, end: calendar.blockEnd };
  return settle.firings.filter((firing) => inRange(firing.date, block));
}

/**
 * The stop is the block's outcome: the block ends today (no more daily questions, no weekly
 * summaries over empty weeks) and its end-of-block report goes out with the stop, once.
 */
async function endBlockAtStop(deps: BotDeps, api: Api, userId: number, today: string, firings: SettleFiring[]): Promise<void> {
  const current = await loadTrial(deps, userId);
  if (!current || current.ended) return;
  const ended = { date: today, at: deps.clock.now().toISOString(), firstSession: current.analysis.calendar.firstSession, by: "stop" as const, firings };
  await deps.stores.reports.setEnded(userId, ended);
  await deps.stores.schedule.remove(userId);
  const trial = { ...current, ended };
  const lang = await userLang(deps, userId);
  const t = translatorFor(lang);
  const sentFinal = await sendOnce(deps, userId, flags.final(trial), async () => {
    const report = await buildFinalReport(deps, userId, t, lang, trial);
    await sendReport(api, userId, finalMessage(t, report));
  });
  if (sentFinal) await attachClinicianReport(deps, api, userId, t, lang, trial);
}

/**
 * The note a daily prompt leaves when every report due by its date had gone out: those reports'
 * flags (digest) and the count of claims given back so far. While a later prompt finds the same
 * note, no claim was given back and no other report fell due, so it need not read the report hash.
 */
function clearNote(reportsGen: string, wanted: readonly string[]): string {
  return `${reportsGen}:${createHash("sha1").update(wanted.join("\n")).digest("hex").slice(0, 16)}`;
}

/**
 * The daily-job hook: the settle rule first (its stop message matters most), then the scheduled
 * reports. Errors are logged, never thrown: a failed report must not cost the user their prompt.
 * `inputs`: what the daily prompt read about the user (the trial is computed from it). The report
 * hash (end mark, claimed flags) is read only when a "does not settle" firing stands in the block,
 * or a report is due that the last prompt's note (PromptFields.reportsClear) does not cover.
 * Resolves true when it sent or wrote something (or failed midway): the prompt reads again.
 */
export function reportsBeforePrompt(deps: BotDeps, api: Api) {
  return async (userId: number | string, localDate: string, inputs?: PromptInputs): Promise<BeforePromptResult> => {
    try {
      const id = Number(userId);
      const plan = inputs?.plan;
      if (!inputs || plan?.status !== "ok") return await settleThenReports(deps, api, id, localDate, await loadTrial(deps, id));
      const read = { entries: inputs.entries, pauses: inputs.pauses, timeline: inputs.timeline };
      // The report state is filled in below, once known.
      const loaded = await loadTrial(deps, id, { versions: plan.versions, read: { ...read, ended: null, sentFlags: new Set() } });
      if (!loaded) return false;
      const { wanted } = dueReports(loaded, localDate);
      const note = wanted.length ? clearNote(inputs.checkin.reportsGen, wanted) : null;
      let reports = inputs.reports;
      if (!reports) {
        const reportDue = note !== null && note !== inputs.checkin.reportsClear && !reportsHeldOn(loaded.paused, loaded.events, localDate);
        if (!reportDue && !settleFirings(loaded).length) return false;
        reports = await deps.stores.reports.readAll(id);
      }
      if (await settleThenReports(deps, api, id, localDate, withReportState(loaded, reports))) return true;
      const sent = reports.sent;
      return note && wanted.every((flag) => sent.has(flag)) ? { changed: false, notes: { reportsClear: note } } : false;
    } catch (err) {
      deps.logger.error({ err, userId: String(userId), localDate }, "reports: scheduled report failed");
      return true;
    }
  };
}

/** The settle rule, then the scheduled reports, on the trial as loaded; true when either sent something. */
async function settleThenReports(deps: BotDeps, api: Api, id: number, localDate: string, loaded: LoadedTrial | null): Promise<boolean> {
  // Again only if the settle rule sent something, since its stop pauses the trial.
  const settled = await checkSettleRule(deps, api, id, { loaded });
  const trial = settled !== "none" ? await loadTrial(deps, id) : loaded;
  const reported = await sendScheduledReports(deps, api, id, localDate, trial);
  return settled !== "none" || reported;
}
