/**
 * Clinician report generation: layout + PDF + PNG for the four synthetic profiles (en and de),
 * median and p95 time (each run from scratch: the render cache is emptied first; fonts and code are
 * warm, as in a running bot), CPU time, the PDF and PNG sizes; written to the `report` section of
 * bench/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { analyseTrial } from "../src/trial/analysis/analysis.js";
import { syntheticTrial, type SyntheticProfile } from "../src/local/synthetic.js";
import { clinicianReport } from "../src/bot/features/reports/clinician.js";
import { renderReport } from "../src/bot/ui/report-pdf.js";
import { clearRenderCache } from "../src/bot/ui/chart-png.js";
import { translatorFor } from "../src/bot/ui/translate.js";
import type { LoadedTrial } from "../src/bot/features/reports/service.js";

const PROFILES: SyntheticProfile[] = ["responder", "partial", "non_responder", "worsening"];
const RUNS = Number(process.env.RUNS ?? 10);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const times: number[] = [];
const cpuTimes: number[] = [];
const pdfBytes: number[] = [];
const pngBytes: number[] = [];
for (const lang of ["en", "de"] as const) {
  const t = translatorFor(lang);
  for (const profile of PROFILES) {
    const s = syntheticTrial(profile, 3);
    const analysis = analyseTrial({ plan: s.versions, entries: s.entries, pausedDates: [] });
    const trial: LoadedTrial = { versions: s.versions, entries: s.entries, events: [], paused: [], analysis, today: "2025-04-14", ended: null, urgentPause: false };
    for (let i = 0; i < RUNS + 1; i++) {
      // Rendered from scratch every time: the same page asked again would come from the cache.
      clearRenderCache();
      const start = performance.now();
      const cpu = process.cpuUsage();
      const { pdf, png } = await renderReport(clinicianReport(t, lang, trial, { generatedOn: trial.today }).page);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      // The first run warms fonts and code up.
      if (i > 0) {
        times.push(ms);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      pdfBytes.push(pdf.length);
      pngBytes.push(png.length);
    }
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const report = {
  runs: times.length,
  medianMs: Math.round(quantile(times, 0.5)),
  p95Ms: Math.round(quantile(times, 0.95)),
  // CPU time of this process per report (all threads): less sensitive to a busy machine than wall time.
  cpuMedianMs: Math.round(quantile(cpuTimes, 0.5)),
  loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
  pdfKiBMax: Math.round(Math.max(...pdfBytes) / 1024),
  pngKiBMax: Math.round(Math.max(...pngBytes) / 1024),
  goal: "median ≤ 150 ms, PDF < 300 KiB",
  measuredAt: new Date().toISOString(),
};
const out = fileURLToPath(new URL("./results.json", import.meta.url));
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, report }, null, 2)}\n`);
console.log(report);
console.log("Written to bench/results.json (section report; the others are unchanged).");
