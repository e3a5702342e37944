import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { languageData } from "./callback-data.js";

export function languageKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("language-en"), languageData.pack({ locale: "en" })).text(t("language-de"), languageData.pack({ locale: "de" }));
}
