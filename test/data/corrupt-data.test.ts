import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { keys } from "../../src/store/keys.js";
import { makePlan } from "../support/trial-fixtures.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const corruptList = async (id: number) => (await h.redis.lrange(keys(h.prefix).corrupt(id), 0, -1)).map((r) => JSON.parse(r));

describe("corrupt or old-format data in a user's key", () => {
  it("broken plan JSON: a clear message naming /plan, the raw value kept aside, other users unaffected", async () => {
    const { u } = await userWithPlan(h, 1);
    const { u: other } = await userWithPlan(h, 2);
    const k = keys(h.prefix);
    await h.redis.del(k.planVersions(1));
    await h.redis.rpush(k.planVersions(1), '{"version":1,"plan":{"areas":["low_back"'); // truncated write from an old bug
    await u.send("/checkin");
    const text = u.replyText();
    expect(text).toContain("could not be read (your plan)");
    expect(text).toContain("kept it aside exactly as it was");
    expect(text).toContain("Send /plan to set up your plan again");
    expect(await corruptList(1)).toEqual([{ key: "planVersions", raw: ['{"version":1,"plan":{"areas":["low_back"'] }]);

    // The way out works, and the notice is not repeated.
    await u.send("/plan");
    const again = u.replyText();
    expect(again).toContain("safety check");
    expect(again).not.toContain("could not be read");

    await other.send("/checkin");
    expect(other.replyText()).toContain("Check-in for");
    expect(await corruptList(2)).toEqual([]);
  });

  it("an old format (missing fields) is rejected by the schema the same way; /plan says it once", async () => {
    const u = await h.consentedUser({ id: 3 });
    const { prompt: _prompt, ...old } = makePlan();
    void _prompt;
    const raw = JSON.stringify({ version: 1, effectiveFrom: "2027-01-01", savedAt: "2027-01-01T00:00:00Z", plan: old });
    await h.redis.rpush(keys(h.prefix).planVersions(3), raw);
    await u.send("/plan");
    const text = u.replyText();
    expect(text.match(/could not read your saved plan|could not be read/g)).toHaveLength(1);
    expect(text).toContain("kept a copy aside");
    expect(text).toContain("safety check"); // a fresh setup starts at once
    expect(await corruptList(3)).toEqual([{ key: "planVersions", raw: [raw] }]);
  });

  it("a broken daily entry is set aside before a new answer for that date could overwrite it", async () => {
    const { u } = await userWithPlan(h, 4);
    await h.redis.hset(keys(h.prefix).entries(4), "2027-01-04", '{"date":"2027-01-04","pain":"four"}');
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    u.replies();
    await u.tap("5");
    const text = u.replyText();
    expect(text).toContain("Saved: pain 5/10");
    expect(text).toContain("could not be read (a daily entry)");
    expect(await h.deps.stores.entries.get(4, "2027-01-04")).toMatchObject({ pain: 5 });
    expect(await corruptList(4)).toEqual([{ key: "entries", date: "2027-01-04", raw: '{"date":"2027-01-04","pain":"four"}' }]);
  });

  it("a damaged binary entry is kept aside as base64; entries in the previous text format are still read", async () => {
    const { u } = await userWithPlan(h, 7);
    const k = keys(h.prefix);
    const damaged = Buffer.from([2, 0x41, 0, 1, 0xf2]); // cut off after the date
    await h.redis.hset(k.entries(7), "2027-01-04", damaged);
    await h.redis.hset(k.entries(7), "2027-01-03", '[1,"2027-01-03",4,10,20,null,0,"old note",0,1798916400000]');
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    u.replies();
    await u.tap("5");
    expect(u.replyText()).toContain("could not be read (a daily entry)");
    expect(await corruptList(7)).toEqual([{ key: "entries", date: "2027-01-04", rawBase64: damaged.toString("base64") }]);
    expect(await h.deps.stores.entries.get(7, "2027-01-04")).toMatchObject({ pain: 5 });
    expect(await h.deps.stores.entries.get(7, "2027-01-03")).toMatchObject({ pain: 4, marker: 20, note: "old note" });
    expect((await h.redis.hgetBuffer(k.entries(7), "2027-01-04"))?.[0]).toBe(2); // rewritten in the current format
  });

  it("a broken profile is kept aside; the user is asked for consent again and told why", async () => {
    const u = await h.consentedUser({ id: 5 });
    await h.redis.set(keys(h.prefix).profile(5), '{"locale":"en","consent":{"adult":"yes"}}');
    await u.send("/help");
    const text = u.replyText();
    expect(text).toContain("What I can do");
    expect(text).toContain("could not be read (your settings and consent)");
    await u.send("/checkin");
    expect(u.buttons()).toEqual(["✅ I'm 18+ and I agree", "No, thanks"]);
    expect(await corruptList(5)).toEqual([{ key: "profile", raw: '{"locale":"en","consent":{"adult":"yes"}}' }]);
  });

  it("a broken setup draft is kept aside and /plan starts afresh", async () => {
    const u = await h.consentedUser({ id: 6 });
    await h.redis.set(keys(h.prefix).draft(6), "not json at all");
    await u.send("/plan");
    const text = u.replyText();
    expect(text).toContain("safety check");
    expect(text).toContain("could not be read (your unfinished setup)");
    expect(await corruptList(6)).toEqual([{ key: "draft", raw: "not json at all" }]);
  });
});
