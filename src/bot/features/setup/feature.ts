import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { planEditData, resumeData, setupData, startSetupData } from "./callback-data.js";
import { PLAN_SETUP, ask, inputOf, stepEnv } from "./conversation.js";
import { FIRST_STEP_OF, SECTIONS, type Section } from "../../../trial/plan/draft.js";
import { draftFromPlan } from "../../../trial/plan/steps.js";
import { offerResume, openSetup, startNew } from "./start.js";
import { planCard, planEditKeyboard } from "./keyboards.js";
import { longDate, type Translate } from "../../ui/format.js";
import { corruptionExplained } from "../../middlewares/corrupt-notice.js";
import { unlessExpected } from "../../telegram-errors.js";

export const planFeature = new FeatureComposer<BotContext>();
const consented = requireConsent();

async function showOrStart(ctx: BotContext) {
  const userId = ctx.from!.id;
  // A setup that has not had an answer yet has nothing to resume: just ask its first question again.
  if (await openSetup(ctx)) return offerResume(ctx);
  const read = await ctx.deps.stores.plans.read(userId);
  if (read.status === "corrupt") {
    corruptionExplained(ctx);
    await ctx.reply(ctx.t("plan-corrupt"));
    return startNew(ctx);
  }
  if (read.status === "none") return startNew(ctx);
  const lang = await ctx.i18n.getLocale();
  const [screen, quiet] = await Promise.all([screenFromEvents(ctx), ctx.deps.stores.schedule.quietHours(userId)]);
  await ctx.reply(
    [
      ctx.t("plan-current-title", { version: read.current.version, since: longDate(read.current.effectiveFrom, lang) }),
      planCard(ctx.t as Translate, read.current.plan, screen, lang, quiet),
      ctx.t("plan-edit-hint"),
    ].join("\n\n"),
    { reply_markup: planEditKeyboard(ctx.t as Translate) },
  );
}

async function screenFromEvents(ctx: BotContext) {
  const events = (await ctx.deps.stores.safety.list(ctx.from!.id)).filter((e) => e.status === "active" && e.group !== "urgent");
  return {
    urgent: [],
    areaCues: events.filter((e) => e.group === "no_massage_area").map((e) => ({ cueId: e.cueId, area: e.area })),
    clinician: events.filter((e) => e.group === "see_clinician").map((e) => e.cueId),
  };
}

planFeature.command("plan", consented, showOrStart);

planFeature.callbackQuery(startSetupData.filter, consented, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await showOrStart(ctx);
});

planFeature.callbackQuery(resumeData.filter, consented, async (ctx) => {
  const data = resumeData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const draft = await ctx.deps.stores.drafts.get(ctx.from.id);
  if (!data || !draft) return ctx.reply(ctx.t("setup-expired"));
  if (data.action === "restart") return startNew(ctx, false);
  await ask(ctx, ctx.t as Translate, draft, await stepEnv(ctx.deps, ctx.from.id, draft, await ctx.i18n.getLocale()));
});

planFeature.callbackQuery(planEditData.filter, consented, async (ctx) => {
  const data = planEditData.unpack(ctx.callbackQuery.data);
  await ctx.answerCallbackQuery();
  const current = await ctx.deps.stores.plans.current(ctx.from.id);
  if (!data || !current || !(SECTIONS as readonly string[]).includes(data.section)) return ctx.reply(ctx.t("setup-expired"));
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  const draft = draftFromPlan(current.plan, await screenFromEvents(ctx), ctx.deps.clock.now());
  draft.step = FIRST_STEP_OF[data.section as Section];
  draft.history = ["review"];
  await ctx.deps.stores.drafts.save(ctx.from.id, draft);
  await ctx.conversation.exit(PLAN_SETUP);
  await ask(ctx, ctx.t as Translate, draft, await stepEnv(ctx.deps, ctx.from.id, draft, await ctx.i18n.getLocale()));
});

planFeature.command("cancel", async (ctx, next) => {
  const had = await ctx.deps.stores.drafts.get(ctx.from!.id);
  if (!had) return next();
  await ctx.deps.stores.drafts.remove(ctx.from!.id);
  await ctx.conversation.exit(PLAN_SETUP);
  // Another block's plan is only a draft until confirmed: the last block and its report stand.
  await ctx.reply(ctx.t(had.nextBlock ? "setup-cancelled-next-block" : "setup-cancelled"), { reply_markup: { remove_keyboard: true } });
});

/** An answer to the current setup question when no conversation is waiting: enter one for it. */
planFeature.on(["message", "callback_query:data"], async (ctx, next) => {
  if (ctx.callbackQuery && !setupData.filter.test(ctx.callbackQuery.data ?? "")) return next();
  if (!ctx.profile?.consent) return next();
  const draft = await ctx.deps.stores.drafts.get(ctx.from!.id);
  if (!draft) {
    if (!ctx.callbackQuery) return next();
    // A question of a setup that was cancelled or finished: say so, and take its buttons away.
    await ctx.answerCallbackQuery({ text: ctx.t("setup-expired") });
    await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
    return ctx.reply(ctx.t("setup-gone"));
  }
  const input = inputOf(ctx, draft);
  if (input.kind === "command") return next();
  if (input.kind === "stale") return ctx.answerCallbackQuery({ text: ctx.t("setup-expired") });
  await ctx.conversation.enter(PLAN_SETUP);
});
