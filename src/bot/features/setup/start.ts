import type { BotContext } from "../../context.js";
import { isFresh, newDraft } from "../../../trial/plan/draft.js";
import { defaultCurrency } from "../../../trial/plan/markers.js";
import { zoneForLanguage } from "../../../trial/plan/steps/suggest.js";
import { PLAN_SETUP, ask, stepEnv } from "./conversation.js";
import type { Translate } from "../../ui/format.js";

/** A fresh setup: the draft, the intro and the first safety question. Consent, /start and /plan open it. */
export async function startNew(ctx: BotContext, intro = true): Promise<void> {
  const userId = ctx.from!.id;
  const lang = await ctx.i18n.getLocale();
  const zone = zoneForLanguage(ctx.from?.language_code, ctx.deps.config.DEFAULT_TIMEZONE);
  const draft = newDraft(ctx.deps.clock.now(), { currency: defaultCurrency(lang, zone), zone });
  await ctx.deps.stores.drafts.save(userId, draft);
  await ctx.conversation.exit(PLAN_SETUP);
  if (intro) await ctx.reply(ctx.t("setup-intro"));
  await ask(ctx, ctx.t as Translate, draft, await stepEnv(ctx.deps, userId, draft, lang));
}

/** After consent or /start without a plan: go straight on into the setup, or back to a half-finished one. */
export async function continueIntoSetup(ctx: BotContext): Promise<void> {
  const draft = await ctx.deps.stores.drafts.get(ctx.from!.id);
  if (!draft || isFresh(draft)) return startNew(ctx);
  const lang = await ctx.i18n.getLocale();
  await ctx.reply(ctx.t("setup-resume"));
  await ask(ctx, ctx.t as Translate, draft, await stepEnv(ctx.deps, ctx.from!.id, draft, lang));
}
