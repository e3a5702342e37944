import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfContent {
  pages: number;
  /** Every page's text, one line per drawn line. */
  text: string;
  title: string | null;
  /** The page size of the first page in points. */
  size: { width: number; height: number };
}

/** Reads a PDF the way a viewer would (pdf.js), so the text assertions test what a reader can copy. */
export async function readPdf(data: Buffer): Promise<PdfContent> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    const lines: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) if ("str" in item && item.str) lines.push(item.str);
    }
    const first = await doc.getPage(1);
    const [, , width, height] = first.view;
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: string };
    return { pages: doc.numPages, text: lines.join("\n"), title: info.Title ?? null, size: { width, height } };
  } finally {
    await doc.destroy();
  }
}
