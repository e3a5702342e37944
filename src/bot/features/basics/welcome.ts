import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../ui/html.js";
import { askConsent } from "./consent.js";
import { startSetupKeyboard } from "../setup/keyboards.js";

export const welcomeFeature = new Composer<BotContext>();

welcomeFeature.command("start", async (ctx) => {
  const name = escapeHtml(ctx.from?.first_name ?? "");
  const profile = ctx.profile;
  if (profile && !profile.active && ctx.from) {
    await ctx.deps.stores.profiles.update(ctx.from.id, ctx.deps.clock.now(), { active: true, inactiveSince: undefined });
    // A 403 took them off the schedule: put the daily question back.
    const current = await ctx.deps.stores.plans.current(ctx.from.id);
    if (current) await ctx.deps.stores.schedule.upsert(ctx.from.id, current.plan.prompt);
  }
  if (!profile?.consent) {
    await ctx.reply(ctx.t("welcome", { name }));
    return askConsent(ctx);
  }
  const hasPlan = ctx.from ? await ctx.deps.stores.plans.has(ctx.from.id) : false;
  if (!hasPlan) {
    return ctx.reply(`${ctx.t("welcome-no-plan", { name })}\n\n${ctx.t("safety-not-medical")}`, {
      reply_markup: startSetupKeyboard((k, v) => ctx.t(k, v)),
    });
  }
  await ctx.reply(`${ctx.t("welcome-back", { name })}\n\n${ctx.t("safety-not-medical")}`);
});
