import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../ui/html.js";
import { askConsent } from "../shared/consent.js";
import { continueIntoSetup, openSetup } from "../setup/start.js";
import { rearmSchedule } from "./come-back.js";

export const welcomeFeature = new FeatureComposer<BotContext>();

welcomeFeature.command("start", async (ctx) => {
  const name = escapeHtml(ctx.from?.first_name ?? "");
  const profile = ctx.profile;
  if (profile && !profile.active && ctx.from) {
    await ctx.deps.stores.profiles.update(ctx.from.id, ctx.deps.clock.now(), { active: true, inactiveSince: undefined });
  }
  // A 403 took them off the schedule (the unblock may have come first): put the question back.
  const rearmed = profile?.consent && ctx.from ? await rearmSchedule(ctx.deps, ctx.from.id) : false;
  if (!profile?.consent) {
    await ctx.reply(ctx.t("welcome", { name }));
    return askConsent(ctx);
  }
  const hasPlan = ctx.from ? await ctx.deps.stores.plans.has(ctx.from.id) : false;
  if (!hasPlan) {
    const welcome = (await openSetup(ctx)) ? "welcome-setup-open" : "welcome-no-plan";
    await ctx.reply(`${ctx.t(welcome, { name })}\n\n${ctx.t("safety-not-medical")}`);
    return continueIntoSetup(ctx);
  }
  // Say when the next question comes: after a block and an unblock they may wonder whether it still does.
  const scheduled = ctx.from ? await ctx.deps.stores.schedule.get(ctx.from.id) : null;
  const when = scheduled ? { time: scheduled.time, zone: scheduled.zone } : null;
  const back = when ? `\n\n${ctx.t(rearmed ? "welcome-back-rearmed" : "welcome-back-scheduled", when)}` : "";
  await ctx.reply(`${ctx.t("welcome-back", { name })}${back}\n\n${ctx.t("safety-not-medical")}`);
});
