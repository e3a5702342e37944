import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { endTrialData } from "./callback-data.js";

/** /endtrial: end the block now, or not. */
export function endTrialKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("endtrial-btn-yes"), endTrialData.pack({ choice: "yes" })).text(t("endtrial-btn-no"), endTrialData.pack({ choice: "no" }));
}
