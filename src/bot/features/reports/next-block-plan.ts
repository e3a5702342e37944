/**
 * Planning another block from an end-of-block report. The tap only opens the plan editor on a
 * draft that names the block it follows; the block is recorded when its plan is confirmed, so a
 * cancelled or abandoned setup leaves the trial exactly as it was.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotDeps } from "../../context.js";
import type { Plan } from "../../../trial/plan/plan.js";
import { FIRST_STEP_OF, type Draft } from "../../../trial/plan/draft.js";
import { EDIT_TECHNIQUE, draftFromPlan } from "../../../trial/plan/steps.js";
import { addDays } from "../../../trial/time/calendar.js";
import { MAX_BLOCKS } from "../../../trial/phases/timeline.js";
import { changesTechniqueOrDose } from "../../../trial/phases/plan-change.js";
import { completeSetup } from "../setup/outcomes.js";
import { setupData } from "../setup/callback-data.js";
import type { SetupReply } from "../setup/conversation.js";
import type { Translate } from "../../ui/format.js";
import { compactDate, reportActionData } from "./callback-data.js";
import { blockRecord, decisionAt, reportScope, type LoadedTrial } from "./service.js";
import { loadPhases } from "./phase-load.js";
import { recordNextBlock } from "./next-block.js";

/**
 * The draft of the next block's plan: this plan with its first session the day after the block
 * (or today, if that has passed) and a daily baseline, dose section first. Stored only as a draft.
 */
export async function nextBlockDraft(deps: BotDeps, userId: number, trial: LoadedTrial): Promise<Draft> {
  const { calendar, plan } = trial.analysis;
  const dayAfter = addDays(calendar.blockEnd, 1);
  const firstSession = dayAfter > trial.today ? dayAfter : trial.today;
  const events = (await deps.stores.safety.list(userId)).filter((e) => e.status === "active" && e.group !== "urgent");
  const screen = {
    urgent: [],
    areaCues: events.filter((e) => e.group === "no_massage_area").map((e) => ({ cueId: e.cueId, area: e.area })),
    clinician: events.filter((e) => e.group === "see_clinician").map((e) => e.cueId),
  };
  const draft = draftFromPlan({ ...plan, firstSession, baseline: { kind: "daily" } }, screen, deps.clock.now());
  return { ...draft, step: FIRST_STEP_OF.dose, history: ["review"], nextBlock: { after: calendar.blockEnd } };
}

/**
 * The next block's plan was confirmed: record the finished block and the new one with its plan.
 * Not saved: when the block it follows has changed since (extended, or another plan saved), when
 * the trial has its 4 blocks, after a stop, and after a no-go when the plan changes neither the
 * technique nor the dose (the draft stays, and the reply offers to change one, or to end).
 */
export async function confirmNextBlock(deps: BotDeps, userId: number, draft: Draft, plan: Plan, t: Translate, lang: string): Promise<SetupReply> {
  const phases = await loadPhases(deps, userId);
  const after = draft.nextBlock?.after;
  if (!phases || phases.trial.analysis.calendar.blockEnd !== after) return dropped(deps, userId, t("nb-stale"));
  if (phases.block >= MAX_BLOCKS) return dropped(deps, userId, t("nb-max"));
  const { trial } = phases;
  const { outcome } = decisionAt(trial, reportScope(trial).asOf).decision;
  if (outcome === "stop") return dropped(deps, userId, t("rep-stop-no-more"));
  if (outcome === "no_go" && !changesTechniqueOrDose(trial.analysis.plan, plan)) {
    return { text: t("nb-unchanged"), markup: unchangedKeyboard(t, after) };
  }
  await deps.stores.reports.saveBlock(userId, blockRecord(trial));
  // Before the plan: a block whose plan was never saved does not exist (blockPlans).
  await recordNextBlock(deps, userId, phases);
  const text = await completeSetup(deps, userId, draft, plan, t, lang);
  // The new block starts fresh; an end mark belongs to the block it ended in any case.
  await deps.stores.reports.clearEnded(userId);
  return { text };
}

async function dropped(deps: BotDeps, userId: number, text: string): Promise<SetupReply> {
  await deps.stores.drafts.remove(userId);
  return { text };
}

/**
 * Back to the dose or to the technique (the draft still waits at its review), or end the trial
 * instead. Plain data: the setup conversation keeps what it is handed.
 */
function unchangedKeyboard(t: Translate, blockEnd: string): InlineKeyboardMarkup {
  const keyboard = new InlineKeyboard()
    .text(t("nb-btn-change-dose"), setupData.pack({ step: "review", value: "edit_dose" }))
    .row()
    .text(t("nb-btn-change-technique"), setupData.pack({ step: "review", value: EDIT_TECHNIQUE }))
    .row()
    .text(t("rep-btn-end"), reportActionData.pack({ action: "end", end: compactDate(blockEnd) }));
  return { inline_keyboard: keyboard.inline_keyboard };
}
