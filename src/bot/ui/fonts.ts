/**
 * The bundled DejaVu Sans faces, read and parsed once per process and shared by the chart and
 * report renderers: text widths for the page layout (measured the way pdfkit measures them, so
 * wrapping matches the PDF) and text outlines as SVG paths (so resvg only fills paths; its own
 * text shaping costs about 0.05 ms per character, which made a report page take seconds).
 *
 * fontkit (pinned 2.0.4, the version pdfkit itself depends on) parses the fonts; the parsed faces
 * are handed to pdfkit too, so a PDF document neither reads nor parses a font file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";

// src/bot/ui/fonts.ts and dist/bot/ui/fonts.js are both three levels below the repository root.
const FONT_DIR = fileURLToPath(new URL("../../../assets/fonts/", import.meta.url));
export const FONT_FILES = [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`] as const;
export const FONT_FAMILY = "DejaVu Sans";

/** Cached strings per face are dropped wholesale past this many (user-typed names vary). */
const CACHE_LIMIT = 20_000;

interface Face {
  font: fontkit.Font;
  /** Advance width in font units of a chunk of text (a word with its trailing space). */
  chunks: Map<string, number>;
  outlines: Map<string, Outline>;
}

/** A line of text as one SVG path in font units (y up, pen starting at 0,0). */
export interface Outline {
  d: string;
  advance: number;
  unitsPerEm: number;
}

let faces: [Face, Face] | undefined;

function face(bold: boolean): Face {
  faces ??= FONT_FILES.map((file) => ({ font: fontkit.create(readFileSync(file)), chunks: new Map(), outlines: new Map() })) as [Face, Face];
  return faces[bold ? 1 : 0];
}

/** The parsed face, for pdfkit's `registerFont` (it accepts a fontkit font). */
export function parsedFont(bold: boolean): fontkit.Font {
  return face(bold).font;
}

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Width of `text` at `size` (same units as size), split at spaces the way pdfkit splits it. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const f = face(bold);
  let units = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== " " && text[i] !== "\t") continue;
    const chunk = text.slice(start, i + 1);
    start = i + 1;
    if (!chunk) continue;
    units += f.chunks.get(chunk) ?? remember(f.chunks, chunk, f.font.layout(chunk).advanceWidth);
  }
  return (units * size) / f.font.unitsPerEm;
}

function pathData(run: fontkit.GlyphRun): string {
  const parts: string[] = [];
  let pen = 0;
  for (const [i, glyph] of run.glyphs.entries()) {
    const pos = run.positions[i];
    const dx = pen + pos.xOffset;
    const dy = pos.yOffset;
    for (const { command, args } of glyph.path.commands) {
      const letter = command === "moveTo" ? "M" : command === "lineTo" ? "L" : command === "quadraticCurveTo" ? "Q" : command === "bezierCurveTo" ? "C" : "Z";
      parts.push(letter + args.map((value, j) => Math.round(value + (j % 2 === 0 ? dx : dy))).join(" "));
    }
    pen += pos.xAdvance;
  }
  return parts.join("");
}

/** The outline of one line of text (shaped with kerning, as pdfkit draws it). */
export function outline(text: string, bold: boolean): Outline {
  const f = face(bold);
  const cached = f.outlines.get(text);
  if (cached) return cached;
  const run = f.font.layout(text);
  return remember(f.outlines, text, { d: pathData(run), advance: run.advanceWidth, unitsPerEm: f.font.unitsPerEm });
}
