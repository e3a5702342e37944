import { createHash } from "node:crypto";
import { Resvg } from "@resvg/resvg-js";
import { buildChartSvg, type ChartData, type ChartLabels } from "../../trial/analysis/chart.js";
import { textWidth } from "./fonts.js";
import { encodePalettePng } from "./png.js";
import { outlineTexts } from "./svg-outline.js";

export { FONT_FILES } from "./fonts.js";

/**
 * Rendered images by their SVG's digest: the same chart (same user, same data, same day and
 * language) asked for again — /summary twice, the weekly summary then /report — costs a hash.
 * Any new answer changes the SVG, so nothing stale is ever served. Oldest out first.
 */
const rendered = new Map<string, Buffer>();
const CACHE_ENTRIES = 128;

/** Rasterises an SVG whose text is already outlined: resvg needs no fonts for it. */
function rasteriseNow(svg: string, width?: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: width ? { mode: "width", value: width } : { mode: "original" },
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  return encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** The SVG (text still as `<text>`) as a PNG, `width` pixels wide or at its own size; cached. */
export function rasterise(svg: string, width?: number): Buffer {
  const key = createHash("sha1").update(svg).update(`|${width ?? ""}`).digest("base64");
  const hit = rendered.get(key);
  if (hit) {
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const png = rasteriseNow(outlineTexts(svg), width);
  rendered.set(key, png);
  if (rendered.size > CACHE_ENTRIES) rendered.delete(rendered.keys().next().value as string);
  return png;
}

/** Drops every cached image (the bench measures rendering from scratch with it). */
export function clearRenderCache(): void {
  rendered.clear();
}

export function chartSvg(data: ChartData, labels: ChartLabels): string {
  return buildChartSvg(data, labels, textWidth);
}

export function renderChart(data: ChartData, labels: ChartLabels): Buffer {
  return rasterise(chartSvg(data, labels));
}
