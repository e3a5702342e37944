import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import { buildChartSvg, type ChartData, type ChartLabels } from "../../trial/analysis/chart.js";

// src/bot/ui/chart-png.ts and dist/bot/ui/chart-png.js are both three levels below the repository root.
const FONT_DIR = fileURLToPath(new URL("../../../assets/fonts/", import.meta.url));
export const FONT_FILES = [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`];

export function renderChart(data: ChartData, labels: ChartLabels): Buffer {
  const resvg = new Resvg(buildChartSvg(data, labels), {
    fitTo: { mode: "original" },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
