import { InlineKeyboard } from "grammy";
import { MIN_DAYS_PER_WEEK } from "../../../trial/analysis/settle.js";
import type { Outcome } from "../../../trial/analysis/decision.js";
import { reportChoices, type ReportChoice } from "../../../trial/phases/report-choices.js";
import { compactDate, extendBlockData, reportActionData, reportViewData } from "./callback-data.js";
import { withdrawData } from "./phase-callback-data.js";
import { chartPng } from "./chart.js";
import { longDate, type Lang, type Translate } from "../../ui/format.js";
import type { OutgoingReport } from "./send.js";
import type { FinalReport, LoadedTrial } from "./service.js";
import { runningWithdrawal } from "../../../trial/phases/timeline.js";
import { withdrawalDates } from "./choices.js";
import { followUpRunning, nextCheckpoint } from "../../../trial/phases/followup.js";
import { needMoreDaysText, scoredDays, summarySoFarText, weeklySummaryText } from "./weekly.js";

/** `/summary`: the weeks so far with the chart, or what is missing while there are fewer than 3 scored days. */
export function summaryMessage(t: Translate, lang: Lang, trial: LoadedTrial): OutgoingReport {
  const { analysis } = trial;
  const asOf = trial.ended?.date ?? trial.today;
  if (scoredDays(analysis, asOf) < MIN_DAYS_PER_WEEK) return { text: needMoreDaysText(t, analysis, lang, asOf) };
  const chartTo = asOf < analysis.calendar.blockEnd ? asOf : analysis.calendar.blockEnd;
  const phase = phaseNow(t, lang, trial);
  const text = summarySoFarText(t, analysis, lang, { asOf, ended: trial.ended, washIn: trial.washIn, block: trial.block });
  return {
    text: phase ? `${text}\n\n${phase}` : text,
    photo: chartPng(t, trial, lang, chartTo),
    caption: t("sum-caption", { date: longDate(chartTo, lang) }),
  };
}

/** After the block: a withdrawal check or a follow-up under way, and when its next word comes. */
function phaseNow(t: Translate, lang: Lang, trial: LoadedTrial): string | null {
  const withdrawal = runningWithdrawal(trial.timeline, trial.today);
  if (withdrawal) return t("sum-withdrawal-running", withdrawalDates(withdrawal, lang));
  const followUp = trial.timeline?.followUp ?? null;
  const next = followUp && followUpRunning(followUp, trial.today) ? nextCheckpoint(followUp, trial.today) : null;
  return next ? t("sum-followup-running", { next: longDate(next.date, lang) }) : null;
}

/** The weekly summary for week `index`, with the chart up to that week's end. */
export function weeklyMessage(t: Translate, lang: Lang, trial: LoadedTrial, index: number): OutgoingReport {
  const { analysis } = trial;
  const week = analysis.weeks.find((w) => w.index === index)!;
  return {
    text: weeklySummaryText(t, analysis, index, lang, { washIn: trial.washIn, block: trial.block }),
    photo: chartPng(t, trial, lang, week.end),
    caption: t("sum-caption", { date: longDate(week.end, lang) }),
  };
}

/** "Details" and "What studies say": the short report's longer parts, on request. */
export function reportViewKeyboard(t: Translate, blockEnd: string, keyboard = new InlineKeyboard()): InlineKeyboard {
  const end = compactDate(blockEnd);
  return keyboard
    .text(t("rep-btn-details"), reportViewData.pack({ part: "d", end }))
    .text(t("rep-btn-evidence"), reportViewData.pack({ part: "e", end }));
}

/** The choices under a final report, as its outcome has them (src/trial/phases/report-choices.ts). */
export function reportKeyboard(t: Translate, blockEnd: string, outcome: Outcome, extendWeeks: number | null = null, withdrawalRunning = false): InlineKeyboard {
  const end = compactDate(blockEnd);
  const keyboard = reportViewKeyboard(t, blockEnd);
  const buttons: Record<ReportChoice, () => [string, string]> = {
    extend_n: () => [t("rep-btn-extend-n", { weeks: extendWeeks ?? 1 }), extendBlockData.pack({ weeks: extendWeeks ?? 1, end })],
    extend: () => [t("rep-btn-extend"), reportActionData.pack({ action: "extend", end })],
    block: () => [t("rep-btn-block"), reportActionData.pack({ action: "block", end })],
    withdraw: () => [t("rep-btn-withdraw"), withdrawData.pack({ end })],
    end: () => [t("rep-btn-end"), reportActionData.pack({ action: "end", end })],
  };
  for (const choice of reportChoices(outcome, extendWeeks, withdrawalRunning)) keyboard.row().text(...buttons[choice]());
  return keyboard;
}

export function finalMessage(t: Translate, report: FinalReport): OutgoingReport {
  const keyboard = report.buttons
    ? reportKeyboard(t, report.blockEnd, report.decision.outcome, report.decision.extendWeeks, report.withdrawalRunning)
    : reportViewKeyboard(t, report.blockEnd);
  return { text: report.text, keyboard };
}
