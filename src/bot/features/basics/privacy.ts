import { FeatureComposer } from "../../feature-composer.js";
import { instantDate } from "../../ui/format.js";
import type { BotContext } from "../../context.js";

export const privacyFeature = new FeatureComposer<BotContext>();

privacyFeature.command("privacy", async (ctx) => {
  const agreedAt = ctx.profile?.consent?.agreedAt;
  const consent = agreedAt
    ? instantDate(agreedAt, await ctx.i18n.getLocale())
    : "none";
  // The same retention sentence as at the end of a trial (reports feature).
  const retention = ctx.t("retention-line", { days: ctx.deps.config.RETENTION_DAYS });
  await ctx.reply(ctx.t("privacy-statement", { days: ctx.deps.config.RETENTION_DAYS, consent, retention }));
});
