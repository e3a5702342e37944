import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z
});
afterEach(async () => {
  await h.close();
});

/** The rest of the setup after the safety screen, by taps; ends on the review card. */
async function restOfSetup(u: ChatUser, zone = "Europe/Berlin") {
  await u.tap("Low back");
  await u.tap("Done ✓");
  await u.tap("✏️ Change details");
  await u.tap("Less pain");
  await u.tap("45");
  await u.tap("2");
  await u.tap("No fixed days");
  await u.tap("6");
  await u.tap("Moderate");
  await u.tap("None");
  await u.tap("Skip");
  await u.tap("Skip");
  await u.tap("0-10");
  await u.tap("Minutes walked before having to stop");
  await u.tap("20:00");
  await u.send(zone);
  await u.send("2027-01-12");
}

describe("setup safety screen, through the bot", () => {
  it("urgent: stops the setup with the number for the zone, records the answer with its date, and can be dismissed", async () => {
    const u = await h.consentedUser({ id: 301 });
    await u.send("/plan");
    await u.tap("Yes");
    await u.tap("a sudden, very severe headache");
    const text = u.replyText();
    expect(text).toContain("Please seek medical care now");
    expect(text).toContain("a sudden, very severe headache");
    // No zone chosen yet: the numbers are named as examples, not guessed.
    expect(text).toMatch(/for example <b>112<\/b> in Europe or <b>911<\/b> in North America/);
    expect(u.buttons()).toEqual(["✅ I have been seen", "That's not what I meant"]);
    expect(await h.deps.stores.safety.list(301)).toMatchObject([
      { cueId: "thunderclap_headache", group: "urgent", source: "screen", status: "active", date: "2027-01-04" },
    ]);
    // No trial yet: nothing to pause.
    expect(await h.deps.stores.safety.isSafetyPaused(301)).toBe(false);

    await u.tap("That's not what I meant");
    expect(u.replyText()).toContain("not what you meant");
    expect((await h.deps.stores.safety.list(301))[0].status).toBe("dismissed");
    await u.tap("📝 Set up my plan");
    expect(u.replyText()).toContain("Is any of these happening to you now?");
  });

  it("urgent, self-harm (German): a crisis-line hint as well as the emergency number", async () => {
    const u = await h.consentedUser({ id: 302, languageCode: "de" });
    await u.send("/plan");
    await u.tap("Ja");
    await u.tap(/dir etwas anzutun/);
    const text = u.replyText();
    expect(text).toMatch(/zum Beispiel <b>112<\/b>/);
    expect(text).toContain("Krisenhotline");
    expect(u.buttons()).toEqual(["✅ Ich habe mit jemandem gesprochen", "So war das nicht gemeint"]);
  });

  it("do not massage that area: the area is left out, the trial is set up, the answer is stored with its date", async () => {
    const u = await h.consentedUser({ id: 303 });
    await u.send("/plan");
    await u.tap("No");
    await u.tap("Yes");
    await u.tap("a skin infection, open wound, burn or rash");
    await u.tap("Neck");
    expect(u.replyText()).toContain("keep <b>Neck</b> out of the plan");
    await u.tap("No");
    expect(u.buttons()).not.toContain("Neck");
    await restOfSetup(u);
    await u.tap("✓ Looks right");
    expect(u.replyText()).toContain("Your plan is saved");
    expect((await h.deps.stores.plans.current(303))?.plan.excludedAreas).toEqual(["neck"]);
    expect(await h.deps.stores.safety.list(303)).toMatchObject([
      { cueId: "skin_at_site", group: "no_massage_area", area: "neck", source: "screen", status: "active", date: "2027-01-04" },
    ]);
    expect(await h.deps.stores.safety.isSafetyPaused(303)).toBe(false);
    await u.send("/safety");
    expect(u.replyText()).toMatch(/Mon, Jan 4, 2027: a skin infection, open wound, burn or rash \(Neck\) — open/);
  });

  it("see a clinician: noted, the trial is set up, the answers are stored with their date", async () => {
    const u = await h.consentedUser({ id: 304 });
    await u.send("/plan");
    await u.tap("No");
    await u.tap("No");
    await u.tap("Yes");
    await u.tap("osteoporosis (thin bones)");
    await u.tap("long-term use of steroid medicine");
    await u.tap("Done ✓");
    expect(u.replyText()).toMatch(/talk these over with a clinician/);
    await restOfSetup(u, "America/New_York");
    await u.tap("✓ Looks right");
    expect(u.replyText()).toContain("Your plan is saved");
    const events = await h.deps.stores.safety.list(304);
    expect(events.map((e) => e.cueId).sort()).toEqual(["osteoporosis", "steroids"]);
    for (const e of events) expect(e).toMatchObject({ group: "see_clinician", source: "screen", status: "active", date: "2027-01-04" });
    expect(await h.deps.stores.safety.isSafetyPaused(304)).toBe(false);
  });

  it("none of these: nothing is recorded, and that is not called safe", async () => {
    const u = await h.consentedUser({ id: 305 });
    await u.send("/plan");
    await u.tap("No");
    await u.tap("No");
    await u.tap("No");
    await restOfSetup(u);
    await u.tap("✓ Looks right");
    expect(await h.deps.stores.safety.list(305)).toEqual([]);
    await u.send("/safety");
    expect(u.replyText()).toContain("says nothing about whether you are well");
  });
});
