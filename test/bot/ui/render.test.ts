import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { analyseTrial } from "../../../src/trial/analysis/analysis.js";
import { clinicianReport } from "../../../src/bot/features/reports/clinician.js";
import type { LoadedTrial } from "../../../src/bot/features/reports/service.js";
import { chartDataUpTo, chartLabels } from "../../../src/bot/features/reports/chart.js";
import { chartSvg, clearRenderCache, rasterise } from "../../../src/bot/ui/chart-png.js";
import { encodePalettePng } from "../../../src/bot/ui/png.js";
import { renderReport } from "../../../src/bot/ui/report-pdf.js";
import { outlineTexts } from "../../../src/bot/ui/svg-outline.js";
import { translatorFor } from "../../../src/bot/ui/translate.js";
import { syntheticTrial } from "../../support/trial-fixtures.js";
import { readPdf } from "../../support/pdf-text.js";

function loaded(): LoadedTrial {
  const s = syntheticTrial("responder", 3);
  const analysis = analyseTrial({ plan: s.versions, entries: s.entries, pausedDates: [] });
  return { versions: s.versions, entries: s.entries, events: [], paused: [], analysis, today: "2025-04-14", ended: null, urgentPause: false };
}

function chart(): string {
  const trial = loaded();
  const data = chartDataUpTo(trial, "2025-04-13");
  return chartSvg(data, chartLabels(translatorFor("en"), trial.analysis, "en", data));
}

/** The pixels of a palette PNG, back as 0xRRGGBB (IDAT inflated, rows unfiltered: filter 0). */
function palettePixels(png: Buffer): { width: number; height: number; at(x: number, y: number): number } {
  expect(png[25]).toBe(3);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let offset = 8;
  let plte: Buffer = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("ascii");
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "PLTE") plte = data;
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    at: (x, y) => {
      const i = raw[y * (width + 1) + 1 + x];
      return (plte[3 * i] << 16) | (plte[3 * i + 1] << 8) | plte[3 * i + 2];
    },
  };
}

describe("rendering charts and the report page", () => {
  it("outlines every text of the chart (nothing left for resvg to shape), keeping its place", () => {
    const svg = chart();
    expect(svg).toContain("<text");
    const outlined = outlineTexts(svg);
    expect(outlined).not.toContain("<text");
    expect(outlined.match(/<path transform="[^"]*translate/g)?.length).toBe(svg.match(/<text/g)?.length);
  });

  it("writes a palette PNG with the same pixels as resvg's own PNG, much smaller", () => {
    const svg = outlineTexts(chart());
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = encodePalettePng(image.pixels, image.width, image.height)!;
    expect(png.length).toBeLessThan(60_000);
    expect(png.length).toBeLessThan(image.asPng().length / 2);
    const decoded = palettePixels(png);
    expect([decoded.width, decoded.height]).toEqual([1080, 1350]);
    const rgba = image.pixels;
    let differing = 0;
    for (let y = 0; y < decoded.height; y += 3) {
      for (let x = 0; x < decoded.width; x += 3) {
        const i = 4 * (y * decoded.width + x);
        if (decoded.at(x, y) !== ((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2])) differing++;
      }
    }
    // Only the rarest anti-aliasing shades are replaced by their nearest palette colour.
    expect(differing / ((decoded.width / 3) * (decoded.height / 3))).toBeLessThan(0.001);
  });

  it("falls back to RGBA for an image with more colours than a palette holds", () => {
    const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512"><defs><linearGradient id="r" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000000"/><stop offset="1" stop-color="#ff0000"/></linearGradient><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000000"/><stop offset="1" stop-color="#00ff00"/></linearGradient></defs><rect width="512" height="512" fill="url(#r)"/><rect width="512" height="512" fill="url(#g)" style="mix-blend-mode:screen"/></svg>`;
    const image = new Resvg(gradient).render();
    // (`pixels` copies the image out of resvg on every read: read it once.)
    const pixels = image.pixels;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    expect(colours.size).toBeGreaterThan(32_768);
    expect(encodePalettePng(pixels, image.width, image.height)).toBeNull();
  });

  it("serves the same chart from the cache, and a changed chart afresh", () => {
    clearRenderCache();
    const svg = chart();
    const first = rasterise(svg);
    expect(rasterise(svg)).toBe(first);
    const other = rasterise(svg.replace("Your massage trial", "Your trial"));
    expect(other).not.toBe(first);
    expect(Buffer.compare(other, first)).not.toBe(0);
  });

  it("puts the chart into the PDF as vectors (no image), the page text staying real text", async () => {
    clearRenderCache();
    const page = clinicianReport(translatorFor("en"), "en", loaded(), { generatedOn: "2025-04-14" }).page;
    const { pdf, png } = await renderReport(page);
    expect(pdf.includes("/Subtype /Image")).toBe(false);
    const content = await readPdf(pdf);
    expect(content.pages).toBe(1);
    expect(content.text).toContain(page.title);
    expect([png.readUInt32BE(16), png[25]]).toEqual([1080, 3]);
  });
});
