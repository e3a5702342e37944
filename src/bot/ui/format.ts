/**
 * The one formatting kit for everything the bot writes: numbers, money and dates in the user's
 * language. Intl formatters are built once per language and option set (building one per call
 * was a visible cost per check-in answer).
 */
import { DateTime } from "luxon";
import type { Plan } from "../../trial/plan/plan.js";
import type { Lang } from "../../trial/time/lang.js";
import { escapeHtml } from "./html.js";

export type { Lang };

/** A translation function: Fluent key + variables → text (ctx.t, or i18n.t bound to a locale). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** i18n.t outside an update (the scheduler's messages): the locale is given, there is no context. */
export type TranslateFor = (locale: string, key: string, vars?: Record<string, string | number>) => string;

export function toLang(locale: string | undefined): Lang {
  return locale === "de" ? "de" : "en";
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    // Bounded: the language comes from the user's profile and could in principle be anything.
    if (formatters.size < 200) formatters.set(key, f);
  }
  return f;
}

/** A number in the user's language, with at most `digits` decimals (62.9 / 62,9). */
export function num(value: number, lang: string, digits = 1): string {
  const f = cached(`num:${lang}:${digits}`, () => new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
  return f.format(value === 0 ? 0 : value);
}

/** A signed number: "+4", "−3.5" (true minus sign), "0". */
export function signed(value: number, lang: string, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return num(0, lang, digits);
  return `${rounded > 0 ? "+" : "−"}${num(Math.abs(rounded), lang, digits)}`;
}

/** An amount in its currency ("€45.00"); an unknown code is written after the plain number, HTML-escaped. */
export function money(amount: number, currency: string | null, lang: string): string {
  try {
    if (currency && /^[A-Z]{3}$/.test(currency)) {
      return cached(`money:${lang}:${currency}`, () => new Intl.NumberFormat(lang, { style: "currency", currency, maximumFractionDigits: 2 })).format(amount);
    }
  } catch {
    // an unknown currency code: fall through to the plain number
  }
  return `${num(amount, lang, 2)}${currency ? ` ${escapeHtml(currency)}` : ""}`;
}

/** "Mar 3" / "3. März". */
export function shortDate(iso: string, lang: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(lang).toLocaleString({ day: "numeric", month: "short" });
}

/** "Mon, Jan 4" / "Mo., 4. Jan." — a check-in's day. */
export function weekdayDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return DateTime.fromISO(iso).setLocale(lang).toLocaleString({ weekday: "short", day: "numeric", month: "short" });
  const f = cached(`weekday:${lang}`, () => new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }));
  return f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "Mon, Mar 3, 2025" / "Mo., 3. März 2025". */
export function longDate(iso: string, lang: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setLocale(lang).toLocaleString({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
}

/** "Mar 3, 2027" — the date of an instant, in the server's zone (when consent was given). */
export function instantDate(at: Date | string, lang: string): string {
  const dt = typeof at === "string" ? DateTime.fromISO(at) : DateTime.fromJSDate(at);
  return dt.setLocale(lang).toLocaleString(DateTime.DATE_MED);
}

/**
 * "Tue, Mar 4, 2027, 20:00" — an instant as the clock in `zone` shows it. Always 24-hour: prompt
 * times are written and typed as HH:MM, so a sentence never mixes "19:30" with "7:30 PM".
 */
export function zonedDateTime(at: Date, zone: string, lang: string): string {
  return DateTime.fromJSDate(at, { zone }).setLocale(lang).toLocaleString({ ...DateTime.DATETIME_MED_WITH_WEEKDAY, hourCycle: "h23" });
}

export function dateRange(from: string, to: string, lang: string): string {
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
