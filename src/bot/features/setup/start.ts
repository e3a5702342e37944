import type { BotContext } from "../../context.js";
import { isFresh, newDraft, type Draft } from "../../../trial/plan/draft.js";
import { defaultCurrency } from "../../../trial/plan/markers.js";
import { zoneNamedByLanguage } from "../../../trial/plan/steps/suggest.js";
import { PLAN_SETUP, ask, stepEnv } from "./conversation.js";
import type { Translate } from "../../ui/format.js";
import { resumeSetupKeyboard } from "./keyboards.js";

/** A new draft at the first safety question. */
async function freshDraft(ctx: BotContext): Promise<Draft> {
  const lang = await ctx.i18n.getLocale();
  const zone = zoneNamedByLanguage(ctx.from?.language_code);
  return newDraft(ctx.deps.clock.now(), { currency: defaultCurrency(lang, zone ?? ctx.deps.config.DEFAULT_TIMEZONE), zone });
}

/** Saves the draft and asks its question (after `intro`, if given) in a fresh conversation. */
async function askFrom(ctx: BotContext, draft: Draft, intro?: string): Promise<void> {
  const userId = ctx.from!.id;
  await ctx.deps.stores.drafts.save(userId, draft);
  await ctx.conversation.exit(PLAN_SETUP);
  if (intro) await ctx.reply(intro);
  await ask(ctx, ctx.t as Translate, draft, await stepEnv(ctx.deps, userId, draft, await ctx.i18n.getLocale()));
}

/** A fresh setup: the draft, the intro and the first safety question. Consent, /start and /plan open it. */
export async function startNew(ctx: BotContext, intro = true): Promise<void> {
  await askFrom(ctx, await freshDraft(ctx), intro ? ctx.t("setup-intro") : undefined);
}

/**
 * After "I have been seen" under the setup's urgent stop: the setup goes on with the question after
 * the urgent one ("Back" still reaches it). A setup begun again since goes on where it is.
 */
export async function continuePastUrgent(ctx: BotContext): Promise<void> {
  const current = await ctx.deps.stores.drafts.get(ctx.from!.id);
  if (current && !isFresh(current)) return askFrom(ctx, current);
  const draft = await freshDraft(ctx);
  await askFrom(ctx, { ...draft, step: "screen_area", history: ["screen_urgent"] });
}

/** A setup with answers in it (one without any has nothing to resume), or null. */
export async function openSetup(ctx: BotContext): Promise<Draft | null> {
  const draft = await ctx.deps.stores.drafts.get(ctx.from!.id);
  return draft && !isFresh(draft) ? draft : null;
}

/** "Shall we continue where you left off?" with Continue and Start over. */
export async function offerResume(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t("setup-resume"), { reply_markup: resumeSetupKeyboard(ctx.t as Translate) });
}

/** After consent or /start without a plan: go straight on into the setup, or offer to resume a half-finished one. */
export async function continueIntoSetup(ctx: BotContext): Promise<void> {
  if (await openSetup(ctx)) return offerResume(ctx);
  return startNew(ctx);
}

/** The open setup's current question again, in a fresh conversation (after /language: in the new language). */
export async function askSetupAgain(ctx: BotContext): Promise<void> {
  const draft = await ctx.deps.stores.drafts.get(ctx.from!.id);
  if (draft) await askFrom(ctx, draft);
}
