import { afterAll, describe, expect, it } from "vitest";
import { ReportStore } from "../../src/store/report-store.js";
import { keys } from "../../src/store/keys.js";
import { cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";

const redis = sharedRedis();
const prefix = testPrefix("reports");
afterAll(async () => {
  await cleanPrefix(redis, prefix);
  redis.disconnect();
});

describe("ReportStore.sentFlags", () => {
  it("tells in one read which send-once flags are claimed", async () => {
    const store = new ReportStore(redis, prefix);
    const at = new Date("2027-01-18T19:00:00Z");
    expect(await store.sentFlags(1, [])).toEqual(new Set());
    expect(await store.claim(1, "week:2027-01-11:1", at)).toBe(true);
    expect(await store.claim(1, "final:2027-01-11:2027-02-07", at)).toBe(true);
    await store.release(1, "final:2027-01-11:2027-02-07");
    expect(await store.sentFlags(1, ["week:2027-01-11:1", "week:2027-01-11:2", "final:2027-01-11:2027-02-07"])).toEqual(new Set(["week:2027-01-11:1"]));
    expect(await store.sentFlags(2, ["week:2027-01-11:1"])).toEqual(new Set());
  });
});

describe("ReportStore.release", () => {
  it("counts a claim given back in the check-in hash (the daily prompt's report note is void), and nothing for a claim not there", async () => {
    const store = new ReportStore(redis, prefix);
    const checkin = keys(prefix).checkin(3);
    await store.claim(3, "week:2027-01-11:1", new Date("2027-01-18T19:00:00Z"));
    await store.release(3, "week:2027-01-11:1");
    expect(await redis.hget(checkin, "reportsGen")).toBe("1");
    // released already, or the user's data deleted meanwhile: no key comes back
    await store.release(3, "week:2027-01-11:1");
    expect(await redis.hget(checkin, "reportsGen")).toBe("1");
    await store.release(4, "week:2027-01-11:1");
    expect(await redis.exists(keys(prefix).checkin(4))).toBe(0);
  });
});
