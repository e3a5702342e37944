import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { decisionAt, loadTrial, reportScope } from "./service.js";
import { methodText } from "../setup/method.js";
import { toLang, type Translate } from "../../ui/format.js";

/** /method: how I decide — the pre-registered rule, and the model's own numbers for this trial. */
export const methodFeature = new FeatureComposer<BotContext>();

methodFeature.command("method", requireConsent(), async (ctx) => {
  const lang = toLang(await ctx.i18n.getLocale());
  const t = ctx.t as Translate;
  const trial = await loadTrial(ctx.deps, ctx.from!.id);
  const scope = trial ? reportScope(trial) : null;
  const decision = trial && scope && scope.asOf >= trial.analysis.calendar.firstSession ? decisionAt(trial, scope.asOf).decision : null;
  return ctx.reply(methodText(t, lang, trial?.analysis.plan ?? null, decision));
});
