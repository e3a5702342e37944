import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { endTrialData } from "./callback-data.js";

/** /endtrial: end the block now, or not. */
/** The /endtrial confirmation; `token` makes its "Yes" good for one tap. */
export function endTrialKeyboard(t: Translate, token: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("endtrial-btn-yes"), endTrialData.pack({ choice: "yes", token }))
    .text(t("endtrial-btn-no"), endTrialData.pack({ choice: "no", token }));
}
