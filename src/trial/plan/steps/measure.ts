/** What is measured: the pain scale and one everyday marker (a preset or the person's own). */
import { MARKER_PRESETS } from "../plan.js";
import type { Draft, StepId } from "../draft.js";
import { MARKER_PRESET_DEFAULTS } from "../markers.js";
import { SKIP, bad, column, draftMarkerTop, freeText, go, key, row, typedNumber, with_, type Step } from "./kit.js";

export const MEASURE_STEPS = {
  scale: {
    ask: () => ({ rows: row({ label: key("scale-10"), value: "10" }, { label: key("scale-100"), value: "100" }) }),
    answer: ({ d, btn }) => {
      if (btn === "10" || btn === "100") return go(with_(d, { painScale: Number(btn) as 10 | 100 }), "marker");
      return bad("setup-use-buttons");
    },
  },
  marker: {
    ask: () => ({ rows: column(MARKER_PRESETS.map((m) => ({ label: key(`marker-${m}`), value: m }))) }),
    answer: ({ d, btn }) => {
      if (!btn || !(MARKER_PRESETS as readonly string[]).includes(btn)) return bad("setup-use-buttons");
      if (btn === "custom") return go(with_(d, { markerPreset: "custom" }), "marker_name");
      const preset = MARKER_PRESET_DEFAULTS[btn as keyof typeof MARKER_PRESET_DEFAULTS];
      // A preset's smallest change that matters has a default (20 % of baseline); /plan can set another.
      return go(
        with_(d, {
          markerPreset: btn as Draft["answers"]["markerPreset"],
          markerName: undefined,
          markerUnit: preset.unit,
          markerDirection: preset.direction,
          markerMinChange: undefined,
        }),
        "time",
      );
    },
  },
  marker_name: {
    ask: () => ({ rows: [[]] }),
    answer: ({ d, input }) => {
      const t = freeText(input, 80);
      if (!t) return bad("setup-text-expected", { max: 80 });
      return go(with_(d, { markerName: t }), "marker_unit");
    },
  },
  marker_unit: {
    ask: () => ({ rows: [[]] }),
    answer: ({ d, input }) => {
      const t = freeText(input, 30);
      if (!t) return bad("setup-text-expected", { max: 30 });
      return go(with_(d, { markerUnit: t }), "marker_direction");
    },
  },
  marker_direction: {
    ask: () => ({ rows: row({ label: key("direction-higher"), value: "higher" }, { label: key("direction-lower"), value: "lower" }) }),
    answer: ({ d, btn }) => {
      if (btn === "higher" || btn === "lower") return go(with_(d, { markerDirection: btn }), "marker_min");
      return bad("setup-use-buttons");
    },
  },
  marker_min: {
    ask: () => ({ rows: column([{ label: key("btn-skip"), value: SKIP }]) }),
    answer: ({ d, btn, input, env }) => {
      if (btn === SKIP) return go(with_(d, { markerMinChange: undefined }), "time");
      const n = typedNumber(input, env.lang);
      // On a rating (head turn 0-10) no change can be larger than the scale itself.
      const { max, rating } = draftMarkerTop(d.answers);
      if (n !== null && n > max && rating) return bad("setup-marker-min-range", { max });
      if (n === null || n <= 0 || n > max) return bad("setup-positive-number");
      return go(with_(d, { markerMinChange: n }), "time");
    },
  },
} satisfies Partial<Record<StepId, Step>>;
