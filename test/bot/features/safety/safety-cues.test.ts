import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Composer } from "grammy";
import { createHarness, type Harness } from "../../../support/harness.js";
import type { BotContext } from "../../../../src/bot/context.js";
import { safetyOnNewSymptom, safetyOnNoteSaved } from "../../../../src/bot/features/shared/safety-hooks.js";
import { BASELINE_START, makePlan, syntheticTrial } from "../../../support/trial-fixtures.js";
import { checkSettleRule } from "../../../../src/bot/features/reports/scheduled.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import type { Area } from "../../../../src/trial/plan/plan.js";
import { pauseForSettleStop } from "../../../../src/bot/features/shared/cue-response.js";
import { urgentKeyboard } from "../../../../src/bot/features/shared/safety-keyboards.js";

/** Test-only commands that call the two check-in hooks the way the check-in feature does. */
function hookCommands() {
  const c = new Composer<BotContext>();
  c.command("t_note", async (ctx) => {
    const [date, ...rest] = (ctx.match as string).split(" ");
    await safetyOnNoteSaved(ctx, { date, note: rest.join(" ") });
  });
  c.command("t_symptom", (ctx) => safetyOnNewSymptom(ctx, ctx.match as string));
  // What the summaries' stop message does after the second "does not settle" firing.
  c.command("t_stop", async (ctx) => {
    const event = await pauseForSettleStop(ctx.deps, ctx.from!.id, ctx.match as string);
    await ctx.reply("stop", { reply_markup: urgentKeyboard((k, v) => ctx.t(k, v), event.id) });
  });
  return c;
}

let h: Harness;

async function userWithPlan(id: number, opts: { zone?: string; languageCode?: string; areas?: Area[] } = {}): Promise<ChatUser> {
  const u = await h.consentedUser({ id, languageCode: opts.languageCode ?? "en" });
  const plan = makePlan({ prompt: { time: "20:00", zone: opts.zone ?? "Europe/Berlin" }, areas: opts.areas ?? ["low_back", "neck"] });
  await h.deps.stores.plans.save(id, plan, "2025-02-24", h.clock.now());
  return u;
}

const paused = (id: number) => h.deps.stores.safety.isSafetyPaused(id);
const events = (id: number) => h.deps.stores.safety.list(id);

beforeEach(async () => {
  h = await createHarness({ extend: () => ({ features: [hookCommands()] }) });
});
afterEach(async () => {
  await h.close();
});

describe("urgent cues: seek care now, with the number for the user's country", () => {
  it("Europe/Berlin: 112 (and 116 117), names the cue, pauses the trial, offers both ways out", async () => {
    const u = await userWithPlan(201);
    await u.send("/t_note 2027-01-04 Since this morning I can't control my bladder.");
    const text = u.replyText();
    expect(text).toContain("Please seek medical care now");
    expect(text).toContain("new loss of bladder or bowel control");
    expect(text).toContain("In an emergency call <b>112</b>");
    expect(text).toContain("116 117");
    expect(text).toMatch(/paused your daily questions/);
    expect(text).toMatch(/no one reads your answers in real time/);
    expect(text).toMatch(/can miss or misread/);
    expect(text).not.toMatch(/911/);
    expect(u.buttons()).toEqual(["✅ I have been seen", "That's not what I meant"]);
    expect(await paused(201)).toBe(true);
    const [e] = await events(201);
    expect(e).toMatchObject({ cueId: "bladder_bowel", group: "urgent", date: "2027-01-04", source: "note", status: "active" });
  });

  it("America/New_York: thoughts of self-harm get their own reply — the 988 crisis line and 911, no massage advice — and pause like any urgent cue", async () => {
    const u = await userWithPlan(202, { zone: "America/New_York" });
    await u.send("/t_note 2027-01-03 honestly I keep thinking about ending my life");
    const text = u.replyText();
    expect(text).toContain("thank you for telling me");
    expect(text).toContain("988 Suicide & Crisis Lifeline 988");
    expect(text).toContain("In an emergency call <b>911</b>");
    expect(text).not.toMatch(/\b112\b/);
    expect(text).not.toContain("Please seek medical care now");
    expect(text).not.toMatch(/massage session/);
    expect(text).toMatch(/paused your daily pain questions/);
    expect(text).toMatch(/no one reads your answers in real time/);
    // Talking to a crisis line is not being examined: the way out says what it is.
    expect(text).toContain("tap <b>I have talked to someone</b>");
    expect(text).not.toContain("been seen");
    expect(u.buttons()).toEqual(["✅ I have talked to someone", "That's not what I meant"]);
    expect(await paused(202)).toBe(true);
    expect(await events(202)).toMatchObject([{ cueId: "self_harm", group: "urgent", status: "active" }]);
  });

  it("self-harm: /resume asks whether they could talk to someone, and the tap thanks them for reaching out", async () => {
    const u = await userWithPlan(209);
    await u.send("/t_note 2027-01-04 I want to die");
    u.replies();
    await u.send("/resume");
    const q = u.replyText();
    expect(q).toContain("Have you been able to talk to someone who can help");
    expect(q).not.toContain("been seen");
    expect(u.buttons()).toEqual(["✅ I have talked to someone", "That's not what I meant"]);
    await u.tap("✅ I have talked to someone");
    const reply = u.replyText();
    expect(reply).toContain("I'm glad you reached out");
    expect(reply).toContain("daily questions start again");
    expect(reply).not.toContain("clinician gave you advice about massage");
    expect(await paused(209)).toBe(false);
    expect((await events(209))[0].status).toBe("seen");
    await u.send("/safety");
    expect(u.replyText()).toContain("thoughts of harming yourself or ending your life — you have talked to someone");
  });

  it("self-harm and another urgent cue open at once: /resume offers either way, in one button", async () => {
    const u = await userWithPlan(210);
    await u.send("/t_note 2027-01-04 I want to die");
    h.clock.advance(60_000);
    await u.send("/t_note 2027-01-04 crushing chest pain since lunch");
    u.replies();
    await u.send("/resume");
    expect(u.replyText()).toContain("Have you been seen by a clinician, or talked to someone who can help");
    expect(u.buttons()).toEqual(["✅ I have been seen or talked to someone", "That's not what I meant"]);
    await u.tap("✅ I have been seen or talked to someone");
    expect(u.replyText()).toContain("clinician gave you advice about massage");
    expect(await paused(210)).toBe(false);
  });

  it("self-harm named twice for the same day: the crisis reply again, one event, the pause stands", async () => {
    const u = await userWithPlan(208);
    await u.send("/t_note 2027-01-04 I want to die");
    u.replies();
    await u.send("/t_note 2027-01-04 I want to die, nothing helps");
    expect(u.replyText()).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(u.buttons()).toEqual(["✅ I have talked to someone", "That's not what I meant"]);
    expect(await events(208)).toHaveLength(1);
    await u.tap("That's not what I meant");
    expect(await paused(208)).toBe(false);
  });

  it("Europe/London: 999, with 111 for urgent advice", async () => {
    const u = await userWithPlan(203, { zone: "Europe/London" });
    await u.send("/t_note 2027-01-04 Crushing chest pain since lunch");
    const text = u.replyText();
    expect(text).toContain("In an emergency call <b>999</b>");
    expect(text).toContain("<b>111</b>");
    expect(text).toContain("chest pain or trouble breathing");
  });

  it.each(["Etc/GMT-3", "Africa/Nairobi"])("a zone without known numbers (%s): 112 and 911 named as examples", async (zone) => {
    const u = await userWithPlan(204, { zone });
    await u.send("/t_note 2027-01-04 I fell down the stairs and my back hurts a lot");
    const text = u.replyText();
    expect(text).toContain("new pain after a recent fall, accident or blow to the head");
    expect(text).toMatch(/your local emergency number \(for example <b>112<\/b> in Europe or <b>911<\/b> in North America\)/);
  });

  it("no plan yet: the numbers are named as examples, not guessed from the language", async () => {
    const u = await h.consentedUser({ id: 205, languageCode: "en-GB" });
    await u.send("/t_symptom 2027-01-04");
    await u.tap(/Needs medical care now/);
    await u.tap("a swollen, painful calf");
    const text = u.replyText();
    expect(text).toContain("You told me about <b>a swollen, painful calf</b>");
    expect(text).toMatch(/for example <b>112<\/b>/);
    expect(text).not.toContain("999");
  });

  it("in German: du-form, the TelefonSeelsorge and 112 for self-harm, and the pause", async () => {
    const u = await userWithPlan(206, { languageCode: "de" });
    await u.send("/t_note 2027-01-04 Ich will nicht mehr leben");
    const text = u.replyText();
    expect(text).toContain("danke, dass du es mir sagst");
    expect(text).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(text).toContain("<b>112</b>");
    expect(text).toContain("Schmerzfragen habe ich vorerst pausiert");
    expect(text).toContain("Niemand liest deine Antworten in Echtzeit");
    expect(text).not.toContain("Bitte hol dir jetzt ärztliche Hilfe");
    expect(text).not.toMatch(/Massage/);
    expect(text).toContain("tippe auf <b>Ich habe mit jemandem gesprochen</b>");
    expect(text).not.toContain("untersucht");
    expect(u.buttons()).toEqual(["✅ Ich habe mit jemandem gesprochen", "So war das nicht gemeint"]);
    expect(await paused(206)).toBe(true);
    await u.send("/resume");
    expect(u.replyText()).not.toContain("untersucht");
    expect(u.buttons()).toEqual(["✅ Ich habe mit jemandem gesprochen", "So war das nicht gemeint"]);
    await u.tap("✅ Ich habe mit jemandem gesprochen");
    expect(u.replyText()).toContain("gut, dass du dir Unterstützung geholt hast");
    expect(await paused(206)).toBe(false);
  });

  it("a negated or harmless note sends nothing and records nothing", async () => {
    const u = await userWithPlan(207);
    await u.send("/t_note 2027-01-04 No numbness today, hands a bit numb from the cold. Fell asleep early.");
    expect(u.replies()).toEqual([]);
    expect(await events(207)).toEqual([]);
  });
});

describe("ways out of a safety pause", () => {
  it("“That's not what I meant” records the dismissal and undoes the pause", async () => {
    const u = await userWithPlan(211);
    await u.send("/t_note 2027-01-04 I wet myself on the way to the toilet");
    u.replies();
    expect(await paused(211)).toBe(true);
    await u.tap("That's not what I meant");
    const text = u.replyText();
    expect(text).toContain("not what you meant");
    expect(text).toContain("continue as before");
    expect(text).toContain("contact a clinician");
    expect(await paused(211)).toBe(false);
    const [e] = await events(211);
    expect(e.status).toBe("dismissed");
    expect(e.resolvedAt).toBe(h.clock.now().toISOString());
  });

  it("“I have been seen” ends the pause; a second tap changes nothing", async () => {
    const u = await userWithPlan(212);
    await u.send("/t_note 2027-01-04 worst headache of my life, came on suddenly");
    const msg = u.last()!;
    const dismissData = msg.reply_markup!.inline_keyboard![1][0].callback_data!;
    u.replies();
    await u.tap("✅ I have been seen");
    expect(u.replyText()).toContain("daily questions start again");
    expect(await paused(212)).toBe(false);
    expect((await events(212))[0].status).toBe("seen");
    await u.tapData(msg, dismissData);
    expect(u.replyText()).toContain("already been answered");
    expect((await events(212))[0].status).toBe("seen");
  });

  it("/resume during a safety pause asks the same question; both answers restore the trial", async () => {
    const u = await userWithPlan(213);
    await u.send("/t_note 2027-01-04 my legs keep giving way, I collapsed twice");
    u.replies();
    await u.send("/resume");
    const q = u.replyText();
    expect(q).toContain("paused because of <b>legs suddenly giving way or a sudden collapse</b>");
    expect(q).toContain("112");
    expect(u.buttons()).toEqual(["✅ I have been seen", "That's not what I meant"]);
    await u.tap("✅ I have been seen");
    expect(await paused(213)).toBe(false);

    await u.send("/t_note 2027-01-05 chest pain again and I can't breathe properly");
    u.replies();
    await u.send("/resume");
    u.replies();
    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("continue as before");
    expect(await paused(213)).toBe(false);
  });

  it("dismissing one urgent message leaves an earlier open one paused", async () => {
    const u = await userWithPlan(214);
    await u.send("/t_note 2027-01-03 I have a swollen painful calf");
    u.replies();
    h.clock.advance(60_000);
    await u.send("/t_note 2027-01-04 can't pee since yesterday");
    u.replies();
    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("still open");
    expect(await paused(214)).toBe(true);
    const byCue = Object.fromEntries((await events(214)).map((e) => [e.cueId, e.status]));
    expect(byCue).toEqual({ swollen_calf: "active", urine_retention: "dismissed" });
  });

  it("the “does not settle” stop pauses like an urgent cue and is lifted the same ways", async () => {
    const u = await userWithPlan(216);
    await u.send("/t_stop 2025-03-20");
    await u.send("/t_stop 2025-03-20");
    expect(await events(216)).toHaveLength(1);
    expect((await events(216))[0]).toMatchObject({ cueId: "does_not_settle", source: "rule", status: "active" });
    expect(await paused(216)).toBe(true);
    u.replies();
    await u.send("/resume");
    expect(u.replyText()).toContain("paused because of <b>pain after sessions that did not settle</b>");
    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("continue as before");
    expect(await paused(216)).toBe(false);
    await u.send("/t_stop 2025-03-27");
    await u.tap("✅ I have been seen");
    expect(await paused(216)).toBe(false);
  });

  it("the stop message of the summaries carries both ways out and pauses the prompts", async () => {
    const u = await h.consentedUser({ id: 217 });
    const trial = syntheticTrial("worsening", 217);
    await h.deps.stores.plans.save(217, trial.plan, BASELINE_START, h.clock.now());
    for (const e of trial.entries.filter((x) => x.date <= "2025-03-20")) await h.deps.stores.entries.save(217, e);
    h.clock.set("2025-03-20T19:00:00Z");
    expect(await checkSettleRule(h.deps, h.bot.api, 217)).toBe("stop");
    const sent = u.replies();
    const stop = sent.find((m) => (m.text ?? "").includes("Stop the sessions and get checked"))!;
    expect(stop.reply_markup!.inline_keyboard!.flat().map((b) => b.text)).toEqual(["✅ I have been seen", "That's not what I meant"]);
    // The stop is the block's outcome: its end-of-block report follows at once.
    expect(sent.map((m) => m.text ?? m.caption ?? "").join("\n")).toContain("End-of-block report</b> — the block ended on");
    expect(await paused(217)).toBe(true);
    await u.tap("✅ I have been seen");
    expect(u.replyText()).toContain("Your block ended with the stop, so no daily questions come");
    expect(u.replyText()).not.toContain("start again");
    expect(await paused(217)).toBe(false);
    // The rule is not re-raised once answered.
    expect(await checkSettleRule(h.deps, h.bot.api, 217)).toBe("none");
    expect(await paused(217)).toBe(false);
  });

  it("says when the user's own /pause is still on after the safety pause ends", async () => {
    const u = await userWithPlan(218);
    await h.deps.stores.trial.pause(218, "2027-01-03", "user");
    await u.send("/t_note 2027-01-04 chest pain and short of breath");
    u.replies();
    await u.tap("✅ I have been seen");
    expect(u.replyText()).toContain("Your own pause (/pause) is still on");
    expect(await paused(218)).toBe(false);
  });

  it("/resume without a safety pause is left to the check-in feature", async () => {
    const u = await userWithPlan(215);
    await u.send("/resume");
    expect(u.replyText()).not.toContain("I have been seen");
  });
});

describe("see a clinician: one clear message, not repeated within 7 days", () => {
  it("suppresses the same cue for 7 days and sends it again when it comes back later", async () => {
    const u = await userWithPlan(221);
    await u.send("/t_note 2027-01-04 pins and needles down my left arm");
    const first = u.replyText();
    expect(first).toContain("Worth talking over with a clinician");
    expect(first).toContain("shooting pain into an arm or leg, numbness, or pins and needles");
    expect(first).toMatch(/trial continues/);
    expect(u.buttons()).toEqual(["That's not what I meant"]);

    await u.send("/t_note 2027-01-05 still pins and needles in the arm");
    expect(u.replies()).toEqual([]);
    await u.send("/t_note 2027-01-10 tingling in my fingers again");
    expect(u.replies()).toEqual([]);

    // A tap on the list always gets an answer, but not the same message again.
    await u.send("/t_symptom 2027-01-06");
    await u.tap(/Worth talking over/);
    await u.tap("shooting pain into an arm or leg, numbness, or pins and needles");
    expect(u.replyText()).toMatch(/already told me about .* on Mon, Jan 4, 2027/);

    await u.send("/t_note 2027-01-11 pins and needles again today");
    expect(u.replyText()).toContain("Worth talking over with a clinician");
    const dates = (await events(221)).map((e) => e.date).sort();
    expect(dates).toEqual(["2027-01-04", "2027-01-11"]);
    expect(await paused(221)).toBe(false);
  });

  it("a different cue is not held back, and urgent cues never are", async () => {
    const u = await userWithPlan(222);
    await u.send("/t_note 2027-01-04 I started blood thinners last week");
    expect(u.replyText()).toContain("blood-thinning medicine");
    await u.send("/t_note 2027-01-05 I found out I'm pregnant");
    expect(u.replyText()).toContain("pregnancy");
    await u.send("/t_note 2027-01-05 chest pain this morning");
    u.replies();
    await u.tap("✅ I have been seen");
    u.replies();
    await u.send("/t_note 2027-01-06 chest pain again this morning");
    expect(u.replyText()).toContain("Please seek medical care now");
  });

  it("the setup screen's answer counts as the first message", async () => {
    const u = await userWithPlan(223);
    await h.deps.stores.safety.add(223, { cueId: "pregnancy", group: "see_clinician", date: "2027-01-02", at: "2027-01-02T10:00:00.000Z", source: "screen", status: "active" });
    await u.send("/t_note 2027-01-04 pregnant, week 12");
    expect(u.replies()).toEqual([]);
  });
});

describe("do not massage that area", () => {
  it("asks which area, records it, keeps the trial going, and can be cleared or dismissed", async () => {
    const u = await userWithPlan(231);
    await u.send("/t_note 2027-01-04 there is an open wound on my neck from the weekend");
    const text = u.replyText();
    expect(text).toContain("Please leave that spot out of massage");
    expect(text).toContain("a skin infection, open wound, burn or rash");
    expect(text).toContain("trial continues for the other areas");
    expect(u.buttons().slice(0, 2)).toEqual(["Low back", "Neck"]);
    expect(u.buttons()).toContain("That's not what I meant");
    expect(await paused(231)).toBe(false);

    await u.tap("Neck");
    expect(u.replyText()).toContain("<b>Neck</b> stays out of the massage");
    const [e] = await events(231);
    expect(e).toMatchObject({ cueId: "skin_at_site", group: "no_massage_area", area: "neck", status: "active", source: "note" });

    await u.send("/plan");
    expect(u.replyText()).toMatch(/Safety notes:.*open wound.*\(Neck\)/);

    await u.tap("✓ A clinician has cleared it");
    expect(u.replyText()).toContain("cleared <b>Neck</b>");
    expect((await events(231))[0].status).toBe("seen");
  });

  it("says so when the only planned area is on hold", async () => {
    const u = await userWithPlan(232, { areas: ["knees"] });
    await u.send("/t_symptom 2027-01-04");
    await u.tap(/Not at that spot/);
    await u.tap("a recent broken bone or operation");
    u.replies();
    await u.tap("Knees");
    expect(u.replyText()).toContain("only area in your plan");
  });

  it("“That's not what I meant” takes the hold off", async () => {
    const u = await userWithPlan(233);
    await u.send("/t_note 2027-01-04 they think I might have a blood clot in my shoulder");
    u.replies();
    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("not what you meant");
    expect((await events(233))[0].status).toBe("dismissed");
  });
});

describe("the “new symptom” list", () => {
  it("opens the groups, goes back, and records a tapped cue with the check-in date", async () => {
    const u = await userWithPlan(241);
    await u.send("/t_symptom 2027-01-03");
    const menu = u.replyText();
    expect(menu).toContain("What is new?");
    expect(menu).toMatch(/no one reads your answers in real time/);
    expect(u.buttons()).toEqual([
      "🚨 Needs medical care now",
      "🩹 Not at that spot until a clinician says so",
      "🩺 Worth talking over with a clinician",
      "Something else",
      "Nothing after all",
    ]);
    await u.tap(/Needs medical care now/);
    expect(u.buttons()).toHaveLength(15);
    await u.tap("‹ Back");
    expect(u.buttons()).toHaveLength(5);
    await u.tap(/Needs medical care now/);
    await u.tap("new pain after a recent fall, accident or blow to the head");
    expect(u.replyText()).toContain("Please seek medical care now");
    expect(await paused(241)).toBe(true);
    expect((await events(241))[0]).toMatchObject({ cueId: "after_fall_injury", date: "2027-01-03", source: "button" });
  });

  it("“something else” does not reassure and gives the number; “nothing” records nothing", async () => {
    const u = await userWithPlan(242);
    await u.send("/t_symptom 2027-01-04");
    await u.tap("Something else");
    const text = u.replyText();
    expect(text).toContain("does not make a symptom harmless");
    expect(text).toContain("contact a clinician");
    expect(text).toContain("112");
    await u.send("/t_symptom 2027-01-04");
    await u.tap("Nothing after all");
    expect(u.replyText()).toContain("nothing was recorded");
    expect(await events(242)).toEqual([]);
  });
});

describe("/safety", () => {
  it("lists the cues in plain words and what the bot does, in English", async () => {
    const u = await userWithPlan(251, { zone: "Europe/London" });
    await u.send("/safety");
    const text = u.replyText();
    for (const s of [
      "Needs medical care now",
      "Not at that spot until a clinician says so",
      "Worth talking over with a clinician",
      "new loss of bladder or bowel control",
      "a skin infection, open wound, burn or rash",
      "pregnancy",
      "pause your daily questions",
      "not repeated for the same point within 7 days",
      "That's not what I meant",
      "no one reads your answers in real time",
      "a keyword check can miss things",
      "Not hearing from me does not mean everything is fine",
      "not a medical device",
      "<b>999</b>",
      "Samaritans 116 123",
      "You have not reported any of these",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("in German, with the user's own cues and the pause", async () => {
    const u = await userWithPlan(252, { languageCode: "de" });
    await u.send("/t_note 2027-01-04 Ich habe Brustschmerzen und Atemnot");
    u.replies();
    await u.send("/safety");
    const text = u.replyText();
    for (const s of [
      "Auf welche Warnzeichen ich achte",
      "Jetzt ärztliche Hilfe holen",
      "An dieser Stelle erst nach ärztlicher Freigabe",
      "Am besten mit Ärztin oder Arzt besprechen",
      "Niemand liest deine Antworten in Echtzeit",
      "Stichwortprüfung kann etwas übersehen",
      "kein Medizinprodukt",
      "Was du mir bisher gesagt hast",
      "Schmerzen in der Brust oder Atemnot — offen",
      "pausiert",
      "<b>112</b>",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("works before consent, without anything personal", async () => {
    const u = h.user({ id: 253 });
    await u.send("/safety");
    const text = u.replyText();
    expect(text).toContain("Warning signs I watch for");
    expect(text).not.toContain("What you have told me");
    expect(text).toMatch(/for example <b>112<\/b>/);
  });
});

describe("not a medical device", () => {
  it.each([
    ["en", /not a medical device/],
    ["de", /kein Medizinprodukt/],
  ])("/start (new and returning) and /privacy carry the note (%s)", async (lang, note) => {
    const u = h.user({ id: lang === "en" ? 261 : 262, languageCode: lang });
    await u.send("/start");
    expect(u.replyText()).toMatch(note);
    await u.tap(/18\+|einverstanden/);
    u.replies();
    await u.send("/start");
    expect(u.replyText()).toMatch(note);
    await h.deps.stores.plans.save(u.id, makePlan(), "2025-02-24", h.clock.now());
    await u.send("/start");
    expect(u.replyText()).toMatch(note);
    await u.send("/privacy");
    expect(u.replyText()).toMatch(note);
  });
});
