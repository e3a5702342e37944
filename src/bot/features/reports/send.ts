import { InputFile, type Api, type InlineKeyboard } from "grammy";
import { CAPTION_LIMIT, splitMessage } from "./split.js";

export interface OutgoingReport {
  /** HTML text; split into several messages when longer than Telegram allows. */
  text: string;
  /** The chart; sent first. */
  photo?: Buffer;
  /** Short caption used when `text` does not fit into a caption. */
  caption?: string;
  /** Buttons, on the last message. */
  keyboard?: InlineKeyboard;
}

/**
 * Sends a report: the chart as a photo with the text as its caption when it fits (≤ 1024),
 * otherwise the photo with a short caption and the text as its own message(s) (≤ 4096 each).
 */
export async function sendReport(api: Api, chatId: number, report: OutgoingReport): Promise<void> {
  if (report.photo) {
    const file = new InputFile(report.photo, "summary.png");
    if (report.text.length <= CAPTION_LIMIT) {
      await api.sendPhoto(chatId, file, { caption: report.text, reply_markup: report.keyboard });
      return;
    }
    const caption = report.caption && report.caption.length <= CAPTION_LIMIT ? report.caption : undefined;
    await api.sendPhoto(chatId, file, caption ? { caption } : {});
  }
  const parts = splitMessage(report.text);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await api.sendMessage(chatId, part, {
      link_preview_options: { is_disabled: true },
      ...(last && report.keyboard ? { reply_markup: report.keyboard } : {}),
    });
  }
}
