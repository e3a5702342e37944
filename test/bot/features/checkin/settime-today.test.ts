import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, isPrompt, tickAt, userWithPlan } from "../../../support/checkin.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday; Berlin is UTC+1
});
afterEach(async () => {
  await h.close();
});

const promptsFor = (id: number, day: string) => h.api.chat(id).filter((m) => isPrompt(m) && (m.text ?? "").includes(`Check-in for ${day}`));

describe("/settime to a time of day already past", () => {
  it("today's question, not sent yet, comes at once; the scheduler does not ask that day again", async () => {
    const { u } = await userWithPlan(h, 701, { weekdays: [2, 5], sessionsPerWeek: 2 });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z"); // Mon 20:00
    expect(promptsFor(701, "Mon, Jan 4")).toHaveLength(1);
    await u.send("5 20");
    h.clock.set("2027-01-04T19:30:00Z");
    await u.send("/settime 21:00");
    expect(u.replyText()).toContain("Next question: Tue, Jan 5, 2027, 21:00");

    // Tuesday 18:00 in Berlin: today's 21:00 question has not gone out; 17:00 is already past.
    h.clock.set("2027-01-05T17:00:00Z");
    await u.send("/settime");
    u.replies();
    await u.send("17:00");
    const [done, question, ...rest] = u.replies();
    expect(rest).toEqual([]);
    expect(done.text).toContain("every day at <b>17:00</b> (Europe/Berlin)");
    expect(done.text).toContain("17:00 has already passed today and today's question has not come yet, so here it is now");
    expect(done.text).toContain("After that: Wed, Jan 6, 2027, 17:00");
    expect(question.text).toContain("Check-in for Tue, Jan 5");
    expect(await h.deps.stores.checkins.prompted(701)).toContain("2027-01-05");

    // Moving the time again later today does not bring a second question for Tuesday.
    h.clock.set("2027-01-05T17:05:00Z");
    await u.send("/settime 21:30");
    expect(u.replyText()).toContain("Next question: Wed, Jan 6, 2027, 21:30");
    await tickAt(h, job, "2027-01-05T17:06:00Z");
    await tickAt(h, job, "2027-01-05T20:00:00Z");
    await tickAt(h, job, "2027-01-05T20:30:00Z");
    expect(promptsFor(701, "Tue, Jan 5")).toHaveLength(1);
    await tickAt(h, job, "2027-01-06T20:30:00Z");
    expect(promptsFor(701, "Wed, Jan 6")).toHaveLength(1);
  });

  it("the question answered earlier with /checkin is not asked again; a time still ahead today keeps today's question for then", async () => {
    const { u } = await userWithPlan(h, 702);
    const job = dailyJob(h);
    h.clock.set("2027-01-04T17:00:00Z"); // Mon 18:00, the 20:00 question still to come
    await u.send("/settime 19:00");
    expect(u.replyText()).toContain("Next question: Mon, Jan 4, 2027, 19:00");
    await u.send("/checkin");
    await u.send("4 30");
    expect((await h.deps.stores.entries.get(702, "2027-01-04"))?.pain).toBe(4);
    const asked = promptsFor(702, "Mon, Jan 4").length;
    u.replies();
    await u.send("/settime 17:30");
    const text = u.replyText();
    expect(text).toContain("Next question: Tue, Jan 5, 2027, 17:30");
    expect(text).not.toContain("here it is now");
    expect(text).not.toContain("Check-in for");
    await tickAt(h, job, "2027-01-04T21:00:00Z");
    expect(promptsFor(702, "Mon, Jan 4")).toHaveLength(asked);
  });
});
