import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const text = (m: BotMessage) => m.text ?? "";
const isPrompt = (m: BotMessage) => /Check-in for|Check-in für/.test(text(m));
const buttonsOf = (m: BotMessage) => (m.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

describe("warning signs typed as a plain message, outside a check-in", () => {
  it("an urgent sign: the urgent reply (not 'I did not understand'), recorded for today, and the pause", async () => {
    const { u } = await userWithPlan(h, 2401);
    await u.send("I suddenly can't feel my leg and I wet myself");
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain("Please seek medical care now");
    expect(text(replies[0])).toContain("new loss of bladder or bowel control");
    expect(text(replies[0])).toContain("<b>112</b>");
    expect(text(replies[0])).not.toContain("I did not understand");
    expect(buttonsOf(replies[0])).toEqual(["✅ I have been seen", "That's not what I meant"]);
    expect(await h.deps.stores.safety.list(2401)).toMatchObject([{ cueId: "bladder_bowel", group: "urgent", date: "2027-01-04", source: "note" }]);
    expect(await h.deps.stores.safety.isSafetyPaused(2401)).toBe(true);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toEqual([]);
  });

  it("in German, through the user's language", async () => {
    const { u } = await userWithPlan(h, 2402, {}, { languageCode: "de" });
    await u.send("Bin die Treppe runtergefallen und habe jetzt starke Nackenschmerzen");
    const [first, ...rest] = u.replies();
    expect(rest).toEqual([]);
    expect(text(first)).toContain("Bitte hol dir jetzt ärztliche Hilfe");
    expect(text(first)).toContain("neue Schmerzen nach einem kürzlichen Sturz");
    expect(await h.deps.stores.safety.isSafetyPaused(2402)).toBe(true);
  });

  it("self-harm: its own reply with the crisis line for the country, no massage advice, both ways out, and the pause", async () => {
    const { u } = await userWithPlan(h, 2403, { prompt: { time: "20:00", zone: "America/New_York" } });
    await u.send("I just want to end it all");
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    const reply = text(replies[0]);
    expect(reply).toContain("988 Suicide & Crisis Lifeline 988");
    expect(reply).toContain("<b>911</b>");
    expect(reply).toContain("paused your daily pain questions");
    expect(reply).not.toMatch(/massage session|seek medical care/i);
    expect(buttonsOf(replies[0])).toEqual(["✅ I have talked to someone", "That's not what I meant"]);
    expect(await h.deps.stores.safety.isSafetyPaused(2403)).toBe(true);
    // No daily question that evening (20:00 New York = 01:00Z).
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-05T01:00:00Z");
    expect(u.replies().filter(isPrompt)).toEqual([]);
  });

  it("self-harm in German: the TelefonSeelsorge, and the pause", async () => {
    const { u } = await userWithPlan(h, 2404, {}, { languageCode: "de" });
    await u.send("ich will einfach nicht mehr leben");
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(text(replies[0])).not.toMatch(/Massage|ärztliche Hilfe/);
    expect(buttonsOf(replies[0])).toEqual(["✅ Ich habe mit jemandem gesprochen", "So war das nicht gemeint"]);
    expect(await h.deps.stores.safety.isSafetyPaused(2404)).toBe(true);
  });

  it("written in the other language: a German-speaking user's “I want to die” gets the crisis reply, in German", async () => {
    const { u } = await userWithPlan(h, 2407, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(2407, h.clock.now(), { locale: "de" });
    await u.send("I want to die");
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(buttonsOf(replies[0])).toEqual(["✅ Ich habe mit jemandem gesprochen", "So war das nicht gemeint"]);
    expect(await h.deps.stores.safety.isSafetyPaused(2407)).toBe(true);
    // Only urgent cues are read across languages: an English "stiff neck" stays the German user's own business.
    await u.send("stiff neck today");
    expect(u.replies().map(text).join("\n")).not.toContain("TelefonSeelsorge");
  });

  it("self-harm together with another urgent sign: the crisis reply first, then the urgent one; each has its own ways out", async () => {
    const { u } = await userWithPlan(h, 2405);
    await u.send("chest pain all day and honestly I want to die");
    const replies = u.replies().map(text);
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain("TelefonSeelsorge");
    expect(replies[1]).toContain("chest pain or trouble breathing");
    expect(replies[1]).not.toContain("thoughts of harming yourself");
    expect(await h.deps.stores.safety.isSafetyPaused(2405)).toBe(true);
    // "Not what I meant" on the crisis reply takes back only that one: the chest pain still pauses.
    const [crisis] = h.api.chat(2405).filter((m) => (m.text ?? "").includes("TelefonSeelsorge"));
    const dismiss = (crisis.reply_markup?.inline_keyboard ?? []).flat().find((b) => b.text === "That's not what I meant");
    await u.tapData(crisis, dismiss?.callback_data ?? "");
    expect(u.replyText()).toContain("Another urgent point is still open");
    const status = Object.fromEntries((await h.deps.stores.safety.list(2405)).map((e) => [e.cueId, e.status]));
    expect(status).toEqual({ chest_pain_breathless: "active", self_harm: "dismissed" });
    expect(await h.deps.stores.safety.isSafetyPaused(2405)).toBe(true);
  });

  it("a harmless message still gets 'I did not understand that'", async () => {
    const { u } = await userWithPlan(h, 2406);
    await u.send("my mum fell down the stairs, I'm visiting her");
    expect(u.replyText()).toContain("I did not understand that");
    expect(await h.deps.stores.safety.list(2406)).toEqual([]);
  });

  it("before consent: the urgent reply with the numbers, nothing recorded", async () => {
    const u = h.user({ id: 2407 });
    await u.send("/start");
    u.replies();
    await u.send("I can't pee since yesterday and my back hurts");
    const reply = u.replyText();
    expect(reply).toContain("Please seek medical care now");
    expect(reply).toContain("being unable to pass urine");
    expect(reply).toMatch(/for example <b>112<\/b>/);
    expect(await h.deps.stores.safety.list(2407)).toEqual([]);
  });
});

describe("an urgent note during a check-in is answered before 'That's everything'", () => {
  it.each([
    ["en", "Not measured", "📝 Add a note", "numb between my legs since this morning", "Please seek medical care now", "That's everything"],
    ["de", "Nicht gemessen", "📝 Notiz hinzufügen", "seit heute früh zwischen den Beinen taub", "Bitte hol dir jetzt ärztliche Hilfe", "Das war alles"],
  ] as const)("%s", async (lang, notMeasured, addNote, note, urgent, done) => {
    const { u } = await userWithPlan(h, lang === "en" ? 2410 : 2411, {}, { languageCode: lang });
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    await u.send("3");
    await u.tap(notMeasured);
    await u.tap(addNote);
    u.replies();
    await u.send(note);
    const replies = u.replies().map(text);
    const urgentAt = replies.findIndex((r) => r.includes(urgent));
    const doneAt = replies.findIndex((r) => r.includes(done));
    expect(urgentAt).toBeGreaterThanOrEqual(0);
    expect(doneAt).toBeGreaterThan(urgentAt);
  });
});
