import { FeatureComposer } from "../../feature-composer.js";
import { instantDate } from "../../ui/format.js";
import type { BotContext } from "../../context.js";
import { consentData } from "../shared/consent.js";
import { continueIntoSetup } from "../setup/start.js";
import { unlessExpected } from "../../telegram-errors.js";
import { audit } from "../../../logger.js";
import type { StoredLocale } from "../../../store/profile-store.js";

export const consentFeature = new FeatureComposer<BotContext>();

consentFeature.callbackQuery(consentData.filter, async (ctx) => {
  const data = consentData.unpack(ctx.callbackQuery.data);
  const userId = ctx.from.id;
  const { stores, clock } = ctx.deps;
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (!data) return ctx.reply(ctx.t("expired-button"));
  if (data.choice === "no") {
    // An old "No, thanks" tapped after agreeing must not pretend to delete: /delete does that, with
    // its own confirmation.
    if (ctx.profile?.consent) return ctx.reply(ctx.t("consent-decline-after-agree"));
    // Declining leaves nothing about the user behind, not even a language choice or a flood counter.
    await stores.userData.deleteAll(userId);
    audit(ctx.deps.logger, "consent-declined", userId);
    return ctx.reply(ctx.t("consent-declined"));
  }
  const now = clock.now();
  const profile = await stores.profiles.update(userId, now, {
    consent: { adult: true, agreedAt: now.toISOString() },
    // The stored language, or before consent the one picked with /language, or Telegram's.
    locale: (await ctx.i18n.getLocale()) as StoredLocale,
  });
  await stores.profiles.forgetChosenLocale(userId);
  ctx.profile = profile;
  audit(ctx.deps.logger, "consent-given", userId);
  await ctx.reply(ctx.t("consent-accepted", { date: instantDate(now, await ctx.i18n.getLocale()) }));
  // Straight on into the setup (also when /plan or /start led here); someone with a plan already is done.
  if (!(await stores.plans.has(userId))) await continueIntoSetup(ctx);
});
