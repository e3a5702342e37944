import type { MarkerPreset } from "./plan.js";

/** Units are locale keys (`unit-<id>`) for presets; a custom marker carries the user's own unit text. */
export const MARKER_PRESET_DEFAULTS: Record<Exclude<MarkerPreset, "custom">, { unit: string; direction: "higher" | "lower" }> = {
  walk_minutes: { unit: "min", direction: "higher" },
  night_wakings: { unit: "times", direction: "lower" },
  head_turn: { unit: "scale10", direction: "higher" },
  sitting_minutes: { unit: "min", direction: "higher" },
  stairs: { unit: "flights", direction: "higher" },
};

export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;

export function defaultCurrency(lang: string): string {
  return lang === "de" ? "EUR" : "USD";
}
