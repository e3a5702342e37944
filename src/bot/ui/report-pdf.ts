/**
 * Writes the clinician report page as a one-page A4 PDF and as a PNG, from the same layout.
 *
 * PDF library: pdfkit (pinned 0.20.2). It is the actively maintained one of the two candidates
 * (pdf-lib's last release is from 2021), it embeds and subsets a TrueType file itself (fontkit is
 * built in, no separate font plug-in), writes real text with a ToUnicode map (searchable and
 * copyable), document metadata and the document language, and never looks for system fonts when
 * given font files. The chart goes in as a PNG rendered by resvg with the same bundled fonts.
 */
import PDFDocument from "pdfkit";
import { Resvg } from "@resvg/resvg-js";
import { escapeXml } from "../../trial/analysis/chart.js";
import { A4, layoutPage, type DrawOp, type Measure, type PageLayout, type ReportPage } from "../../trial/report/page.js";
import { FONT_FILES } from "./chart-png.js";

const [REGULAR, BOLD] = FONT_FILES;
/** The PNG's width in pixels: A4 at about 150 dpi, sharp on a phone, small enough to send. */
const PNG_WIDTH = 1240;

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
    font: REGULAR,
    lang: page.lang,
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: page.title, Creator: "massage-trial-bot", Producer: "massage-trial-bot", Subject: page.header.join(" · ") },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  return doc;
}

function measureWith(doc: PDFKit.PDFDocument): Measure {
  return (text, size, bold) =>
    doc
      .font(bold ? "bold" : "regular")
      .fontSize(size)
      .widthOfString(text);
}

function chartPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

function drawPdf(doc: PDFKit.PDFDocument, ops: DrawOp[], chart: Buffer): void {
  for (const op of ops) {
    if (op.kind === "text") {
      doc
        .font(op.bold ? "bold" : "regular")
        .fontSize(op.size)
        .fillColor(op.color)
        .text(op.text, op.x, op.y, { lineBreak: false, baseline: "alphabetic" });
    } else if (op.kind === "line") {
      doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke();
    } else {
      doc.image(chart, op.x, op.y, { width: op.width, height: op.height });
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
  const layout = layoutPage(page, measureWith(doc));
  const chart = layout.ops.find((op) => op.kind === "chart");
  // The chart image at about 200 dpi of its printed width.
  const chartImage = chartPng(page.chart.svg, Math.round(((chart?.width ?? 200) / 72) * 200));
  drawPdf(doc, layout.ops, chartImage);
  const pdf = await finish(doc);
  const png = new Resvg(pageSvg(page, layout.ops), {
    fitTo: { mode: "width", value: PNG_WIDTH },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  })
    .render()
    .asPng();
  return { pdf, png, layout };
}
