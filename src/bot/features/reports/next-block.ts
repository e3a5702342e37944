import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import type { Outcome } from "../../../trial/analysis/decision.js";
import { MAX_BLOCKS } from "../../../trial/phases/timeline.js";
import { hasLaterPhases, phaseSummaryFor } from "../../../trial/phases/summary.js";
import { reportsHeldOn } from "../../../trial/checkin/pauses.js";
import { longDate, type Translate } from "../../ui/format.js";
import { phaseChartPng } from "./chart.js";
import { translatorFor, userLang } from "../../ui/translate.js";
import { logFailure } from "../../telegram-errors.js";
import { sendReport } from "./send.js";
import { phaseSummaryText } from "./phase-text.js";
import type { LoadedPhases } from "./phase-load.js";

/** What the finished block's outcome suggests for the next one, said before the plan editor opens. */
export function nextBlockAdvice(t: Translate, outcome: Outcome): string {
  switch (outcome) {
    case "partial":
      return t("nb-advice-partial");
    case "no_go":
      return t("nb-advice-no-go");
    case "improved":
      return t("nb-advice-improved");
    default:
      return t("nb-advice-unclear");
  }
}

/**
 * Records the next block just before its confirmed plan is saved: that plan is the next version,
 * with a new first session, and its first `WASH_IN_DAYS` days are not counted. False (nothing
 * recorded) when the trial already has its 4 blocks.
 */
export async function recordNextBlock(deps: BotDeps, userId: number, loaded: LoadedPhases): Promise<boolean> {
  if (loaded.block >= MAX_BLOCKS) return false;
  const fromVersion = Math.max(...loaded.trial.versions.map((v) => v.version)) + 1;
  const blocks = loaded.timeline.blocks.filter((b) => b.n <= loaded.block);
  await deps.stores.phases.write(userId, {
    ...loaded.timeline,
    blocks: [...blocks, { n: loaded.block + 1, fromVersion, washInDays: deps.config.WASH_IN_DAYS }],
  });
  return true;
}

const flag = (loaded: LoadedPhases) => `blocks:${loaded.trial.analysis.calendar.firstSession}`;

/** Due on this date: the end-of-block comparison of a later block (block 2 against block 1 and the baseline). */
export function blockComparisonDue(loaded: LoadedPhases, localDate: string): boolean {
  return loaded.block > 1 && localDate >= loaded.trial.analysis.calendar.finalReportDate && !loaded.trial.ended;
}

/** After a later block's end-of-block report: every phase side by side with the model's intervals, once. */
export async function sendBlockComparison(deps: BotDeps, api: Api, userId: number, localDate: string, loaded: LoadedPhases): Promise<void> {
  if (!blockComparisonDue(loaded, localDate) || reportsHeldOn(loaded.trial.paused, loaded.trial.events, localDate)) return;
  if (!hasLaterPhases(loaded.spans)) return;
  if (!(await deps.stores.reports.claim(userId, flag(loaded), deps.clock.now()))) return;
  const lang = await userLang(deps, userId);
  const t = translatorFor(lang);
  const { trial } = loaded;
  const summary = phaseSummaryFor(trial.analysis.plan, trial.entries, loaded.spans, trial.paused);
  try {
    // The chart of all phases, up to the end of the block compared.
    const blockEnd = trial.analysis.calendar.blockEnd;
    await sendReport(api, userId, {
      text: `${phaseSummaryText(t, summary, trial.analysis.plan.painScale, lang)}\n\n${t("nb-caveat")}`,
      photo: phaseChartPng(t, loaded, lang, blockEnd < localDate ? blockEnd : localDate),
      caption: t("chart-phases-caption", { date: longDate(blockEnd, lang) }),
    });
  } catch (err) {
    await deps.stores.reports.release(userId, flag(loaded)).catch(logFailure(deps.logger, "giving the comparison claim back"));
    throw err;
  }
}
