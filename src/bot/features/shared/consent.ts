/** The consent question: asked by /start and by every feature's consent gate (requireConsent). */
import { InlineKeyboard } from "grammy";
import { z } from "zod";
import type { BotContext } from "../../context.js";
import { defineCallback } from "../../ui/callback-data.js";
import type { Translate } from "../../ui/format.js";

export const consentData = defineCallback("consent", { choice: z.enum(["yes", "no"]) });

export function consentKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("consent-accept"), consentData.pack({ choice: "yes" }))
    .row()
    .text(t("consent-decline"), consentData.pack({ choice: "no" }));
}

export async function askConsent(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t("consent-question"), { reply_markup: consentKeyboard((k, v) => ctx.t(k, v)) });
}
