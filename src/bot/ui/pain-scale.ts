/**
 * Pain is analysed on 0-100 (a 0-10 score × 10); the person reads it on the scale they chose.
 * Everything a user sees about pain goes through these: "5.3/10", "1 point better".
 */
import { num, type Translate } from "./format.js";
import { shownPainChange } from "../../trial/analysis/decision.js";

export type PainScale = 10 | 100;

/** A 0-100 value on the user's scale: 62.9 → "6.3" (0-10) or "62.9" (0-100). */
export function painValue(value100: number, scale: PainScale, lang: string): string {
  return scale === 10 ? num(value100 / 10, lang, 1) : num(value100, lang, 1);
}

/** A 0-100 amount of points on the user's scale, rounded for chat: 26.4 → "2.6" (0-10) or "26" (0-100). */
export function painAmount(points100: number, scale: PainScale, lang: string): string {
  return num(Math.abs(shownPainChange(points100, scale)), lang, 1);
}

/** "about 2.6 points better" / "about 1 point worse", or "about the same" when the change shows as 0. */
export function aboutPainChange(t: Translate, points100: number, scale: PainScale, lang: string): string {
  const shown = shownPainChange(points100, scale);
  if (shown === 0) return t("change-about-same");
  return t("change-about", { amount: painPoints(t, points100, scale, lang), direction: t(shown > 0 ? "rep-better" : "rep-worse") });
}

/** "2.6 points" / "1 point" / "26 points" on the user's scale. */
export function painPoints(t: Translate, points100: number, scale: PainScale, lang: string): string {
  const shown = painAmount(points100, scale, lang);
  const value = Math.abs(shownPainChange(points100, scale));
  return t("scale-points", { n: value, points: shown });
}

