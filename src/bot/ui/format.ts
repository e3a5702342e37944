import { DateTime } from "luxon";
import type { Plan } from "../../trial/plan/plan.js";
import { escapeHtml } from "./html.js";

/** A translation function: Fluent key + variables → text (ctx.t, or i18n.t bound to a locale). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export type Lang = "en" | "de";

export function toLang(locale: string | undefined): Lang {
  return locale === "de" ? "de" : "en";
}

/** A number in the user's language, with at most `digits` decimals (62.9 / 62,9). */
export function num(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value === 0 ? 0 : value);
}

/** A signed number: "+4", "−3.5" (true minus sign), "0". */
export function signed(value: number, lang: Lang, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return num(0, lang, digits);
  return `${rounded > 0 ? "+" : "−"}${num(Math.abs(rounded), lang, digits)}`;
}

export function money(amount: number, currency: string | null, lang: Lang): string {
  try {
    if (currency && /^[A-Z]{3}$/.test(currency)) {
      return new Intl.NumberFormat(lang, { style: "currency", currency, maximumFractionDigits: 2 }).format(amount);
    }
  } catch {
    // an unknown currency code: fall through to the plain number
  }
  return `${num(amount, lang, 2)}${currency ? ` ${escapeHtml(currency)}` : ""}`;
}

/** "Mar 3" / "3. März". */
export function shortDate(iso: string, lang: Lang): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(lang).toLocaleString({ day: "numeric", month: "short" });
}

/** "Mon, Mar 3, 2025" / "Mo., 3. März 2025". */
export function longDate(iso: string, lang: Lang): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(lang).toLocaleString({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
}

export function dateRange(from: string, to: string, lang: Lang): string {
  return `${shortDate(from, lang)} – ${shortDate(to, lang)}`;
}

/** The marker's name: a preset from the locale files, or the user's own words (raw, not escaped). */
export function markerNameRaw(t: Translate, plan: Pick<Plan, "marker">): string {
  return plan.marker.preset === "custom" ? (plan.marker.name ?? t("sum-marker-fallback")) : t(`marker-${plan.marker.preset}`);
}

export function markerUnitRaw(t: Translate, plan: Pick<Plan, "marker">): string {
  const { preset, unit } = plan.marker;
  if (preset === "custom") return unit;
  return unit ? t(`unit-${unit}`) : "";
}

/** HTML-safe versions for Telegram messages. */
export function markerName(t: Translate, plan: Pick<Plan, "marker">): string {
  return escapeHtml(markerNameRaw(t, plan));
}

export function markerUnit(t: Translate, plan: Pick<Plan, "marker">): string {
  return escapeHtml(markerUnitRaw(t, plan));
}

/** "24 min" — value with the unit, the unit left out when empty. */
export function withUnit(value: string, unit: string): string {
  if (!unit) return value;
  return unit.startsWith("/") ? `${value}${unit}` : `${value} ${unit}`;
}
