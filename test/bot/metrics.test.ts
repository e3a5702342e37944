/**
 * The operator's view of a running app (webhook mode, the fake Bot API, a private Redis): /metrics
 * after a scripted day counts exactly what happened, with the bearer token required; /readyz
 * follows Redis and the scheduler and says nothing else; audit lines carry no health data.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { startApp, type App } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createRedis, connectRedis } from "../../src/store/redis.js";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { ChatUser } from "../../src/local/chat-user.js";
import { ManualClock } from "../../src/clock.js";
import { PrivateRedis, freePort } from "../support/redis.js";
import { makePlan } from "../support/trial-fixtures.js";

const SECRET = "metrics-test-secret-123";
const TOKEN = "scrape-token-0123456789";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
  cleanup = [];
});

async function running(env: Record<string, string> = {}) {
  const redisServer = await PrivateRedis.create();
  cleanup.push(() => redisServer.stop());
  const api = new FakeBotApi();
  await api.start();
  cleanup.push(() => api.stop());
  const port = await freePort();
  const parsed = parseConfig({
    BOT_TOKEN: api.token,
    BOT_API_ROOT: api.apiRoot,
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
    WEBHOOK_SECRET: SECRET,
    REDIS_URL: redisServer.url,
    PORT: String(port),
    METRICS: "true",
    METRICS_TOKEN: TOKEN,
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const lines: string[] = [];
  const logger = createLogger("info", [api.token], pino.multistream([{ stream: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }), level: "info" }]));
  const redis = createRedis(redisServer.url);
  await connectRedis(redis);
  cleanup.push(async () => redis.disconnect());
  const clock = new ManualClock("2027-01-04T08:00:00Z");
  const app: App = await startApp({ config: parsed.config, logger, redis, clock, token: api.token, http: true });
  cleanup.push(() => app.stop());
  const base = `http://127.0.0.1:${port}`;
  const deliver = async (update: object) => {
    const res = await fetch(`${base}/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
    expect(res.status).toBe(200);
  };
  return { api, app, base, clock, redisServer, lines, user: (id: number) => new ChatUser(api, deliver, { id, languageCode: "en", firstName: "M" }) };
}

function counter(text: string, name: string, labels = ""): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || !line.startsWith(name)) continue;
    const [key, value] = line.split(" ");
    if (key === name || (key.startsWith(`${name}{`) && key.includes(labels))) sum += Number(value);
  }
  return sum;
}

describe("GET /metrics", () => {
  it("after a scripted day: every update counted, one prompt sent, none failed; the token is required", async () => {
    const r = await running();
    const u = r.user(71);
    let updates = 0;
    const act = async (f: () => Promise<unknown>) => {
      await f();
      updates++;
    };
    await act(() => u.send("/start"));
    await act(() => u.tap(/18\+/));
    await r.app.deps.stores.plans.save(71, makePlan({ firstSession: "2027-01-11", prompt: { time: "20:00", zone: "Europe/Berlin" } }), "2027-01-04", r.clock.now());
    await r.app.deps.stores.schedule.upsert(71, { time: "20:00", zone: "Europe/Berlin" });
    r.clock.set("2027-01-04T19:00:00Z");
    // the start-up tick may still be running (a tick then is skipped): tick until the question is there
    for (let i = 0; i < 50 && !u.buttons().includes("4"); i++) {
      await r.app.tick();
      await sleep(20);
    }
    await act(() => u.tap("4"));
    await act(() => u.send("20"));
    await act(() => u.send("/help"));

    expect((await fetch(`${r.base}/metrics`)).status).toBe(401);
    expect((await fetch(`${r.base}/metrics`, { headers: { authorization: "Bearer wrong-token-0000000" } })).status).toBe(401);
    const res = await fetch(`${r.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(counter(text, "mtb_updates_total")).toBe(updates);
    expect(counter(text, "mtb_updates_total", 'kind="callback_query"')).toBe(2);
    expect(counter(text, "mtb_update_duration_seconds_count")).toBe(updates);
    expect(counter(text, "mtb_prompts_total", 'outcome="sent"')).toBe(1);
    expect(counter(text, "mtb_prompts_total", 'outcome="failed"')).toBe(0);
    expect(counter(text, "mtb_telegram_retries_total")).toBe(0);
    expect(counter(text, "mtb_scheduler_last_tick_seconds")).toBeGreaterThan(0);
    // counts only: every label is one of a fixed set (no user id, no answer), names say nothing personal
    const labels = [...text.matchAll(/(\w+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    for (const l of labels) expect(l).toMatch(/^(kind=(message|edited_message|callback_query|my_chat_member|chat_member|inline_query|channel_post|other)|outcome=(claimed|sent|failed|blocked|skipped)|reason=(429|5xx|network)|le=[\d.+Inf]+)$/);
    expect(text).not.toMatch(/user|pain|note/i);
  });

  it("is not served when METRICS is off", async () => {
    const r = await running({ METRICS: "false" });
    expect((await fetch(`${r.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe("GET /readyz", () => {
  it("is 200 while Redis answers and the scheduler ticks, 503 within 2 s of Redis stopping, 200 again after it is back; it says nothing more", async () => {
    const r = await running();
    const ready = async () => {
      const res = await fetch(`${r.base}/readyz`);
      return { status: res.status, body: await res.text() };
    };
    for (let i = 0; i < 100 && (await ready()).status !== 200; i++) await sleep(50); // the first tick
    const up = await ready();
    expect(up.status).toBe(200);
    expect(up.body).toBe('{"status":"ready"}');
    await r.redisServer.kill();
    const stoppedAt = Date.now();
    let down = await ready();
    while (down.status !== 503 && Date.now() - stoppedAt < 2000) down = await ready();
    expect(down.status).toBe(503);
    expect(down.body).toBe('{"status":"not ready"}');
    expect((await fetch(`${r.base}/healthz`)).status).toBe(503);
    await r.redisServer.start();
    let back = await ready();
    for (let i = 0; i < 200 && back.status !== 200; i++) {
      await sleep(50);
      back = await ready();
    }
    expect(back.status).toBe(200);
  }, 30_000);
});

describe("audit lines", () => {
  it("consent, plan and delete are logged with a hashed id and nothing else about the user", async () => {
    const r = await running();
    const u = r.user(987650001);
    await u.send("/start");
    await u.tap(/18\+/);
    await u.send("/delete");
    await u.tap(/delete/i);
    const audit = r.lines.filter((l) => l.includes('"audit"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audit.map((a) => a.audit)).toEqual(["consent-given", "delete"]);
    for (const a of audit) expect(Object.keys(a).sort()).toEqual(["audit", "level", "msg", "time", "userId"]);
    expect(r.lines.join("")).not.toContain("987650001");
  });
});
