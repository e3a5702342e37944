import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { buildWebapp } from "../../scripts/build-webapp.js";
import { launchChromium, type Browser } from "../support/chromium.js";
import { syntheticTrial } from "../support/trial-fixtures.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";

const EN = 7561;
const DE = 7562;
const RECALLED = 7563;
const TODAY = addDays(FIRST_SESSION, 42);

/** What the page draws on its canvases, recorded before any of its scripts run: texts and straight lines. */
const RECORD_DRAWING = `(() => {
  const drawn = (window.__drawn = []);
  const P = CanvasRenderingContext2D.prototype;
  const { fillText, moveTo, lineTo } = P;
  P.fillText = function (text, x, y, ...rest) {
    if (this.canvas.isConnected) drawn.push({ op: "text", text: String(text), x, y, font: this.font, align: this.textAlign });
    return fillText.call(this, text, x, y, ...rest);
  };
  P.moveTo = function (x, y) {
    this.__at = [x, y];
    return moveTo.call(this, x, y);
  };
  P.lineTo = function (x, y) {
    if (this.__at && this.canvas.isConnected) drawn.push({ op: "line", x1: this.__at[0], y1: this.__at[1], x2: x, y2: y, dashed: this.getLineDash().length > 0 });
    this.__at = [x, y];
    return lineTo.call(this, x, y);
  };
})()`;

interface Drawn {
  op: "text" | "line";
  text: string;
  x: number;
  y: number;
  font: string;
  align: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

describe("the Mini App's chart at 360 px, in a real headless Chromium", () => {
  let h: Harness;
  let s: WebappServer;
  let browser: Browser;
  let assets: string;

  beforeAll(async () => {
    assets = mkdtempSync(join(tmpdir(), "webapp-assets-"));
    await buildWebapp(assets);
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    await seedTrial(h, EN, "responder");
    await seedTrial(h, DE, "responder", 6, "de");
    await h.consentedUser({ id: RECALLED });
    const base = syntheticTrial("responder", RECALLED, FIRST_SESSION);
    await h.deps.stores.plans.save(RECALLED, { ...base.plan, baseline: { kind: "recalled", pain10: 6, marker: 20 } }, FIRST_SESSION, h.clock.now());
    for (const e of base.entries) if (e.date >= FIRST_SESSION) await h.deps.stores.entries.save(RECALLED, e);
    s = await serveWebapp(h, { assetsDir: assets });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await h?.close();
    rmSync(assets, { recursive: true, force: true });
  });

  async function open(userId: number): Promise<Page> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.addInitScript(RECORD_DRAWING);
    const hash = new URLSearchParams({ tgWebAppData: initDataFor(h, userId), tgWebAppVersion: "8.0", tgWebAppPlatform: "tdesktop" });
    await page.goto(`${s.url}/app/#${hash}`);
    await page.locator("#decision").waitFor({ timeout: 15_000 });
    return page;
  }

  /** What the chart draws after tapping one of its zoom buttons. */
  async function drawnAfter(page: Page, button: string): Promise<Drawn[]> {
    await page.evaluate("window.__drawn.length = 0");
    await page.locator(".zoom button", { hasText: button }).click();
    await page.waitForTimeout(300);
    return page.evaluate<Drawn[]>("window.__drawn");
  }

  /** The date labels along the x axis, with where each begins and ends (canvas pixels). */
  async function dateLabels(page: Page, drawn: Drawn[]) {
    const dates = drawn.filter((d) => d.op === "text" && /\p{L}/u.test(d.text) && /\d/.test(d.text) && !/^W\d+$/.test(d.text));
    const labels = JSON.stringify(dates.map(({ text, font }) => ({ text, font })));
    const widths = await page.evaluate<number[]>(`(() => {
      const ctx = document.createElement("canvas").getContext("2d");
      return ${labels}.map(({ text, font }) => { ctx.font = font; return ctx.measureText(text).width; });
    })()`);
    return dates.map((d, i) => ({ text: d.text, align: d.align, left: d.x - widths[i] / 2, right: d.x + widths[i] / 2 })).sort((a, b) => a.left - b.left);
  }

  for (const [lang, userId, whole, twoWeeks] of [
    ["de", DE, "Ganzer Versuch", "2 Wochen"],
    ["en", EN, "Whole trial", "2 weeks"],
  ] as const) {
    it(`${lang}: the dates along the x axis never run into each other, over the whole trial and in the 2-week zoom`, async () => {
      const page = await open(userId);
      for (const button of [whole, twoWeeks]) {
        const labels = await dateLabels(page, await drawnAfter(page, button));
        expect(labels.length, button).toBeGreaterThanOrEqual(2);
        for (const label of labels) expect(label.align).toBe("center");
        for (let i = 1; i < labels.length; i++) {
          expect(labels[i].left - labels[i - 1].right, `${labels[i - 1].text} | ${labels[i].text} (${button})`).toBeGreaterThanOrEqual(4);
        }
      }
      await page.close();
    });
  }

  it("in the 2-week zoom, the marker's axis starts at 0 and names its unit: a few minutes' wiggle stays small", async () => {
    const page = await open(EN);
    const drawn = await drawnAfter(page, "2 weeks");
    // The block is over: the zoom shows its last two weeks, not the baseline's first days.
    const dates = (await dateLabels(page, drawn)).map((l) => l.text);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(
      dates.every((d) => /^(Mar 3\d|Apr \d+)$/.test(d)),
      dates.join(", "),
    ).toBe(true);
    const width = await page.evaluate<number>('document.querySelector("#chart canvas").width');
    const markerTicks = drawn
      .filter((d) => d.op === "text" && /^\d+([.,]\d+)?$/.test(d.text) && d.x > width * 0.8)
      .map((d) => Number(d.text.replace(",", ".")));
    expect(markerTicks.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...markerTicks)).toBe(0);
    // The synthetic responder walks about 35 minutes at the end: the axis reaches past that.
    expect(Math.max(...markerTicks)).toBeGreaterThanOrEqual(30);
    expect(drawn.some((d) => d.op === "text" && d.text === "min")).toBe(true);
    await page.close();
  });

  it("draws a recalled baseline as a line at the remembered pain, with 'Baseline (recalled)' in the legend", async () => {
    const page = await open(RECALLED);
    expect(await page.locator(".legend .key.recalled").textContent()).toBe("Baseline (recalled)");
    expect(await page.locator(".legend .key.band").count()).toBe(0);
    const drawn = await drawnAfter(page, "Whole trial");
    const width = await page.evaluate<number>('document.querySelector("#chart canvas").width');
    const six = drawn.find((d) => d.op === "text" && d.text === "6" && d.x < width * 0.2);
    expect(six).toBeDefined();
    const line = drawn.find((d) => d.op === "line" && d.dashed && d.y1 === d.y2 && d.x2 - d.x1 > width * 0.6);
    expect(line).toBeDefined();
    expect(Math.abs(line!.y1 - six!.y)).toBeLessThan(2);
    await page.close();

    // A scored baseline keeps its band, named as a range.
    const scored = await open(EN);
    expect(await scored.locator(".legend .key.band").textContent()).toBe("Baseline range");
    expect(await scored.locator(".legend .key.recalled").count()).toBe(0);
    await scored.close();
  });
});
