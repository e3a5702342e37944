import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

/** A user whose every message and tap is counted as one action. */
function counted(u: ChatUser) {
  let actions = 0;
  const progress: string[] = [];
  const note = () => {
    const m = /(?:Step|Schritt) (\d+) (?:of|von) (\d+)/.exec(u.last()?.text ?? "");
    if (m) progress.push(`${m[1]}/${m[2]}`);
  };
  return {
    get actions() {
      return actions;
    },
    progress,
    async send(text: string) {
      actions++;
      await u.send(text);
      note();
    },
    async tap(label: string | RegExp) {
      actions++;
      await u.tap(label);
      note();
    },
  };
}

describe("quick setup", () => {
  it("/start → a saved plan with the suggestion in at most 12 actions; 'Step N of M' counts the quick path, with the zone asked", async () => {
    const u = h.user({ id: 1, languageCode: "de" });
    const c = counted(u);
    await c.send("/start");
    await c.tap(/18\+/);
    // consent goes straight on: no "Set up my plan" button to tap first
    expect(u.buttons()).toEqual(["Ja", "Nein"]);
    await c.tap("Nein");
    await c.tap("Nein");
    await c.tap("Nein");
    await c.tap("Unterer Rücken");
    u.replies();
    await c.tap("Fertig ✓");
    const suggestion = u.replyText();
    expect(suggestion).toContain("Ein Plan, der für die meisten passt");
    expect(suggestion).toContain("45 Min., 2 Termine pro Woche, 6 Wochen · Druck: Mittel");
    expect(suggestion).toContain("Gehminuten, bevor du stoppen musst");
    // "de" names a language, not a country: the zone is asked, not guessed.
    expect(suggestion).toContain("ich frage um 20:00 (deine Zeitzone — die frage ich als Nächstes)");
    expect(u.buttons()).toEqual(["✅ Diesen Plan nehmen", "✏️ Details ändern", "‹ Zurück"]);
    u.replies();
    await c.tap("✅ Diesen Plan nehmen");
    const zoneQuestion = u.last();
    expect(zoneQuestion?.text).toContain("In welcher Zeitzone bist du?");
    expect(zoneQuestion?.text).toContain("(zum Beispiel „Berlin“ oder „America/New_York“)");
    expect(zoneQuestion?.reply_markup?.keyboard?.flat().map((b) => (typeof b === "string" ? b : b.text))).toEqual([
      "📍 Meinen Standort teilen",
      "Europe/Berlin",
      "Europe/Vienna",
      "Europe/Zurich",
    ]);
    await c.tap("Europe/Berlin");
    await c.tap("In einer Woche");
    expect(u.last()?.text).toContain("Das ist dein Plan");
    await c.tap("Passt so");
    expect(u.replyText()).toContain("Dein Plan ist gespeichert");
    expect(c.actions).toBeLessThanOrEqual(12);
    expect(c.actions).toBe(11);
    // every step number is true for the path taken: four stages, counted up
    expect([...new Set(c.progress)]).toEqual(["1/4", "2/4", "3/4", "4/4"]);
    expect((await h.deps.stores.plans.current(1))?.plan).toMatchObject({
      areas: ["low_back"],
      goal: "pain",
      minutesPerSession: 45,
      sessionsPerWeek: 2,
      weekdays: [],
      weeks: 6,
      pressure: "moderate",
      otherCare: { kinds: ["none"] },
      painScale: 10,
      marker: { preset: "walk_minutes", unit: "min", direction: "higher" },
      prompt: { time: "20:00", zone: "Europe/Berlin" },
      zoneConfirmed: true,
      firstSession: "2027-01-11",
      baseline: { kind: "daily" },
    });
    expect(await h.deps.stores.schedule.get(1)).toMatchObject({ time: "20:00", zone: "Europe/Berlin" });
  });

  it("through every detail in at most 23 actions (one of them the zone); after 'Change details' the steps count to 7", async () => {
    const u = h.user({ id: 2 });
    const c = counted(u);
    await c.send("/start");
    await c.tap(/18\+/);
    for (let i = 0; i < 3; i++) await c.tap("No");
    await c.tap("Neck");
    await c.tap("Done ✓");
    expect(u.last()?.text).toContain("Head-turn range"); // the measure suggested for the neck
    await c.tap("✏️ Change details");
    await c.tap("Less pain");
    await c.tap("30");
    await c.tap("1");
    await c.tap("No fixed days");
    await c.tap("4");
    await c.tap("Light");
    await c.tap("None"); // the whole answer: no "Done" needed
    await c.tap("Skip"); // no price per session: no alternative cost asked either
    await c.tap("Skip");
    await c.tap("0-10");
    await c.tap("Head-turn range before pain stops you (0-10)");
    await c.tap("21:00");
    await c.tap("Europe/Berlin"); // plain "en" names no country: the zone comes after the time
    await c.tap("In a week");
    expect(u.last()?.text).toContain("21:00 (Europe/Berlin)");
    await c.tap("✓ Looks right");
    expect(u.replyText()).toContain("Your plan is saved");
    expect(c.actions).toBeLessThanOrEqual(23);
    expect([...new Set(c.progress)]).toEqual(["1/4", "2/4", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7"]);
    expect((await h.deps.stores.plans.current(2))?.plan).toMatchObject({
      areas: ["neck"],
      minutesPerSession: 30,
      sessionsPerWeek: 1,
      weeks: 4,
      pressure: "light",
      otherCare: { kinds: ["none"] },
      marker: { preset: "head_turn" },
      prompt: { time: "21:00", zone: "Europe/Berlin" },
    });
  });

  it("/plan typed before consent: after consent the setup continues at once", async () => {
    const u = h.user({ id: 3 });
    await u.send("/plan");
    expect(u.buttons().some((b) => b.includes("18+"))).toBe(true);
    await u.tap(/18\+/);
    const text = u.replyText();
    expect(text).toContain("your consent was recorded");
    expect(text).toContain("Step 1 of 4");
    expect(u.buttons()).toEqual(["Yes", "No"]);
    expect(await h.deps.stores.drafts.get(3)).toMatchObject({ step: "screen_urgent" });
  });

  it("the suggested zone follows the Telegram language when it names a country", async () => {
    const u = h.user({ id: 4, languageCode: "en-GB" });
    await u.send("/start");
    await u.tap(/18\+/);
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Knees");
    u.replies();
    await u.tap("Done ✓");
    const text = u.replyText();
    expect(text).toContain("I ask at 20:00 (Europe/London)");
    expect(text).toContain("Flights of stairs");
  });
});
