/**
 * The suggested plan after the safety check and the areas: one screen with a plan that suits
 * most people, taken as it is (then only the first session is asked) or changed detail by detail.
 */
import type { Area, MarkerPreset } from "../plan.js";
import type { Draft, StepId } from "../draft.js";
import { MARKER_PRESET_DEFAULTS } from "../markers.js";
import { bad, column, go, key, with_, type Step } from "./kit.js";

export const USE_SUGGESTION = "use";
export const CHANGE_DETAILS = "change";

/** The everyday measure that fits the first area best (the neck: turning the head; knees: stairs). */
const MARKER_FOR_AREA: Record<Area, Exclude<MarkerPreset, "custom">> = {
  low_back: "walk_minutes",
  hips: "walk_minutes",
  knees: "stairs",
  neck: "head_turn",
  shoulders: "night_wakings",
  head: "night_wakings",
  other: "walk_minutes",
};

export const SUGGESTED = { goal: "pain", minutes: 45, perWeek: 2, weeks: 6, pressure: "moderate", time: "20:00" } as const;

/**
 * The zone a Telegram language code names, when it names a country (en-GB, de-AT); else undefined.
 * Language is not country: a plain "en" or "de" says nothing about where the user is.
 */
export function zoneNamedByLanguage(code: string | undefined): string | undefined {
  const c = (code ?? "").toLowerCase();
  const byCode: Record<string, string> = {
    "de-de": "Europe/Berlin",
    "de-at": "Europe/Vienna",
    "de-ch": "Europe/Zurich",
    "en-gb": "Europe/London",
    "en-us": "America/New_York",
    "en-ie": "Europe/Dublin",
  };
  return byCode[c];
}

/** Every answer the suggestion fills in, for the areas already chosen. */
export function suggestedAnswers(d: Draft): Partial<Draft["answers"]> {
  const preset = MARKER_FOR_AREA[d.answers.areas?.[0] ?? "other"];
  const marker = MARKER_PRESET_DEFAULTS[preset];
  return {
    goal: SUGGESTED.goal,
    minutesPerSession: SUGGESTED.minutes,
    sessionsPerWeek: SUGGESTED.perWeek,
    weekdays: [],
    weeks: SUGGESTED.weeks,
    pressure: SUGGESTED.pressure,
    careKinds: ["none"],
    careRole: undefined,
    painScale: 10,
    markerPreset: preset,
    markerName: undefined,
    markerUnit: marker.unit,
    markerDirection: marker.direction,
    markerMinChange: undefined,
    time: SUGGESTED.time,
    zone: d.answers.zone ?? d.suggestedZone,
  };
}

/** After the areas: the suggestion for a new plan; the goal question while changing a saved one. */
export const afterAreas = (d: Draft): StepId => (d.mode === "new" && !d.returnToReview && !d.detailed ? "suggest" : "goal");

export const SUGGEST_STEPS = {
  suggest: {
    ask: (d) => {
      const a = suggestedAnswers(d);
      return {
        text: {
          key: "setup-q-suggest",
          vars: {
            minutes: a.minutesPerSession!,
            perWeek: a.sessionsPerWeek!,
            weeks: a.weeks!,
            pressure: { key: `pressure-${a.pressure}` },
            marker: { key: `marker-${a.markerPreset}` },
            time: { promptTime: a.time! },
            zone: a.zone ?? { key: "setup-suggest-zone-asked" },
          },
        },
        rows: column([
          { label: key("btn-use-suggestion"), value: USE_SUGGESTION },
          { label: key("btn-change-details"), value: CHANGE_DETAILS },
        ]),
      };
    },
    answer: ({ d, btn }) => {
      if (btn === USE_SUGGESTION) {
        const answers = suggestedAnswers(d);
        // A zone on the card was shown and kept; without one, the zone question comes first.
        return answers.zone ? go(with_(d, { ...answers, zoneConfirmed: true }), "first_session") : go(with_(d, answers), "zone");
      }
      if (btn === CHANGE_DETAILS) return go({ ...d, detailed: true }, "goal");
      return bad("setup-use-buttons");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
