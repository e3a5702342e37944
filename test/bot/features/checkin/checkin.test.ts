import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { painData } from "../../../../src/bot/features/checkin/callback-data.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const entry = (id: number, date: string) => h.deps.stores.entries.get(id, date);

describe("answering the daily prompt", () => {
  it("by taps and typing: each answer is saved, then confirmed with what was saved", async () => {
    // First session on Jan 4 with no fixed weekdays: every day is a session day, the session question comes first.
    const { u } = await userWithPlan(h, 1, { firstSession: "2027-01-04" });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    const prompt = u.replyText();
    expect(prompt).toContain("Check-in for Mon, Jan 4");
    expect(prompt).toContain("Did you have a massage session on Mon, Jan 4?");
    expect(u.buttons()).toEqual(["✅ Had it", "❌ Not today", "🔁 Moved", "🩺 New symptom", "⏰ Later"]);

    await u.tap("✅ Had it");
    expect(u.replyText()).toMatch(/Saved: session: yes\.[\s\S]*on average over the last 24 hours/);
    expect(u.buttons().slice(0, 11)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    await u.tap("4");
    expect(u.replyText()).toMatch(/Saved: pain 4\/10\.[\s\S]*How many minutes could you walk/);
    expect((await entry(1, "2027-01-04"))?.pain).toBe(4);
    await u.send("20");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 4: pain 4/10 · walked 20 min · session: yes");
    // reactions only when the user says there were some
    await u.tap("🤕 Body reacted");
    expect(u.replyText()).toContain("How did your body respond");
    await u.tap("Soreness");
    expect(u.buttons()).toContain("✅ Soreness");
    await u.tap("Stiffness");
    await u.tap("Done ✓");
    expect(u.replyText()).toMatch(/Saved: Soreness, Stiffness\.[\s\S]*session: yes \(Soreness, Stiffness\)/);
    await u.tap("📝 Add a note");
    expect(u.replyText()).toContain("Anything else worth writing down");
    await u.send("Felt looser afterwards");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 4: pain 4/10 · walked 20 min · session: yes (Soreness, Stiffness) · note");
    expect(await entry(1, "2027-01-04")).toMatchObject({
      date: "2027-01-04",
      pain: 4,
      scale: 10,
      marker: 20,
      session: true,
      reactions: ["soreness", "stiffness"],
      note: "Felt looser afterwards",
    });
    expect(await h.deps.stores.checkins.state(1)).toBeNull();
  });

  it("a typed number right after the prompt works; 'not measured'; no session question on an unplanned day", async () => {
    const { u } = await userWithPlan(h, 2, { weekdays: [2, 5], sessionsPerWeek: 2 }); // Tue, Fri; Jan 4 is a Monday
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    u.replies();
    await u.send("4,5");
    expect(u.replyText()).toContain("whole number from 0 to 10");
    await u.send("4");
    expect(u.replyText()).toContain("Saved: pain 4/10.");
    await u.tap("Not measured");
    const text = u.replyText();
    expect(text).toContain("Saved: walking not measured.");
    expect(text).not.toContain("massage session");
    expect(text).toContain("That's everything for Mon, Jan 4: pain 4/10 · walking not measured.");
    const e = await entry(2, "2027-01-04");
    expect(e).toMatchObject({ pain: 4, marker: null });
    expect(e?.session).toBeUndefined();
  });

  it("asks about the session on planned weekdays", async () => {
    const { u } = await userWithPlan(h, 3, { weekdays: [1, 4], sessionsPerWeek: 2, firstSession: "2027-01-04" }); // Mon, Thu
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(u.replyText()).toContain("Did you have a massage session on Mon, Jan 4?");
    await u.tap("❌ Not today");
    expect(u.replyText()).toMatch(/Saved: no session\.[\s\S]*over the last 24 hours/);
    await u.tap("3");
    await u.send("15");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 4: pain 3/10 · walked 15 min · no session");
    expect((await entry(3, "2027-01-04"))?.session).toBe(false);
    // Tuesday is not a planned day: pain first, no session question
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replyText()).not.toContain("massage session");
  });

  it("rejects out-of-range and junk input without saving anything", async () => {
    const { u } = await userWithPlan(h, 4);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    u.replies();
    for (const outOfRange of ["11", "-1", "1,000", "4.5", "11 20"]) {
      await u.send(outOfRange);
      expect(u.replyText(), outOfRange).toContain("Please send a whole number from 0 to 10");
    }
    for (const junk of ["abc", "1e3", "NaN", "Infinity", "4 5 6"]) {
      await u.send(junk);
      expect(u.replyText(), junk).toContain("I could not read that, so nothing was saved.");
    }
    expect(await entry(4, "2027-01-04")).toBeNull();
    // a forged button value outside the scale is refused too
    await u.tapData(u.last()!, painData.pack({ date: "2027-01-04", v: 55, r: "0", s: "10" }));
    expect(u.replyText()).toContain("Please send a whole number from 0 to 10");
    expect(await entry(4, "2027-01-04")).toBeNull();
    await u.tapData(u.last()!, "cp:2027-01-04:x:0");
    expect(u.replyText()).toContain("This question has expired");
    await u.send("7");
    expect(u.replyText()).toContain("Saved: pain 7/10.");
    await u.send("lots");
    expect(u.replyText()).toContain("Please send a number (0 or more)");
    await u.send("-3");
    expect(u.replyText()).toContain("Please send a number (0 or more)");
    await u.send("35");
    expect(u.replyText()).toContain("walked 35 min");
    expect(await entry(4, "2027-01-04")).toMatchObject({ pain: 7, marker: 35 });
  });

  it("uses the 0-100 scale when the plan says so", async () => {
    const { u } = await userWithPlan(h, 5, { painScale: 100 });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(u.replyText()).toContain("100 = the worst pain");
    expect(u.buttons().slice(0, 11)).toEqual(["0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    await u.send("101");
    expect(u.replyText()).toContain("from 0 to 100");
    await u.send("65");
    expect(u.replyText()).toContain("Saved: pain 65/100.");
    expect(await entry(5, "2027-01-04")).toMatchObject({ pain: 65, scale: 100 });
  });

  it("an answer after midnight is stored for the prompt's date", async () => {
    const { u } = await userWithPlan(h, 6, { prompt: { time: "22:00", zone: "Europe/Berlin" } });
    await h.deps.stores.schedule.setQuiet(6, null);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T21:00:00Z");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    h.clock.set("2027-01-04T23:30:00Z"); // 00:30 on Jan 5 in Berlin
    await u.send("5");
    expect(u.replyText()).toContain("Saved: pain 5/10.");
    const e = await entry(6, "2027-01-04");
    expect(e?.pain).toBe(5);
    expect(e?.late).toBeUndefined();
    expect(await entry(6, "2027-01-05")).toBeNull();
  });

  it("a tap on yesterday's prompt stores the answer for yesterday; after 3 days it has expired", async () => {
    const { u } = await userWithPlan(h, 7);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    const monday = u.last()!;
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replyText()).toContain("Check-in for Tue, Jan 5");
    await u.tapData(monday, painData.pack({ date: "2027-01-04", v: 6, r: "0", s: "10" }));
    expect(u.replyText()).toContain("Saved: pain 6/10.");
    expect(await entry(7, "2027-01-04")).toMatchObject({ pain: 6, late: true });
    expect(await entry(7, "2027-01-05")).toBeNull();

    h.clock.set("2027-01-08T22:00:00Z"); // Jan 8 in Berlin: 4 days after Jan 4
    await u.tapData(monday, painData.pack({ date: "2027-01-04", v: 2, r: "1", s: "10" }));
    expect(u.replyText()).toContain("more than 3 days old");
    expect((await entry(7, "2027-01-04"))?.pain).toBe(6);
    // Jan 5 is exactly 3 days back: still answerable
    await u.tapData(monday, painData.pack({ date: "2027-01-05", v: 3, r: "0", s: "10" }));
    expect(u.replyText()).toContain("Saved: pain 3/10.");
    expect(await entry(7, "2027-01-05")).toMatchObject({ pain: 3, late: true });
  });
});

describe("/checkin", () => {
  it("answers today, offers yesterday and up to 3 days back (marked late)", async () => {
    const { u } = await userWithPlan(h, 10);
    h.clock.set("2027-01-07T10:00:00Z"); // Thursday
    await u.send("/checkin");
    expect(u.replyText()).toContain("Check-in for Thu, Jan 7");
    expect(u.buttons().slice(11)).toEqual(["🩺 New symptom", "Yesterday", "Tue, Jan 5", "Mon, Jan 4"]);
    await u.tap("Yesterday");
    expect(u.replyText()).toMatch(/late entry for Wed, Jan 6[\s\S]*Check-in for Wed, Jan 6/);
    await u.send("3");
    expect(u.replyText()).toContain("Saved: pain 3/10.");
    expect(await entry(10, "2027-01-06")).toMatchObject({ pain: 3, late: true });
    await u.send("/checkin");
    u.replyText();
    await u.send("5");
    expect(await entry(10, "2027-01-07")).toMatchObject({ pain: 5 });
    expect((await entry(10, "2027-01-07"))?.late).toBeUndefined();
    // Both days lack the marker: /checkin goes on with today's, and the picker says what yesterday lacks.
    await u.send("/checkin");
    expect(u.replyText()).toContain("How many minutes could you walk on Thu, Jan 7");
    expect(u.buttons()).toContain("Yesterday · walking missing");
    await u.tap("Yesterday · walking missing");
    await u.tap("Not measured");
    await u.send("/checkin");
    expect(u.buttons()).toContain("Yesterday ✓");
  });

  it("needs a plan", async () => {
    const u = await h.consentedUser({ id: 11 });
    await u.send("/checkin");
    expect(u.replyText()).toContain("don't have a trial plan yet");
  });

  it("answering the same date again replaces the entry after a confirmation, keeping history", async () => {
    const { u } = await userWithPlan(h, 12);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("4");
    await u.send("20");
    await u.send("/checkin");
    expect(u.replyText()).toContain("You already answered for Mon, Jan 4: pain 4/10 · walked 20 min");
    await u.tap("No, keep it");
    expect(u.replyText()).toContain("stays as it was");
    await u.send("/checkin");
    await u.tap("Yes, replace it");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    await u.tap("6");
    expect(u.replyText()).toContain("Saved: pain 6/10.");
    expect(await entry(12, "2027-01-04")).toMatchObject({ pain: 6, corrected: true });
    const history = await h.deps.stores.entries.history(12);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ pain: 4, marker: 20 });

    // a typed pain for an answered date asks first, and the confirmation carries the value
    await u.tap("Not measured");
    u.replies();
    await h.deps.stores.checkins.setState(12, { kind: "answer", date: "2027-01-04", step: "pain", late: false, flow: "daily" });
    await u.send("8");
    expect(u.replyText()).toContain("For Mon, Jan 4 you already saved pain 6/10. Replace it with pain 8/10?");
    expect((await entry(12, "2027-01-04"))?.pain).toBe(6);
    await u.tap("Yes, replace it");
    expect(u.replyText()).toContain("Saved: pain 8/10.");
    expect((await h.deps.stores.entries.history(12)).map((e) => e.pain)).toEqual([4, 6]);
  });
});

describe("corrections", () => {
  it("an edited message correcting a typed number updates that entry", async () => {
    const { u } = await userWithPlan(h, 20);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    const typedPain = await u.send("4");
    const typedMarker = await u.send("20");
    u.replies();
    await u.edit(typedPain, "5");
    expect(u.replyText()).toContain("Corrected for Mon, Jan 4: pain 5/10 (before: pain 4/10)");
    await u.edit(typedMarker, "25");
    expect(u.replyText()).toContain("walked 25 min (before: walked 20 min)");
    expect(await entry(20, "2027-01-04")).toMatchObject({ pain: 5, marker: 25, corrected: true });
    expect((await h.deps.stores.entries.history(20)).map((e) => [e.pain, e.marker])).toEqual([
      [4, 20],
      [5, 20],
    ]);
    await u.edit(typedPain, "five");
    expect(u.replyText()).toContain("couldn't read a number from 0 to 10");
    expect((await entry(20, "2027-01-04"))?.pain).toBe(5);
    // an edit of an unrelated message changes nothing
    const other = await u.send("/help");
    u.replies();
    await u.edit(other, "7");
    expect(u.replyText()).toBe("");
  });
});

describe("notes, other care, new symptom", () => {
  it("keeps notes up to 1000 characters and says so; one tap records a change in other care", async () => {
    const { u } = await userWithPlan(h, 30);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("2");
    await u.tap("Not measured");
    await u.tap("📝 Add a note");
    await u.tap("💊 My other care changed");
    expect(u.replyText()).toContain("Saved: other care changed.");
    expect(u.buttons()).toContain("✅ Other care changed (noted)");
    await u.send("a".repeat(1200));
    const text = u.replyText();
    expect(text).toContain("longer than 1000 characters, so I kept the first 1000");
    expect(text).toContain("other care changed · note");
    const e = await entry(30, "2027-01-04");
    expect(e?.note).toHaveLength(1000);
    expect(e?.careChanged).toBe(true);
  });

  it("the 'new symptom' button leads to the safety flow; a note naming a cue gets an answer", async () => {
    const { u } = await userWithPlan(h, 31);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("🩺 New symptom");
    expect(u.replyText()).toContain("What is new?");
    await u.send("3");
    await u.tap("Not measured");
    await u.tap("📝 Add a note");
    u.replies();
    await u.send("since yesterday I have chest pain when climbing stairs");
    const text = u.replyText();
    expect(text).toContain("Saved: note.");
    expect(text).toMatch(/chest pain/i);
  });

  it("a second note for the same day, from an older message's button, says it replaces the first (kept in the history)", async () => {
    const { u } = await userWithPlan(h, 33);
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    await u.tap("3");
    await u.tap("Not measured");
    const withNote = u.all().findLast((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === "📝 Add a note"))!;
    const addNote = withNote.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "📝 Add a note")!.callback_data!;
    await u.tap("📝 Add a note");
    await u.send("a calm day <b>really</b>");
    expect(u.replyText()).not.toContain("replaces");
    await u.tapData(withNote, addNote);
    u.replies();
    await u.send("sore after the session");
    expect(u.replyText()).toContain("This replaces the note you wrote earlier for Mon, Jan 4: “a calm day &lt;b&gt;really&lt;/b&gt;”");
    expect((await entry(33, "2027-01-04"))?.note).toBe("sore after the session");
    expect((await h.deps.stores.entries.history(33)).map((e) => e.note)).toContain("a calm day <b>really</b>");
  });

  it("an edited note is saved again, kept in history, and scanned again", async () => {
    const { u } = await userWithPlan(h, 32);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("3");
    await u.tap("Not measured");
    await u.tap("📝 Add a note");
    const note = await u.send("a calm day");
    u.replies();
    await u.edit(note, "a calm day, but my calf is swollen and painful");
    const text = u.replyText();
    expect(text).toContain("Corrected for Mon, Jan 4: note (before: your earlier note)");
    expect(text).toMatch(/calf/i);
    expect((await entry(32, "2027-01-04"))?.note).toBe("a calm day, but my calf is swollen and painful");
    expect((await h.deps.stores.entries.history(32)).at(-1)?.note).toBe("a calm day");
  });
});

describe("/history and /session", () => {
  it("/history lists the last 14 days with what was saved", async () => {
    const { u } = await userWithPlan(h, 40);
    const s = h.deps.stores.entries;
    await s.save(40, { date: "2027-01-20", pain: 3, scale: 10, marker: 30, reactions: [], answeredAt: "2027-01-20T19:00:00Z" });
    await s.save(40, { date: "2027-01-19", pain: 4, scale: 10, session: true, reactions: ["soreness"], late: true, answeredAt: "2027-01-21T08:00:00Z" });
    await s.save(40, { date: "2027-01-06", pain: 9, scale: 10, reactions: [], answeredAt: "2027-01-06T19:00:00Z" });
    h.clock.set("2027-01-20T20:00:00Z");
    await u.send("/history");
    const text = u.replyText();
    expect(text).toContain("Your last 14 days");
    expect(text).toContain("Wed, Jan 20: pain 3/10 · walked 30 min");
    expect(text).toContain("Tue, Jan 19: pain 4/10 · session: yes (Soreness) · late");
    expect(text).toContain("Mon, Jan 18: —");
    expect(text).toContain("Thu, Jan 7: —");
    expect(text).not.toContain("Jan 6");
    expect(text.split("\n").filter((l) => /^\w{3}, Jan \d+:/.test(l))).toHaveLength(14);
  });

  it("/session logs an extra or moved session for a recent day", async () => {
    const { u } = await userWithPlan(h, 41);
    h.clock.set("2027-01-12T10:00:00Z");
    await u.send("/session");
    expect(u.buttons()).toEqual(["Today", "Yesterday", "Sun, Jan 10", "Sat, Jan 9"]);
    await u.tap("Yesterday");
    expect(u.replyText()).toMatch(/Saved: session: yes\.[\s\S]*How did your body respond/);
    await u.tap("No reaction");
    expect(u.replyText()).toContain("Session logged for Mon, Jan 11: session: yes (no reaction)");
    expect(await entry(41, "2027-01-11")).toMatchObject({ session: true, reactions: ["none"], late: true });
    expect((await entry(41, "2027-01-11"))?.pain).toBeUndefined();
    await u.send("/session");
    expect(u.buttons()).toContain("Yesterday ✓");
    await u.tap("Yesterday ✓");
    expect(u.replyText()).toContain("already recorded for Mon, Jan 11");
    // the daily check-in of that day then skips the session question
    await u.send("/checkin");
    await u.tap("Yesterday"); // ✓ marks days with a pain score only
    await u.send("4");
    await u.send("10");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 11: pain 4/10 · walked 10 min · session: yes (no reaction)");
  });
});

describe("/pause, /resume, /settime, /settings", () => {
  it("pausing stops the prompts; the block end moves by the paused days and is shown", async () => {
    const { u } = await userWithPlan(h, 50); // block planned Jan 11 - Feb 7
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-12T08:00:00Z"); // Tue 09:00 Berlin: the next prompt is tonight's
    expect(await h.deps.stores.schedule.dueScore(50)).toBe(Date.parse("2027-01-12T19:00:00Z"));
    await u.send("/pause");
    expect(u.replyText()).toContain("<b>Paused</b> from Tue, Jan 12, 2027");
    expect(u.all().at(-1)?.text).toContain("ends on <b>Mon, Feb 8, 2027</b>");
    await u.send("/pause");
    expect(u.replyText()).toContain("already paused");
    await tickAt(h, job, "2027-01-12T19:00:00Z");
    await tickAt(h, job, "2027-01-13T19:00:00Z");
    expect(u.replyText()).toBe("");
    h.clock.set("2027-01-14T08:00:00Z");
    await u.send("/resume");
    const text = u.replyText();
    expect(text).toContain("2 days were paused");
    expect(text).toContain("now ends on <b>Tue, Feb 9, 2027</b> (planned: Sun, Feb 7, 2027)");
    expect(await h.deps.stores.trial.pausedDates(50, "2027-01-14")).toEqual(["2027-01-12", "2027-01-13"]);
    await tickAt(h, job, "2027-01-14T19:00:00Z");
    expect(u.replyText()).toContain("Check-in for Thu, Jan 14");
    await u.send("/resume");
    expect(u.replyText()).toContain("aren't paused");
    // /history shows the paused days
    await u.send("/history");
    expect(u.replyText()).toContain("Wed, Jan 13: paused");
  });

  it("pausing after today's question went out starts tomorrow", async () => {
    const { u } = await userWithPlan(h, 51);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-12T18:00:00Z");
    await tickAt(h, job, "2027-01-12T19:00:00Z");
    expect(u.replyText()).toContain("Check-in for Tue, Jan 12");
    h.clock.set("2027-01-12T20:00:00Z");
    await u.send("/pause");
    expect(u.replyText()).toContain("<b>Paused</b> from Wed, Jan 13, 2027");
  });

  it("/settime changes the time, the zone, or both", async () => {
    const { u } = await userWithPlan(h, 52);
    await u.send("/settime");
    expect(u.replyText()).toContain("comes at <b>20:00</b> (Europe/Berlin)");
    await u.send("half past nowhere");
    expect(u.replyText()).toContain("couldn't read that");
    await u.send("19:30");
    expect(u.replyText()).toContain("every day at <b>19:30</b> (Europe/Berlin)");
    expect((await h.deps.stores.plans.current(52))?.plan.prompt).toEqual({ time: "19:30", zone: "Europe/Berlin" });
    expect(await h.deps.stores.schedule.dueScore(52)).toBe(Date.parse("2027-01-04T18:30:00Z"));
    await u.send("/settime 08:15 America/New_York");
    expect(u.replyText()).toContain("every day at <b>08:15</b> (America/New_York)");
    expect(await h.deps.stores.schedule.dueScore(52)).toBe(Date.parse("2027-01-04T13:15:00Z"));
    await u.send("/settime");
    await u.send("/cancel");
    expect(u.replyText()).toContain("stays as it was");
  });

  it("/settings turns the reminder off or changes its delay", async () => {
    const { u } = await userWithPlan(h, 53);
    await u.send("/settings");
    // 20:00 + 3 h is inside the default quiet hours (from 22:00): the reminder comes before them
    expect(u.replyText()).toContain("at 21:30 (before your quiet hours)");
    expect(u.buttons()).toContain("✅ 3 h");
    await u.tap("No reminder");
    expect((await h.deps.stores.profiles.get(53))?.reminders).toBe(false);
    expect(u.last()?.text).toContain("unanswered: <b>off</b>");
    await u.tap("1 h");
    expect((await h.deps.stores.profiles.get(53))?.reminders).toBe(true);
    expect(await h.deps.stores.checkins.remindHours(53)).toBe(1);
    expect(u.buttons()).toContain("✅ 1 h");
    expect(u.last()?.text).toContain("<b>1 h after the question</b>");
  });

  it("/cancel stops a waiting check-in question; later text is not taken as an answer", async () => {
    const { u } = await userWithPlan(h, 54);
    await u.send("/checkin");
    await u.send("/cancel");
    expect(u.replyText()).toContain("Stopped.");
    await u.send("4");
    expect(u.replyText()).toContain("did not understand");
    expect(await entry(54, "2027-01-04")).toBeNull();
  });
});

describe("German", () => {
  it("asks and confirms in German", async () => {
    const { u } = await userWithPlan(h, 60, {}, { languageCode: "de" });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(u.replyText()).toContain("Check-in für Mo., 4. Jan.");
    await u.send("4,5");
    expect(u.replyText()).toContain("ganze Zahl von 0 bis 10");
    await u.send("٤");
    expect(u.replyText()).toMatch(/Gespeichert: Schmerz 4\/10\.[\s\S]*Wie viele Minuten konntest du/);
  });
});
