/** Reads the chart SVG as data: its text nodes and lines, as the builder wrote them. */

export interface SvgText {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  anchor: "start" | "middle" | "end";
  rotated: boolean;
  text: string;
}

export interface SvgLine {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  stroke: string;
  dashed: boolean;
}

function attrs(source: string): Map<string, string> {
  return new Map([...source.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[n] as string);
}

export function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(([, a, content]) => {
    const m = attrs(a);
    return {
      x: Number(m.get("x")),
      y: Number(m.get("y")),
      size: Number(m.get("font-size")),
      bold: m.get("font-weight") === "bold",
      anchor: (m.get("text-anchor") ?? "start") as SvgText["anchor"],
      rotated: m.has("transform"),
      text: unescape(content),
    };
  });
}

export function svgLines(svg: string): SvgLine[] {
  // Legend symbols sit inside a translated group; they are not part of the plot.
  const plot = svg.replace(/<g transform="translate[^>]*>.*?<\/g>/g, "");
  return [...plot.matchAll(/<line\b([^>]*)\/>/g)].map(([, a]) => {
    const m = attrs(a);
    return {
      x1: Number(m.get("x1")),
      x2: Number(m.get("x2")),
      y1: Number(m.get("y1")),
      y2: Number(m.get("y2")),
      stroke: m.get("stroke") ?? "",
      dashed: m.has("stroke-dasharray"),
    };
  });
}

/** Horizontal extent of a text node, given a way to measure it. */
export function textExtent(node: SvgText, measure: (text: string, size: number, bold: boolean) => number): [number, number] {
  const width = measure(node.text, node.size, node.bold);
  const left = node.anchor === "middle" ? node.x - width / 2 : node.anchor === "end" ? node.x - width : node.x;
  return [left, left + width];
}

export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** The plot's rectangles (shaded spans, bands), legend symbols left out. */
export function svgRects(svg: string): SvgRect[] {
  const plot = svg.replace(/<g transform="translate[^>]*>.*?<\/g>/g, "");
  return [...plot.matchAll(/<rect\b([^>]*)\/>/g)].map(([, a]) => {
    const m = attrs(a);
    return {
      x: Number(m.get("x") ?? 0),
      y: Number(m.get("y") ?? 0),
      width: Number(m.get("width")),
      height: Number(m.get("height")),
      fill: m.get("fill") ?? "",
    };
  });
}
