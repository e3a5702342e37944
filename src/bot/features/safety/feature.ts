/**
 * Safety cues during the trial: the "new symptom" list, the note scan, the buttons on every cue
 * message ("I have been seen", "that's not what I meant", which area, cleared), /safety, and
 * /resume while an urgent cue pauses the trial. Registered before the check-in feature, so its
 * /resume sees a safety pause first.
 */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import type { Area } from "../../../trial/plan/plan.js";
import type { CueGroup, SafetyEvent } from "../../../trial/safety/safety-event.js";
import { cueById, cuesInGroup } from "../../../trial/safety/cues.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { startSetupKeyboard } from "../setup/keyboards.js";
import { continuePastUrgent } from "../setup/start.js";
import {
  cueAreaData,
  cueClearedData,
  cueDismissData,
  cueSeenData,
  symptomCueData,
  symptomGroupData,
  symptomMenuData,
} from "../shared/safety-callback-data.js";
import {
  areaLabel,
  batchOf,
  cueNames,
  isCrisisEvent,
  numbersBlock,
  openScreenUrgent,
  pauseKindOf,
  raiseCues,
  resolveAll,
  resolveBatch,
  zoneOf,
} from "../shared/cue-response.js";
import { areaSetKeyboard, groupKeyboard, menuKeyboard, resumeKeyboard, type PauseKind } from "../shared/safety-keyboards.js";
import { longDate } from "../../ui/format.js";
import { trialCalendar } from "../../../trial/time/calendar.js";
import { isUrgentTrialCue, safetyPausedDates } from "../../../trial/checkin/pauses.js";
import { allPausedDates } from "../../../store/pauses.js";
import { localToday } from "../reports/service.js";
import { envOf, type CheckinEnv } from "../checkin/env.js";
import { afterPauseLifted, deliverAfterPause, heldReportsLine, todayQuestionLine, type AfterPause } from "../checkin/after-pause.js";
import { unlessExpected } from "../../telegram-errors.js";
import { ioOf, tOf } from "../shared/safety-hooks.js";
import { askWaitingQuestion } from "../checkin/question-view.js";

// ---------------------------------------------------------------------------------------------
// The "new symptom" list


export const safetyFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

safetyFeature.callbackQuery(symptomMenuData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = symptomMenuData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const t = tOf(ctx);
  await ctx.editMessageText(`${t("safety-menu")}\n\n${t("safety-keyword-note")}`, { reply_markup: menuKeyboard(t, data.date) }).catch(unlessExpected(ctx.deps.logger, "showing the symptom menu"));
});

safetyFeature.callbackQuery(symptomGroupData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = symptomGroupData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const t = tOf(ctx);
  // Closing the list, or "something else", goes back to the check-in question it was opened from.
  if (data.group === "none") {
    await ctx.editMessageText(t("safety-menu-closed")).catch(unlessExpected(ctx.deps.logger, "closing the symptom menu"));
    return askWaitingQuestion(ctx, data.date);
  }
  if (data.group === "other") {
    await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
    const zone = await zoneOf(ctx.deps, ctx.from.id);
    await ctx.reply([t("safety-something-else"), numbersBlock(t, zone, false), t("safety-keyword-note")].join("\n\n"));
    return askWaitingQuestion(ctx, data.date);
  }
  const title = t(`cue-group-${data.group}-title`);
  await ctx
    .editMessageText(t("safety-menu-which", { title }), { reply_markup: groupKeyboard(t, data.date, data.group) })
    .catch(unlessExpected(ctx.deps.logger, "showing the symptom group"));
});

safetyFeature.callbackQuery(symptomCueData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = symptomCueData.unpack(ctx.callbackQuery.data);
  const cue = data ? cueById(data.cue) : undefined;
  if (!data || !cue) return ctx.reply(ctx.t("expired-button"));
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await raiseCues(await ioOf(ctx), [{ cueId: cue.id, group: cue.group }], { date: data.date, source: "button" });
});

// ---------------------------------------------------------------------------------------------
// Buttons on cue messages

async function alreadyAnswered(ctx: BotContext) {
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await ctx.reply(ctx.t("safety-already-answered"));
}

safetyFeature.callbackQuery(cueAreaData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = cueAreaData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const { deps } = ctx;
  const userId = ctx.from.id;
  const events = await deps.stores.safety.list(userId);
  const anchor = events.find((e) => e.id === data.ev);
  const batch = anchor ? batchOf(events, anchor).filter((e) => e.status === "active") : [];
  if (!anchor || !batch.length) return alreadyAnswered(ctx);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const t = tOf(ctx);
  const keyboard = areaSetKeyboard(t, anchor.id);
  if (data.area === "elsewhere") return ctx.reply(t("safety-area-elsewhere"), { reply_markup: keyboard });
  const area = data.area as Area;
  for (const e of batch) await deps.stores.safety.setArea(userId, e.id, area);
  const lines = [t("safety-area-set", { area: areaLabel(t, area) })];
  const plan = (await deps.stores.plans.current(userId))?.plan;
  if (plan) {
    const held = new Set<Area>([...plan.excludedAreas, ...(await deps.stores.safety.list(userId)).filter(isActiveAreaHold).map((e) => e.area!)]);
    if (plan.areas.every((a) => held.has(a))) lines.push(t("safety-area-only"));
  }
  await ctx.reply(lines.join("\n\n"), { reply_markup: keyboard });
});

function isActiveAreaHold(e: SafetyEvent): boolean {
  return e.group === "no_massage_area" && e.status === "active" && e.area !== undefined;
}

safetyFeature.callbackQuery(cueClearedData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = cueClearedData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const changed = await resolveBatch(ctx.deps, ctx.from.id, data.ev, "seen");
  if (!changed.length) return alreadyAnswered(ctx);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const t = tOf(ctx);
  const lang = await ctx.i18n.getLocale();
  const areas = [...new Set(changed.map((e) => e.area).filter((a): a is Area => !!a))].map((a) => areaLabel(t, a));
  await ctx.reply(t("safety-area-cleared", { area: areas.length ? areas.join(", ") : cueNames(t, changed.map((e) => e.cueId), lang) }));
});

safetyFeature.callbackQuery(cueSeenData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = cueSeenData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  if (data.ev === "screen") return seenAfterScreen(ctx);
  // Being seen covers every open urgent cue (and a "does not settle" stop), not only this message's.
  const open = await ctx.deps.stores.safety.pausing(ctx.from.id);
  const changed = await resolveAll(ctx.deps, ctx.from.id, open, "seen");
  if (!changed.length) return alreadyAnswered(ctx);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (await blockEnded(ctx)) return ctx.reply(ctx.t("safety-seen-ended"));
  const kind = pauseKindOf(changed);
  const lines = [ctx.t(kind === "crisis" ? "safety-talked" : "safety-seen")];
  const blockEnd = await pausedDaysLine(ctx, changed, kind);
  if (blockEnd) lines.push(blockEnd);
  const own = await ownPauseOn(ctx);
  const after = own ? null : await todayAfterLift(ctx);
  if (own) lines.push(ctx.t("safety-own-pause-on"));
  else lines.push(...liftedLines(after, changed));
  await ctx.reply(lines.join("\n\n"));
  if (after) await deliverAfterPause(ctx, after.env, after.state);
});

/** "I have been seen" under the setup's urgent stop: recorded, and the setup goes on after that question. */
async function seenAfterScreen(ctx: BotContext) {
  const userId = ctx.from!.id;
  const changed = await resolveAll(ctx.deps, userId, await openScreenUrgent(ctx.deps, userId), "seen");
  if (!changed.length) return alreadyAnswered(ctx);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (await ctx.deps.stores.plans.has(userId)) return ctx.reply(ctx.t("safety-screen-seen-plan"));
  await ctx.reply(ctx.t(pauseKindOf(changed) === "crisis" ? "safety-screen-talked" : "safety-screen-seen"));
  await continuePastUrgent(ctx);
}

/** The block has ended (a "does not settle" stop ends it, and /endtrial): no daily questions come back. */
async function blockEnded(ctx: BotContext): Promise<boolean> {
  const userId = ctx.from!.id;
  const [ended, schedule] = await Promise.all([ctx.deps.stores.reports.ended(userId), ctx.deps.stores.schedule.get(userId)]);
  return ended !== null && schedule === null;
}

/** The user's own /pause is still running (the safety pause was only one reason for silence). */
async function ownPauseOn(ctx: BotContext): Promise<boolean> {
  return (await ctx.deps.stores.trial.pauseState(ctx.from!.id)).open !== null;
}

/**
 * After "I have been seen": how many days of the block the lifted cues kept the trial paused and
 * where the block ends now (paused days lengthen it at its end); null when they paused no day.
 */
async function pausedDaysLine(ctx: BotContext, lifted: readonly SafetyEvent[], kind: PauseKind): Promise<string | null> {
  const userId = ctx.from!.id;
  const plan = (await ctx.deps.stores.plans.current(userId))?.plan;
  if (!plan) return null;
  const zone = plan.prompt.zone;
  const today = localToday(ctx.deps, zone);
  const paused = await allPausedDates(ctx.deps.stores, userId, today, zone);
  const cal = trialCalendar(plan, paused);
  const days = safetyPausedDates(lifted, zone, today).filter((d) => d >= cal.firstSession && d <= cal.blockEnd).length;
  if (!days) return null;
  const lang = await ctx.i18n.getLocale();
  return ctx.t("safety-paused-days", {
    days,
    crisis: kind === "crisis" ? "yes" : "no",
    end: longDate(cal.blockEnd, lang),
    planned: longDate(trialCalendar(plan).blockEnd, lang),
  });
}

interface Lifted {
  env: CheckinEnv;
  state: AfterPause;
}

/** Nothing pauses the trial any more: what today still needs (null without a plan). */
async function todayAfterLift(ctx: BotContext): Promise<Lifted | null> {
  const env = await envOf(ctx, true);
  return env ? { env, state: await afterPauseLifted(ctx, env) } : null;
}

/**
 * After the pause ended: the reports held back by an urgent cue (they come now when today's
 * prompt time has passed, else with the next daily question), and today's question when it
 * comes at once (see src/bot/features/checkin/after-pause.ts).
 */
function liftedLines(after: Lifted | null, lifted: readonly SafetyEvent[]): string[] {
  if (!after) return [];
  const { env, state } = after;
  const lines: string[] = [];
  // Only urgent cues hold the reports (a "does not settle" stop does not).
  const held = lifted.some(isUrgentTrialCue) ? heldReportsLine(env, state) : null;
  if (held) lines.push(held);
  const today = todayQuestionLine(env, state);
  if (today) lines.push(today);
  return lines;
}

safetyFeature.callbackQuery(cueDismissData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = cueDismissData.unpack(ctx.callbackQuery.data);
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const { deps } = ctx;
  const userId = ctx.from.id;
  const t = tOf(ctx);
  let changed: SafetyEvent[];
  if (data.ev === "all") {
    changed = await resolveAll(deps, userId, await deps.stores.safety.pausing(userId), "dismissed");
  } else if (data.ev === "screen") {
    changed = await resolveAll(deps, userId, await openScreenUrgent(deps, userId), "dismissed");
    if (changed.length) {
      await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
      return ctx.reply(t("safety-screen-dismissed"), {
        reply_markup: startSetupKeyboard(t, "safety-btn-setup"),
      });
    }
  } else {
    changed = await resolveBatch(deps, userId, data.ev, "dismissed");
  }
  if (!changed.length) return alreadyAnswered(ctx);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const lines = [t("safety-dismissed")];
  let after: Lifted | null = null;
  if (changed.some((e) => e.source === "rule") && (await blockEnded(ctx))) lines.push(t("safety-seen-ended"));
  else if (changed.some((e) => e.group === "urgent" || e.source === "rule")) {
    const still = await deps.stores.safety.isSafetyPaused(userId);
    const own = !still && (await ownPauseOn(ctx));
    lines.push(t(still ? "safety-dismissed-still-paused" : own ? "safety-own-pause-on" : "safety-dismissed-resumed"));
    if (!still && !own) {
      after = await todayAfterLift(ctx);
      lines.push(...liftedLines(after, changed));
    }
  }
  lines.push(t("safety-dismissed-followup"));
  await ctx.reply(lines.join("\n"));
  if (after) await deliverAfterPause(ctx, after.env, after.state);
});

// ---------------------------------------------------------------------------------------------
// /resume during a safety pause, and /safety

const RESUME_QUESTION: Record<PauseKind, string> = {
  urgent: "safety-resume-question",
  crisis: "safety-resume-question-crisis",
  both: "safety-resume-question-mixed",
};

/** While an urgent cue pauses the trial, /resume asks "have you been seen?"; otherwise it passes on. */
safetyFeature.command("resume", async (ctx, next) => {
  if (!ctx.profile?.consent || !ctx.from) return next();
  const open = await ctx.deps.stores.safety.pausing(ctx.from.id);
  if (!open.length) return next();
  const lang = await ctx.i18n.getLocale();
  const t = tOf(ctx);
  const first = open[0];
  const zone = await zoneOf(ctx.deps, ctx.from.id);
  const kind = pauseKindOf(open);
  const question = t(RESUME_QUESTION[kind], { cues: cueNames(t, open.map((e) => e.cueId), lang), date: longDate(first.date, lang) });
  await ctx.reply([question, numbersBlock(t, zone, kind !== "urgent")].join("\n\n"), {
    reply_markup: resumeKeyboard(t, kind),
  });
});

/** How /safety names where an event stands. */
function eventStatus(e: SafetyEvent): string {
  if (e.status !== "seen") return e.status;
  if (e.group === "no_massage_area") return "cleared";
  return isCrisisEvent(e) ? "talked" : "seen";
}

safetyFeature.command("safety", async (ctx) => {
  const t = tOf(ctx);
  const lang = await ctx.i18n.getLocale();
  const list = (group: CueGroup) => cuesInGroup(group).map((c) => `• ${t(`cue-${c.id}`)}`).join("\n");
  const parts = [t("safety-overview", { urgent: list("urgent"), area: list("no_massage_area"), clinician: list("see_clinician") })];
  const userId = ctx.from?.id;
  const zone = userId && ctx.profile?.consent ? await zoneOf(ctx.deps, userId) : undefined;
  if (userId && ctx.profile?.consent) {
    const events = (await ctx.deps.stores.safety.list(userId)).filter((e) => e.status !== "dismissed");
    parts.push(
      events.length
        ? [
            t("safety-overview-yours"),
            ...events.map((e) =>
              t("safety-event-line", {
                date: longDate(e.date, lang),
                cue: t(`cue-${e.cueId}`),
                area: e.area ? ` (${areaLabel(t, e.area)})` : "",
                status: eventStatus(e),
              }),
            ),
          ].join("\n")
        : t("safety-overview-none"),
    );
    if (await ctx.deps.stores.safety.isSafetyPaused(userId)) parts.push(t("safety-paused-line"));
  }
  parts.push(numbersBlock(t, zone, true), t("safety-not-medical"));
  await ctx.reply(parts.join("\n\n"));
});
