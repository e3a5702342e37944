import { InlineKeyboard } from "grammy";
import { MIN_DAYS_PER_WEEK } from "../../../trial/analysis/settle.js";
import { compactDate, extendBlockData, reportActionData } from "./callback-data.js";
import { withdrawData } from "../phases/callback-data.js";
import { chartPng } from "./chart.js";
import { longDate, type Lang, type Translate } from "../../ui/format.js";
import type { OutgoingReport } from "./send.js";
import type { FinalReport, LoadedTrial } from "./service.js";
import { needMoreDaysText, scoredDays, summarySoFarText, weeklySummaryText } from "./weekly.js";

/** `/summary`: the weeks so far with the chart, or what is missing while there are fewer than 3 scored days. */
export function summaryMessage(t: Translate, lang: Lang, trial: LoadedTrial): OutgoingReport {
  const { analysis } = trial;
  const asOf = trial.ended?.date ?? trial.today;
  if (scoredDays(analysis, asOf) < MIN_DAYS_PER_WEEK) return { text: needMoreDaysText(t, analysis, lang, asOf) };
  const chartTo = asOf < analysis.calendar.blockEnd ? asOf : analysis.calendar.blockEnd;
  return {
    text: summarySoFarText(t, analysis, lang, { asOf, endedOn: trial.ended?.date }),
    photo: chartPng(t, analysis, lang, chartTo),
    caption: t("sum-caption", { date: longDate(chartTo, lang) }),
  };
}

/** The weekly summary for week `index`, with the chart up to that week's end. */
export function weeklyMessage(t: Translate, lang: Lang, trial: LoadedTrial, index: number): OutgoingReport {
  const { analysis } = trial;
  const week = analysis.weeks.find((w) => w.index === index)!;
  return {
    text: weeklySummaryText(t, analysis, index, lang),
    photo: chartPng(t, analysis, lang, week.end),
    caption: t("sum-caption", { date: longDate(week.end, lang) }),
  };
}

/**
 * Under an "unclear" report the extension the model suggests comes first, as one tap. `withdraw`:
 * offer the withdrawal check (not after a stop: those sessions have stopped for another reason).
 */
export function reportKeyboard(t: Translate, blockEnd: string, extendWeeks: number | null = null, withdraw = false): InlineKeyboard {
  const end = compactDate(blockEnd);
  const keyboard = new InlineKeyboard();
  if (extendWeeks !== null && extendWeeks > 1) {
    keyboard.text(t("rep-btn-extend-n", { weeks: extendWeeks }), extendBlockData.pack({ weeks: extendWeeks, end })).row();
  }
  keyboard.text(t("rep-btn-block"), reportActionData.pack({ action: "block", end })).row();
  if (withdraw) keyboard.text(t("rep-btn-withdraw"), withdrawData.pack({ end })).row();
  return keyboard
    .text(t("rep-btn-extend"), reportActionData.pack({ action: "extend", end }))
    .row()
    .text(t("rep-btn-end"), reportActionData.pack({ action: "end", end }));
}

export function finalMessage(t: Translate, report: FinalReport): OutgoingReport {
  const extend = report.decision.outcome === "unclear" ? (report.decision.extendWeeks ?? null) : null;
  const withdraw = report.decision.outcome !== "stop";
  return { text: report.text, keyboard: report.buttons ? reportKeyboard(t, report.blockEnd, extend, withdraw) : undefined };
}
