import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../ui/html.js";
import { isFlooding } from "../../middlewares/flood.js";
import { safetyOnPlainMessage } from "../shared/safety-hooks.js";

/** Last in the chain: nothing a user sends goes unanswered. */
export const unhandledFeature = new FeatureComposer<BotContext>();

unhandledFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
});

unhandledFeature.command("cancel", (ctx) => ctx.reply(ctx.t("cancel-nothing")));

// While a user floods the chat, messages nobody understood get no reply (they had one notice).
unhandledFeature.on("message", (ctx, next) => (isFlooding(ctx) ? undefined : next()));

unhandledFeature.on("message::bot_command", async (ctx) => {
  const command = (ctx.message?.text ?? "").split(/\s|@/)[0];
  await ctx.reply(ctx.t("unhandled-command", { command: escapeHtml(command) }));
});

unhandledFeature.on("message:text", async (ctx) => {
  // Warning signs typed as a plain message get the safety reply, not "I did not understand".
  if (await safetyOnPlainMessage(ctx, ctx.message.text)) return;
  const hasPlan = ctx.from ? await ctx.deps.stores.plans.has(ctx.from.id) : false;
  await ctx.reply(ctx.t("unhandled", { hasPlan: hasPlan ? "yes" : "no" }));
});

unhandledFeature.on("message", (ctx) => ctx.reply(ctx.t("unhandled-media")));

// Edits of old messages change nothing unless a feature claimed them earlier in the chain.
unhandledFeature.on("edited_message", () => undefined);
