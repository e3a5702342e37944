import { InlineKeyboard } from "grammy";
import { AREAS, type Area } from "../../../trial/plan/plan.js";
import type { CueGroup } from "../../../trial/safety/safety-event.js";
import { CUE_GROUP_ORDER, cuesInGroup } from "../../../trial/safety/cues.js";
import type { Translate } from "../../ui/format.js";
import { cueAreaData, cueClearedData, cueDismissData, cueSeenData, symptomCueData, symptomGroupData, symptomMenuData } from "./safety-callback-data.js";

/** The "new symptom" list: one button per cue group, then "something else" and "none of these". */
export function menuKeyboard(t: Translate, date: string): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const group of CUE_GROUP_ORDER) kb.text(t(`safety-menu-btn-${group}`), symptomGroupData.pack({ date, group })).row();
  return kb
    .text(t("safety-menu-btn-other"), symptomGroupData.pack({ date, group: "other" }))
    .text(t("safety-menu-btn-none"), symptomGroupData.pack({ date, group: "none" }));
}

export function groupKeyboard(t: Translate, date: string, group: CueGroup): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const cue of cuesInGroup(group)) kb.text(t(`cue-${cue.id}`), symptomCueData.pack({ date, cue: cue.id })).row();
  return kb.text(t("safety-btn-back"), symptomMenuData.pack({ date }));
}

/**
 * What the pause waits for: being seen (urgent cues), having talked to someone (thoughts of
 * self-harm), or either (both kinds open). The tap does the same in every case.
 */
export type PauseKind = "urgent" | "crisis" | "both";

const SEEN_LABEL: Record<PauseKind, string> = { urgent: "safety-btn-seen", crisis: "safety-btn-talked", both: "safety-btn-seen-or-talked" };

export function urgentKeyboard(t: Translate, anchor: string | "screen", kind: PauseKind = "urgent"): InlineKeyboard {
  return new InlineKeyboard()
    .text(t(SEEN_LABEL[kind]), cueSeenData.pack({ ev: anchor }))
    .row()
    .text(t("safety-btn-dismiss"), cueDismissData.pack({ ev: anchor }));
}

export function dismissKeyboard(t: Translate, ev: string): InlineKeyboard {
  return new InlineKeyboard().text(t("safety-btn-dismiss"), cueDismissData.pack({ ev }));
}

/** The /resume question while an urgent cue pauses the trial. */
export function resumeKeyboard(t: Translate, kind: PauseKind): InlineKeyboard {
  return urgentKeyboard(t, "all", kind);
}

/** The setup screen's urgent stop: "I have been seen" (or "talked to someone") goes on with the setup. */
export function screenUrgentKeyboard(t: Translate, kind: PauseKind): InlineKeyboard {
  return urgentKeyboard(t, "screen", kind);
}

export function areaKeyboard(t: Translate, anchor: string, planAreas: readonly Area[]): InlineKeyboard {
  const choices = [...planAreas.filter((a) => a !== "other"), ...AREAS.filter((a) => a !== "other" && !planAreas.includes(a))];
  const kb = new InlineKeyboard();
  choices.forEach((area, i) => {
    kb.text(t(`area-${area}`), cueAreaData.pack({ ev: anchor, area }));
    if (i % 2 === 1) kb.row();
  });
  if (choices.length % 2 === 1) kb.row();
  return kb
    .text(t("safety-btn-area-elsewhere"), cueAreaData.pack({ ev: anchor, area: "elsewhere" }))
    .row()
    .text(t("safety-btn-dismiss"), cueDismissData.pack({ ev: anchor }));
}

export function areaSetKeyboard(t: Translate, anchor: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("safety-btn-cleared"), cueClearedData.pack({ ev: anchor }))
    .row()
    .text(t("safety-btn-dismiss"), cueDismissData.pack({ ev: anchor }));
}
