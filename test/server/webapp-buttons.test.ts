import { afterEach, describe, expect, it } from "vitest";
import pino from "pino";
import { startApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createRedis, connectRedis } from "../../src/store/redis.js";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { ManualClock } from "../../src/clock.js";
import { webappUrl } from "../../src/bot/ui/webapp-button.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { SHARED_REDIS_URL, cleanPrefix, freePort, testPrefix } from "../support/redis.js";
import { createHarness, type Harness } from "../support/harness.js";
import { FIRST_SESSION, eveningOf, seedTrial } from "../support/webapp.js";

const URL_ = "https://trial.example.org/app/";
let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup = [];
});

async function started(env: Record<string, string>) {
  const api = new FakeBotApi();
  await api.start();
  cleanup.push(() => api.stop());
  const port = await freePort();
  const prefix = testPrefix("wab");
  const parsed = parseConfig({
    BOT_TOKEN: api.token,
    BOT_API_ROOT: api.apiRoot,
    REDIS_URL: SHARED_REDIS_URL,
    REDIS_PREFIX: prefix,
    PORT: String(port),
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const redis = createRedis(SHARED_REDIS_URL);
  await connectRedis(redis);
  cleanup.push(async () => {
    await cleanPrefix(redis as never, prefix);
    redis.disconnect();
  });
  const app = await startApp({
    config: parsed.config,
    logger: createLogger("silent", [], pino({ level: "silent" })),
    redis,
    clock: new ManualClock("2027-01-04T08:00:00Z"),
    token: api.token,
    http: true,
  });
  cleanup.push(() => app.stop());
  return { api, base: `http://127.0.0.1:${port}` };
}

describe("the Mini App's buttons and its place on the bot's HTTP server", () => {
  it("sets the chat menu button when WEBAPP_URL is configured, and serves the API on PORT in polling mode", async () => {
    const { api, base } = await started({ WEBAPP_URL: URL_ });
    expect(api.menuButton).toEqual({ type: "web_app", text: "📈 My trial", web_app: { url: URL_ } });
    expect((await fetch(`${base}/app/api/trial`)).status).toBe(401);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("leaves the menu button alone without a Mini App URL", async () => {
    const { api } = await started({});
    expect(api.menuButton).toBeNull();
  });

  it("takes the URL from WEBAPP_URL, else /app/ on an https webhook's host; Telegram needs https", () => {
    const base = { BOT_MODE: "polling" as const, WEBHOOK_URL: undefined, WEBAPP_URL: undefined };
    expect(webappUrl(base)).toBeUndefined();
    expect(webappUrl({ ...base, WEBAPP_URL: URL_ })).toBe(URL_);
    expect(webappUrl({ ...base, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/tg/hook" })).toBe("https://bot.example.org/app/");
    expect(webappUrl({ ...base, BOT_MODE: "webhook", WEBHOOK_URL: "http://10.0.0.5:8080/hook" })).toBeUndefined();
    const http = parseConfig({ WEBAPP_URL: "http://trial.example.org/app/" });
    expect(http.ok).toBe(false);
    if (!http.ok) expect(http.problems.join()).toMatch(/WEBAPP_URL: must be an https/);
  });
});

describe("/summary and the 📈 button", () => {
  let h: Harness;
  afterEach(async () => h?.close());

  for (const configured of [true, false]) {
    it(`${configured ? "with" : "without"} WEBAPP_URL: ${configured ? "an" : "no"} "📈 Open my trial" web_app button under the summary`, async () => {
      h = await createHarness({ clock: new ManualClock(eveningOf(addDays(FIRST_SESSION, 20))), env: configured ? { WEBAPP_URL: URL_ } : {} });
      const { user } = await seedTrial(h, 7301);
      await user.send("/summary");
      const buttons = h.api.chat(7301).flatMap((m) => m.reply_markup?.inline_keyboard?.flat() ?? []) as { text: string; web_app?: { url: string } }[];
      const app = buttons.filter((b) => b.web_app);
      expect(app).toEqual(configured ? [{ text: "📈 Open my trial", web_app: { url: URL_ } }] : []);
      expect(h.api.chat(7301).some((m) => /Your trial so far/.test(m.text ?? m.caption ?? ""))).toBe(true);
    });
  }
});
