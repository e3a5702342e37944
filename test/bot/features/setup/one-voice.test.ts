/**
 * Small things a person notices: the currency offered first comes from the time zone (with a
 * choice), the bot's default zone is among the zone buttons, one clock style per sentence, and
 * the same retention wording in /privacy and /endtrial. Spoken through the fake Bot API.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { userWithPlan } from "../../../support/checkin.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import { makeEntry } from "../../../support/trial-fixtures.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** The setup up to the cost question (all-no safety screen, low back, less pain, 45 min, twice a week, 4 weeks). */
async function toCostQuestion(u: ChatUser, de = false) {
  await u.send("/plan");
  for (let i = 0; i < 3; i++) await u.tap(de ? "Nein" : "No");
  await u.tap(de ? "Unterer Rücken" : "Low back");
  await u.tap(de ? "Fertig ✓" : "Done ✓");
  await u.tap(de ? "✏️ Details ändern" : "✏️ Change details");
  await u.tap(de ? "Weniger Schmerz" : "Less pain");
  await u.tap("45");
  await u.tap("2");
  await u.tap(de ? "Fertig ✓" : "Done ✓");
  await u.tap("4");
  await u.tap(de ? "Mittel" : "Moderate");
  await u.tap(de ? "Keine" : "None");
}

/** Reply-keyboard labels of the latest message that has one. */
function replyKeys(u: ChatUser): string[] {
  const m = [...u.all()].reverse().find((x) => x.reply_markup?.keyboard?.length);
  return m?.reply_markup?.keyboard?.flat().map((b) => (typeof b === "string" ? b : b.text)) ?? [];
}

describe("currency and time zone at setup", () => {
  it("an English speaker whose bot runs in Europe/Berlin is asked for euros, can pick another, and sees Berlin among the zones", async () => {
    h = await createHarness({ env: { DEFAULT_TIMEZONE: "Europe/Berlin" } });
    const u = await h.consentedUser({ id: 901 });
    await toCostQuestion(u);
    expect(u.replyText()).toContain("Type the amount in EUR");
    expect(u.buttons()).toEqual(expect.arrayContaining(["✅ EUR", "USD", "GBP", "CHF"]));
    await u.tap("GBP");
    expect(u.last()!.text).toContain("Type the amount in GBP");
    await u.tap("EUR");
    await u.send("60");
    for (let i = 0; i < 3 && !u.buttons().includes("0-10"); i++) await u.tap("Skip");
    await u.tap("0-10");
    await u.tap("Minutes walked before having to stop");
    await u.tap("20:00"); // plain "en" names no country: the zone is asked after the time
    const zones = replyKeys(u).filter((k) => k.includes("/"));
    expect(zones[0]).toBe("Europe/Berlin");
    expect(zones).toContain("Europe/London");
  });

  it("a bot whose default zone is America/New_York offers dollars first", async () => {
    h = await createHarness({ env: { DEFAULT_TIMEZONE: "America/New_York" } });
    const u = await h.consentedUser({ id: 902 });
    await toCostQuestion(u);
    expect(u.replyText()).toContain("Type the amount in USD");
  });
});

describe("one clock style per sentence", () => {
  it("/settime confirms the time and the next question in 24-hour time, in English and German", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 903);
    await u.send("/settime 19:30");
    const en = u.replyText();
    expect(en).toContain("every day at <b>19:30</b>");
    expect(en).toMatch(/Next question: .*19:30/);
    expect(en).not.toMatch(/\d(:\d\d)?\s?[AP]M/i);

    const { u: de } = await userWithPlan(h, 904, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(904, h.clock.now(), { locale: "de" });
    await de.send("/settime 07:30");
    const text = de.replies()[0].text ?? "";
    expect(text).toContain("<b>07:30</b>");
    expect(text).toMatch(/07:30\.?$/);
    expect(text).not.toMatch(/[AP]M/);
  });
});

describe("how long data is kept", () => {
  it("/privacy and ending the trial say it in the same words", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 905);
    await u.send("/privacy");
    const privacy = u.replyText();
    const sentence = "Your data stays until you delete it (/delete) — at the latest 180 days after your trial ends or after you block the bot.";
    expect(privacy).toContain(sentence);
    await u.send("/endtrial");
    await u.tap("Yes, end it now");
    const ended = u
      .replies()
      .map((m) => m.text ?? "")
      .join("\n");
    expect(ended).toContain("Your trial is ended");
    expect(ended).toContain(sentence);
  });
});

describe("the export speaks the user's language", () => {
  it("a German user's CSV has German column titles and German values", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 906, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(906, h.clock.now(), { locale: "de" });
    await h.deps.stores.entries.save(906, { ...makeEntry("2027-01-04", 5), session: true, reactions: ["soreness", "stiffness"], marker: null });
    await h.deps.stores.entries.save(906, { ...makeEntry("2027-01-05", 4), session: true, reactions: ["none"] });
    await u.send("/export");
    const csv = u
      .replies()
      .flatMap((m) => (m.document?.filename.endsWith(".csv") ? [m.document.data.toString("utf8")] : []))
      .join("");
    expect(csv).toContain("Körperreaktionen");
    expect(csv).toContain("Muskelkater; Steifheit");
    expect(csv).toContain("nicht gemessen");
    expect(csv).toMatch(/,ja,/);
    expect(csv).toMatch(/,keine,/);
    expect(csv).not.toMatch(/soreness|stiffness|,yes,|,none,/);
  });
});
