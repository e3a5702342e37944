/**
 * An urgent safety cue pauses the trial: its paused days lengthen the block
 * like /pause days, and the scheduled weekly summaries and end-of-block report wait while the
 * trial is paused, then come with the first daily question after it. Spoken through the fake Bot
 * API, with the real daily job and the reports hook on a ManualClock.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, finishWithNote, tickAt, userWithPlan } from "../../../support/checkin.js";
import { reportsBeforePrompt } from "../../../../src/bot/features/reports/scheduled.js";
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

// userWithPlan: first session Mon 2027-01-11, 4 weeks (planned end Sun 2027-02-07, final report
// Mon 2027-02-08), the daily question at 20:00 Europe/Berlin = 19:00Z in winter.
const isFinal = (m: BotMessage) => /End-of-block report/.test(text(m));

const runDays = (u: ChatUser, from: string, to: string) => ticksByDay(h, job, u, from, to);
const daysWith = (byDay: Map<string, BotMessage[]>, pick: (m: BotMessage) => boolean) =>
  [...byDay].filter(([, ms]) => ms.some(pick)).map(([d]) => d);
const urgentCueOn = (u: ChatUser, date: string) => urgentCueOnDay(h, job, u, date);

describe("days paused by an urgent cue lengthen the block", () => {
  it("a cue on Wed Jan 20, “I have been seen” on Sat Jan 23: two paused days, the block and the final report move by two days", async () => {
    const { u } = await userWithPlan(h, 601);
    await runDays(u, "2027-01-04", "2027-01-19");
    await urgentCueOn(u, "2027-01-20");
    const paused = await runDays(u, "2027-01-21", "2027-01-22");
    expect(daysWith(paused, () => true)).toEqual([]);

    // X + 3, in the morning (before that day's question).
    h.clock.set("2027-01-23T08:00:00Z");
    await u.tap("✅ I have been seen");
    const seen = u.replyText();
    expect(seen).toContain("daily questions start again");
    expect(seen).toContain("2 days were paused while you waited to be seen, so your block now ends on <b>Tue, Feb 9, 2027</b> (planned: Sun, Feb 7, 2027)");
    await u.send("/history");
    const history = u.replyText();
    expect(history).toContain("Thu, Jan 21: paused");
    expect(history).toContain("Fri, Jan 22: paused");
    expect(history).not.toContain("Wed, Jan 20: paused");

    const after = await runDays(u, "2027-01-23", "2027-02-12");
    expect(daysWith(after, isPrompt)[0]).toBe("2027-01-23");
    // The planned last day and the two added days are asked; then the questions stop.
    expect(daysWith(after, isPrompt).slice(-3)).toEqual(["2027-02-07", "2027-02-08", "2027-02-09"]);
    expect(daysWith(after, isFinal)).toEqual(["2027-02-10"]);
    const final = after.get("2027-02-10")!.filter(isFinal).map(text).join("\n");
    expect(final).toContain("Feb 9");
    // Week boundaries stay: the summaries come on the Mondays, the added days as an extra week.
    expect(daysWith(after, isWeekly)).toEqual(["2027-01-25", "2027-02-01", "2027-02-08", "2027-02-10"]);
    expect((await h.deps.stores.safety.list(601))[0]).toMatchObject({ group: "urgent", status: "seen" });
  });

  it("thoughts of self-harm on Wed Jan 20, “I have talked to someone” on Sat Jan 23: the paused days are named without “seen”", async () => {
    const { u } = await userWithPlan(h, 607);
    await runDays(u, "2027-01-04", "2027-01-19");
    await tickAt(h, job, "2027-01-20T19:00:00Z");
    expect(u.replies().some(isPrompt)).toBe(true);
    await u.send("3");
    await finishWithNote(u, "I keep thinking about ending my life");
    expect(u.replyText()).toContain("thank you for telling me");
    await runDays(u, "2027-01-21", "2027-01-22");
    h.clock.set("2027-01-23T08:00:00Z");
    await u.tap("✅ I have talked to someone");
    const talked = u.replyText();
    expect(talked).toContain("2 days were paused until you had talked to someone, so your block now ends on <b>Tue, Feb 9, 2027</b>");
    expect(talked).not.toContain("seen");
  });

  it("“That's not what I meant” undoes the pause: the block keeps its planned end", async () => {
    const { u } = await userWithPlan(h, 602);
    await runDays(u, "2027-01-04", "2027-01-19");
    await urgentCueOn(u, "2027-01-20");
    await runDays(u, "2027-01-21", "2027-01-22");
    h.clock.set("2027-01-23T08:00:00Z");
    await u.tap("That's not what I meant");
    const text1 = u.replyText();
    expect(text1).toContain("continue as before");
    expect(text1).not.toContain("were paused");
    await u.send("/history");
    expect(u.replyText()).not.toContain("Thu, Jan 21: paused");
    const after = await runDays(u, "2027-01-23", "2027-02-10");
    expect(daysWith(after, isFinal)).toEqual(["2027-02-08"]);
  });

  it("a /pause overlapping the safety pause counts each day once", async () => {
    const { u } = await userWithPlan(h, 603);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16"); // safety pause from Sun Jan 17
    await runDays(u, "2027-01-17", "2027-01-17");
    h.clock.set("2027-01-18T08:00:00Z");
    await u.send("/pause"); // own pause from Mon Jan 18
    expect(u.replyText()).toContain("<b>Paused</b> from Mon, Jan 18, 2027");
    await runDays(u, "2027-01-18", "2027-01-20");
    h.clock.set("2027-01-21T08:00:00Z");
    await u.tap("✅ I have been seen"); // the cue: Jan 17-20
    const seen = u.replyText();
    expect(seen).toContain("4 days were paused");
    expect(seen).toContain("Your own pause (/pause) is still on");
    await runDays(u, "2027-01-21", "2027-01-22");
    h.clock.set("2027-01-23T08:00:00Z");
    await u.send("/resume"); // own: Jan 18-22; together Jan 17-22: six days, not nine
    const resumed = u.replyText();
    expect(resumed).toContain("5 days were paused");
    expect(resumed).toContain("now ends on <b>Sat, Feb 13, 2027</b> (planned: Sun, Feb 7, 2027)");
  });
});

describe("scheduled reports wait while the trial is paused", () => {
  it("the week-1 summary due on Mon Jan 18 is held during an urgent pause, /summary still answers, and it comes with the first question after “I have been seen”", async () => {
    const { u } = await userWithPlan(h, 611);
    // Answered days before the cue (saved directly), so the summaries have numbers to show.
    for (const date of datesIn({ start: "2027-01-04", end: "2027-01-15" })) await h.deps.stores.entries.save(611, makeEntry(date, 5));
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16");
    const paused = await runDays(u, "2027-01-17", "2027-01-19");
    expect(daysWith(paused, isWeekly)).toEqual([]);
    expect(daysWith(paused, () => true)).toEqual([]);

    // On demand it works during the pause.
    h.clock.set("2027-01-19T20:00:00Z");
    await u.send("/summary");
    const onDemand = u.replies();
    expect(onDemand.some((m) => m.method === "sendPhoto")).toBe(true);
    const summary = onDemand.map(text).join("\n");
    expect(summary).toContain("Your trial so far");
    expect(summary).toContain("W1 (Jan 11 – Jan 17)");
    // While the cue stands, its days count as paused: the block end shown already moved.
    expect(summary).toContain("block ends Wed, Feb 10, 2027");

    h.clock.set("2027-01-20T08:00:00Z");
    await u.tap("✅ I have been seen");
    const seen = u.replyText();
    expect(seen).toContain("3 days were paused");
    expect(seen).toContain("The summary I held back while your trial was paused comes with your next daily question (20:00)");

    const after = await runDays(u, "2027-01-20", "2027-01-26");
    expect(daysWith(after, isWeekly)).toEqual(["2027-01-20", "2027-01-25"]);
    const held = after.get("2027-01-20")!;
    expect(held.map(text).join("\n")).toContain("Week 1 of 4");
    expect(held.some(isPrompt)).toBe(true);
    expect(after.get("2027-01-25")!.map(text).join("\n")).toContain("Week 2 of 4");
  });

  it("two weeks held: only the latest summary is sent after resuming", async () => {
    const { u } = await userWithPlan(h, 612);
    await runDays(u, "2027-01-04", "2027-01-15");
    await urgentCueOn(u, "2027-01-16");
    const paused = await runDays(u, "2027-01-17", "2027-01-26");
    expect(daysWith(paused, () => true)).toEqual([]);
    h.clock.set("2027-01-27T08:00:00Z");
    await u.send("/resume");
    u.replies();
    await u.tap("✅ I have been seen");
    expect(u.replyText()).toContain("comes with your next daily question");
    const after = await runDays(u, "2027-01-27", "2027-01-28");
    expect(daysWith(after, isWeekly)).toEqual(["2027-01-27"]);
    const sent = after.get("2027-01-27")!.map(text).join("\n");
    expect(sent).toContain("Week 2 of 4");
    expect(sent).not.toContain("Week 1 of 4");
  });

  it("the end-of-block report due during an urgent pause is held, not lost, and comes after “I have been seen”", async () => {
    const { u } = await userWithPlan(h, 613);
    await runDays(u, "2027-01-04", "2027-02-06");
    await urgentCueOn(u, "2027-02-07"); // the last day of the block
    const paused = await runDays(u, "2027-02-08", "2027-02-10");
    expect(daysWith(paused, isFinal)).toEqual([]);
    expect(daysWith(paused, isWeekly)).toEqual([]);
    h.clock.set("2027-02-11T08:00:00Z");
    await u.tap("✅ I have been seen");
    const seen = u.replyText();
    // Days after the block do not lengthen it.
    expect(seen).not.toContain("were paused");
    expect(seen).toContain("comes with your next daily question");
    const after = await runDays(u, "2027-02-11", "2027-02-13");
    expect(daysWith(after, isFinal)).toEqual(["2027-02-11"]);
    // The stop rests on a cue the user has since been seen for: the report says so, with no
    // "go and get checked", no "cues do not change the result", and no offer to extend.
    const final = after.get("2027-02-11")!;
    const report = final.map(text).join("\n");
    expect(report).toContain("Result: stop and get checked.");
    expect(report).toContain("you told me you have been seen");
    expect(report).toContain("go on with massage only if the clinician who saw you agrees");
    expect(report).not.toContain("get checked by a clinician.</b>");
    const buttons = final.flatMap((m) => m.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? []);
    expect(buttons).toContain("📋 Details");
    expect(buttons).not.toContain("➕ Extend one week");
    await u.tap("📋 Details");
    const details = u.replyText();
    expect(details).toContain("are why the result is “stop”");
    expect(details).not.toContain("do not change the result");
  });

  it("the user's own /pause holds them the same way; they come with the first question after /resume", async () => {
    const { u } = await userWithPlan(h, 614);
    await runDays(u, "2027-01-04", "2027-01-16");
    h.clock.set("2027-01-17T08:00:00Z");
    await u.send("/pause");
    expect(u.replyText()).toContain("<b>Paused</b> from Sun, Jan 17, 2027");
    const paused = await runDays(u, "2027-01-17", "2027-01-19");
    expect(daysWith(paused, () => true)).toEqual([]);
    h.clock.set("2027-01-20T08:00:00Z");
    await u.send("/resume");
    const resumed = u.replyText();
    expect(resumed).toContain("3 days were paused");
    expect(resumed).toContain("The summary I held back while your trial was paused comes with your next daily question (20:00)");
    const after = await runDays(u, "2027-01-20", "2027-01-20");
    expect(after.get("2027-01-20")!.map(text).join("\n")).toContain("Week 1 of 4");
  });
});
