import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWebapp } from "../../scripts/build-webapp.js";
import { launchChromium } from "../support/chromium.js";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";

const TODAY = addDays(FIRST_SESSION, 20);
const YESTERDAY = addDays(TODAY, -1);

describe("after the pain scale changed (0-100 → 0-10 from today), a day scored on the old scale can still be edited", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  /** Yesterday scored 45 on 0-100; the plan asks on 0-10 from today. */
  async function scaleChanged(id: number, lang: "en" | "de") {
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    s = await serveWebapp(h);
    const { trial } = await seedTrial(h, id, "responder", 6, lang);
    for (const e of trial.entries) if (e.date >= TODAY) await h.redis.hdel(`${h.prefix}{u:${id}}:entries`, e.date);
    await h.deps.stores.plans.save(id, { ...trial.plan, painScale: 100 }, addDays(FIRST_SESSION, 14), h.clock.now());
    await h.deps.stores.entries.save(id, { ...trial.entries.find((e) => e.date === YESTERDAY)!, pain: 45, scale: 100, marker: 30, session: false });
    await h.deps.stores.plans.save(id, { ...trial.plan, painScale: 10 }, TODAY, h.clock.now());
    const auth = { authorization: `tma ${initDataFor(h, id, 0, lang)}` };
    return {
      view: async () => (await (await fetch(`${s.url}/app/api/trial`, { headers: auth })).json()) as TrialView,
      edit: async (body: unknown) => {
        const res = await fetch(`${s.url}/app/api/entry`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        return { status: res.status, message: ((await res.json()) as { message?: string }).message };
      },
      stored: async () => (await h.deps.stores.entries.get(id, YESTERDAY))!,
    };
  }

  it("keeps an unchanged pain (sent as the day shows it or as it was entered) and takes a changed one on that day's scale", async () => {
    const { view, edit, stored } = await scaleChanged(7541, "en");
    const day = (await view()).days.find((d) => d.date === YESTERDAY)!;
    expect(day).toMatchObject({ pain: 4.5, entered: { pain: 45, scale: 100 }, editable: true });

    // The marker changes; the pain goes along as the page shows it (4.5 on today's 0-10).
    expect(await edit({ date: YESTERDAY, pain: day.pain, marker: 31, session: false })).toEqual({ status: 200 });
    expect(await stored()).toMatchObject({ pain: 45, scale: 100, marker: 31 });
    // As the form asks now: on the day's own scale.
    expect(await edit({ date: YESTERDAY, pain: 45, scale: 100, marker: 32, session: false })).toEqual({ status: 200 });
    expect(await stored()).toMatchObject({ pain: 45, scale: 100, marker: 32 });

    // A new pain for that day is a whole number on its scale, 0-100.
    expect(await edit({ date: YESTERDAY, pain: 101, scale: 100 })).toEqual({ status: 400, message: "Pain must be a whole number from 0 to 100." });
    expect(await edit({ date: YESTERDAY, pain: 50, scale: 100 })).toEqual({ status: 200 });
    expect(await stored()).toMatchObject({ pain: 50, scale: 100 });
    expect((await view()).days.find((d) => d.date === YESTERDAY)).toMatchObject({ pain: 5, entered: { pain: 50, scale: 100 } });
  });

  it.each([
    ["en", "Your pain scale has changed since this page was opened, so nothing was saved. Please reload the page."],
    ["de", "Deine Schmerzskala hat sich geändert, seit diese Seite geöffnet wurde, deshalb wurde nichts gespeichert. Bitte lade die Seite neu."],
  ] as const)("%s: a pain on a scale that is neither the day's nor the plan's (a page from before the change) is refused", async (lang, message) => {
    const { edit } = await scaleChanged(lang === "en" ? 7542 : 7543, lang);
    // Today has no score yet: it is asked on today's 0-10.
    expect(await edit({ date: TODAY, pain: 40, scale: 100 })).toEqual({ status: 400, message });
    expect(await h.deps.stores.entries.get(lang === "en" ? 7542 : 7543, TODAY)).toBeNull();
    expect(await edit({ date: TODAY, pain: 4, scale: 10 })).toEqual({ status: 200 });
  });

  it("the page asks for that day's pain on its own scale, so changing only the marker saves (headless Chromium)", async () => {
    const assets = mkdtempSync(join(tmpdir(), "webapp-assets-"));
    await buildWebapp(assets);
    const id = 7544;
    const { view, stored } = await scaleChanged(id, "en");
    await s.close();
    s = await serveWebapp(h, { assetsDir: assets });
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(10_000);
      const hash = new URLSearchParams({ tgWebAppData: initDataFor(h, id), tgWebAppVersion: "8.0", tgWebAppPlatform: "tdesktop" });
      await page.goto(`${s.url}/app/#${hash}`);
      await page.locator("#decision").waitFor({ timeout: 15_000 });
      const days = (await view()).days;
      const box = (await page.locator("#chart .u-over").boundingBox())!;
      const index = days.findIndex((d) => d.date === YESTERDAY);
      await page.mouse.click(box.x + ((index + 0.5) / days.length) * box.width, box.y + box.height / 2);
      expect(await page.locator("#day").getAttribute("data-date")).toBe(YESTERDAY);
      expect(await page.locator('#day [data-field="pain"] .value').textContent()).toBe("4.5 / 10 (entered as 45 / 100)");

      await page.locator("#day .open-edit").click();
      expect(await page.locator('#day input[name="pain"]').inputValue()).toBe("45");
      expect(await page.locator("#day label", { has: page.locator('input[name="pain"]') }).textContent()).toBe("Pain (0-100)");
      await page.locator('#day input[name="marker"]').fill("31");
      await page.locator("#day button[type=submit]").click();
      await expect
        .poll(() =>
          page
            .locator("#day .message.ok")
            .textContent()
            .catch(() => ""),
        )
        .toMatch(/^Saved/);
      expect(await stored()).toMatchObject({ pain: 45, scale: 100, marker: 31 });
    } finally {
      await browser.close();
      rmSync(assets, { recursive: true, force: true });
    }
  }, 60_000);
});
