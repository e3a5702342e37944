import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const isPrompt = (m: BotMessage) => /Check-in for|Check-in für/.test(m.text ?? "");
const promptDates = (id: number) => h.api.chat(id).filter(isPrompt).map((m) => (m.text ?? "").split("\n")[0].replace(/<[^>]+>/g, ""));

/** Answers today's prompt up to the note and sends `note`. */
async function answerWithNote(u: ChatUser, note: string) {
  await u.send("3");
  await u.tap("Not measured");
  await u.tap("📝 Add a note");
  u.replies();
  await u.send(note);
}

describe("an urgent cue during a check-in pauses the trial", () => {
  it("the scheduler sends nothing while paused; “I have been seen” and “that's not what I meant” (via /resume) restore the prompts", async () => {
    const { u } = await userWithPlan(h, 401);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(promptDates(401)).toEqual(["📋 Check-in for Mon, Jan 4"]);

    await answerWithNote(u, "Since this morning my groin feels numb and I can't pee properly");
    const text = u.replyText();
    expect(text).toContain("Saved: note.");
    expect(text).toContain("Please seek medical care now");
    expect(text).toContain("numbness around the groin, genitals or buttocks");
    expect(text).toContain("<b>112</b>");
    expect(u.buttons()).toEqual(["✅ I have been seen", "That's not what I meant"]);
    const events = await h.deps.stores.safety.list(401);
    expect(events.map((e) => e.cueId).sort()).toEqual(["saddle_numbness", "urine_retention"]);
    expect(events.every((e) => e.date === "2027-01-04" && e.source === "note")).toBe(true);

    // Paused: no prompt and no reminder on the next two days.
    const r1 = await tickAt(h, job, "2027-01-05T19:00:00Z");
    await tickAt(h, job, "2027-01-05T23:00:00Z");
    await tickAt(h, job, "2027-01-06T19:00:00Z");
    expect(r1.claimed).toBe(1);
    expect(promptDates(401)).toHaveLength(1);
    expect(u.replies()).toEqual([]);

    // Way out 1: "I have been seen" — still at Wed's prompt time, after the silent prompt: Wed's
    // question comes at once instead of Wed becoming a missing day.
    await u.tap("✅ I have been seen");
    expect(u.replyText()).toContain("daily questions start again");
    await tickAt(h, job, "2027-01-07T19:00:00Z");
    expect(promptDates(401)).toEqual(["📋 Check-in for Mon, Jan 4", "📋 Check-in for Wed, Jan 6", "📋 Check-in for Thu, Jan 7"]);

    // An urgent cue from the "new symptom" button on that prompt pauses again.
    await u.tap("🩺 New symptom");
    await u.tap(/Needs medical care now/);
    await u.tap("chest pain or trouble breathing");
    expect(u.replyText()).toContain("Please seek medical care now");
    await tickAt(h, job, "2027-01-08T19:00:00Z");
    expect(promptDates(401)).toHaveLength(3);

    // Way out 2: /resume asks the same question; "that's not what I meant".
    await u.send("/resume");
    expect(u.replyText()).toContain("paused because of <b>chest pain or trouble breathing</b>");
    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("continue as before");
    await tickAt(h, job, "2027-01-09T19:00:00Z");
    expect(promptDates(401).at(-1)).toBe("📋 Check-in for Sat, Jan 9");
    expect((await h.deps.stores.safety.list(401)).find((e) => e.cueId === "chest_pain_breathless")?.status).toBe("dismissed");
  });

  it("a see-a-clinician note does not pause, and is not repeated on the next days", async () => {
    const { u } = await userWithPlan(h, 402);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await answerWithNote(u, "pins and needles in my right leg again");
    expect(u.replyText()).toContain("Worth talking over with a clinician");
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(promptDates(402)).toHaveLength(2);
    await answerWithNote(u, "still pins and needles in the leg");
    expect(u.replyText()).not.toContain("Worth talking over");
    expect(await h.deps.stores.safety.list(402)).toHaveLength(1);
  });

  it("in German: the note is scanned in the user's language and /resume asks in German", async () => {
    const { u } = await userWithPlan(h, 403, {}, { languageCode: "de" });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.send("3");
    await u.tap("Nicht gemessen");
    await u.tap("📝 Notiz hinzufügen");
    u.replies();
    await u.send("Seit gestern plötzlich die schlimmsten Kopfschmerzen meines Lebens");
    const text = u.replyText();
    expect(text).toContain("Bitte hol dir jetzt ärztliche Hilfe");
    expect(text).toContain("plötzliche, sehr heftige Kopfschmerzen");
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(promptDates(403)).toHaveLength(1);
    await u.send("/resume");
    expect(u.replyText()).toContain("Wurdest du inzwischen ärztlich untersucht?");
    await u.tap("✅ Ich wurde untersucht");
    // Lifted after Tuesday's prompt time: Tuesday's question comes at once, Wednesday's as usual.
    expect(promptDates(403)).toEqual(["📋 Check-in für Mo., 4. Jan.", "📋 Check-in für Di., 5. Jan."]);
    await tickAt(h, job, "2027-01-06T19:00:00Z");
    expect(promptDates(403)).toHaveLength(3);
  });
});
