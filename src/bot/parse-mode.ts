import type { Transformer } from "grammy";

/** Methods whose text or caption Telegram formats by parse_mode. */
const FORMATTED = new Set([
  "sendMessage",
  "editMessageText",
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAnimation",
  "sendAudio",
  "sendVoice",
  "editMessageCaption",
  "copyMessage",
]);

/**
 * Every text and caption the bot sends is Telegram HTML (user text in it is escaped with
 * escapeHtml), so the mode is set once here instead of on every call; a call that names its own
 * parse_mode keeps it.
 */
export function parseMode(mode: "HTML"): Transformer {
  return (prev, method, payload, signal) => {
    if (!FORMATTED.has(method) || !payload || "parse_mode" in payload) return prev(method, payload, signal);
    return prev(method, { ...payload, parse_mode: mode }, signal);
  };
}
