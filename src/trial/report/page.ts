/**
 * The one-page clinician report as a description (already translated text, table rows, the chart
 * SVG) and its layout on an A4 page in PDF points: draw operations that the PDF writer and the
 * PNG renderer both follow, so the two show the same page. Text width is measured by the caller
 * (it owns the font); everything shrinks together until the page fits on one sheet.
 */

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 36;

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string; bold?: boolean; small?: boolean; color?: string }
  | { kind: "bullets"; items: string[]; small?: boolean }
  | { kind: "table"; header: string[]; rows: string[][] };

export interface ReportPage {
  /** Document title (PDF metadata) and the page's headline. */
  title: string;
  /** BCP 47, e.g. "en-GB", "de-DE". */
  lang: string;
  /** Lines under the title: who, which dates, generated on, how the data were collected. */
  header: string[];
  /** Beside the chart. */
  side: Block[];
  /** Under the chart and its side column. */
  body: Block[];
  /** Printed small at the foot. */
  footer: string[];
  chart: { svg: string; width: number; height: number };
}

export type DrawOp =
  | { kind: "text"; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: "chart"; x: number; y: number; width: number; height: number };

/** Width of `text` at `size` points in the regular or bold face. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface PageLayout {
  ops: DrawOp[];
  /** Where the last drawn line ends (for tests: it must stay above the bottom margin). */
  bottom: number;
  /** The body font size that made the page fit. */
  size: number;
}

const INK = "#1f2933";
const MUTED = "#52606d";
const RULE = "#c8d0d8";

/** Splits text into lines no wider than `width` (a word wider than a line is cut by characters). */
export function wrap(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), size, bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Cursor {
  readonly ops: DrawOp[] = [];
  constructor(
    private readonly measure: Measure,
    readonly size: number,
    public y: number,
  ) {}

  lines(text: string, x: number, width: number, opts: { size?: number; bold?: boolean; color?: string; indent?: number } = {}) {
    const size = opts.size ?? this.size;
    const bold = opts.bold ?? false;
    const indent = opts.indent ?? 0;
    for (const [i, line] of wrap(text, width - indent, size, bold, this.measure).entries()) {
      this.y += size * 1.28;
      this.ops.push({ kind: "text", x: x + (i === 0 ? 0 : indent), y: this.y, text: line, size, bold, color: opts.color ?? INK });
    }
  }

  block(block: Block, x: number, width: number) {
    const small = this.size * 0.88;
    switch (block.kind) {
      case "heading":
        this.y += this.size * 0.55;
        this.lines(block.text, x, width, { size: this.size * 1.08, bold: true });
        this.y += 2;
        this.ops.push({ kind: "line", x1: x, y1: this.y, x2: x + width, y2: this.y, color: RULE, width: 0.6 });
        return;
      case "text":
        this.lines(block.text, x, width, { bold: block.bold, size: block.small ? small : undefined, color: block.color });
        return;
      case "bullets": {
        const size = block.small ? small : this.size;
        const indent = this.measure("• ", size, false);
        for (const item of block.items) this.lines(`• ${item}`, x, width, { size, indent });
        return;
      }
      case "table":
        this.table(block, x, width);
    }
  }

  private table(block: Extract<Block, { kind: "table" }>, x: number, width: number) {
    const rows = [block.header, ...block.rows];
    const columns = block.header.length;
    const natural = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row, r) => this.measure(row[c] ?? "", this.size, r === 0))) + this.size);
    const first = Math.max(width - natural.slice(1).reduce((a, b) => a + b, 0), width * 0.3);
    const widths = [
      first,
      ...natural.slice(1).map(
        (w) =>
          (w * (width - first)) /
          Math.max(
            natural.slice(1).reduce((a, b) => a + b, 0),
            1,
          ),
      ),
    ];
    for (const [r, row] of rows.entries()) {
      const top = this.y;
      let lowest = top;
      let cx = x;
      for (let c = 0; c < columns; c++) {
        this.y = top;
        const cell = row[c] ?? "";
        if (c === 0) this.lines(cell, cx, widths[c] - this.size * 0.5, { bold: r === 0 });
        else {
          // Numbers right-aligned in their column.
          this.y += this.size * 1.28;
          const w = this.measure(cell, this.size, r === 0);
          this.ops.push({ kind: "text", x: cx + widths[c] - w, y: this.y, text: cell, size: this.size, bold: r === 0, color: INK });
        }
        lowest = Math.max(lowest, this.y);
        cx += widths[c];
      }
      this.y = lowest + this.size * 0.3;
      this.ops.push({ kind: "line", x1: x, y1: this.y, x2: x + width, y2: this.y, color: RULE, width: r === 0 ? 0.8 : 0.4 });
    }
  }
}

function layoutAt(page: ReportPage, measure: Measure, size: number): PageLayout {
  const width = A4.width - 2 * MARGIN;
  const cur = new Cursor(measure, size, MARGIN - size);
  cur.lines(page.title, MARGIN, width, { size: size * 1.6, bold: true });
  for (const line of page.header) cur.lines(line, MARGIN, width, { color: MUTED, size: size * 0.92 });
  cur.y += size * 0.6;
  cur.ops.push({ kind: "line", x1: MARGIN, y1: cur.y, x2: MARGIN + width, y2: cur.y, color: INK, width: 1 });

  // The chart on the left, scaled with the text; the side column to its right.
  const top = cur.y + size * 0.6;
  const chartWidth = Math.min(width * 0.5, size * 29);
  const chartHeight = (chartWidth * page.chart.height) / page.chart.width;
  cur.ops.push({ kind: "chart", x: MARGIN, y: top, width: chartWidth, height: chartHeight });
  const sideX = MARGIN + chartWidth + size * 1.2;
  cur.y = top - size * 0.55;
  for (const block of page.side) cur.block(block, sideX, MARGIN + width - sideX);
  cur.y = Math.max(cur.y, top + chartHeight);

  for (const block of page.body) cur.block(block, MARGIN, width);
  cur.y += size * 0.5;
  cur.ops.push({ kind: "line", x1: MARGIN, y1: cur.y, x2: MARGIN + width, y2: cur.y, color: RULE, width: 0.6 });
  for (const line of page.footer) cur.lines(line, MARGIN, width, { size: size * 0.8, color: MUTED });
  return { ops: cur.ops, bottom: cur.y, size };
}

/** Lays the page out at the largest body size (10 pt down to 5.5 pt) that fits on one A4 sheet. */
export function layoutPage(page: ReportPage, measure: Measure): PageLayout {
  let layout = layoutAt(page, measure, 10);
  for (let size = 9.75; layout.bottom > A4.height - MARGIN && size >= 5.5; size -= 0.25) layout = layoutAt(page, measure, size);
  return layout;
}
