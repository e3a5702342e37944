/**
 * Nothing left behind and nothing lost when a user leaves and returns: an old "No, thanks" after
 * consenting, and a block → 403 → unblock → /start round trip.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { userKeys } from "../support/redis.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import { makePlan } from "../support/trial-fixtures.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const prompts = (u: ChatUser) => u.replies().filter((m) => m.text?.includes("Check-in for"));

const memberChange = (u: ChatUser, id: number, status: "kicked" | "member") =>
  u.sendUpdate({
    my_chat_member: {
      chat: { id, type: "private", first_name: "A" },
      from: { id, is_bot: false, first_name: "A" },
      date: 0,
      old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: h.api.botInfo },
      new_chat_member: { status, user: h.api.botInfo, ...(status === "kicked" ? { until_date: 0 } : {}) },
    },
  });

describe("an old consent button after agreeing", () => {
  it("a stale 'No, thanks' is refused, points to /delete, and deletes nothing", async () => {
    const u = h.user({ id: 41, languageCode: "en" });
    await u.send("/start");
    const consentMessage = u.all().find((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === "No, thanks"))!;
    const no = consentMessage.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "No, thanks")!.callback_data!;
    await u.tap(/18\+/);
    await h.deps.stores.plans.save(41, makePlan({ firstSession: "2027-01-11" }), "2027-01-04", h.clock.now());
    await h.deps.stores.schedule.upsert(41, { time: "20:00", zone: "Europe/Berlin" });
    const keysBefore = (await userKeys(h.redis, h.prefix, 41)).sort();
    u.replies();
    await u.tapData(consentMessage, no);
    const replies = u.replies();
    expect(replies.map((m) => m.text).join("\n")).toContain("/delete");
    expect(replies.map((m) => m.text).join("\n")).not.toContain("nothing about you has been stored");
    expect((await userKeys(h.redis, h.prefix, 41)).sort()).toEqual(keysBefore);
    expect((await h.deps.stores.profiles.get(41))?.consent).toBeTruthy();
    expect(await h.deps.stores.plans.has(41)).toBe(true);
  });

  it("in German too", async () => {
    const u = h.user({ id: 42, languageCode: "de" });
    await u.send("/start");
    const consentMessage = u.all().find((m) => (m.reply_markup?.inline_keyboard?.flat().length ?? 0) === 2);
    expect(consentMessage).toBeDefined();
    const no = consentMessage!.reply_markup!.inline_keyboard![1][0].callback_data!;
    await u.tap(/18\+/);
    await h.deps.stores.plans.save(42, makePlan({ firstSession: "2027-01-11" }), "2027-01-04", h.clock.now());
    u.replies();
    await u.tapData(consentMessage!, no);
    expect(u.replies().map((m) => m.text).join("\n")).toContain("Du hast bereits zugestimmt");
    expect(await h.deps.stores.plans.has(42)).toBe(true);
  });
});

describe("blocked, then back", () => {
  it("block → 403 on the prompt → unblock → /start: the welcome says the question is back, and it comes at its time", async () => {
    const { u } = await userWithPlan(h, 51);
    const job = dailyJob(h);
    h.api.block(51);
    await memberChange(u, 51, "kicked");
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(await h.deps.stores.schedule.get(51)).toBeNull(); // the 403 took them off the schedule
    h.api.unblock(51);
    await memberChange(u, 51, "member");
    h.clock.set("2027-01-05T10:00:00Z");
    u.replies();
    await u.send("/start");
    expect(u.replies().map((m) => m.text).join("\n")).toMatch(/Welcome back[\s\S]*I ask you every day at 20:00 \(Europe\/Berlin\)/);
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    const asked = prompts(u);
    expect(asked).toHaveLength(1);
    expect(asked[0].text).toContain("Tue, Jan 5");
    await tickAt(h, job, "2027-01-05T19:05:00Z");
    expect(prompts(u)).toHaveLength(0);
  });

  it("/start puts the question back when the unblock did not (it came before the 403 was seen)", async () => {
    const { u } = await userWithPlan(h, 54);
    await h.deps.stores.schedule.remove(54); // as the 403 leaves it
    await h.deps.stores.profiles.update(54, h.clock.now(), { active: false, inactiveSince: h.clock.now().toISOString() });
    await u.send("/start");
    expect(u.replies().map((m) => m.text).join("\n")).toContain("Your daily question is back on: I will ask again every day at 20:00 (Europe/Berlin)");
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    expect(prompts(u)).toHaveLength(1);
  });

  it("an unblock alone puts the question back", async () => {
    const { u } = await userWithPlan(h, 52);
    const job = dailyJob(h);
    h.api.block(52);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    h.api.unblock(52);
    await memberChange(u, 52, "member");
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(prompts(u)).toHaveLength(1);
  });

  it("a trial the user ended stays ended when they come back", async () => {
    const { u } = await userWithPlan(h, 53);
    await h.deps.stores.reports.setEnded(53, { date: "2027-01-04", at: h.clock.now().toISOString(), firstSession: "2027-01-11" });
    await h.deps.stores.schedule.remove(53);
    await memberChange(u, 53, "member");
    await u.send("/start");
    expect(await h.deps.stores.schedule.get(53)).toBeNull();
    await tickAt(h, dailyJob(h), "2027-01-05T19:00:00Z");
    expect(prompts(u)).toHaveLength(0);
  });
});
