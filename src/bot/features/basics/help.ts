import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";

export const helpFeature = new FeatureComposer<BotContext>();

helpFeature.command("help", (ctx) => ctx.reply(ctx.t("help")));
