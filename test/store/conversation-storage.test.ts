/**
 * Conversation state is kept as @grammyjs/storage-redis keeps it (JSON with a TTL), under our own
 * per-user key: state written by that adapter — a deployment that used it — is read by ours, and
 * the other way round.
 */
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { RedisAdapter } from "@grammyjs/storage-redis";
import type { VersionedState } from "@grammyjs/conversations";
import { CONVERSATION_TTL_SECONDS, conversationStorage } from "../../src/store/conversation-storage.js";
import { keys } from "../../src/store/keys.js";
import { cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";

const redis = sharedRedis();
const prefix = testPrefix("conv");
const k = keys(prefix);
type Ctx = { userId: number };
const ours = conversationStorage<Ctx, unknown>(redis, prefix, { userOf: (ctx) => ctx.userId, takeReadAhead: () => undefined });
const theirs = new RedisAdapter<VersionedState<unknown>>({ instance: redis, ttl: CONVERSATION_TTL_SECONDS });
const state = { version: [0, 3], state: { planSetup: [{ args: [], interrupts: [], replay: { send: [{ payload: { text: "Minutes per session?" } }] } }] } } as unknown as VersionedState<unknown>;

afterEach(async () => {
  await cleanPrefix(redis, prefix);
});
afterAll(() => redis.disconnect());

describe("conversation state in Redis", () => {
  it("reads state written by @grammyjs/storage-redis, and writes state it reads, both with the TTL", async () => {
    await theirs.write(k.conv(7), state);
    expect(await ours.read({ userId: 7 })).toEqual(state);

    await ours.write({ userId: 8 }, state);
    expect(await theirs.read(k.conv(8))).toEqual(state);
    for (const id of [7, 8]) {
      const ttl = await redis.ttl(k.conv(id));
      expect(ttl).toBeGreaterThan(CONVERSATION_TTL_SECONDS - 60);
      expect(ttl).toBeLessThanOrEqual(CONVERSATION_TTL_SECONDS);
    }
    await ours.delete({ userId: 7 });
    expect(await theirs.read(k.conv(7))).toBeUndefined();
  });

  it("a damaged value reads as no conversation (it starts again) rather than failing the update", async () => {
    await redis.set(k.conv(9), "{not json");
    expect(await ours.read({ userId: 9 })).toBeUndefined();
  });
});
