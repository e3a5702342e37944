import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import { harnessesClosedAfterEach, userWithPlan } from "../../../support/checkin.js";
import { newPlanUpToTime } from "../../../support/setup-walk.js";

// The clock starts at 2027-01-04T08:00Z (a Monday); the default quiet hours are 22:00–07:00.
const harness = harnessesClosedAfterEach();

/** A German user with a saved plan (20:00) who changes the daily question's time from /plan. */
async function germanTimeChange(h: Harness, id: number, time: string): Promise<string> {
  const { u } = await userWithPlan(h, id, {}, { languageCode: "de" });
  await h.deps.stores.profiles.update(id, h.clock.now(), { locale: "de" });
  await u.send("/plan");
  await u.tap("✎ Tägliche Frage ändern");
  await u.send(time);
  return u.last()!.text!;
}

describe("the review card states the time the daily question really comes", () => {
  it("22:30, inside the quiet hours: the card says 07:00 and why", async () => {
    const h = await harness();
    const u = h.user({ id: 1 });
    await newPlanUpToTime(u);
    await u.send("22:30");
    await u.tap("Europe/Berlin");
    await u.tap("In a week");
    const card = u.last()!.text!;
    expect(card).toContain("Here is your plan");
    expect(card).toContain("<b>Daily question:</b> 07:00 (Europe/Berlin)");
    expect(card).toContain("22:30 is inside your quiet hours (22:00–07:00), so the question comes at 07:00 instead. /settings changes the quiet hours.");
    expect(card).not.toContain("22:30 (Europe/Berlin)");
    expect((await h.deps.stores.drafts.get(1))?.answers.time).toBe("22:30");
  });

  it("21:00, outside the quiet hours: the card shows 21:00 and says nothing about quiet hours", async () => {
    const h = await harness();
    const u = h.user({ id: 2 });
    await newPlanUpToTime(u);
    await u.tap("21:00");
    await u.tap("Europe/Berlin");
    await u.tap("In a week");
    const card = u.last()!.text!;
    expect(card).toContain("<b>Daily question:</b> 21:00 (Europe/Berlin)\n<b>First session:</b>");
    expect(card).not.toContain("quiet hours");
    expect(card.trimEnd().endsWith("baseline: a full week before")).toBe(true);
  });

  it("in German, changing the time from /plan: 23:15 is shown as 07:00 with the reason", async () => {
    const h = await harness();
    const card = await germanTimeChange(h, 3, "23:15");
    expect(card).toContain("Das ist dein Plan");
    expect(card).toContain("<b>Tägliche Frage:</b> 07:00 (Europe/Berlin)");
    expect(card).toContain("23:15 liegt in deinen Ruhezeiten (22:00–07:00), darum kommt die Frage stattdessen um 07:00. /settings ändert die Ruhezeiten.");
  });

  it("in German, 21:00 stays 21:00 and no word about quiet hours", async () => {
    const h = await harness();
    const card = await germanTimeChange(h, 4, "21:00");
    expect(card).toContain("<b>Tägliche Frage:</b> 21:00 (Europe/Berlin)");
    expect(card).not.toContain("Ruhezeiten");
  });
});

describe("the suggested plan states the time the daily question really comes", () => {
  it("quiet hours that take in 20:00: the suggestion and the review card say 07:00 and why", async () => {
    const h = await harness();
    // /settings offers no quiet hours that take in the suggested 20:00; a stored range like this is still honoured.
    await h.deps.stores.schedule.setQuiet(5, { from: "19:00", to: "07:00" });
    const u = h.user({ id: 5, languageCode: "de-DE" });
    await u.send("/start");
    await u.tap(/18\+/);
    for (let i = 0; i < 3; i++) await u.tap("Nein");
    await u.tap("Unterer Rücken");
    await u.tap("Fertig ✓");
    const suggestion = u.last()!.text!;
    expect(suggestion).toContain("ich frage um 07:00 (Europe/Berlin)");
    expect(suggestion).toContain("20:00 liegt in deinen Ruhezeiten (19:00–07:00), darum kommt die Frage stattdessen um 07:00. /settings ändert die Ruhezeiten.");
    await u.tap("✅ Diesen Plan nehmen");
    await u.tap("In einer Woche");
    const card = u.last()!.text!;
    expect(card).toContain("<b>Tägliche Frage:</b> 07:00 (Europe/Berlin)");
    expect(card).toContain("20:00 liegt in deinen Ruhezeiten (19:00–07:00)");
  });

  it("in English, with the same quiet hours", async () => {
    const h = await harness();
    await h.deps.stores.schedule.setQuiet(6, { from: "19:00", to: "07:00" });
    const u = h.user({ id: 6 });
    await u.send("/start");
    await u.tap(/18\+/);
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Knees");
    await u.tap("Done ✓");
    const suggestion = u.last()!.text!;
    expect(suggestion).toContain("I ask at 07:00 (");
    expect(suggestion).toContain("20:00 is inside your quiet hours (19:00–07:00), so the question comes at 07:00 instead. /settings changes the quiet hours.");
  });

  it("20:00 outside the quiet hours: the suggestion is unchanged", async () => {
    const h = await harness();
    const u = h.user({ id: 7, languageCode: "de-DE" });
    await u.send("/start");
    await u.tap(/18\+/);
    for (let i = 0; i < 3; i++) await u.tap("Nein");
    await u.tap("Unterer Rücken");
    await u.tap("Fertig ✓");
    const suggestion = u.last()!.text!;
    expect(suggestion).toContain("• ich frage um 20:00 (Europe/Berlin)\nDu kannst alles jetzt oder später mit /plan ändern.");
    expect(suggestion.trimEnd().endsWith("Du kannst alles jetzt oder später mit /plan ändern.")).toBe(true);
  });
});

describe("/plan shows the saved plan with the time the daily question really comes", () => {
  it("a plan saved at 22:30 is shown as 07:00 with the reason; one at 20:00 as 20:00", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 11, { prompt: { time: "22:30", zone: "Europe/Berlin" } });
    await u.send("/plan");
    const moved = u.last()!.text!;
    expect(moved).toContain("<b>Daily question:</b> 07:00 (Europe/Berlin)");
    expect(moved).toContain("22:30 is inside your quiet hours (22:00–07:00), so the question comes at 07:00 instead.");
    const { u: v } = await userWithPlan(h, 12);
    await v.send("/plan");
    const plain = v.last()!.text!;
    expect(plain).toContain("<b>Daily question:</b> 20:00 (Europe/Berlin)");
    expect(plain).not.toContain("quiet hours");
  });
});
