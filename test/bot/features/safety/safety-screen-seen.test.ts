/** The setup's urgent stop has a way on: "I have been seen" is recorded and the setup goes on past that question. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const FALL = { en: "new pain after a recent fall, accident or blow to the head", de: "neue Schmerzen nach einem kürzlichen Sturz, Unfall oder Schlag auf den Kopf" };

describe("the setup's urgent stop", () => {
  it("asks about new pain after a recent fall, not pain that began with an old injury", async () => {
    const u = await h.consentedUser({ id: 311 });
    await u.send("/plan");
    expect(u.replyText()).toContain("• new pain after a recent fall, accident or blow to the head (not long-standing pain from an old injury)");
    const de = await h.consentedUser({ id: 312, languageCode: "de" });
    await de.send("/plan");
    expect(de.replyText()).toContain("• neue Schmerzen nach einem kürzlichen Sturz, Unfall oder Schlag auf den Kopf (nicht langjährige Schmerzen von einer alten Verletzung)");
  });

  it.each([
    ["en", "Yes", "No", "✅ I have been seen", "Once you have been seen, tap <b>I have been seen</b>", "Let's go on with the setup where we stopped.", "Is any of these true at or near a spot"],
    ["de", "Ja", "Nein", "✅ Ich wurde untersucht", "Sobald du untersucht wurdest, tippe auf <b>Ich wurde untersucht</b>", "Machen wir mit der Einrichtung dort weiter", "Trifft etwas davon an oder nahe einer Stelle zu"],
  ] as const)("%s: 'I have been seen' is recorded, the setup goes on, and the same answer does not stop it again", async (lang, yes, no, seen, stopSays, seenSays, nextQuestion) => {
    const u = await h.consentedUser({ id: 313, languageCode: lang });
    await u.send("/plan");
    await u.tap(yes);
    await u.tap(FALL[lang]);
    expect(u.replyText()).toContain(stopSays);
    expect(u.buttons()[0]).toBe(seen);
    await u.tap(seen);
    const after = u.replyText();
    expect(after).toContain(seenSays);
    expect(after).toContain(nextQuestion);
    expect(await h.deps.stores.safety.list(313)).toMatchObject([{ cueId: "after_fall_injury", group: "urgent", source: "screen", status: "seen" }]);

    // Back to the urgent question, the same answer again: noted with its date, no second stop.
    await u.tap(lang === "en" ? "‹ Back" : "‹ Zurück");
    await u.tap(yes);
    await u.tap(FALL[lang]);
    const again = u.replyText();
    expect(again).toContain(lang === "en" ? "On Mon, Jan 4, 2027 you told me about" : "Am Mo., 4. Jan. 2027 hast du mir von");
    expect(again).toContain(nextQuestion);
    expect(await h.deps.stores.safety.list(313)).toHaveLength(1);

    // A setup begun afresh later on takes the same answer the same way.
    await u.send("/cancel");
    h.clock.set("2027-01-08T10:00:00Z");
    await u.send("/plan");
    await u.tap(yes);
    await u.tap(FALL[lang]);
    expect(u.replyText()).toContain(nextQuestion);
    await u.tap(no);
    await u.tap(no);
    expect(u.replyText()).toContain(lang === "en" ? "Which areas will the massage work on?" : "An welchen Bereichen");
  });

  it("thoughts of self-harm: 'I have talked to someone' goes on, and the same answer always gets the crisis reply again", async () => {
    const u = await h.consentedUser({ id: 314 });
    await u.send("/plan");
    await u.tap("Yes");
    await u.tap("thoughts of harming yourself or ending your life");
    expect(u.replyText()).toContain("When you have talked to someone who can help, tap <b>I have talked to someone</b>");
    await u.tap("✅ I have talked to someone");
    const after = u.replyText();
    expect(after).toContain("I'm glad you reached out");
    expect(after).toContain("Is any of these true at or near a spot");
    await u.tap("‹ Back");
    await u.tap("Yes");
    await u.tap("thoughts of harming yourself or ending your life");
    expect(u.replyText()).toContain("Please seek medical care now");
  });

  it("an old stop message tapped after a plan was set up only records it", async () => {
    const u = await h.consentedUser({ id: 315 });
    await u.send("/plan");
    await u.tap("Yes");
    await u.tap(FALL.en);
    const stop = u.last()!;
    await u.send("/plan");
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Neck");
    await u.tap("Done ✓");
    await u.tap(/Use this plan/);
    await u.tap("Europe/Berlin");
    await u.tap("In a week");
    await u.tap("✓ Looks right");
    u.replies();
    const seen = stop.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "✅ I have been seen")!.callback_data!;
    await u.tapData(stop, seen);
    expect(u.replyText()).toContain("Your plan is already set up");
    expect(await h.deps.stores.drafts.get(315)).toBeNull();
    expect((await h.deps.stores.safety.list(315))[0].status).toBe("seen");
  });
});
