import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { languageData } from "./callback-data.js";
import { languageKeyboard } from "./keyboards.js";
import { unlessExpected } from "../../telegram-errors.js";
import { askSetupAgain } from "../setup/start.js";

export const languageFeature = new FeatureComposer<BotContext>();

languageFeature.command("language", (ctx) => ctx.reply(ctx.t("language-choose"), { reply_markup: languageKeyboard((k, v) => ctx.t(k, v)) }));

languageFeature.callbackQuery(languageData.filter, async (ctx) => {
  const data = languageData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  if (!data) return ctx.reply(ctx.t("expired-button"));
  const { profiles } = ctx.deps.stores;
  // Before consent there is no profile: the choice is kept apart, so the consent question comes in it.
  if (ctx.profile?.consent) ctx.profile = await profiles.update(ctx.from.id, ctx.deps.clock.now(), { locale: data.locale });
  else await profiles.chooseLocale(ctx.from.id, data.locale);
  ctx.i18n.useLocale(data.locale);
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await ctx.reply(ctx.t("language-set"));
  // A setup in progress: its question again, now in the new language.
  if (ctx.profile?.consent) await askSetupAgain(ctx);
});
