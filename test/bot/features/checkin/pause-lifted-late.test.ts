/**
 * Lifting a pause after that day's prompt time (/resume, "I have been seen", "that's not what I
 * meant"): the day is no longer paused, so its question comes at once instead of the day becoming
 * a missing day; reports held during the pause come with it. Lifted before the prompt time,
 * nothing changes. Also: the "held back" line only when a report really waits, and the first
 * "does not settle" message waits while an urgent cue stands. Spoken through the fake Bot API,
 * with the real daily job and the reports hook on a ManualClock.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, finishCheckin, userWithPlan } from "../../../support/checkin.js";
import { checkSettleRule, reportsBeforePrompt } from "../../../../src/bot/features/reports/scheduled.js";
import { datesIn } from "../../../../src/trial/time/calendar.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import { makeEntry } from "../../../support/trial-fixtures.js";
import { isPrompt, isWeekly, text, ticksByDay, urgentCueOn as urgentCueOnDay } from "../../../support/pause-flow.js";

let h: Harness;
let job: ReturnType<typeof dailyJob>;

beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
  job = dailyJob(h, { beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api)] });
});
afterEach(async () => {
  await h.close();
});

// userWithPlan: baseline from Mon 2027-01-04, first session Mon 2027-01-11, 4 weeks, no planned
// weekdays (the session question every day); the daily question at 20:00 Europe/Berlin = 19:00Z.
const all = (ms: BotMessage[]) => ms.map(text).join("\n");
const isSettleFirst = (m: BotMessage) => /lighter pressure or a shorter session/.test(text(m));
const promptsIn = (ms: BotMessage[]) => ms.filter(isPrompt).map((m) => text(m).split("\n")[0].replace(/<[^>]+>/g, ""));
const TODAY_NOW = "Today's question was due at 20:00 while your trial was still paused, so here it is now";

/** Ticks the daily job at prompt time on each day; everything that arrived. */
const runDays = async (u: ChatUser, from: string, to: string) => [...(await ticksByDay(h, job, u, from, to)).values()].flat();
const urgentCueOn = (u: ChatUser, date: string) => urgentCueOnDay(h, job, u, date);

/** Answers the waiting check-in to the end: typed pain, no marker, no session, no note. */
async function answerToday(u: ChatUser, pain: number) {
  await u.send(String(pain));
  expect(u.replyText()).toContain(`Saved: pain ${pain}/10.`);
  expect(await finishCheckin(u)).toContain("That's everything for");
}

describe("a pause lifted after today's prompt time", () => {
  it("/resume at 21:00 with a 20:00 prompt time: today's question arrives at once, and answering it saves today's entry", async () => {
    const { u } = await userWithPlan(h, 701);
    await runDays(u, "2027-01-04", "2027-01-12");
    h.clock.set("2027-01-13T08:00:00Z");
    await u.send("/pause");
    expect(u.replyText()).toContain("<b>Paused</b> from Wed, Jan 13, 2027");
    expect(await runDays(u, "2027-01-13", "2027-01-14")).toEqual([]);

    h.clock.set("2027-01-14T20:00:00Z"); // Thu 21:00 in Berlin: today's question was held an hour ago
    await u.send("/resume");
    const replies = u.replies();
    const welcome = all(replies);
    expect(welcome).toContain("One day was paused");
    expect(welcome).toContain(TODAY_NOW);
    expect(welcome).not.toContain("The next daily question comes at");
    expect(welcome).not.toContain("held back");
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Thu, Jan 14"]);
    expect(isPrompt(replies.at(-1)!)).toBe(true);
    expect(u.buttons()).toContain("🩺 New symptom");
    // Recorded like the daily job's prompt: a typed number answers it.
    expect(await h.deps.stores.checkins.prompted(701)).toContain("2027-01-14");

    await answerToday(u, 4);
    const entry = await h.deps.stores.entries.get(701, "2027-01-14");
    expect(entry).toMatchObject({ date: "2027-01-14", pain: 4 });
    expect(entry?.late).toBeUndefined();
    expect(await h.deps.stores.trial.pausedDates(701, "2027-01-14")).toEqual(["2027-01-13"]);

    // Not asked twice: the next question is Friday's, at the usual time.
    const next = await runDays(u, "2027-01-15", "2027-01-15");
    expect(promptsIn(next)).toEqual(["📋 Check-in for Fri, Jan 15"]);
  });

  it("the same after “I have been seen”; the weekly summary held during the pause comes with that question", async () => {
    const { u } = await userWithPlan(h, 702);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16"); // paused from Sun Jan 17; week 1 (Jan 11-17) is due Mon Jan 18
    expect(await runDays(u, "2027-01-17", "2027-01-18")).toEqual([]);

    h.clock.set("2027-01-18T20:00:00Z"); // Mon 21:00 in Berlin
    await u.tap("✅ I have been seen");
    const replies = u.replies();
    const welcome = text(replies[0]);
    expect(welcome).toContain("daily questions start again");
    expect(welcome).toContain("One day was paused while you waited to be seen");
    expect(welcome).toContain("The summary I held back while your trial was paused follows right away");
    expect(welcome).not.toContain("comes with your next daily question");
    expect(welcome).toContain(TODAY_NOW);
    // Welcome, the held summary, then today's question last.
    expect(replies.some(isWeekly)).toBe(true);
    expect(all(replies)).toContain("Week 1 of 4");
    expect(replies.findIndex(isWeekly)).toBeGreaterThan(0);
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Mon, Jan 18"]);
    expect(isPrompt(replies.at(-1)!)).toBe(true);

    await answerToday(u, 5);
    expect((await h.deps.stores.entries.get(702, "2027-01-18"))?.pain).toBe(5);

    // Neither the summary nor Monday's question comes again.
    const next = await runDays(u, "2027-01-19", "2027-01-19");
    expect(next.some(isWeekly)).toBe(false);
    expect(promptsIn(next)).toEqual(["📋 Check-in for Tue, Jan 19"]);
  });

  it("the same after “That's not what I meant”", async () => {
    const { u } = await userWithPlan(h, 703);
    await runDays(u, "2027-01-04", "2027-01-12");
    await urgentCueOn(u, "2027-01-13"); // paused from Thu Jan 14
    expect(await runDays(u, "2027-01-14", "2027-01-14")).toEqual([]);
    h.clock.set("2027-01-14T21:30:00Z");
    await u.tap("That's not what I meant");
    const replies = u.replies();
    expect(all(replies)).toContain("continue as before");
    expect(all(replies)).toContain(TODAY_NOW);
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Thu, Jan 14"]);
    await answerToday(u, 2);
    expect((await h.deps.stores.entries.get(703, "2027-01-14"))?.pain).toBe(2);
  });

  it("no question at once when today is already answered or another pause still holds it", async () => {
    const { u } = await userWithPlan(h, 704);
    await runDays(u, "2027-01-04", "2027-01-12");
    await urgentCueOn(u, "2027-01-13"); // paused from Thu Jan 14
    h.clock.set("2027-01-14T08:00:00Z");
    await u.send("/pause"); // the user's own pause too
    u.replies();
    expect(await runDays(u, "2027-01-14", "2027-01-14")).toEqual([]);
    h.clock.set("2027-01-14T20:00:00Z");
    await u.tap("✅ I have been seen");
    const seen = u.replies();
    expect(all(seen)).toContain("Your own pause (/pause) is still on");
    expect(promptsIn(seen)).toEqual([]);

    // Answered today with /checkin while still paused; /resume then has nothing to ask.
    await u.send("/checkin");
    u.replies();
    await answerToday(u, 3);
    await u.send("/resume");
    const resumed = u.replies();
    expect(all(resumed)).toContain("The next daily question comes at 20:00");
    expect(all(resumed)).not.toContain(TODAY_NOW);
    expect(promptsIn(resumed)).toEqual([]);
  });
});

describe("a pause lifted before today's prompt time", () => {
  it("/resume at 10:00: no question now; it comes at 20:00 as usual", async () => {
    const { u } = await userWithPlan(h, 711);
    await runDays(u, "2027-01-04", "2027-01-12");
    h.clock.set("2027-01-13T08:00:00Z");
    await u.send("/pause");
    u.replies();
    await runDays(u, "2027-01-13", "2027-01-13");
    h.clock.set("2027-01-14T09:00:00Z"); // Thu 10:00 in Berlin
    await u.send("/resume");
    const replies = u.replies();
    expect(all(replies)).toContain("The next daily question comes at 20:00");
    expect(all(replies)).not.toContain(TODAY_NOW);
    expect(promptsIn(replies)).toEqual([]);
    expect(await h.deps.stores.checkins.prompted(711)).not.toContain("2027-01-14");
    const evening = await runDays(u, "2027-01-14", "2027-01-14");
    expect(promptsIn(evening)).toEqual(["📋 Check-in for Thu, Jan 14"]);
  });

  it("a summary simply due later that day was not held: no “held back” line, it comes at 20:00 as usual", async () => {
    const { u } = await userWithPlan(h, 712);
    await runDays(u, "2027-01-04", "2027-01-16");
    h.clock.set("2027-01-17T08:00:00Z");
    await u.send("/pause"); // Sun Jan 17 only; week 1's summary is due Mon Jan 18
    u.replies();
    expect(await runDays(u, "2027-01-17", "2027-01-17")).toEqual([]);
    h.clock.set("2027-01-18T08:00:00Z");
    await u.send("/resume");
    const resumed = u.replyText();
    expect(resumed).toContain("One day was paused");
    expect(resumed).not.toContain("held back");
    const evening = await runDays(u, "2027-01-18", "2027-01-18");
    expect(all(evening)).toContain("Week 1 of 4");
    expect(promptsIn(evening)).toEqual(["📋 Check-in for Mon, Jan 18"]);
  });

  it("a summary held over its due day still gets the line, for the next question", async () => {
    const { u } = await userWithPlan(h, 713);
    await runDays(u, "2027-01-04", "2027-01-16");
    h.clock.set("2027-01-17T08:00:00Z");
    await u.send("/pause");
    u.replies();
    await runDays(u, "2027-01-17", "2027-01-18"); // Monday's summary was held at 20:00
    h.clock.set("2027-01-19T08:00:00Z");
    await u.send("/resume");
    expect(u.replyText()).toContain("The summary I held back while your trial was paused comes with your next daily question (20:00)");
  });
});

describe("the first “does not settle” message during an urgent pause", () => {
  /**
   * Sessions on Mon Jan 11 and Thu Jan 14. Baseline 3/10; the score two points up on each
   * session's check day (Jan 14 for the first, Jan 17 for the second) makes the first firing,
   * known once Sun Jan 17 is answered. Sat Jan 16 is left for the check-in that raises the cue.
   */
  async function sessionsThatDoNotSettle(id: number) {
    const pains: Record<string, number> = { "2027-01-14": 5 };
    for (const date of datesIn({ start: "2027-01-04", end: "2027-01-15" })) {
      const session = date === "2027-01-11" || date === "2027-01-14";
      await h.deps.stores.entries.save(id, makeEntry(date, pains[date] ?? 3, session ? { session: true, reactions: ["soreness"] } : { session: false }));
    }
  }

  it("is held while the cue stands, then comes with the first question after “I have been seen”", async () => {
    const { u } = await userWithPlan(h, 721);
    await sessionsThatDoNotSettle(721);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16"); // paused from Sun Jan 17
    expect(await runDays(u, "2027-01-17", "2027-01-17")).toEqual([]);

    // Sunday answered during the pause: the rule fires for the first time, but nobody just told to
    // seek care gets advice about pressure now.
    h.clock.set("2027-01-17T20:30:00Z");
    await u.send("/checkin");
    u.replies();
    await u.send("5");
    await finishCheckin(u);
    expect(u.replies().some(isSettleFirst)).toBe(false);
    expect(await checkSettleRule(h.deps, h.bot.api, 721)).toBe("none");
    expect(await runDays(u, "2027-01-18", "2027-01-18")).toEqual([]);

    h.clock.set("2027-01-19T08:00:00Z"); // before the prompt time
    await u.tap("✅ I have been seen");
    const seen = u.replies();
    expect(seen.some(isSettleFirst)).toBe(false);
    expect(all(seen)).toContain("comes with your next daily question (20:00)");

    const evening = await runDays(u, "2027-01-19", "2027-01-19");
    expect(evening.filter(isSettleFirst)).toHaveLength(1);
    expect(all(evening)).toContain("Week 1 of 4");
    expect(promptsIn(evening)).toEqual(["📋 Check-in for Tue, Jan 19"]);
    // Once only.
    const later = await runDays(u, "2027-01-20", "2027-01-21");
    expect(later.some(isSettleFirst)).toBe(false);
  });

  it("comes at once when the pause is lifted after the prompt time", async () => {
    const { u } = await userWithPlan(h, 722);
    await sessionsThatDoNotSettle(722);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16");
    await h.deps.stores.entries.save(722, makeEntry("2027-01-17", 5, { session: false }));
    expect(await runDays(u, "2027-01-17", "2027-01-18")).toEqual([]);
    h.clock.set("2027-01-18T20:00:00Z");
    await u.tap("✅ I have been seen");
    const replies = u.replies();
    expect(replies.filter(isSettleFirst)).toHaveLength(1);
    expect(promptsIn(replies)).toEqual(["📋 Check-in for Mon, Jan 18"]);
    expect(isPrompt(replies.at(-1)!)).toBe(true);
  });

  it("the stop (second firing) still goes out at once during an urgent pause", async () => {
    const { u } = await userWithPlan(h, 723);
    await sessionsThatDoNotSettle(723);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16"); // paused from Sun Jan 17
    // Two more sessions that do not settle: Mon Jan 18 (checked on the next session, Wed Jan 20)
    // and Wed Jan 20 (checked Sat Jan 23): the second firing.
    await h.deps.stores.entries.save(723, makeEntry("2027-01-17", 5, { session: false }));
    await h.deps.stores.entries.save(723, makeEntry("2027-01-18", 5, { session: true, reactions: ["soreness"] }));
    await h.deps.stores.entries.save(723, makeEntry("2027-01-20", 7, { session: true, reactions: ["soreness"] }));
    await h.deps.stores.entries.save(723, makeEntry("2027-01-23", 7, { session: false }));
    h.clock.set("2027-01-23T20:30:00Z");
    expect(await checkSettleRule(h.deps, h.bot.api, 723)).toBe("stop");
    const replies = u.replies();
    expect(all(replies)).toContain("Stop the sessions and get checked");
    expect(replies.some(isSettleFirst)).toBe(false);
  });
});
