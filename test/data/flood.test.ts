import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Composer } from "grammy";
import { createHarness, type Harness } from "../support/harness.js";
import { scanKeys } from "../support/redis.js";
import { keys } from "../../src/store/keys.js";
import { FLOOD_LIMIT, FLOOD_WINDOW_MS } from "../../src/bot/middlewares/flood.js";
import type { BotContext } from "../../src/bot/context.js";

let h: Harness;
let seen: string[];
beforeEach(async () => {
  seen = [];
  const recorder = new Composer<BotContext>();
  // Sits after every feature, before the fallback: sees each message that reached the features.
  recorder.on("message:text", async (ctx, next) => {
    seen.push(ctx.message.text);
    await next();
  });
  h = await createHarness({ extend: () => ({ features: [recorder] }) });
});
afterEach(async () => {
  await h.close();
});

describe("a user flooding the chat", () => {
  it("100 messages in a burst: all handled in order, one 'slow down' notice, bounded Redis", async () => {
    const u = await h.consentedUser({ id: 1 });
    h.clock.advance(FLOOD_WINDOW_MS); // a fresh window (the /start above counted in the previous one)
    const floodKey = keys(h.prefix).flood(1, Math.floor(h.clock.now().getTime() / FLOOD_WINDOW_MS));
    const before = (await scanKeys(h.redis, `${h.prefix}{u:1}:*`)).sort();
    const texts = Array.from({ length: 100 }, (_, i) => `message ${i + 1}`);
    await Promise.all(texts.map((t) => u.send(t)));

    expect(seen).toEqual(texts);
    const replies = u.replies().map((m) => m.text ?? "");
    expect(replies.filter((t) => t.includes("a lot of messages"))).toHaveLength(1);
    // Fallback answers only until the limit; then the notice, then silence.
    expect(replies.filter((t) => t.includes("I did not understand"))).toHaveLength(FLOOD_LIMIT);
    expect(replies.findIndex((t) => t.includes("a lot of messages"))).toBe(FLOOD_LIMIT);

    // One counter key that expires within the window; nothing else of the user grew.
    const after = (await scanKeys(h.redis, `${h.prefix}{u:1}:*`)).sort();
    expect(after).toEqual([...new Set([...before, floodKey])].sort());
    const ttl = await h.redis.pttl(floodKey);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2 * FLOOD_WINDOW_MS);
    expect(await h.redis.get(floodKey)).toBe("100");
    // Update de-duplication keys expire too (24 h): nothing here lives forever.
    for (const key of await scanKeys(h.redis, `${h.prefix}upd:*`)) expect(await h.redis.ttl(key)).toBeGreaterThan(0);

    // When the window is over, the bot answers normally again.
    h.clock.advance(FLOOD_WINDOW_MS);
    await u.send("hello again");
    expect(u.replyText()).toContain("I did not understand");
  });

  it("commands and answers still work during a flood; other users are not affected", async () => {
    const u = await h.consentedUser({ id: 2 });
    const v = await h.consentedUser({ id: 3 });
    await Promise.all(Array.from({ length: FLOOD_LIMIT + 5 }, (_, i) => u.send(`spam ${i}`)));
    u.replies();
    await u.send("/help");
    expect(u.replyText()).toContain("What I can do");
    await v.send("hi");
    expect(v.replyText()).toContain("I did not understand");
  });

  it("when the update's first read fails the guard steps aside and the update is still answered", async () => {
    const u = await h.consentedUser({ id: 4 });
    const original = h.deps.stores.reads.read.bind(h.deps.stores.reads);
    h.deps.stores.reads.read = async () => {
      throw new Error("Connection is closed.");
    };
    for (let i = 0; i < FLOOD_LIMIT + 2; i++) await u.send(`hi ${i}`);
    await u.send("/help");
    h.deps.stores.reads.read = original;
    const replies = u.replies().map((m) => m.text ?? "");
    expect(replies.filter((t) => t.includes("I did not understand"))).toHaveLength(FLOOD_LIMIT + 2);
    expect(replies.some((t) => t.includes("a lot of messages"))).toBe(false);
    expect(replies.at(-1)).toContain("What I can do");
  });
});
