import { InlineKeyboard } from "grammy";
import type { Translate } from "../../ui/format.js";
import { deleteData, exportData } from "./callback-data.js";

export function deleteConfirmKeyboard(t: Translate, token: string): InlineKeyboard {
  return new InlineKeyboard().text(t("btn-delete-confirm"), deleteData.pack({ action: "yes", token })).row().text(t("btn-delete-cancel"), deleteData.pack({ action: "no", token }));
}

/** On the notice before automatic deletion. */
export function exportNowKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard().text(t("btn-export-now"), exportData.pack({ action: "export" }));
}
