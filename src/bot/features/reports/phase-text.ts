/**
 * Words for the phases after block 1: the withdrawal check's report and the phase comparison,
 * always on the user's own pain scale (the analysis works on 0-100).
 */
import type { PhaseComparison, PeriodLevel } from "../../../trial/phases/compare.js";
import type { PhaseSummary } from "../../../trial/phases/summary.js";
import type { PhaseSpan } from "../../../trial/phases/timeline.js";
import type { WithdrawalResult } from "../../../trial/phases/withdrawal.js";
import { dateRange, num, signed, type Lang, type Translate } from "../../ui/format.js";

/** A 0-100 value on the user's scale. */
function onScale(value: number, scale: 10 | 100): number {
  return scale === 10 ? value / 10 : value;
}

function level(value: PeriodLevel, scale: 10 | 100, lang: Lang): string {
  return value.mean === null ? "–" : num(onScale(value.mean, scale), lang);
}

/** "+2.8 (95 % interval +1.9 to +3.7)": the change in pain from reference to target (negative = less pain). */
export function changeText(t: Translate, comparison: PhaseComparison, scale: 10 | 100, lang: Lang): string | null {
  const p = comparison.posterior;
  if (!p) return null;
  return t("ph-change", {
    change: signed(onScale(-p.median, scale), lang),
    low: signed(onScale(-p.upper, scale), lang),
    high: signed(onScale(-p.lower, scale), lang),
  });
}

export function phaseName(t: Translate, span: Pick<PhaseSpan, "kind" | "block">): string {
  switch (span.kind) {
    case "baseline":
      return t("ph-name-baseline");
    case "block":
      return t("ph-name-block", { n: span.block });
    case "wash_in":
      return t("ph-name-wash-in", { n: span.block });
    case "withdrawal":
      return t("ph-name-withdrawal");
    case "follow_up":
      return t("ph-name-follow-up");
  }
}

const VERDICT_KEY = {
  above_baseline: "wd-above-baseline",
  returned: "wd-returned",
  stayed_low: "wd-stayed-low",
  unclear: "wd-unclear",
  no_gain: "wd-no-gain",
  too_few_days: "wd-too-few",
} as const;

/** The report at the end of a withdrawal check. */
export function withdrawalText(t: Translate, r: WithdrawalResult, span: { start: string; end: string; days: number }, scale: 10 | 100, lang: Lang): string {
  const lines = [t("wd-title", { days: span.days, dates: dateRange(span.start, span.end, lang) }), "", t(VERDICT_KEY[r.verdict])];
  lines.push(
    "",
    t("wd-levels", {
      scale,
      baseline: level(r.baseline, scale, lang),
      bdays: r.baseline.days,
      block: level(r.blockEnd, scale, lang),
      kdays: r.blockEnd.days,
      off: level(r.withdrawal, scale, lang),
      odays: r.withdrawal.days,
    }),
  );
  const rise = r.rise ? changeText(t, r.rise, scale, lang) : null;
  if (rise && r.pReturned !== null) lines.push("", t("wd-rise", { change: rise, p: Math.round(r.pReturned * 100) }));
  const vsBaseline = r.vsBaseline ? changeText(t, r.vsBaseline, scale, lang) : null;
  if (vsBaseline) lines.push(t("wd-vs-baseline", { change: vsBaseline }));
  lines.push("", t("wd-caveat"));
  return lines.join("\n");
}

/** Phases side by side: levels, each block against the baseline and block 1, each withdrawal's verdict. */
export function phaseSummaryText(t: Translate, s: PhaseSummary, scale: 10 | 100, lang: Lang): string {
  const lines = [t("ph-title", { scale })];
  for (const l of s.levels) {
    if (l.days === 0 || l.start === null || l.end === null) continue;
    lines.push(t("ph-level", { phase: phaseName(t, l.span), mean: level(l, scale, lang), days: l.days, dates: dateRange(l.start, l.end, lang) }));
  }
  for (const b of s.blocks) {
    const vsBaseline = b.vsBaseline ? changeText(t, b.vsBaseline, scale, lang) : null;
    if (vsBaseline) lines.push(t("ph-block-vs-baseline", { n: b.block, change: vsBaseline }));
    const vsBlock1 = b.vsBlock1 ? changeText(t, b.vsBlock1, scale, lang) : null;
    if (vsBlock1) lines.push(t("ph-block-vs-block1", { n: b.block, change: vsBlock1 }));
  }
  for (const w of s.withdrawals) lines.push(t("ph-withdrawal", { verdict: t(VERDICT_KEY[w.verdict]) }));
  return lines.join("\n");
}
