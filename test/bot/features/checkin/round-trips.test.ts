import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { RoundTrips } from "../../../support/round-trips.js";

let h: Harness;
let trips: RoundTrips;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday; userWithPlan: first session Jan 11, baseline from Jan 4
  trips = new RoundTrips();
  trips.install(h.redis);
  trips.logging = true;
});
afterEach(async () => {
  await h.close();
});

const MON = "2027-01-04T19:00:00Z"; // 20:00 in Berlin

/** Runs `act` alone and returns the Redis round trips it made, each as its commands. */
async function roundTripsOf(act: () => Promise<unknown>): Promise<string[][]> {
  await trips.idle();
  trips.reset();
  trips.enabled = true;
  await act();
  await trips.idle();
  trips.enabled = false;
  return trips.log.map((t) => t.map((c) => c.replace(h.prefix, "")));
}

describe("a check-in answer costs three Redis round trips", () => {
  it("a pain tap: one read of everything, one atomic write, then the done mark beside the settle rule's reads", async () => {
    const { u } = await userWithPlan(h, 1);
    await tickAt(h, dailyJob(h), MON);
    await h.deps.stores.entries.save(1, { date: "2027-01-03", pain: 5, marker: 30, scale: 10, reactions: [], answeredAt: "2027-01-03T19:00:00Z" });

    const log = await roundTripsOf(() => u.tap("4"));

    expect(log, JSON.stringify(log)).toHaveLength(3);
    const [first, save, last] = log;
    for (const read of ["mget {u:1}:profile", "lrange {u:1}:planVersions", "get {u:1}:phases", "hmget {u:1}:checkin", "hmget {u:1}:entries"]) {
      expect(first).toContain(read);
    }
    expect(save).toEqual(["evalsha"]);
    expect(last).toContain("hgetall {u:1}:entries");
    // The answer was saved and the marker question offers the usual range read in the first trip.
    expect(await h.deps.stores.entries.get(1, "2027-01-04")).toMatchObject({ pain: 4 });
    expect(u.buttons()).toContain("30");
  });

  it("the last tap (the marker) reads the back-fill offer's days with the first read too", async () => {
    const { u } = await userWithPlan(h, 2);
    await tickAt(h, dailyJob(h), MON);
    await u.tap("4");

    const log = await roundTripsOf(() => u.tap("Not measured"));

    expect(log, JSON.stringify(log)).toHaveLength(3);
    expect(log[0]).toContain("hmget {u:2}:entries");
    expect(log[1]).toEqual(["evalsha"]);
    expect(await h.deps.stores.entries.get(2, "2027-01-04")).toMatchObject({ pain: 4, marker: null });
  });

  it("/help: the claim with the sender's state, then the done mark and the flood count", async () => {
    const u = await h.consentedUser({ id: 3 });
    const log = await roundTripsOf(() => u.send("/help"));
    expect(log.map((t) => t.length)).toEqual([2, 2]);
  });
});
