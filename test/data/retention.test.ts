import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { translateFor, userWithPlan } from "../support/checkin.js";
import { scanKeys } from "../support/redis.js";
import { keys } from "../../src/store/keys.js";
import { RetentionJob } from "../../src/scheduler/retention.js";
import { retentionDates } from "../../src/trial/retention.js";
import { makeEntry, makePlan, makeVersion } from "../support/trial-fixtures.js";
import { addDays, datesIn } from "../../src/trial/time/calendar.js";

describe("retentionDates", () => {
  const plan = makePlan({ firstSession: "2027-01-11", weeks: 4 }); // block ends 2027-02-07
  const versions = [makeVersion(plan, "2027-01-04", 1)];

  it("deletes RETENTION_DAYS after the block ends and gives notice 7 days before", () => {
    expect(retentionDates({ versions, activity: ["2027-01-04"] }, 180)).toEqual({
      trialEnd: "2027-02-07",
      deleteOn: "2027-08-06",
      noticeOn: "2027-07-30",
      reason: "ended",
    });
  });

  it("pauses lengthen the block; an early end shortens it; later activity moves it", () => {
    expect(retentionDates({ versions, pausedDates: ["2027-01-20", "2027-01-21"], activity: [] }, 10)?.trialEnd).toBe("2027-02-09");
    expect(retentionDates({ versions, ended: { date: "2027-01-25", firstSession: "2027-01-11" }, activity: [] }, 10)?.trialEnd).toBe("2027-01-25");
    // An "ended" record of an earlier block does not count for the current one.
    expect(retentionDates({ versions, ended: { date: "2026-12-01", firstSession: "2026-10-01" }, activity: [] }, 10)?.trialEnd).toBe("2027-02-07");
    expect(retentionDates({ versions, activity: ["2027-03-01", null, "2027-02-01"] }, 10)?.deleteOn).toBe("2027-03-11");
  });

  it("a pause that is never lifted does not keep the data for ever", () => {
    // Paused from Jan 20 and silent since: only the paused days up to the planned end (Feb 7) count.
    const standing = datesIn({ start: "2027-01-20", end: "2028-06-01" });
    expect(retentionDates({ versions, pausedDates: standing, activity: ["2027-01-19"] }, 180)?.trialEnd).toBe("2027-02-26");
    // Someone who came back and answered on Mar 1 keeps the paused days up to then.
    expect(retentionDates({ versions, pausedDates: standing, activity: ["2027-03-01"] }, 180)?.trialEnd).toBe(addDays("2027-02-07", datesIn({ start: "2027-01-20", end: "2027-03-01" }).length));
  });

  it("blocking the bot starts the clock too; the earlier date wins", () => {
    expect(retentionDates({ versions, activity: [], blockedOn: "2027-01-20" }, 180)).toMatchObject({ deleteOn: "2027-07-19", reason: "blocked" });
    expect(retentionDates({ versions, activity: [], blockedOn: "2027-12-01" }, 180)).toMatchObject({ deleteOn: "2027-08-06", reason: "ended" });
  });

  it("without a plan counts from the last activity; with nothing to go by, null", () => {
    expect(retentionDates({ versions: [], activity: ["2027-01-04"] }, 180)?.deleteOn).toBe("2027-07-03");
    expect(retentionDates({ versions: [], activity: [] }, 180)).toBeNull();
  });
});

describe("the retention job", () => {
  let h: Harness;
  let job: RetentionJob;
  beforeEach(async () => {
    h = await createHarness(); // 2027-01-04T08:00Z; RETENTION_DAYS = 180
    job = new RetentionJob({ deps: h.deps, api: h.bot.api, t: translateFor });
  });
  afterEach(async () => {
    await job.stop();
    await h.close();
  });

  const at = async (iso: string) => {
    h.clock.set(iso);
    return job.runOnce();
  };
  const userKeys = (id: number) => scanKeys(h.redis, `${h.prefix}{u:${id}}:*`);

  it("gives one notice with an export offer 7 days before, then deletes everything on the day", async () => {
    const { u } = await userWithPlan(h, 1); // block ends 2027-02-07 → deletion 2027-08-06
    await h.deps.stores.entries.save(1, makeEntry("2027-01-05", 5, { answeredAt: "2027-01-05T19:00:00Z" }));
    const other = await userWithPlan(h, 2, { firstSession: "2027-03-01" }); // ends later
    u.replies();

    expect(await at("2027-07-29T06:00:00Z")).toMatchObject({ ran: true, users: 2, noticed: 0, deleted: 0 });
    expect(u.replies()).toEqual([]);

    expect(await at("2027-07-30T06:00:00Z")).toMatchObject({ noticed: 1, deleted: 0 });
    const notice = u.replies();
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toContain("delete everything I have stored about you on <b>Fri, Aug 6, 2027</b>");
    expect(notice[0].text).toContain("/export");
    expect(u.buttons()).toEqual(["📦 Send me my data"]);

    // Repeated runs (hourly, or another instance) send nothing more.
    await at("2027-07-30T07:17:00Z");
    await at("2027-08-02T07:17:00Z");
    expect(u.replies()).toEqual([]);

    // The offer works.
    await u.tap("📦 Send me my data");
    const docs = u.replies().filter((m) => m.document);
    // The raw data first; the one-page clinician report PDF comes with it once a first trial week exists.
    const names = docs.map((m) => m.document!.filename);
    expect(names.slice(0, 2)).toEqual(["massage-trial-entries-2027-08-02.csv", "massage-trial-data-2027-08-02.json"]);
    expect(names.slice(2).every((name) => /^massage-trial-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.pdf$/.test(name))).toBe(true);

    expect(await at("2027-08-05T21:00:00Z")).toMatchObject({ deleted: 0 }); // 23:00 in Berlin: still the 5th
    expect(await at("2027-08-05T22:30:00Z")).toMatchObject({ deleted: 1 }); // 00:30 on the 6th
    expect(await userKeys(1)).toEqual([]);
    expect(await h.deps.stores.schedule.dueScore(1)).toBeNull();
    expect((await userKeys(2)).length).toBeGreaterThan(0);
    expect(other.u.replies()).toEqual([]); // not due yet
    expect(await at("2027-08-06T06:00:00Z")).toMatchObject({ deleted: 0, users: 1 }); // idempotent
  });

  it("a user who blocked the bot gets no notice and is deleted RETENTION_DAYS after blocking", async () => {
    const { u } = await userWithPlan(h, 3);
    h.api.block(3);
    h.clock.set("2027-01-20T10:00:00Z");
    await h.bot.api.sendMessage(3, "hello?").catch(() => undefined); // Telegram answers 403
    expect(await h.deps.stores.profiles.get(3)).toMatchObject({ active: false, inactiveSince: "2027-01-20T10:00:00.000Z" });
    u.replies();
    expect(await at("2027-07-12T06:00:00Z")).toMatchObject({ noticed: 0, deleted: 0 });
    expect(await at("2027-07-19T06:00:00Z")).toMatchObject({ deleted: 1 });
    expect(await userKeys(3)).toEqual([]);
    expect(h.api.chat(3).filter((m) => m.text?.includes("delete everything"))).toEqual([]);
  });

  it("a notice that Telegram refuses (403) marks the user unreachable; a passing failure is tried again", async () => {
    await userWithPlan(h, 4);
    await userWithPlan(h, 5);
    h.api.block(4);
    h.api.injectFault({ method: "sendMessage", chatId: 5, error_code: 400, description: "Bad Request: try later" });
    expect(await at("2027-07-30T06:00:00Z")).toMatchObject({ noticed: 0, unreachable: 1, failed: 1 });
    expect((await h.deps.stores.profiles.get(4))?.active).toBe(false);
    expect(await at("2027-07-30T07:17:00Z")).toMatchObject({ noticed: 1, unreachable: 0, failed: 0 });
    expect(h.api.chat(5).filter((m) => m.text?.includes("delete everything"))).toHaveLength(1);
    // The unreachable user is still deleted on the original date.
    expect(await at("2027-08-06T06:00:00Z")).toMatchObject({ deleted: 2 });
  });

  it("instances running at once: one holds the lock, one notice per user, lock released", async () => {
    for (let id = 10; id < 20; id++) await userWithPlan(h, id);
    const second = new RetentionJob({ deps: h.deps, api: h.bot.api, t: translateFor });
    h.clock.set("2027-07-30T06:00:00Z");
    // The same instance asked twice joins its running pass; the other instance finds the lock taken.
    const results = [...new Set(await Promise.all([job.runOnce(), second.runOnce(), job.runOnce()]))];
    expect(results).toHaveLength(2);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(results.reduce((n, r) => n + r.noticed, 0)).toBe(10);
    for (let id = 10; id < 20; id++) expect(h.api.chat(id).filter((m) => m.text?.includes("delete everything"))).toHaveLength(1);
    expect(await h.redis.exists(keys(h.prefix).retentionLock())).toBe(0);
    await second.stop();
  });

  it("a lock left by a crashed instance expires instead of blocking retention forever", async () => {
    await userWithPlan(h, 21);
    await h.redis.set(keys(h.prefix).retentionLock(), "crashed-instance", "PX", 50);
    expect(await at("2027-08-06T06:00:00Z")).toMatchObject({ ran: false });
    await new Promise((r) => setTimeout(r, 80));
    expect(await at("2027-08-06T06:00:00Z")).toMatchObject({ ran: true, deleted: 1 });
  });

  it("keeps data while the user is still active after the block", async () => {
    await userWithPlan(h, 22);
    await h.deps.stores.entries.save(22, makeEntry("2027-06-01", 3, { answeredAt: "2027-06-01T19:00:00Z" }));
    expect(await at("2027-08-06T06:00:00Z")).toMatchObject({ deleted: 0, noticed: 0 });
    expect(await at("2027-11-21T06:00:00Z")).toMatchObject({ noticed: 1 });
    expect(await at("2027-11-28T06:00:00Z")).toMatchObject({ deleted: 1 });
  });

  it("start/stop runs on a cron and stops cleanly", async () => {
    job.start("* * * * *");
    expect(() => job.start()).toThrow();
    await job.stop();
  });
});
