import { Composer } from "grammy";
import { DateTime } from "luxon";
import type { BotContext } from "../../context.js";

export const privacyFeature = new Composer<BotContext>();

privacyFeature.command("privacy", async (ctx) => {
  const agreedAt = ctx.profile?.consent?.agreedAt;
  const consent = agreedAt
    ? DateTime.fromISO(agreedAt).setLocale(await ctx.i18n.getLocale()).toLocaleString(DateTime.DATE_MED)
    : "none";
  await ctx.reply(ctx.t("privacy-statement", { days: ctx.deps.config.RETENTION_DAYS, consent }), { parse_mode: "HTML" });
});
