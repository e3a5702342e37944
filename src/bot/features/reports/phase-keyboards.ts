import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { followUpData } from "./phase-callback-data.js";

export function followUpOfferKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("fu-btn-start"), followUpData.pack({ action: "start" }))
    .row()
    .text(t("fu-btn-no"), followUpData.pack({ action: "no" }));
}

/** Under each follow-up question: pause or stop it. */
export function followUpRunningKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("fu-btn-pause"), followUpData.pack({ action: "pause" }))
    .row()
    .text(t("fu-btn-stop"), followUpData.pack({ action: "stop" }));
}

export function followUpPausedKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("fu-btn-resume"), followUpData.pack({ action: "resume" }))
    .row()
    .text(t("fu-btn-stop"), followUpData.pack({ action: "stop" }));
}
