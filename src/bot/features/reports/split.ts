/** Telegram's limits, counted on the text we send (the HTML source: never shorter than what Telegram counts). */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/**
 * Splits an HTML message into parts of at most `limit` characters: between paragraphs when it
 * can, then between lines, then between words. Our messages open and close their tags within
 * one line, so a cut between lines never leaves a tag open; a cut inside one very long line
 * never lands inside a tag or an entity such as &amp;.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = "";
  const push = () => {
    if (current.trim()) parts.push(current.replace(/\s+$/, ""));
    current = "";
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    const candidate = current ? `${current}\n\n${paragraph}` : paragraph;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    push();
    if (paragraph.length <= limit) {
      current = paragraph;
      continue;
    }
    for (const line of paragraph.split("\n")) {
      const withLine = current ? `${current}\n${line}` : line;
      if (withLine.length <= limit) {
        current = withLine;
        continue;
      }
      push();
      if (line.length <= limit) current = line;
      else {
        const pieces = splitLine(line, limit);
        current = pieces.pop() ?? "";
        parts.push(...pieces);
      }
    }
  }
  push();
  return parts;
}

/** Cuts one long line at spaces outside tags and entities (a hard cut only when there is no space). */
function splitLine(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = -1;
    for (let i = Math.min(limit, rest.length - 1); i > 0; i--) {
      if (rest[i] === " " && safeCut(rest, i)) {
        cut = i;
        break;
      }
    }
    if (cut <= 0) {
      cut = limit;
      while (cut > 1 && !safeCut(rest, cut)) cut--;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** True when position `i` is not inside an HTML tag (<…>) or an entity (&…;). */
function safeCut(s: string, i: number): boolean {
  const before = s.slice(0, i);
  if (before.lastIndexOf("<") > before.lastIndexOf(">")) return false;
  const amp = before.lastIndexOf("&");
  if (amp >= 0 && !before.slice(amp).includes(";") && /^&[#a-zA-Z0-9]*$/.test(before.slice(amp))) return false;
  return true;
}
