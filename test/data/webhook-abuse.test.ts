import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpServer } from "../../src/server/http.js";
import { createHarness, type Harness } from "../support/harness.js";
import { freePort, scanKeys } from "../support/redis.js";

const SECRET = "webhook-secret-0123456789";
let h: Harness;
let url: string;
let close: () => Promise<void>;

beforeEach(async () => {
  h = await createHarness();
  const port = await freePort();
  const http = createHttpServer({ port, host: "127.0.0.1", health: async () => true, webhook: { path: "/tg", secret: SECRET, handle: (u) => h.bot.handleUpdate(u) } });
  await http.listen();
  url = `http://127.0.0.1:${port}/tg`;
  close = () => new Promise<void>((r) => http.server.close(() => r()));
});
afterEach(async () => {
  await close();
  await h.close();
});

const start = (id: number) =>
  JSON.stringify({
    update_id: 100 + id,
    message: { message_id: 1, date: 0, chat: { id, type: "private", first_name: "A" }, from: { id, is_bot: false, first_name: "A" }, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
  });

describe("webhook abuse against the real bot", () => {
  it.each([
    ["a wrong secret", { "x-telegram-bot-api-secret-token": "guess-guess-guess-guess" }, start(1), 401],
    ["no secret", {}, start(2), 401],
    ["invalid JSON", { "x-telegram-bot-api-secret-token": SECRET }, '{"update_id": 3, "message": {', 400],
    ["JSON that is not an update", { "x-telegram-bot-api-secret-token": SECRET }, '["update_id", 4]', 400],
    ["a 10 MB body", { "x-telegram-bot-api-secret-token": SECRET }, JSON.stringify({ update_id: 5, pad: "x".repeat(10 * 1024 * 1024) }), 413],
    ["a 10 MB body without the secret", {}, "y".repeat(10 * 1024 * 1024), 401],
  ])("%s is rejected and nothing is processed", async (_name, headers, body, status) => {
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } }).catch(() => null);
    // A server may close the connection on an oversized body before the client finishes sending.
    if (res) expect(res.status).toBe(status);
    expect(h.api.allMessages()).toEqual([]);
    expect(await scanKeys(h.redis, `${h.prefix}*`)).toEqual([]);
  });

  it("the same request with the right secret is processed", async () => {
    const res = await fetch(url, { method: "POST", body: start(6), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } });
    expect(res.status).toBe(200);
    expect(h.api.chat(6)[0]?.text).toContain("bounded, measured trial");
  });
});
