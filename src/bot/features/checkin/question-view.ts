/** A check-in question as it is asked, with the marker's one-tap values drawn from the user's usual range. */
import type { BotContext } from "../../context.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import type { CheckinStep } from "../../../trial/checkin/checkin.js";
import { markerChoices, usualRange } from "../../../trial/checkin/one-message.js";
import { markerMax } from "../../../trial/plan/markers.js";
import { usualMarkerDates } from "./read-ahead.js";
import { questionMessage } from "./daily-prompt.js";
import type { CheckinEnv } from "./env.js";
import { envOf, nearbyEntries } from "./env.js";
import { painQuestion, typedHint, stepQuestion, type PainOptions, type View } from "./keyboards.js";

/** The user's recent marker values (two weeks before `date`): their usual range, for buttons and typed pairs. */
export async function usualMarker(ctx: BotContext, env: CheckinEnv, date: string) {
  const dates = usualMarkerDates(date);
  const entries = nearbyEntries(env, dates) ?? (await ctx.deps.stores.checkins.entriesOn(env.userId, dates));
  return usualRange([...entries.values()].map((e) => e.marker));
}

/**
 * Sends a check-in question. The message of a pain or marker question (a number keyboard) is noted on
 * the waiting question, with the update's final writes, so an answer typed instead of tapped marks
 * it answered (markAnswered) rather than leaving its numbers to invite a second answer.
 */
export async function sendQuestion(ctx: BotContext, date: string, step: CheckinStep, view: View): Promise<void> {
  const sent = await ctx.reply(view.text, { reply_markup: view.markup });
  const q = view.markup ? questionMessage(step, sent.message_id) : undefined;
  if (q === undefined) return;
  const userId = ctx.from!.id;
  ctx.finalWrites.push(() => ctx.deps.stores.checkins.setQuestionMessage(userId, date, step, q));
}

/** The question for `step` of `entry`'s date, with the marker's one-tap values drawn from the usual range. */
export async function questionView(ctx: BotContext, env: CheckinEnv, step: CheckinStep, entry: Entry, opts: PainOptions = {}): Promise<View> {
  if (step === "pain") return painQuestion(env.t, entry.date, env.plan.painScale, env.lang, { marker: typedHint(env.t, env.plan.marker), ...opts });
  const choices = step === "marker" ? markerChoices(env.plan.marker.preset, await usualMarker(ctx, env, entry.date), markerMax(env.plan.marker)) : [];
  const view = stepQuestion(env.t, step, env.plan, entry, env.lang, choices);
  for (const row of opts.extraRows ?? []) view.markup?.row(...row);
  return opts.intro ? { ...view, text: `${opts.intro}\n\n${view.text}` } : view;
}

/**
 * The question the user's check-in for `date` waits for, asked again (after a detour such as the
 * "new symptom" list); nothing when no question waits for that date.
 */
export async function askWaitingQuestion(ctx: BotContext, date: string): Promise<void> {
  const state = await ctx.deps.stores.checkins.state(ctx.from!.id);
  if (state?.kind !== "answer" || state.date !== date) return;
  const env = await envOf(ctx, true);
  if (!env) return;
  const entry = (await ctx.deps.stores.entries.get(env.userId, date)) ?? { date, scale: env.plan.painScale, reactions: [], answeredAt: env.now.toISOString() };
  const view = await questionView(ctx, env, state.step, entry);
  await sendQuestion(ctx, date, state.step, view);
}
