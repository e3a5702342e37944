/**
 * A day's question is never lost: when the clock lands a few seconds after the prompt time (the
 * terminal's `:day`, a restart after downtime), today's question still comes; a /resume at that
 * moment asks today's question; a plan saved after today's prompt time says so and offers today
 * at once instead of silently shortening the baseline. Spoken through the fake Bot API with the
 * real daily job on a ManualClock.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { reportsBeforePrompt } from "../../../../src/bot/features/reports/scheduled.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import { isPrompt, isWeekly, text, ticksByDay } from "../../../support/pause-flow.js";

let h: Harness;
let job: ReturnType<typeof dailyJob>;

beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
  job = dailyJob(h, { beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api)] });
});
afterEach(async () => {
  await h.close();
});

// userWithPlan: baseline from Mon 2027-01-04, first session Mon 2027-01-11, 4 weeks; the daily
// question at 20:00 Europe/Berlin = 19:00Z in winter.
const promptsIn = (ms: BotMessage[]) => ms.filter(isPrompt).map((m) => text(m).split("\n")[0].replace(/<[^>]+>/g, ""));

describe("landing just after the prompt time", () => {
  it("a jump of two days to 20:00:03 still asks that day's question (the skipped day in between is not asked late)", async () => {
    const { u } = await userWithPlan(h, 801);
    await ticksByDay(h, job, u, "2027-01-04", "2027-01-05");
    await tickAt(h, job, "2027-01-07T19:00:03Z"); // Thu 20:00:03 in Berlin; Wednesday's prompt never ran
    expect(promptsIn(u.replies())).toEqual(["📋 Check-in for Thu, Jan 7"]);
    // Answering it fills Thursday; Friday comes as usual, once.
    await u.send("4");
    expect(u.replyText()).toContain("Saved: pain 4/10.");
    expect((await h.deps.stores.entries.get(801, "2027-01-07"))?.pain).toBe(4);
    await tickAt(h, job, "2027-01-07T19:30:00Z");
    expect(promptsIn(u.replies())).toEqual([]);
    const friday = await ticksByDay(h, job, u, "2027-01-08", "2027-01-08");
    expect(promptsIn(friday.get("2027-01-08")!)).toEqual(["📋 Check-in for Fri, Jan 8"]);
  });

  it("the weekly summary due that day comes on that day, with its question", async () => {
    const { u } = await userWithPlan(h, 802);
    await ticksByDay(h, job, u, "2027-01-04", "2027-01-16");
    await tickAt(h, job, "2027-01-18T19:00:03Z"); // Mon (week 1's summary day); Sunday's tick never ran
    const replies = u.replies();
    expect(replies.some(isWeekly)).toBe(true);
    expect(replies.map(text).join("\n")).toContain("Week 1 of 4");
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Mon, Jan 18"]);
  });

  it("/resume at 20:00:03 after the clock jumped over the paused days asks today's question at once", async () => {
    const { u } = await userWithPlan(h, 803);
    await ticksByDay(h, job, u, "2027-01-04", "2027-01-12");
    h.clock.set("2027-01-13T08:00:00Z");
    await u.send("/pause");
    u.replies();
    await tickAt(h, job, "2027-01-16T19:00:03Z"); // Sat 20:00:03: paused, so silent
    expect(u.replies()).toEqual([]);
    await u.send("/resume");
    const replies = u.replies();
    expect(replies.map(text).join("\n")).toContain("Today's question was due at 20:00 while your trial was still paused");
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Sat, Jan 16"]);
  });
});

describe("a plan saved after today's prompt time", () => {
  async function setUpAt(iso: string, firstSession: string) {
    h.clock.set(iso);
    const u = await h.consentedUser({ id: 810 });
    await u.send("/plan");
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Low back");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    await u.tap("Less pain");
    await u.tap("45");
    await u.tap("2");
    await u.tap("Done ✓");
    await u.tap("4");
    await u.tap("Moderate");
    await u.tap("None");
    // Cost, the alternative's cost and the therapist's plan are optional.
    for (let i = 0; i < 4 && !u.buttons().includes("0-10"); i++) await u.tap("Skip");
    await u.tap("0-10");
    await u.tap("Minutes walked before having to stop");
    await u.tap("20:00");
    await u.send("Europe/Berlin");
    await u.send(firstSession);
    await u.tap("✓ Looks right");
    return u;
  }

  it("on the baseline's first day: says the first question comes tomorrow and offers today now with /checkin", async () => {
    const u = await setUpAt("2027-01-04T20:30:00Z", "2027-01-11"); // Mon 21:30 in Berlin, baseline from today
    const saved = u.replyText();
    expect(saved).toContain("Your plan is saved");
    expect(saved).toContain("starting on <b>Tue, Jan 5, 2027</b>");
    expect(saved).toContain("It is already past 20:00 today, so the first daily question comes tomorrow");
    expect(saved).toContain("/checkin records it now");
    // Taking the offer records today as a baseline day.
    await u.send("/checkin");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    await u.send("6");
    expect((await h.deps.stores.entries.get(810, "2027-01-04"))?.pain).toBe(6);
    // Tomorrow's question comes as promised, and only that.
    const next = await ticksByDay(h, job, u, "2027-01-05", "2027-01-05");
    expect(promptsIn(next.get("2027-01-05")!)).toEqual(["📋 Check-in for Tue, Jan 5"]);
  });

  it("before the prompt time nothing extra is said", async () => {
    const u = await setUpAt("2027-01-04T10:00:00Z", "2027-01-11");
    const saved = u.replyText();
    expect(saved).toContain("starting on <b>Mon, Jan 4, 2027</b>");
    expect(saved).not.toContain("already past");
  });
});
