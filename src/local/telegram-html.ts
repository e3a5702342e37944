/**
 * What Telegram's HTML parse mode accepts, so the fake Bot API refuses what the real one would
 * ("can't parse entities"): only the supported tags, each closed in order, and every "<" that is
 * not markup written as "&lt;". A "&" that starts no entity is taken as text, as Telegram does.
 */
const TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler", "span", "blockquote", "tg-emoji"]);

/** Why Telegram would refuse this HTML, or null when it parses. */
export function htmlParseProblem(html: string): string | null {
  const open: string[] = [];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>|</g;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [whole, closing, name] = m;
    if (whole === "<") return `unexpected "<" at offset ${m.index}`;
    const tag = name.toLowerCase();
    if (!TAGS.has(tag)) return `unsupported start tag "${tag}"`;
    if (!closing) {
      open.push(tag);
      continue;
    }
    if (open.pop() !== tag) return `unmatched end tag "${tag}"`;
  }
  return open.length ? `can't find end tag corresponding to start tag "${open.at(-1)}"` : null;
}
