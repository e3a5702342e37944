import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { num } from "../../src/bot/ui/format.js";
import { painValue } from "../../src/bot/ui/pain-scale.js";
import { buildWebapp } from "../../scripts/build-webapp.js";
import { launchChromium, type Browser } from "../support/chromium.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";
import type { SyntheticTrial } from "../support/trial-fixtures.js";
import type { ChatUser } from "../../src/local/chat-user.js";

const A = 7201;
/** Chats with the bot in German. */
const DE = 7202;
/** The day after the 6-week block ends: the whole trial is in, yesterday is its last day. */
const TODAY = addDays(FIRST_SESSION, 42);
const YESTERDAY = addDays(TODAY, -1);
const OUT = resolve("out");
const LIGHT = {
  bg_color: "#ffffff",
  text_color: "#000000",
  hint_color: "#707579",
  button_color: "#3390ec",
  button_text_color: "#ffffff",
  secondary_bg_color: "#f4f4f5",
};
const DARK = {
  bg_color: "#17212b",
  text_color: "#f5f5f5",
  hint_color: "#708499",
  button_color: "#5288c1",
  button_text_color: "#ffffff",
  secondary_bg_color: "#232e3c",
};

/** What Telegram's apps run inside the page to deliver an event (window.Telegram.WebView.receiveEvent). */
function telegramEvent(type: string, data: unknown): string {
  return `window.Telegram.WebView.receiveEvent(${JSON.stringify(type)}, ${JSON.stringify(data)})`;
}

describe("the Mini App in a real headless Chromium", () => {
  let h: Harness;
  let s: WebappServer;
  let browser: Browser;
  let assets: string;
  let user: ChatUser;
  let trial: SyntheticTrial;

  beforeAll(async () => {
    assets = mkdtempSync(join(tmpdir(), "webapp-assets-"));
    await buildWebapp(assets);
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    ({ user, trial } = await seedTrial(h, A, "responder"));
    await seedTrial(h, DE, "responder", 6, "de");
    s = await serveWebapp(h, { assetsDir: assets });
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await h?.close();
    rmSync(assets, { recursive: true, force: true });
  });

  async function open(theme: Record<string, string>, userId = A): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && errors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`));
    const hash = new URLSearchParams({
      tgWebAppData: initDataFor(h, userId),
      tgWebAppVersion: "8.0",
      tgWebAppPlatform: "tdesktop",
      tgWebAppThemeParams: JSON.stringify(theme),
    });
    await page.goto(`${s.url}/app/#${hash}`);
    await page.locator("#decision").waitFor({ timeout: 15_000 });
    return { page, errors };
  }

  /** Taps the chart over day `index` (x runs from -0.5 to days-0.5 across the plotting area). */
  async function tapDay(page: Page, index: number, days: number) {
    const box = (await page.locator("#chart .u-over").boundingBox())!;
    await page.mouse.click(box.x + ((index + 0.5) / days) * box.width, box.y + box.height / 2);
    await page.locator("#day").waitFor();
  }

  const field = (page: Page, name: string) => page.locator(`#day [data-field="${name}"] .value`).textContent();

  it("shows the 49 days of a 6-week trial, the decision, a tapped day's values; an edit reaches /summary", async () => {
    const { page, errors } = await open(LIGHT);
    expect(await page.locator("#chart").getAttribute("data-days")).toBe("49");
    expect(await page.locator("#chart canvas").count()).toBe(1);
    expect(await page.locator("#decision .headline").textContent()).toMatch(/Your numbers improved/);
    expect(await page.locator("#decision h2").textContent()).toBe("End-of-block result");
    expect(await page.locator("#summary .pre").textContent()).toMatch(/Week 6 of 6/);

    // The first and the last day of the chart are the baseline's first day and the block's last.
    await tapDay(page, 0, 49);
    expect(await page.locator("#day").getAttribute("data-date")).toBe(addDays(FIRST_SESSION, -7));
    expect(await page.locator("#day h2").textContent()).toMatch(/Baseline week/);
    const third = trial.entries.find((e) => e.date === addDays(FIRST_SESSION, 2))!;
    await tapDay(page, 9, 49);
    expect(await page.locator("#day").getAttribute("data-date")).toBe(third.date);
    expect(await field(page, "pain")).toBe(`${third.pain} / 10`);
    expect(await field(page, "marker")).toBe(third.marker === null ? "not measured" : `${third.marker} min`);
    expect(await field(page, "session")).toBe(third.session ? "yes" : "no");
    expect(await page.locator("#day .open-edit").count()).toBe(0); // weeks ago: outside the /checkin window

    // Edit yesterday's pain, then ask the bot for /summary as the user.
    const week6 = trial.entries.filter((e) => e.date >= addDays(FIRST_SESSION, 35) && e.date <= YESTERDAY);
    const oldMean = (week6.reduce((sum, e) => sum + e.pain!, 0) / week6.length) * 10;
    const newMean = (week6.reduce((sum, e) => sum + (e.date === YESTERDAY ? 9 : e.pain!), 0) / week6.length) * 10;
    await user.send("/summary");
    expect(summaryText()).toContain(`Pain: <b>${painValue(oldMean, 10, "en")}</b>/10`);

    await tapDay(page, 48, 49);
    expect(await page.locator("#day").getAttribute("data-date")).toBe(YESTERDAY);
    await page.locator("#day .open-edit").click();
    await page.locator('#day input[name="pain"]').fill("11");
    await page.locator("#day button[type=submit]").click();
    await expect.poll(() => page.locator("#day .message.error").textContent()).toMatch(/whole number from 0 to 10/);
    expect((await h.deps.stores.entries.get(A, YESTERDAY))!.pain).toBe(trial.entries.find((e) => e.date === YESTERDAY)!.pain);
    expect(errors.splice(0)).toEqual(["400 POST /app/api/entry"]);

    await page.locator('#day input[name="pain"]').fill("9");
    await page.locator("#day button[type=submit]").click();
    await expect
      .poll(() =>
        page
          .locator("#day .message.ok")
          .textContent()
          .catch(() => ""),
      )
      .toMatch(/Saved/);
    expect(await field(page, "pain")).toBe("9 / 10");
    expect((await h.deps.stores.entries.get(A, YESTERDAY))!).toMatchObject({ pain: 9, corrected: true });

    h.api.chat(A).forEach((m) => (m.deleted = true));
    await user.send("/summary");
    expect(summaryText()).toContain(`Pain: <b>${painValue(newMean, 10, "en")}</b>/10`);
    expect(num(newMean, "en")).not.toBe(num(oldMean, "en"));
    expect(await page.locator("#summary .pre").textContent()).toContain(`Pain: ${painValue(newMean, 10, "en")}/10`);

    // 360 px wide: nothing sticks out sideways.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(OUT, "webapp-360-light-full.png"), fullPage: true });
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: join(OUT, "webapp-360-light.png") });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("applies Telegram's dark theme and follows theme and viewport events", async () => {
    const { page, errors } = await open(DARK);
    expect(await page.evaluate<string>("document.documentElement.dataset.theme")).toBe("dark");
    expect(await page.evaluate<string>("getComputedStyle(document.body).backgroundColor")).toBe("rgb(23, 33, 43)");
    expect(await page.evaluate<string>("getComputedStyle(document.body).color")).toBe("rgb(245, 245, 245)");
    await tapDay(page, 20, 49);
    await page.screenshot({ path: join(OUT, "webapp-360-dark.png") });

    await page.evaluate(telegramEvent("theme_changed", { theme_params: LIGHT }));
    expect(await page.evaluate<string>("document.documentElement.dataset.theme")).toBe("light");
    expect(await page.evaluate<string>("getComputedStyle(document.body).backgroundColor")).toBe("rgb(255, 255, 255)");
    // The chart is drawn again for the new colours, with the tapped day still shown.
    expect(await page.locator("#day").getAttribute("data-date")).toBe(addDays(FIRST_SESSION, 13));

    await page.evaluate(telegramEvent("viewport_changed", { height: 512, is_state_stable: true }));
    expect(await page.evaluate<string>('document.documentElement.style.getPropertyValue("--tg-viewport-height")')).toBe("512px");
    expect(readFileSync(join(OUT, "webapp-360-dark.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("speaks German to a user who chats with the bot in German (page strings and the server's texts)", async () => {
    const { page, errors } = await open(LIGHT, DE);
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    expect(await page.locator("#decision h2").textContent()).toBe("Ergebnis am Ende des Blocks");
    expect(await page.locator("#summary h2").textContent()).toBe("Zusammenfassung (wie /summary)");
    await tapDay(page, 48, 49);
    expect(await page.locator("#day h2").textContent()).toMatch(/^Sonntag, 13\. April · Woche 6$/);
    await page.locator("#day .open-edit").click();
    await page.locator('#day input[name="pain"]').fill("12");
    await page.locator("#day button[type=submit]").click();
    await expect.poll(() => page.locator("#day .message.error").textContent()).toBe("Schmerz muss eine ganze Zahl von 0 bis 10 sein.");
    expect(errors.filter((e) => !e.startsWith("400 "))).toEqual([]);
    await page.close();
  });

  it("without initData shows how to open it, and fetches nothing", async () => {
    const page = await browser.context.newPage();
    const calls: string[] = [];
    page.on("request", (r) => r.url().includes("/api/") && calls.push(r.url()));
    await page.goto(`${s.url}/app/`);
    await expect
      .poll(() =>
        page
          .locator("#status")
          .textContent()
          .catch(() => ""),
      )
      .toMatch(/Open this page from the bot/);
    expect(calls).toEqual([]);
    await page.close();
  });

  function summaryText(): string {
    return h.api
      .chat(A)
      .filter((m) => !m.deleted)
      .map((m) => m.text ?? m.caption ?? "")
      .join("\n");
  }
});
