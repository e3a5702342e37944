import zoneCountry from "../time/zone-country.json" with { type: "json" };
import type { Marker, MarkerPreset } from "./plan.js";

/** Units are locale keys (`unit-<id>`) for presets; a custom marker carries the user's own unit text. */
export const MARKER_PRESET_DEFAULTS: Record<Exclude<MarkerPreset, "custom">, { unit: string; direction: "higher" | "lower" }> = {
  walk_minutes: { unit: "min", direction: "higher" },
  night_wakings: { unit: "times", direction: "lower" },
  head_turn: { unit: "scale10", direction: "higher" },
  sitting_minutes: { unit: "min", direction: "higher" },
  stairs: { unit: "flights", direction: "higher" },
};

/** The ceiling of any marker value; an open-ended count or duration has no other. */
export const MARKER_MAX = 100_000;

/** Preset units that are ratings with a fixed top. */
const RATING_MAX: Readonly<Record<string, number>> = { scale10: 10 };

/** The highest value `marker` can take: 10 for the head-turn rating, else only the general ceiling. */
export function markerMax(marker: Pick<Marker, "preset" | "unit">): number {
  return (marker.preset !== "custom" && RATING_MAX[marker.unit]) || MARKER_MAX;
}

/** The marker number in "pain and marker at once" examples: 20, or a mid-high value on a rating below that. */
export function markerExample(marker: Pick<Marker, "preset" | "unit">): number {
  const max = markerMax(marker);
  return max >= 20 ? 20 : Math.round(max * 0.7);
}

export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;

/** Countries (ISO 3166-1) whose currency is one of ours other than EUR; the euro area is below. */
const COUNTRY_CURRENCY: Readonly<Record<string, (typeof CURRENCIES)[number]>> = { US: "USD", GB: "GBP", CH: "CHF", LI: "CHF" };
const EURO_AREA = new Set(["AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK", "AD", "MC", "SM", "VA", "ME", "XK"]);

/**
 * The currency offered first: the one of the country the time zone names (EUR for Europe/Berlin,
 * USD for America/New_York), else by language. The user can always tap another one.
 */
export function defaultCurrency(lang: string, zone?: string): string {
  const country = zone ? (zoneCountry as Record<string, string>)[zone] : undefined;
  if (country && EURO_AREA.has(country)) return "EUR";
  if (country && COUNTRY_CURRENCY[country]) return COUNTRY_CURRENCY[country];
  return lang === "de" ? "EUR" : "USD";
}
