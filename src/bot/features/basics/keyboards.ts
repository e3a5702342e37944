import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { consentData, languageData } from "./callback-data.js";

export function consentKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("consent-accept"), consentData.pack({ choice: "yes" }))
    .row()
    .text(t("consent-decline"), consentData.pack({ choice: "no" }));
}

export function languageKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("language-en"), languageData.pack({ locale: "en" })).text(t("language-de"), languageData.pack({ locale: "de" }));
}
