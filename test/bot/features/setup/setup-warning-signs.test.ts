/** Warning signs typed in the middle of plan setup get the safety reply, and are not taken as an answer. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // clock: 2027-01-04T08:00Z (a Monday)
});
afterEach(async () => {
  await h.close();
});

describe("warning signs typed during plan setup", () => {
  it("at the cost question: the crisis reply, then the same question again; a fall gets 'seek care now'", async () => {
    const u = await h.consentedUser({ id: 7201 });
    await u.send("/plan");
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Low back");
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
    const question = u.replies().at(-1)!.text!;
    expect(question).toContain("cost");

    await u.send("honestly some days I want to die");
    let texts = u.replies().map((m) => m.text ?? "");
    expect(texts[0]).toContain("thank you for telling me");
    expect(texts).toHaveLength(2);
    expect(texts.at(-1)).toBe(question);

    await u.send("I fell down the stairs this morning");
    texts = u.replies().map((m) => m.text ?? "");
    expect(texts[0]).toContain("Please seek medical care now");
    expect(texts[0]).toContain("Your message mentions");
    expect(texts.at(-1)).toBe(question);

    // The setup goes on as before.
    await u.send("65");
    expect(u.replies().at(-1)!.text).not.toBe(question);
    expect((await h.deps.stores.drafts.get(7201))?.answers).toMatchObject({ costPerSession: 65 });
  });
});
