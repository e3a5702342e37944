/**
 * Writes the clinician report page as a one-page A4 PDF and as a PNG, from the same layout.
 *
 * PDF library: pdfkit (pinned 0.20.2). It is the actively maintained one of the two candidates
 * (pdf-lib's last release is from 2021), it embeds and subsets a TrueType file itself (fontkit is
 * built in, no separate font plug-in), writes real text with a ToUnicode map (searchable and
 * copyable), document metadata and the document language, and never looks for system fonts when
 * given font files. The chart goes in as vectors (svg-pdf.ts); text everywhere is drawn with the
 * faces parsed once per process (fonts.ts). The PNG is the page as SVG, rasterised by resvg.
 */
import PDFDocument from "pdfkit";
import { escapeXml } from "../../trial/analysis/chart.js";
import { A4, layoutPage, type DrawOp, type PageLayout, type ReportPage } from "../../trial/report/page.js";
import { rasterise } from "./chart-png.js";
import { parsedFont, textWidth } from "./fonts.js";
import { drawSvgInPdf } from "./svg-pdf.js";

/**
 * The PNG's width in pixels: A4 at about 130 dpi, a phone screen's width (Telegram shows photos at
 * most 1280 px on the long side anyway); 10 pt body text is 18 px high.
 */
const PNG_WIDTH = 1080;

/** pdfkit keeps word shapes per document; sharing them per face spares every report reshaping them. */
const sharedLayouts = { regular: Object.create(null) as object, bold: Object.create(null) as object };
const SHARED_LAYOUT_LIMIT = 20_000;

export interface RenderedReport {
  pdf: Buffer;
  png: Buffer;
  layout: PageLayout;
}

function newDocument(page: ReportPage): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: true,
    // The parsed faces are shared by every document in the process (pdfkit accepts a fontkit font).
    font: parsedFont(false) as unknown as string,
    lang: page.lang,
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: page.title, Creator: "massage-trial-bot", Producer: "massage-trial-bot", Subject: page.header.join(" · ") },
  });
  doc.registerFont("regular", parsedFont(false) as unknown as string);
  doc.registerFont("bold", parsedFont(true) as unknown as string);
  return doc;
}

/** Selects a face, handing pdfkit the process-wide word shapes (its `layoutCache`) for it. */
function useFace(doc: PDFKit.PDFDocument, name: "regular" | "bold"): void {
  doc.font(name);
  const font = (doc as unknown as { _font?: { layoutCache?: object } })._font;
  if (!font || !("layoutCache" in font)) return;
  if (Object.keys(sharedLayouts[name]).length > SHARED_LAYOUT_LIMIT) sharedLayouts[name] = Object.create(null) as object;
  font.layoutCache = sharedLayouts[name];
}

function drawPdf(doc: PDFKit.PDFDocument, ops: DrawOp[], chart: ReportPage["chart"]): void {
  let face: "regular" | "bold" | undefined;
  for (const op of ops) {
    if (op.kind === "text") {
      // pdfkit compares font names on every font() call: switch only when the face changes.
      const wanted = op.bold ? "bold" : "regular";
      if (wanted !== face) useFace(doc, (face = wanted));
      doc
        .fontSize(op.size)
        .fillColor(op.color)
        .text(op.text, op.x, op.y, { lineBreak: false, baseline: "alphabetic" });
    } else if (op.kind === "line") {
      doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke();
    } else {
      drawSvgInPdf(doc, chart.svg, { x: op.x, y: op.y, width: op.width, svgWidth: chart.width });
    }
  }
}

function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** The chart's own SVG without its outer element, to nest it in the page. */
function innerSvg(svg: string): string {
  return svg.replace(/^<svg[^>]*>/, "").replace(/<\/svg>$/, "");
}

/** The page as SVG in PDF points (the PNG is rendered from it). */
export function pageSvg(page: ReportPage, ops: DrawOp[]): string {
  const parts = ops.map((op) => {
    if (op.kind === "text") {
      const weight = op.bold ? ' font-weight="bold"' : "";
      return `<text x="${op.x.toFixed(2)}" y="${op.y.toFixed(2)}" font-size="${op.size.toFixed(2)}"${weight} fill="${op.color}" xml:space="preserve">${escapeXml(op.text)}</text>`;
    }
    if (op.kind === "line") {
      return `<line x1="${op.x1.toFixed(2)}" y1="${op.y1.toFixed(2)}" x2="${op.x2.toFixed(2)}" y2="${op.y2.toFixed(2)}" stroke="${op.color}" stroke-width="${op.width}"/>`;
    }
    const scale = op.width / page.chart.width;
    return `<g transform="translate(${op.x.toFixed(2)} ${op.y.toFixed(2)}) scale(${scale.toFixed(5)})">${innerSvg(page.chart.svg)}</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}" height="${A4.height}" viewBox="0 0 ${A4.width} ${A4.height}" font-family="DejaVu Sans">`,
    `<rect width="${A4.width}" height="${A4.height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("");
}

/** One A4 page as PDF (real text, title and language in its metadata) and the same page as PNG. */
export async function renderReport(page: ReportPage): Promise<RenderedReport> {
  const doc = newDocument(page);
  // Measured with the same faces and the same word splitting as pdfkit's widthOfString.
  const layout = layoutPage(page, textWidth);
  drawPdf(doc, layout.ops, page.chart);
  const pdf = await finish(doc);
  const png = rasterise(pageSvg(page, layout.ops), PNG_WIDTH);
  return { pdf, png, layout };
}
