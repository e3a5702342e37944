import type { Api } from "grammy";
import type { BotDeps } from "../../context.js";
import type { Plan } from "../../../trial/plan/plan.js";
import { blockPlans } from "../../../trial/phases/timeline.js";
import { checkpointOn, checkpoints, howItHeld, nextCheckpoint, type Checkpoint, type HeldVerdict } from "../../../trial/phases/followup.js";
import { painDays } from "../../../trial/phases/summary.js";
import { reportsHeldOn } from "../../../trial/checkin/pauses.js";
import { longDate, num, type Lang, type Translate } from "../../ui/format.js";
import { translatorFor, userLang } from "../../ui/translate.js";
import { logFailure } from "../../telegram-errors.js";
import { changeText } from "../reports/phase-text.js";
import { followUpRunningKeyboard } from "../reports/phase-keyboards.js";
import { localToday } from "../reports/service.js";
import type { LoadedPhases } from "../reports/phase-load.js";

/** Starts the follow-up today (its first question a week from now) and makes sure the daily job visits. */
export async function startFollowUp(deps: BotDeps, userId: number, plan: Plan): Promise<Checkpoint[]> {
  const today = localToday(deps, plan.prompt.zone);
  const timeline = await deps.stores.phases.setFollowUp(userId, { start: today });
  await deps.stores.schedule.upsert(userId, plan.prompt);
  return checkpoints(timeline.followUp!);
}

export function pointName(t: Translate, c: Checkpoint): string {
  return c.unit === "week" ? t("fu-point-week", { n: c.n }) : t("fu-point-month", { n: c.n });
}

export function followUpStartedText(t: Translate, points: Checkpoint[], lang: Lang): string {
  const month = points.filter((c) => c.unit === "month");
  return t("fu-started", { date: longDate(points[0].date, lang), month3: longDate(month[0].date, lang), month6: longDate(month[1].date, lang) });
}

const introFlag = (start: string, c: Checkpoint) => `followup:${start}:${c.index}:asked`;
const heldFlag = (start: string, c: Checkpoint) => `followup:${start}:${c.index}:held`;

/** On a checkpoint's day, before its question: which point this is, with pause / stop buttons (once). */
export async function sendFollowUpIntro(deps: BotDeps, api: Api, userId: number, localDate: string, loaded: LoadedPhases): Promise<void> {
  const f = loaded.timeline.followUp;
  const point = checkpointOn(f, localDate);
  if (!f || !point || reportsHeldOn(loaded.trial.paused, loaded.trial.events, localDate)) return;
  if (!(await deps.stores.reports.claim(userId, introFlag(f.start, point), deps.clock.now()))) return;
  const t = translatorFor(await userLang(deps, userId));
  try {
    await api.sendMessage(userId, t("fu-intro", { point: pointName(t, point) }), { reply_markup: followUpRunningKeyboard(t) });
  } catch (err) {
    await deps.stores.reports.release(userId, introFlag(f.start, point)).catch(logFailure(deps.logger, "giving the follow-up claim back"));
    throw err;
  }
}

const VERDICT_KEY: Record<HeldVerdict, string> = {
  above_baseline: "fu-above-baseline",
  held: "fu-held",
  partly: "fu-partly",
  faded: "fu-faded",
  no_gain: "fu-no-gain",
  too_few_days: "fu-too-few",
};

export function howItHeldText(t: Translate, lang: Lang, loaded: LoadedPhases, point: Checkpoint): string {
  const { trial, spans } = loaded;
  const plan = trial.analysis.plan;
  const first = blockPlans(trial.versions, loaded.timeline)[0].plan;
  const r = howItHeld({
    pain: painDays(trial.entries),
    spans,
    date: point.date,
    paused: trial.paused,
    painScale: plan.painScale,
    recalledBaseline: first.baseline.kind === "recalled" ? first.baseline.pain10 * 10 : null,
  });
  const scale = plan.painScale;
  const show = (v: number | null) => (v === null ? "–" : num(scale === 10 ? v / 10 : v, lang));
  const lines = [
    t("fu-held-title", { point: pointName(t, point) }),
    t("fu-held-levels", { scale, today: show(r.today), block: show(r.blockEnd.mean), bdays: r.blockEnd.days, baseline: show(r.baseline.mean) }),
    "",
    t(VERDICT_KEY[r.verdict]),
  ];
  const change = r.change ? changeText(t, r.change, scale, lang) : null;
  if (change) lines.push(t("fu-change", { change }));
  if (!nextCheckpoint({ start: loaded.timeline.followUp!.start }, point.date)) lines.push("", t("fu-last"));
  return lines.join("\n");
}

/**
 * After a pain score was saved: the "how it held" note for each answered checkpoint not yet
 * commented on (once each); the follow-up is marked finished after the last one.
 */
export async function sendHowItHeld(deps: BotDeps, api: Api, userId: number, loaded: LoadedPhases): Promise<void> {
  const f = loaded.timeline.followUp;
  if (!f || f.stoppedOn) return;
  const scored = new Set(loaded.trial.entries.filter((e) => e.pain !== undefined).map((e) => e.date));
  const answered = checkpoints(f).filter((c) => c.date <= loaded.trial.today && scored.has(c.date));
  if (!answered.length) return;
  const lang = await userLang(deps, userId);
  const t = translatorFor(lang);
  for (const point of answered) {
    if (!(await deps.stores.reports.claim(userId, heldFlag(f.start, point), deps.clock.now()))) continue;
    try {
      await api.sendMessage(userId, howItHeldText(t, lang, loaded, point));
    } catch (err) {
      await deps.stores.reports.release(userId, heldFlag(f.start, point)).catch(logFailure(deps.logger, "giving the follow-up claim back"));
      throw err;
    }
    if (!nextCheckpoint(f, point.date)) await deps.stores.phases.setFollowUp(userId, { ...f, stoppedOn: loaded.trial.today });
  }
}
