/**
 * The Mini App: page weight (every file it loads, gzipped as served) and the first render of a
 * 20-week trial in headless Chromium (navigation start → chart drawn, API call included; and the
 * page's own part, API answer → chart drawn). Written to the `webapp` section of bench/results.json.
 * Needs Redis on 127.0.0.1:6379 and /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { buildWebapp } from "../scripts/build-webapp.js";
import { WEBAPP_FILES } from "../src/server/webapp/static-assets.js";
import { addDays } from "../src/trial/time/calendar.js";
import { ManualClock } from "../src/clock.js";
import { createHarness } from "../test/support/harness.js";
import { launchChromium } from "../test/support/chromium.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp } from "../test/support/webapp.js";
import { percentile } from "./support.js";

const RUNS = Number(process.env.RUNS ?? 15);
const WEEKS = 20;

const assets = mkdtempSync(join(tmpdir(), "webapp-bench-"));
await buildWebapp(assets);
const files = Object.keys(WEBAPP_FILES).map((name) => {
  const body = readFileSync(join(assets, name));
  return { name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
const gzipTotal = files.reduce((sum, f) => sum + f.gzip, 0);

const h = await createHarness({ clock: new ManualClock(eveningOf(addDays(FIRST_SESSION, 7 * WEEKS))) });
const userId = 9901;
await seedTrial(h, userId, "responder", WEEKS);
const server = await serveWebapp(h, { assetsDir: assets, callsPerMinute: 1000 });
const browser = await launchChromium();
const total: number[] = [];
const client: number[] = [];
const apiMs: number[] = [];
const dclMs: number[] = [];
let days = 0;
let cold = { totalMs: 0, clientMs: 0 };
try {
  for (let i = 0; i <= RUNS; i++) {
    const page = await browser.context.newPage();
    const hash = new URLSearchParams({ tgWebAppData: initDataFor(h, userId), tgWebAppVersion: "8.0", tgWebAppPlatform: "tdesktop" });
    await page.goto(`${server.url}/app/#${hash}`);
    await page.locator("html[data-rendered]").waitFor({ state: "attached", timeout: 30_000 });
    const rendered = Number(await page.evaluate<string>("document.documentElement.dataset.rendered"));
    const received = await page.evaluate<number>('performance.getEntriesByName("trial-received")[0].startTime');
    const apiEntry = await page.evaluate<number>('performance.getEntriesByType("resource").find((e) => e.name.includes("/api/trial")).duration');
    const dcl = await page.evaluate<number>('performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd');
    days = Number(await page.locator("#chart").getAttribute("data-days"));
    if (i === 0) cold = { totalMs: Math.round(rendered), clientMs: Math.round(rendered - received) };
    else {
      total.push(rendered);
      client.push(rendered - received);
      apiMs.push(apiEntry);
      dclMs.push(dcl);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await h.close();
  rmSync(assets, { recursive: true, force: true });
}
total.sort((a, b) => a - b);
client.sort((a, b) => a - b);
apiMs.sort((a, b) => a - b);
dclMs.sort((a, b) => a - b);
const webapp = {
  files: Object.fromEntries(files.map((f) => [f.name, { bytes: f.bytes, gzipBytes: f.gzip }])),
  pageWeightGzipKiB: Math.round((gzipTotal / 1024) * 10) / 10,
  trialWeeks: WEEKS,
  chartDays: days,
  runs: total.length,
  firstRenderMedianMs: Math.round(percentile(total, 50)),
  firstRenderP95Ms: Math.round(percentile(total, 95)),
  pageRenderMedianMs: Math.round(percentile(client, 50)),
  pageRenderP95Ms: Math.round(percentile(client, 95)),
  apiTrialMedianMs: Math.round(percentile(apiMs, 50)),
  scriptsLoadedMedianMs: Math.round(percentile(dclMs, 50)),
  loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
  cpus: cpus().length,
  coldFirstLoad: cold,
  measures:
    "navigation start → chart drawn (page, script, the API's trial view and the chart); page render = API answer → chart drawn; apiTrial = the GET /app/api/trial call as the browser saw it; scriptsLoaded = navigation start → DOMContentLoaded (page, CSS and script in)",
  goal: "page weight ≤ 150 KiB gzipped; first render of a 20-week trial ≤ 300 ms",
};
const out = fileURLToPath(new URL("./results.json", import.meta.url));
const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, webapp }, null, 2)}\n`);
console.log(webapp);
console.log("Written to bench/results.json (section webapp; the others are unchanged).");
