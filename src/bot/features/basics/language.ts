import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { languageData } from "./callback-data.js";
import { languageKeyboard } from "./keyboards.js";
import { unlessExpected } from "../../telegram-errors.js";

export const languageFeature = new FeatureComposer<BotContext>();

languageFeature.command("language", (ctx) => ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard((k, v) => ctx.t(k, v)) }));

languageFeature.callbackQuery(languageData.filter, async (ctx) => {
  const data = languageData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(ctx.t("expired-button"));
  // Before consent the choice is used for this chat only and not stored (nothing is stored before consent).
  if (ctx.profile?.consent) {
    ctx.profile = await ctx.deps.stores.profiles.update(ctx.from.id, ctx.deps.clock.now(), { locale: data.locale });
  }
  ctx.i18n.useLocale(data.locale);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await ctx.reply(ctx.t("language-set"));
});
