import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createHttpServer } from "../../src/server/http.js";
import { createRedis, connectRedis, isRedisHealthy } from "../../src/store/redis.js";
import { PrivateRedis, freePort } from "../support/redis.js";
import type { Update } from "grammy/types";

const SECRET = "s3cret-token-abcdefgh";

async function serve(handle: (u: Update) => Promise<void>, health: () => Promise<boolean> = async () => true) {
  const port = await freePort();
  const http = createHttpServer({ port, host: "127.0.0.1", health, webhook: { path: "/tg/hook", secret: SECRET, handle } });
  await http.listen();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => http.server.close(() => r())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("webhook endpoint", () => {
  it("rejects a missing or wrong secret with 401 and processes nothing", async () => {
    const handled: Update[] = [];
    const s = await serve(async (u) => void handled.push(u));
    close = s.close;
    const body = JSON.stringify({ update_id: 1 });
    const none = await fetch(`${s.url}/tg/hook`, { method: "POST", body, headers: { "content-type": "application/json" } });
    expect(none.status).toBe(401);
    const wrong = await fetch(`${s.url}/tg/hook`, { method: "POST", body, headers: { "x-telegram-bot-api-secret-token": "nope" } });
    expect(wrong.status).toBe(401);
    expect(handled).toHaveLength(0);
    const ok = await fetch(`${s.url}/tg/hook`, { method: "POST", body, headers: { "x-telegram-bot-api-secret-token": SECRET } });
    expect(ok.status).toBe(200);
    expect(handled).toEqual([{ update_id: 1 }]);
  });

  it("rejects invalid JSON with 400 and bodies over 1 MB with 413", async () => {
    const handled: Update[] = [];
    const s = await serve(async (u) => void handled.push(u));
    close = s.close;
    const headers = { "x-telegram-bot-api-secret-token": SECRET };
    expect((await fetch(`${s.url}/tg/hook`, { method: "POST", body: "{nope", headers })).status).toBe(400);
    expect((await fetch(`${s.url}/tg/hook`, { method: "POST", body: "[1,2]", headers })).status).toBe(400);
    const big = JSON.stringify({ update_id: 2, pad: "x".repeat(10 * 1024 * 1024) });
    expect((await fetch(`${s.url}/tg/hook`, { method: "POST", body: big, headers })).status).toBe(413);
    expect(handled).toHaveLength(0);
  });

  it("answers 404 on other paths and 405 on GET", async () => {
    const s = await serve(async () => undefined);
    close = s.close;
    expect((await fetch(`${s.url}/elsewhere`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${s.url}/tg/hook`)).status).toBe(405);
  });
});

describe("/healthz", () => {
  it("is 200 while Redis answers and 503 when it does not", async () => {
    const redisServer = await PrivateRedis.create();
    const redis = createRedis(redisServer.url) as Redis;
    redis.on("error", () => undefined);
    await connectRedis(redis);
    const s = await serve(async () => undefined, () => isRedisHealthy(redis));
    close = async () => {
      await s.close();
      redis.disconnect();
      await redisServer.stop();
    };
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await redisServer.kill();
    // It answers (a check that hung would time the test out); how fast is not asserted here.
    const down = await fetch(`${s.url}/healthz`);
    expect(down.status).toBe(503);
  });
});
