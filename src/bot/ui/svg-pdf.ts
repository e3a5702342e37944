/**
 * Draws a chart SVG written by this project into a PDF as vectors: sharp at any zoom and in print,
 * and no raster to render for the PDF. It understands exactly the elements the chart builder
 * writes — rect, line, circle, path (M/L/Z), polyline, text, and groups that translate — and draws
 * text as outlines of the bundled font, like the PNG.
 */
import { outline } from "./fonts.js";

const ELEMENT = /<(rect|line|circle|path|polyline|text|g)\b([^>]*?)(\/>|>([^<]*)<\/text>|>)|<\/g>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] as string);
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, name, value] of source.matchAll(ATTR)) map.set(name, value);
  return map;
}

function num(map: Map<string, string>, name: string, fallback = 0): number {
  const value = map.get(name);
  return value === undefined ? fallback : Number(value);
}

function stroke(doc: PDFKit.PDFDocument, a: Map<string, string>): void {
  const color = a.get("stroke");
  if (!color || color === "none") return;
  doc.lineWidth(num(a, "stroke-width", 1));
  doc.lineCap(a.get("stroke-linecap") === "round" ? "round" : "butt");
  const dash = a.get("stroke-dasharray");
  if (dash) {
    const [on, off] = dash.split(/[\s,]+/).map(Number);
    doc.dash(on, { space: off ?? on });
  } else doc.undash();
  doc.stroke(color);
}

function fill(doc: PDFKit.PDFDocument, a: Map<string, string>): void {
  const color = a.get("fill");
  if (color && color !== "none") doc.fillColor(color, num(a, "fill-opacity", 1)).fill();
}

function drawText(doc: PDFKit.PDFDocument, a: Map<string, string>, content: string): void {
  const text = unescapeXml(content);
  if (!text.trim()) return;
  const size = num(a, "font-size", 16);
  const shape = outline(text, a.get("font-weight") === "bold");
  const scale = size / shape.unitsPerEm;
  const width = shape.advance * scale;
  const anchor = a.get("text-anchor");
  const x = num(a, "x") - (anchor === "middle" ? width / 2 : anchor === "end" ? width : 0);
  doc.save();
  const rotate = /rotate\(([-\d.]+) ([-\d.]+) ([-\d.]+)\)/.exec(a.get("transform") ?? "");
  if (rotate) doc.rotate(Number(rotate[1]), { origin: [Number(rotate[2]), Number(rotate[3])] });
  doc.translate(x, num(a, "y"));
  doc.scale(scale, -scale);
  doc.path(shape.d).fillColor(a.get("fill") ?? "#000000").fill();
  doc.restore();
}

/** Draws `svg` (its own coordinates, `svgWidth` wide) at x, y scaled to `width` points. */
export function drawSvgInPdf(doc: PDFKit.PDFDocument, svg: string, at: { x: number; y: number; width: number; svgWidth: number }): void {
  doc.save();
  doc.translate(at.x, at.y);
  doc.scale(at.width / at.svgWidth);
  for (const match of svg.matchAll(ELEMENT)) {
    const [whole, tag, attrText, , content] = match;
    if (whole === "</g>") {
      doc.restore();
      continue;
    }
    const a = attributes(attrText ?? "");
    switch (tag) {
      case "g": {
        doc.save();
        const t = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(a.get("transform") ?? "");
        if (t) doc.translate(Number(t[1]), Number(t[2]));
        break;
      }
      case "rect":
        doc.save();
        doc.rect(num(a, "x"), num(a, "y"), num(a, "width"), num(a, "height"));
        fill(doc, a);
        doc.restore();
        if (a.has("stroke")) {
          doc.rect(num(a, "x"), num(a, "y"), num(a, "width"), num(a, "height"));
          stroke(doc, a);
        }
        break;
      case "line":
        doc.moveTo(num(a, "x1"), num(a, "y1")).lineTo(num(a, "x2"), num(a, "y2"));
        stroke(doc, a);
        break;
      case "circle":
        doc.circle(num(a, "cx"), num(a, "cy"), num(a, "r"));
        fill(doc, a);
        break;
      case "path":
        doc.path(a.get("d") ?? "");
        fill(doc, a);
        break;
      case "polyline": {
        const points = (a.get("points") ?? "").trim().split(/\s+/).map((p) => p.split(",").map(Number));
        if (points.length < 2) break;
        doc.moveTo(points[0][0], points[0][1]);
        for (const [px, py] of points.slice(1)) doc.lineTo(px, py);
        stroke(doc, a);
        break;
      }
      case "text":
        drawText(doc, a, content ?? "");
        break;
    }
  }
  doc.undash();
  doc.restore();
}
