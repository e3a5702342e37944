import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import { addDays } from "../../../trial/time/calendar.js";
import { blockPlans, withdrawalEnd, withdrawalReportDate, WITHDRAWAL_DAYS, type Withdrawal } from "../../../trial/phases/timeline.js";
import { withdrawalCheck } from "../../../trial/phases/withdrawal.js";
import { painDays } from "../../../trial/phases/summary.js";
import { reportsHeldOn } from "../../../trial/checkin/pauses.js";
import { longDate, shortDate, type Lang, type Translate } from "../../ui/format.js";
import { translatorFor, userLang } from "../../ui/translate.js";
import { sendReport } from "../reports/send.js";
import { withdrawalText } from "../reports/phase-text.js";
import { withdrawalDates } from "../reports/choices.js";
import type { LoadedPhases } from "../reports/phase-load.js";
import { logFailure } from "../../telegram-errors.js";
import { followUpOfferKeyboard } from "../reports/phase-keyboards.js";

/**
 * Starts the two weeks without sessions after the current block: from the day after the block
 * ends (today, when that has passed). Null when the block has not ended, or a withdrawal after it
 * is already recorded.
 */
export async function startWithdrawal(deps: BotDeps, userId: number, loaded: LoadedPhases): Promise<Withdrawal | null> {
  const { trial, timeline, block } = loaded;
  const { blockEnd } = trial.analysis.calendar;
  if (trial.today <= blockEnd) return null;
  if (timeline.withdrawals.some((w) => w.start > trial.analysis.calendar.firstSession)) return null;
  const dayAfter = addDays(blockEnd, 1);
  const withdrawal: Withdrawal = { afterBlock: block, start: dayAfter > trial.today ? dayAfter : trial.today, days: WITHDRAWAL_DAYS };
  await deps.stores.phases.addWithdrawal(userId, withdrawal);
  // The daily question goes on through the withdrawal (the block's end had quietened it).
  await deps.stores.schedule.upsert(userId, trial.analysis.plan.prompt);
  return withdrawal;
}

export function withdrawalStartedText(t: Translate, w: Withdrawal, lang: Lang): string {
  const { wdEnd, report } = withdrawalDates(w, lang);
  return t("wd-started", { start: longDate(w.start, lang), end: wdEnd, report });
}

/** The report of a finished withdrawal, from the stored data. */
export function withdrawalReport(t: Translate, lang: Lang, loaded: LoadedPhases, w: Withdrawal): string {
  const { trial, spans } = loaded;
  const first = blockPlans(trial.versions, loaded.timeline)[0].plan;
  const plan = trial.analysis.plan;
  const result = withdrawalCheck({
    pain: painDays(trial.entries),
    spans,
    withdrawal: w,
    paused: trial.paused,
    painScale: plan.painScale,
    recalledBaseline: first.baseline.kind === "recalled" ? first.baseline.pain10 * 10 : null,
  });
  const text = withdrawalText(t, result, { start: w.start, end: withdrawalEnd(w), days: w.days }, plan.painScale, lang);
  // Sessions logged during the check make "without massage" untrue: the report says so beside its verdict.
  const end = withdrawalEnd(w);
  const sessions = trial.entries.filter((e) => e.session === true && e.date >= w.start && e.date <= end).map((e) => e.date);
  if (!sessions.length) return text;
  const [title, ...rest] = text.split("\n");
  const note = t("wd-sessions-logged", { n: sessions.length, dates: sessions.map((d) => shortDate(d, lang)).join(", ") });
  return [title, "", note, ...rest].join("\n");
}

export const withdrawalFlag = (w: Withdrawal) => `withdrawal:${w.start}`;
const flag = withdrawalFlag;

/**
 * Sends the report of each withdrawal that has ended by `localDate`, once (held, like the other
 * scheduled reports, while the trial is paused on that date).
 */
export async function sendWithdrawalReports(deps: BotDeps, api: Api, userId: number, localDate: string, loaded: LoadedPhases): Promise<void> {
  const due = loaded.timeline.withdrawals.filter((w) => withdrawalReportDate(w) <= localDate);
  if (!due.length || reportsHeldOn(loaded.trial.paused, loaded.trial.events, localDate)) return;
  const lang = await userLang(deps, userId);
  const t = translatorFor(lang);
  for (const w of due) {
    if (!(await deps.stores.reports.claim(userId, flag(w), deps.clock.now()))) continue;
    try {
      // Stopping is a decision too: the follow-up is offered unless one is already set up.
      const offer = loaded.timeline.followUp ? undefined : followUpOfferKeyboard(t);
      await sendReport(api, userId, { text: `${withdrawalReport(t, lang, loaded, w)}${offer ? `\n\n${t("fu-offer")}` : ""}`, keyboard: offer });
    } catch (err) {
      await deps.stores.reports.release(userId, flag(w)).catch(logFailure(deps.logger, "giving the withdrawal report claim back"));
      throw err;
    }
  }
}
