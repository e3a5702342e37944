import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { PrivateRedis } from "../support/redis.js";

let redis: PrivateRedis;
let h: Harness;

beforeAll(async () => {
  redis = await PrivateRedis.create(["--appendonly", "yes", "--appendfsync", "always"]);
  h = await createHarness({ redisUrl: redis.url });
});
afterAll(async () => {
  await h.close({ keepData: true });
  await redis.stop();
});

describe("a Redis outage while running", () => {
  it("answers 'not saved' within about 2 s, keeps running, and recovers when Redis returns", async () => {
    const u = await h.consentedUser({ id: 9001 });
    await redis.kill();
    // Redis stays down until after this answer: a command queued for its return would hang here.
    await u.send("/privacy");
    expect(u.replyText()).toContain("could not save that just now");

    await redis.start();
    for (let i = 0; i < 50 && h.redis.status !== "ready"; i++) await new Promise((r) => setTimeout(r, 100));
    await u.send("/privacy");
    const text = u.replyText();
    expect(text).toContain("given on"); // consent written before the outage survived (AOF, fsync always)
  });
});
