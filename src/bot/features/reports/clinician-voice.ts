/**
 * The clinician page speaks about the patient, never to them: its own words for the decision, the
 * reasons, what comes next, and the names that address the user in chat (some marker presets, the
 * self-harm cue).
 */
import type { Plan } from "../../../trial/plan/plan.js";
import { escapeHtml } from "../../ui/html.js";
import { markerNameRaw, type Translate } from "../../ui/format.js";
import type { ReportVoice } from "./final.js";

/** Cues whose chat name speaks to the user; the others read the same on the page. */
const PAGE_CUE_NAMES: Readonly<Record<string, string>> = { self_harm: "cr-cue-name-self_harm" };

export function pageCueName(t: Translate, cueId: string): string {
  return t(PAGE_CUE_NAMES[cueId] ?? `cue-${cueId}`);
}

/** A preset's name in the third person; a custom marker keeps the user's own words. */
export function pageMarkerName(t: Translate, plan: Pick<Plan, "marker">): string {
  const { preset } = plan.marker;
  return preset === "custom" ? markerNameRaw(t, plan) : t(`cr-marker-name-${preset}`);
}

export const PAGE_VOICE: ReportVoice = {
  outcome: "cr-outcome-",
  next: "cr-next-",
  why: "cr-why-",
  mcidDefault: "cr-mcid-default",
  mcidOwn: "cr-mcid-own",
  markerMinDefault: "cr-marker-min-default",
  cueName: pageCueName,
  markerName: (t, plan) => escapeHtml(pageMarkerName(t, plan)),
};
