import type { Plan } from "../../../trial/plan/plan.js";
import type { Decision } from "../../../trial/analysis/decision.js";
import type { MeasureResult } from "../../../trial/analysis/measure.js";
import { painPoints } from "../../ui/pain-scale.js";
import { markerName, markerUnit, num, withUnit, type Lang, type Translate } from "../../ui/format.js";

/** The pre-registered rule at setup: plain words, no numbers beyond the thresholds that matter. */
export function setupRuleText(t: Translate, plan: Plan, lang: string): string {
  return t("setup-rule", {
    mcid:
      plan.painMinChange === undefined
        ? t("setup-rule-default-mcid", { points: painPoints(t, 20, plan.painScale, lang), floor: painPoints(t, 10, plan.painScale, lang), scale: plan.painScale })
        : t("setup-rule-own-mcid", { points: painPoints(t, plan.painMinChange, plan.painScale, lang) }),
    marker: markerName(t, plan),
    recalled: plan.baseline.kind === "recalled" ? "yes" : "no",
  });
}

/** Probabilities and NAP with two fixed decimals: 0.97, 1.00. */
function p(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** `per`: the measure's values are divided by it (10 shows 0-100 pain on a 0-10 user's scale). */
function measureLines(t: Translate, lang: Lang, name: string, unit: string, m: MeasureResult & { mcidDefault: boolean }, per = 1): string {
  if (m.gate !== "ok" || !m.posterior) return t("method-measure-none", { name, gate: t(`method-gate-${m.gate}`) });
  const post = m.posterior;
  const digits = per === 1 ? 1 : 2;
  const v = (x: number) => num(x / per, lang, digits);
  return t("method-measure", {
    name,
    median: withUnit(v(post.median), unit),
    low: v(post.lower),
    high: v(post.upper),
    pAny: p(post.pAny, lang),
    pMcid: p(post.pMcid, lang),
    mcid: withUnit(v(m.mcid), unit),
    mcidSource: t(m.mcidDefault ? "method-mcid-default" : "method-mcid-own"),
    verdict: t(`method-verdict-${m.verdict}`),
    rho: p(post.rho, lang),
    nap: m.nap ? `${p(m.nap.nap, lang)} [${p(m.nap.lower, lang)}; ${p(m.nap.upper, lang)}]` : "–",
    medianDiff: m.medianDifference === null ? "–" : withUnit(v(m.medianDifference), unit),
    slope: m.baselineSlope === null ? "–" : num(m.baselineSlope / per, lang, per === 1 ? 2 : 3),
  });
}

/** `/method`: the rule in full (the one place with decimals and the statisticians' words). */
export function methodText(t: Translate, lang: Lang, plan: Plan | null, decision: Decision | null): string {
  const parts = [t("method-rule")];
  if (plan && decision) {
    parts.push(t("method-yours-title"));
    // The model runs on 0-100; the person reads it on their own scale.
    parts.push(measureLines(t, lang, t("method-pain-scale", { scale: plan.painScale }), "", decision.model.pain, plan.painScale === 10 ? 10 : 1));
    parts.push(measureLines(t, lang, markerName(t, plan), markerUnit(t, plan), decision.model.marker));
    parts.push(t("method-outcome", { outcome: t(`rep-outcome-name-${decision.outcome}`) }));
  } else if (plan) parts.push(t("method-no-data-yet"));
  return parts.join("\n\n");
}
