import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // clock: 2027-01-04T08:00Z (a Monday)
});
afterEach(async () => {
  await h.close();
});

async function screenAllNo(u: ChatUser) {
  await u.tap("No");
  await u.tap("No");
  await u.tap("No");
}

/** Everything by buttons, with a first session 8 days away (a full baseline week). */
export async function setupByTaps(u: ChatUser) {
  await u.send("/plan");
  await screenAllNo(u);
  await u.tap("Low back");
  await u.tap("Neck");
  await u.tap("Done ✓");
  await u.tap("✏️ Change details");
  await u.tap("Less pain");
  await u.tap("45");
  await u.tap("2");
  await u.tap("Tue");
  await u.tap("Fri");
  await u.tap("Done ✓");
  await u.tap("6");
  await u.tap("Moderate");
  await u.tap("Exercise programme");
  await u.tap("Done ✓");
  await u.tap("Support it");
  await u.tap("EUR");
  await u.send("65");
  await u.tap("Skip");
  await u.tap("Skip");
  await u.tap("0-10");
  await u.tap("Minutes walked before having to stop");
  await u.tap("20:00");
  await u.send("Europe/Berlin");
  await u.send("2027-01-12");
}

describe("plan setup", () => {
  it("a full setup by taps ends in a review card and a saved, scheduled plan", async () => {
    const u = await h.consentedUser({ id: 1 });
    await setupByTaps(u);
    const review = u.replyText();
    expect(review).toContain("Here is your plan");
    expect(review).toContain("Low back, Neck");
    expect(review).toContain("45 min × 2/week (Tue, Fri) for 6 weeks");
    expect(review).toContain("€65.00 per session");
    expect(review).toContain("20:00 (Europe/Berlin)");
    expect(review).toContain("a full week before");
    await u.tap("✓ Looks right");
    const saved = u.replyText();
    expect(saved).toContain("Your plan is saved");
    expect(saved).toContain("20:00");
    expect(saved).toContain("Tue, Jan 5, 2027"); // baseline starts 7 days before the first session
    // The pre-registered rule, shown back before any data exists.
    expect(saved).toContain("How I will decide at the end of the block");
    expect(saved).toContain("2 points on your 0-10 scale, or 30 % of your baseline if that is less, but at least 1 point (the default)");
    expect(saved).toContain("/method");
    // A chance of 5 in 10 is even odds, not "likely".
    expect(saved).toContain("Pain counts as improved when it is at least as likely as not (a chance of 5 in 10 or more) that it got better");
    expect(saved).not.toMatch(/likely \(about 5 in 10/);
    const current = await h.deps.stores.plans.current(1);
    expect(current?.plan).toMatchObject({
      areas: ["low_back", "neck"],
      goal: "pain",
      minutesPerSession: 45,
      sessionsPerWeek: 2,
      weekdays: [2, 5],
      weeks: 6,
      pressure: "moderate",
      otherCare: { kinds: ["exercise"], role: "supports" },
      cost: { currency: "EUR", perSession: 65 },
      painScale: 10,
      marker: { preset: "walk_minutes", direction: "higher" },
      prompt: { time: "20:00", zone: "Europe/Berlin" },
      zoneConfirmed: true,
      firstSession: "2027-01-12",
      baseline: { kind: "daily" },
    });
    expect(current?.effectiveFrom).toBe("2027-01-04"); // today, before the baseline week starts
    const sched = await h.deps.stores.schedule.get(1);
    expect(sched).toMatchObject({ time: "20:00", zone: "Europe/Berlin", nextLocalDate: "2027-01-04" });
    expect(await h.deps.stores.drafts.get(1)).toBeNull();
  });

  it("a full setup by typing, in German", async () => {
    const u = await h.consentedUser({ id: 2, languageCode: "de" });
    await u.send("/plan");
    await screenAllNo_de(u);
    await u.tap("Nacken");
    await u.tap("Anderes");
    await u.tap("Fertig ✓");
    await u.send("oberer Rücken");
    await u.tap("✏️ Details ändern");
    await u.tap("Im Alltag mehr schaffen");
    await u.send("30 Minuten");
    await u.send("3");
    await u.tap("Keine festen Tage");
    await u.send("8");
    await u.tap("Fest");
    await u.tap("Keine");
    await u.send("59,90");
    await u.send("120");
    await u.send("Sie löst Triggerpunkte und prüft die Kopfdrehung jede Woche.");
    await u.tap("0-100");
    await u.tap("Etwas anderes");
    await u.send("Minuten Gartenarbeit");
    await u.send("Minuten");
    await u.tap("Höher ist besser");
    await u.send("10");
    // "de" names no country: the time is asked alone, then the zone.
    expect(u.replyText()).not.toContain("Zeitzone Europe/Berlin");
    await u.send("19.30");
    expect(u.replyText()).toContain("In welcher Zeitzone bist du?");
    await u.send("Wien");
    expect(u.replyText()).toContain("Zeitzone: Europe/Vienna");
    await u.send("1.2.2027");
    const review = u.replyText().replace(/\u00a0/g, " ");
    expect(review).toContain("Das ist dein Plan");
    expect(review).toContain("Nacken, oberer Rücken");
    expect(review).toContain("59,90 € pro Sitzung");
    await u.tap("Passt so");
    const gespeichert = u.replyText();
    expect(gespeichert).toContain("Dein Plan ist gespeichert");
    expect(gespeichert).toContain("Wie ich am Ende des Blocks entscheide");
    expect(gespeichert).toContain("wenn es mindestens genauso wahrscheinlich ist wie nicht (Chance: 5 von 10 oder mehr), dass er");
    expect(gespeichert).not.toContain("wahrscheinlich ist (etwa 5 von 10");
    const plan = (await h.deps.stores.plans.current(2))!.plan;
    expect(plan).toMatchObject({
      areas: ["neck", "other"],
      otherArea: "oberer Rücken",
      goal: "function",
      minutesPerSession: 30,
      sessionsPerWeek: 3,
      weekdays: [],
      weeks: 8,
      pressure: "firm",
      otherCare: { kinds: ["none"] },
      cost: { currency: "EUR", perSession: 59.9, alternativeMonthly: 120 },
      painScale: 100,
      marker: { preset: "custom", name: "Minuten Gartenarbeit", unit: "Minuten", direction: "higher", minChange: 10 },
      prompt: { time: "19:30", zone: "Europe/Vienna" },
      firstSession: "2027-02-01",
    });
    expect(plan.therapistPlan).toContain("Triggerpunkte");
  });

  it("answers every kind of wrong input with what is expected and the same question again", async () => {
    const u = await h.consentedUser({ id: 3 });
    await u.send("/plan");
    await screenAllNo(u);
    await u.send("abc");
    expect(u.replyText()).toMatch(/tap the areas[\s\S]*Which areas/);
    await u.tap("Hips");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    await u.tap("Less pain");
    for (const bad of ["abc", "-3", "500 minutes", "🙂", "4.5", "1e3"]) {
      await u.send(bad);
      expect(u.replyText(), bad).toMatch(/whole number from 5 to 120[\s\S]*How many minutes/);
    }
    await u.sendSticker();
    expect(u.replyText()).toMatch(/can't read that[\s\S]*How many minutes/);
    await u.sendPhoto();
    expect(u.replyText()).toContain("How many minutes");
    await u.sendVoice();
    expect(u.replyText()).toContain("How many minutes");
    const draft = await h.deps.stores.drafts.get(3);
    expect(draft?.step).toBe("minutes");
    expect(draft?.answers.minutesPerSession).toBeUndefined();
    await u.send("45 min");
    expect(u.replyText()).toContain("How many sessions per week");
  });

  it("/help mid-setup keeps the place; Back goes one step back; /cancel saves nothing", async () => {
    const u = await h.consentedUser({ id: 4 });
    await u.send("/plan");
    await screenAllNo(u);
    await u.tap("Knees");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    await u.send("/help");
    expect(u.replyText()).toContain("What I can do");
    await u.tap("Better sleep");
    expect(u.replyText()).toContain("How many minutes");
    await u.tap("‹ Back");
    expect(u.replyText()).toContain("What matters most");
    await u.tap("Less pain");
    expect((await h.deps.stores.drafts.get(4))?.answers.goal).toBe("pain");
    await u.send("/cancel");
    expect(u.replyText()).toContain("Setup cancelled");
    expect(await h.deps.stores.drafts.get(4)).toBeNull();
    expect(await h.deps.stores.plans.current(4)).toBeNull();
    await u.send("/cancel");
    expect(u.replyText()).toContain("nothing to cancel");
  });

  it("buttons from a cancelled setup have expired and change nothing", async () => {
    const u = await h.consentedUser({ id: 5 });
    await u.send("/plan");
    const first = u.last()!;
    const data = first.reply_markup!.inline_keyboard![0][0].callback_data!;
    await u.send("/cancel");
    await u.tapData(first, data);
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");
    expect(await h.deps.stores.drafts.get(5)).toBeNull();
  });

  it("a tap on an earlier question's button is stale", async () => {
    const u = await h.consentedUser({ id: 6 });
    await u.send("/plan");
    const q1 = u.last()!;
    const yesOnQ1 = q1.reply_markup!.inline_keyboard![0][0].callback_data!;
    await u.tap("No");
    await u.tapData(q1, yesOnQ1);
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");
    expect((await h.deps.stores.drafts.get(6))?.step).toBe("screen_area");
  });

  it("continues at the same step after a bot restart (new instance, same Redis)", async () => {
    const u = await h.consentedUser({ id: 7 });
    await u.send("/plan");
    await screenAllNo(u);
    await u.tap("Neck");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    await u.tap("Less pain");
    await u.send("abc"); // a conversation is now waiting inside the dose section
    const h2 = await createHarness({ prefix: h.prefix, api: h.api, clock: h.clock });
    const u2 = h2.user({ id: 7 });
    u2.replies();
    await u2.send("60");
    expect(u2.replyText()).toContain("How many sessions per week");
    expect((await h2.deps.stores.drafts.get(7))?.answers.minutesPerSession).toBe(60);
    await h2.close({ keepData: true });
  });

  it("a user returning days later can resume or start over", async () => {
    const u = await h.consentedUser({ id: 8 });
    await u.send("/plan");
    await screenAllNo(u);
    await u.tap("Neck");
    await u.tap("Done ✓");
    h.clock.advance(5 * 24 * 3600 * 1000);
    await u.send("/plan");
    expect(u.replyText()).toContain("middle of setting up");
    await u.tap("Continue");
    expect(u.replyText()).toContain("A plan that suits most people");
    await u.send("/plan");
    await u.tap("Start over");
    expect(u.replyText()).toContain("Is any of these happening to you now?");
  });

  it("an urgent screen answer stops the setup with care advice and a way back", async () => {
    const u = await h.consentedUser({ id: 9 });
    await u.send("/plan");
    await u.tap("Yes");
    await u.tap(/chest pain/);
    const text = u.replyText();
    expect(text).toContain("Please seek medical care now");
    expect(text).toContain("chest pain or trouble breathing");
    expect(text).toMatch(/112.*911|911.*112/);
    expect(text).toContain("tap <b>I have been seen</b>");
    expect(u.buttons()).toEqual(["✅ I have been seen", "That's not what I meant"]);
    expect(await h.deps.stores.drafts.get(9)).toBeNull();
    const events = await h.deps.stores.safety.list(9);
    expect(events).toMatchObject([{ cueId: "chest_pain_breathless", group: "urgent", source: "screen", status: "active", date: "2027-01-04" }]);
  });

  it("a self-harm answer gets a crisis-line hint", async () => {
    const u = await h.consentedUser({ id: 10 });
    await u.send("/plan");
    await u.tap("Yes");
    await u.tap(/harming yourself/);
    expect(u.replyText()).toMatch(/crisis line/);
  });

  it("a do-not-massage answer keeps that area out of the plan; see-a-clinician answers are noted", async () => {
    const u = await h.consentedUser({ id: 11 });
    await u.send("/plan");
    await u.tap("No");
    await u.tap("Yes");
    await u.tap(/broken bone/);
    await u.tap("Knees");
    expect(u.replyText()).toContain("keep <b>Knees</b> out of the plan");
    await u.tap("Yes");
    await u.tap(/blood-thinning/);
    await u.tap("pregnancy");
    await u.tap("Done ✓");
    expect(u.replyText()).toMatch(/talk these over with a clinician[\s\S]*these points/);
    expect(u.buttons()).not.toContain("Knees");
    const draft = await h.deps.stores.drafts.get(11);
    expect(draft?.screen).toMatchObject({ areaCues: [{ cueId: "recent_fracture_surgery", area: "knees" }], clinician: ["blood_thinners", "pregnancy"] });
  });

  it("edit after confirm: change the dose from /plan; a new version keeps the history", async () => {
    const u = await h.consentedUser({ id: 12 });
    await setupByTaps(u);
    await u.tap("✓ Looks right");
    h.clock.advance(10 * 24 * 3600 * 1000);
    await u.send("/plan");
    expect(u.replyText()).toContain("Your current plan");
    await u.tap("✎ Change Dose");
    await u.tap("60");
    await u.tap("2");
    await u.tap("Done ✓"); // keeps Tue, Fri
    await u.tap("6");
    await u.tap("Light");
    const review = u.replyText();
    expect(review).toContain("60 min × 2/week");
    await u.tap("✓ Looks right");
    expect(u.replyText()).toContain("Your plan is updated");
    const r = await h.deps.stores.plans.read(12);
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.versions.map((v) => [v.version, v.effectiveFrom, v.plan.minutesPerSession, v.plan.pressure])).toEqual([
      [1, "2027-01-04", 45, "moderate"],
      [2, "2027-01-14", 60, "light"],
    ]);
  });

  it("first session dates: tomorrow offers baseline choices; an ambiguous date is read back", async () => {
    const u = await h.consentedUser({ id: 13 });
    await setupByTaps(u);
    await u.tap("✎ Change First session");
    await u.send("01/04/2027");
    expect(u.replyText()).toContain("Did you mean");
    await u.tap(/Jan 4, 2027/);
    expect(u.replyText()).toContain("which leaves no days");
    expect(u.buttons()[0]).toContain("Move the first session to Mon, Jan 11, 2027");
    expect(u.buttons().some((b) => b.startsWith("Short baseline"))).toBe(false);
    await u.tap("‹ Back");
    await u.tap("Tomorrow");
    expect(u.buttons().some((b) => b.startsWith("Short baseline"))).toBe(false);
    await u.tap(/recollection/);
    await u.tap("6");
    await u.send("15");
    expect(u.replyText()).toContain("recalled (weaker evidence)");
    await u.tap("✓ Looks right");
    const plan = (await h.deps.stores.plans.current(13))!.plan;
    expect(plan.firstSession).toBe("2027-01-05");
    expect(plan.baseline).toEqual({ kind: "recalled", pain10: 6, marker: 15 });
  });
});

describe("first session dates around month and year ends", () => {
  it.each([
    ["2027-12-30T10:00:00Z", "2 Jan", "2028-01-02", "baseline"],
    ["2027-12-30T10:00:00Z", "in a week", "2028-01-06", "review"],
    ["2028-02-25T10:00:00Z", "29.2.", "2028-02-29", "baseline"],
    ["2027-01-31T10:00:00Z", "2027-02-10", "2027-02-10", "review"],
  ])("today %s, answer %s → %s", async (now, answer, expected, nextStep) => {
    h.clock.set(now);
    const u = await h.consentedUser({ id: 20, languageCode: answer === "29.2." ? "de" : "en" });
    const draft = (await import("../../../../src/trial/plan/draft.js")).newDraft(h.clock.now(), { currency: "EUR", zone: "Europe/Berlin" });
    draft.step = "first_session";
    draft.answers.zone = "Europe/Berlin";
    await h.deps.stores.drafts.save(20, draft);
    if (answer === "in a week") await u.tap(/./).catch(() => undefined);
    await u.send("/plan");
    await u.tap(/Continue|Weitermachen/);
    if (answer === "in a week") await u.tap("In a week");
    else await u.send(answer);
    const d = await h.deps.stores.drafts.get(20);
    expect(d?.answers.firstSession).toBe(expected);
    expect(d?.step).toBe(nextStep);
  });
});

async function screenAllNo_de(u: ChatUser) {
  await u.tap("Nein");
  await u.tap("Nein");
  await u.tap("Nein");
}

describe("a conversation state a step behind the draft (a crash between the reply and saving the state)", () => {
  it("the tap on the question the user sees is taken, not called expired", async () => {
    const u = await h.consentedUser({ id: 31 });
    const { keys } = await import("../../../../src/store/keys.js");
    const conv = keys(h.prefix).conv(31);
    await u.send("/plan");
    await screenAllNo(u);
    await u.tap("Neck");
    await u.tap("Done ✓");
    const before = await h.redis.get(conv);
    await u.tap("✏️ Change details");
    expect(u.replyText()).toContain("What matters most");
    const goal = u.last()!;
    const lessPain = goal.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "Less pain")!.callback_data!;
    await h.redis.set(conv, before!); // the state as it was before "Done ✓" was handled
    await u.tap("Less pain");
    expect(u.replyText()).toContain("How many minutes");
    expect((await h.deps.stores.drafts.get(31))?.answers).toMatchObject({ areas: ["neck"], goal: "pain" });
    // A tap that really is stale (the goal question again) is still called expired, and changes nothing.
    await u.tapData(goal, lessPain);
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");
    expect((await h.deps.stores.drafts.get(31))?.step).toBe("minutes");
  });
});

describe("a dropped conversation (e.g. after a version bump)", () => {
  it("continues from the draft when the conversation state is gone", async () => {
    const u = await h.consentedUser({ id: 30 });
    await u.send("/plan");
    await screenAllNo(u);
    await u.tap("Neck");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    await u.tap("Less pain");
    await u.send("abc"); // a conversation is waiting mid-section
    const { keys } = await import("../../../../src/store/keys.js");
    await h.redis.del(keys(h.prefix).conv(30));
    await u.send("30");
    expect(u.replyText()).toContain("How many sessions per week");
    expect((await h.deps.stores.drafts.get(30))?.answers.minutesPerSession).toBe(30);
  });
});
