import type { BotMessage } from "./bot-api-server.js";

export interface Choice {
  n: number;
  /** What to type to pick it: its number, or on a grid of number buttons its label (others get a, b, …). */
  key: string;
  label: string;
  /** Inline button: tapped with this callback data. Reply-keyboard button: sent as text. */
  data?: string;
  requestLocation?: boolean;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" };

/** Telegram HTML → terminal text; bold/italic become ANSI styles when `color` is on. */
export function htmlToTerminal(html: string, color: boolean): string {
  const style = (open: string, close: string) => (color ? [open, close] : ["", ""]);
  const [b0, b1] = style("\x1b[1m", "\x1b[22m");
  const [i0, i1] = style("\x1b[3m", "\x1b[23m");
  return html
    .replace(/<b>|<strong>/g, b0)
    .replace(/<\/b>|<\/strong>/g, b1)
    .replace(/<i>|<em>/g, i0)
    .replace(/<\/i>|<\/em>/g, i1)
    .replace(/<code>|<\/code>|<pre>|<\/pre>/g, "`")
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 ($1)")
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m]);
}

const isNumber = (label: string) => /^\d+$/.test(label.trim());

/**
 * Buttons of a message as choices, in reading order, each with the key that picks it. On a grid of
 * number buttons (the 0-10 pain scale, minutes, weeks) a number means the button with that label —
 * never a position, so "11" on the pain grid is sent as text — and the other buttons get letters.
 */
export function choicesOf(m: BotMessage): Choice[] {
  const out: Omit<Choice, "key">[] = [];
  for (const b of m.reply_markup?.inline_keyboard?.flat() ?? []) {
    if (b.callback_data !== undefined) out.push({ n: out.length + 1, label: b.text, data: b.callback_data });
  }
  for (const b of m.reply_markup?.keyboard?.flat() ?? []) {
    const label = typeof b === "string" ? b : b.text;
    out.push({ n: out.length + 1, label, requestLocation: typeof b !== "string" && b.request_location });
  }
  const numericGrid = out.filter((c) => isNumber(c.label)).length >= 3;
  let letter = 0;
  return out.map((c) => ({ ...c, key: !numericGrid ? String(c.n) : isNumber(c.label) ? c.label.trim() : String.fromCharCode(97 + letter++) }));
}

export function formatChoices(choices: Choice[]): string {
  return choices.map((c) => (c.key === c.label.trim() ? `[${c.key}]` : `[${c.key}] ${c.label}`)).join("  ");
}

/** The choice a typed line picks by its key, if any; anything else goes to the bot as text. */
export function pickChoice(input: string, choices: Choice[]): Choice | undefined {
  const s = input.trim().toLowerCase();
  return choices.find((c) => c.key === s);
}
