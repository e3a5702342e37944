import { outline } from "./fonts.js";

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] as string);
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Replaces every `<text>` element of an SVG written by this project (x, y, font-size, font-weight,
 * text-anchor, fill, an optional transform; plain content) with the same text as a filled path in
 * the bundled font. The SVG as built stays readable text (tests inspect it); only the copy handed
 * to the rasteriser is outlined.
 */
export function outlineTexts(svg: string): string {
  return svg.replace(TEXT, (_, attrText: string, content: string) => {
    const attrs = new Map<string, string>();
    for (const [, name, value] of attrText.matchAll(ATTR)) attrs.set(name, value);
    const text = unescapeXml(content);
    if (!text.trim()) return "";
    const size = Number(attrs.get("font-size") ?? 16);
    const shape = outline(text, attrs.get("font-weight") === "bold");
    const scale = size / shape.unitsPerEm;
    const width = shape.advance * scale;
    const anchor = attrs.get("text-anchor");
    const x = Number(attrs.get("x") ?? 0) - (anchor === "middle" ? width / 2 : anchor === "end" ? width : 0);
    const y = Number(attrs.get("y") ?? 0);
    const outer = attrs.get("transform");
    const transform = `${outer ? `${outer} ` : ""}translate(${round(x)} ${round(y)}) scale(${scale.toPrecision(5)} ${(-scale).toPrecision(5)})`;
    return `<path transform="${transform}" fill="${attrs.get("fill") ?? "#000000"}" d="${shape.d}"/>`;
  });
}
