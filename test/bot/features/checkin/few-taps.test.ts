import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday; userWithPlan: first session Jan 11, baseline from Jan 4
});
afterEach(async () => {
  await h.close();
});

const entry = (id: number, date: string) => h.deps.stores.entries.get(id, date);
const MON = "2027-01-04T19:00:00Z"; // 20:00 in Berlin

/** Every message of the daily flow stays short: at most three lines of text. */
function expectShort(u: ChatUser) {
  for (const m of u.replies()) expect((m.text ?? "").split("\n").filter((l) => l.trim()).length, m.text).toBeLessThanOrEqual(3);
}

describe("a day without a session: two taps", () => {
  it("pain on the grid, then the marker on buttons from the usual range; one confirmation with ↩️ Change", async () => {
    const { u } = await userWithPlan(h, 1);
    const job = dailyJob(h);
    await tickAt(h, job, MON);
    expect(u.last()?.text).toContain("type pain and walking at once: “6 20”");
    expectShort(u);
    let taps = 0;
    await u.tap("4");
    taps++;
    expect(u.buttons()).toEqual(["5", "10", "20", "30", "45", "60", "Not measured"]);
    await u.tap("20");
    taps++;
    expect(taps).toBe(2);
    const done = u.all().at(-1)!;
    expect(done.text).toContain("That's everything for Mon, Jan 4: pain 4/10 · walked 20 min");
    expect(u.buttons()).toEqual(["📝 Add a note", "↩️ Change"]);
    expectShort(u);
    expect(await entry(1, "2027-01-04")).toMatchObject({ pain: 4, marker: 20 });
    expect(await h.deps.stores.checkins.state(1)).toBeNull();
  });

  it("the marker buttons follow the user's own usual range", async () => {
    const { u } = await userWithPlan(h, 2);
    for (const [date, marker] of [
      ["2027-01-01", 40],
      ["2027-01-02", 55],
      ["2027-01-03", 70],
    ] as const) {
      await h.deps.stores.entries.save(2, { date, pain: 5, marker, scale: 10, reactions: [], answeredAt: `${date}T19:00:00Z` });
    }
    await tickAt(h, dailyJob(h), MON);
    await u.tap("5");
    const values = u
      .buttons()
      .filter((b) => /^\d+$/.test(b))
      .map(Number);
    expect(values).toHaveLength(6);
    expect(Math.min(...values)).toBeLessThan(40);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(70);
  });
});

describe("one typed message", () => {
  it.each(["6 20", "6/20", "6, 20 min", "pain 6, 20 minutes", "pain 6 walked 20"])("%j saves pain 6 and walked 20, confirmed once", async (text) => {
    const { u } = await userWithPlan(h, 10);
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    await u.send(text);
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain("Saved: pain 6/10 · walked 20 min.");
    expect(replies[0].text).toContain("That's everything for Mon, Jan 4");
    expect(u.buttons()).toContain("↩️ Change");
    expect(await entry(10, "2027-01-04")).toMatchObject({ pain: 6, marker: 20 });
  });

  it("in German: 'Schmerz 6 gegangen 20' and '6 20'", async () => {
    const { u } = await userWithPlan(h, 11, {}, { languageCode: "de" });
    const job = dailyJob(h);
    await tickAt(h, job, MON);
    expect(u.replyText()).toContain("schreib Schmerz und Gehen zusammen");
    await u.send("Schmerz 6 gegangen 20");
    expect(u.replyText()).toMatch(/Gespeichert: Schmerz 6\/10 · 20 Min\. gegangen\.[\s\S]*Das war alles für Mo\., 4\. Jan\./);
    expect(await entry(11, "2027-01-04")).toMatchObject({ pain: 6, marker: 20 });
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    await u.send("5 25");
    expect(await entry(11, "2027-01-05")).toMatchObject({ pain: 5, marker: 25 });
  });

  it("'20 6' on a 0-10 scale is a question, never a wrong save; the picked reading is saved", async () => {
    const { u } = await userWithPlan(h, 12);
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    await u.send("20 6");
    expect(u.replyText()).toContain("Which did you mean? Nothing is saved until you pick.");
    expect(u.buttons()).toEqual(["pain 6/10 · walked 20 min", "✏️ Neither"]);
    expect(await entry(12, "2027-01-04")).toBeNull();
    await u.tap("pain 6/10 · walked 20 min");
    expect(u.replyText()).toContain("Saved: pain 6/10 · walked 20 min.");
    expect(await entry(12, "2027-01-04")).toMatchObject({ pain: 6, marker: 20 });
  });

  it("'20 6' on 0-100 asks when the usual walking range (15-30 min) makes 6 minutes unlikely", async () => {
    const { u } = await userWithPlan(h, 13, { painScale: 100 });
    for (const [date, marker] of [
      ["2027-01-01", 15],
      ["2027-01-02", 25],
      ["2027-01-03", 30],
    ] as const) {
      await h.deps.stores.entries.save(13, { date, pain: 30, marker, scale: 100, reactions: [], answeredAt: `${date}T19:00:00Z` });
    }
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    await u.send("20 6");
    expect(u.replyText()).toContain("Which did you mean?");
    expect(u.buttons()).toEqual(["pain 20/100 · walked 6 min", "pain 6/100 · walked 20 min", "✏️ Neither"]);
    expect(await entry(13, "2027-01-04")).toBeNull();
    await u.tap("✏️ Neither");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    await u.send("pain 20 walked 6");
    expect(await entry(13, "2027-01-04")).toMatchObject({ pain: 20, marker: 6 });
  });

  it("junk gets a clear reply and nothing is saved", async () => {
    const { u } = await userWithPlan(h, 14);
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    for (const junk of ["no idea", "6 20 30", "pain", "🙂"]) {
      await u.send(junk);
      expect(u.replyText(), junk).toContain("I could not read that, so nothing was saved.");
    }
    expect(await entry(14, "2027-01-04")).toBeNull();
    expect((await h.deps.stores.checkins.state(14))?.kind).toBe("answer");
  });
});

describe("session days", () => {
  it("no session question in the baseline week; from the first session on it comes first, as one tap", async () => {
    const { u } = await userWithPlan(h, 20); // first session Mon Jan 11, no fixed weekdays
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-10T08:00:00Z"); // the missed days are skipped; Sunday's prompt is queued
    await tickAt(h, job, "2027-01-10T19:00:00Z");
    expect(u.replyText()).toContain("Check-in for Sun, Jan 10");
    expect(u.last()?.text).not.toContain("massage session");
    await u.tap("3");
    await u.tap("Not measured");
    expect(u.replyText()).not.toContain("massage session");
    expect((await entry(20, "2027-01-10"))?.session).toBeUndefined();

    await tickAt(h, job, "2027-01-11T19:00:00Z");
    expect(u.replyText()).toContain("Did you have a massage session on Mon, Jan 11?");
    await u.tap("🔁 Moved");
    expect(u.replyText()).toMatch(/Saved: no session\.[\s\S]*\/session logs it/);
    await u.send("3 25");
    expect(await entry(20, "2027-01-11")).toMatchObject({ session: false, pain: 3, marker: 25 });
  });
});

describe("↩️ Change on every saved step", () => {
  it("a tapped question shows what was picked, and that button changes just that answer", async () => {
    const { u } = await userWithPlan(h, 30, { firstSession: "2027-01-04" });
    await tickAt(h, dailyJob(h), MON);
    const sessionQ = await u.tap("✅ Had it");
    expect(
      h.api
        .chat(u.chatId)
        .find((m) => m.message_id === sessionQ.message_id)
        ?.reply_markup?.inline_keyboard?.flat()
        .map((b) => b.text),
    ).toEqual(["✓ ✅ Had it · ↩️"]);
    const painQ = await u.tap("7");
    const painButtons = () =>
      h.api
        .chat(u.chatId)
        .find((m) => m.message_id === painQ.message_id)
        ?.reply_markup?.inline_keyboard?.flat()
        .map((b) => b.text);
    expect(painButtons()).toEqual(["✓ 7 · ↩️"]);
    await u.tap("30");
    expect(await entry(30, "2027-01-04")).toMatchObject({ session: true, pain: 7, marker: 30 });
    u.replies();

    // a typo in the pain score: change only that, not the whole check-in
    await u.tap("✓ 7 · ↩️");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    await u.tap("4");
    expect(u.replyText()).toMatch(/Saved: pain 4\/10\.[\s\S]*That's everything for Mon, Jan 4: pain 4\/10 · walked 30 min · session: yes/);
    expect(await entry(30, "2027-01-04")).toMatchObject({ session: true, pain: 4, marker: 30, corrected: true });
    expect((await h.deps.stores.entries.history(30)).at(-1)).toMatchObject({ pain: 7 });

    // from the confirmation: ↩️ Change → which answer → the session
    await u.tap("↩️ Change");
    expect(u.buttons()).toEqual(["Pain", "walking", "Session"]);
    await u.tap("Session");
    await u.tap("❌ Not today");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 4: pain 4/10 · walked 30 min · no session");
    expect(await entry(30, "2027-01-04")).toMatchObject({ session: false, pain: 4, marker: 30 });
  });

  it("a typed answer carries ↩️ Change under the next question", async () => {
    const { u } = await userWithPlan(h, 31);
    await tickAt(h, dailyJob(h), MON);
    await u.send("8");
    expect(u.buttons()).toContain("↩️ Change");
    await u.tap("↩️ Change");
    await u.send("3");
    expect(u.replyText()).toContain("Saved: pain 3/10.");
    await u.send("15 min");
    expect(await entry(31, "2027-01-04")).toMatchObject({ pain: 3, marker: 15 });
  });
});

describe("detours and stale buttons", () => {
  it("🩺 New symptom → Something else returns to the question it left", async () => {
    const { u } = await userWithPlan(h, 40);
    await tickAt(h, dailyJob(h), MON);
    await u.tap("4");
    u.replies();
    // the marker question is waiting; the symptom list opened from the prompt comes back to it
    await u.tapData(u.all()[0], "cy:2027-01-04");
    await u.tap("Something else");
    const replies = u.replies().map((m) => m.text ?? "");
    expect(replies.some((t) => t.includes("cannot judge other symptoms"))).toBe(true);
    expect(replies.at(-1)).toContain("How many minutes could you walk");
    expect(u.buttons()).toContain("Not measured");
    await u.tap("20");
    expect(await entry(40, "2027-01-04")).toMatchObject({ pain: 4, marker: 20 });
  });

  it("a stale Skip does nothing", async () => {
    const { u } = await userWithPlan(h, 41);
    await tickAt(h, dailyJob(h), MON);
    await u.tap("4");
    await u.tap("20");
    await u.tap("📝 Add a note");
    const noteQ = u.last()!;
    await u.send("slept well");
    expect(u.replyText()).toContain("Saved: note.");
    const before = await entry(41, "2027-01-04");
    await u.tapData(noteQ, "cn:2027-01-04:skip");
    expect(u.replyText()).toBe("");
    expect(await entry(41, "2027-01-04")).toEqual(before);
    expect(await h.deps.stores.checkins.state(41)).toBeNull();
    // a marker button of the old question, after the marker was saved, changes nothing either
    await u.tapData(u.all()[2], "cv:2027-01-04:60");
    expect(u.replyText()).toBe("");
    expect((await entry(41, "2027-01-04"))?.marker).toBe(20);
  });
});
