import { afterAll, describe, expect, it } from "vitest";
import { PhaseStore } from "../../src/store/phase-store.js";
import { keys } from "../../src/store/keys.js";
import { EMPTY_TIMELINE } from "../../src/trial/phases/timeline.js";
import { cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";

const redis = sharedRedis();
const prefix = testPrefix("phases");
afterAll(async () => {
  await cleanPrefix(redis, prefix);
  redis.disconnect();
});

describe("PhaseStore", () => {
  const store = new PhaseStore(redis, prefix);
  const k = keys(prefix);

  it("no record: a single block", async () => {
    expect(await store.read(1)).toEqual(EMPTY_TIMELINE);
  });

  it("keeps blocks, withdrawals and the follow-up, validated on the way in and out", async () => {
    await store.addWithdrawal(2, { afterBlock: 1, start: "2027-02-08", days: 14 });
    await store.addBlock(2, { n: 2, fromVersion: 2, washInDays: 3 });
    await store.setFollowUp(2, { start: "2027-04-01" });
    expect(await store.read(2)).toEqual({
      blocks: [{ n: 2, fromVersion: 2, washInDays: 3 }],
      withdrawals: [{ afterBlock: 1, start: "2027-02-08", days: 14 }],
      followUp: { start: "2027-04-01" },
    });
    await expect(store.addBlock(2, { n: 5, fromVersion: 3, washInDays: 3 })).rejects.toThrow();
    expect((await store.read(2)).blocks).toHaveLength(1);
  });

  it("an unreadable record is set aside under corrupt, not overwritten silently, and reads as a single block", async () => {
    await redis.set(k.phases(3), JSON.stringify({ blocks: [{ n: 2, fromVersion: "x" }] }));
    expect(await store.read(3)).toEqual(EMPTY_TIMELINE);
    expect(await redis.exists(k.phases(3))).toBe(0);
    const aside = (await redis.lrange(k.corrupt(3), 0, -1)).map((v) => JSON.parse(v));
    expect(aside).toEqual([{ key: "phases", raw: JSON.stringify({ blocks: [{ n: 2, fromVersion: "x" }] }) }]);
  });
});
