import type { BotMessage } from "./bot-api-server.js";

export interface Choice {
  n: number;
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

/** Buttons of a message as numbered choices, in reading order. */
export function choicesOf(m: BotMessage): Choice[] {
  const out: Choice[] = [];
  for (const b of m.reply_markup?.inline_keyboard?.flat() ?? []) {
    if (b.callback_data !== undefined) out.push({ n: out.length + 1, label: b.text, data: b.callback_data });
  }
  for (const b of m.reply_markup?.keyboard?.flat() ?? []) {
    const label = typeof b === "string" ? b : b.text;
    out.push({ n: out.length + 1, label, requestLocation: typeof b !== "string" && b.request_location });
  }
  return out;
}

export function formatChoices(choices: Choice[]): string {
  return choices.map((c) => `[${c.n}] ${c.label}`).join("  ");
}

/**
 * What a typed line means when choices are shown. On a grid of number buttons (the 0-10 pain scale)
 * a number taps the button with that label; otherwise a number taps the n-th choice.
 */
export function pickChoice(input: string, choices: Choice[]): Choice | undefined {
  const s = input.trim();
  if (!/^\d+$/.test(s) || !choices.length) return undefined;
  const byLabel = choices.find((c) => c.label.trim() === s);
  const numericGrid = choices.filter((c) => /^\d+$/.test(c.label.trim())).length >= 3;
  if (byLabel && numericGrid) return byLabel;
  return choices.find((c) => c.n === Number(s));
}
