import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, prompts, tickAt, userWithPlan } from "../../../support/checkin.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday; the bot's default zone is Europe/Berlin
});
afterEach(async () => {
  await h.close();
});

/** /start → 18+ → no warning signs → low back → the suggested plan's first screen. */
async function upToSuggestion(u: ChatUser, no = "No") {
  await u.send("/start");
  await u.tap(/18\+/);
  for (let i = 0; i < 3; i++) await u.tap(no);
  await u.tap(no === "No" ? "Low back" : "Unterer Rücken");
  await u.tap(no === "No" ? "Done ✓" : "Fertig ✓");
}

describe("the quick setup asks the time zone when the language names no country", () => {
  it("plain 'en': the zone is asked before the plan is saved; New York gets its question at 20:00 New York time and 911", async () => {
    const u = h.user({ id: 1101, languageCode: "en" });
    await upToSuggestion(u);
    const suggestion = u.last()?.text ?? "";
    expect(suggestion).toContain("I ask at 20:00 (your time zone — I'll ask for it next)");
    expect(suggestion).not.toContain("Europe/Berlin");
    await u.tap(/Use this plan/);
    expect(u.last()?.text).toContain("Which time zone are you in?");
    expect(u.last()?.reply_markup?.keyboard?.flat().map((b) => (typeof b === "string" ? b : b.text))).toContain("📍 Share my location");
    await u.send("New York");
    expect(u.replyText()).toContain("Time zone: America/New_York");
    await u.tap("In a week");
    expect(u.last()?.text).toContain("20:00 (America/New_York)");
    await u.tap(/Looks right/);
    expect((await h.deps.stores.plans.current(1101))?.plan).toMatchObject({ prompt: { time: "20:00", zone: "America/New_York" }, zoneConfirmed: true });

    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z"); // 20:00 in Berlin, 14:00 in New York
    expect(prompts(h, 1101)).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T01:00:00Z"); // 20:00 in New York
    expect(prompts(h, 1101).map((m) => m.text)).toEqual([expect.stringContaining("Check-in for Mon, Jan 4")]);

    u.replies();
    await u.send("sudden chest pain and I can't breathe");
    const warning = u.replyText();
    expect(warning).toContain("In an emergency call <b>911</b>");
    expect(warning).not.toContain("112");
    expect(warning).not.toContain("116 117");
  });

  it("plain 'en' shares a location: the zone comes from it", async () => {
    const u = h.user({ id: 1102, languageCode: "en" });
    await upToSuggestion(u);
    await u.tap(/Use this plan/);
    await u.sendLocation(51.5, -0.12); // London
    expect(u.replyText()).toContain("Time zone: Europe/London");
    await u.tap("In a week");
    await u.tap(/Looks right/);
    expect((await h.deps.stores.plans.current(1102))?.plan).toMatchObject({ prompt: { zone: "Europe/London" }, zoneConfirmed: true });
  });

  it("a language with a country (en-US) shows its zone on the suggestion; keeping it there confirms it", async () => {
    const u = h.user({ id: 1103, languageCode: "en-US" });
    await upToSuggestion(u);
    expect(u.last()?.text).toContain("I ask at 20:00 (America/New_York)");
    await u.tap(/Use this plan/);
    expect(u.last()?.text).toContain("When is your first massage session?");
    await u.tap("In a week");
    await u.tap(/Looks right/);
    expect((await h.deps.stores.plans.current(1103))?.plan).toMatchObject({ prompt: { zone: "America/New_York" }, zoneConfirmed: true });
  });
});

describe("emergency numbers only for a zone the user chose or confirmed", () => {
  it("a plan whose zone was not confirmed: no country's numbers are presented as the user's", async () => {
    const { u, plan } = await userWithPlan(h, 1104, { zoneConfirmed: false });
    expect(plan.prompt.zone).toBe("Europe/Berlin");
    await u.send("sudden chest pain and I can't breathe");
    const warning = u.replyText();
    expect(warning).toMatch(/your local emergency number \(for example <b>112<\/b> in Europe or <b>911<\/b> in North America\)/);
    expect(warning).not.toContain("In an emergency call <b>112</b>");
    expect(warning).not.toContain("116 117");

    const { u: v } = await userWithPlan(h, 1105, { zoneConfirmed: false });
    await v.send("I keep thinking about ending my life");
    const crisis = v.replyText();
    expect(crisis).toContain("contact a crisis line in your country");
    expect(crisis).not.toContain("TelefonSeelsorge");
  });

  it("choosing the zone with /settime makes its numbers the user's", async () => {
    const { u } = await userWithPlan(h, 1106, { zoneConfirmed: false });
    await u.send("/settime Berlin");
    expect(u.replyText()).toContain("(Europe/Berlin)");
    expect((await h.deps.stores.plans.current(1106))?.plan.zoneConfirmed).toBe(true);
    await u.send("sudden chest pain and I can't breathe");
    const warning = u.replyText();
    expect(warning).toContain("In an emergency call <b>112</b>");
    expect(warning).toContain("116 117");
  });

  it("a plan stored before the field existed still loads, and keeps its zone's numbers (its card showed the zone)", async () => {
    const { u, plan } = await userWithPlan(h, 1107);
    const { zoneConfirmed, ...old } = plan;
    expect(zoneConfirmed).toBe(true);
    await h.deps.stores.plans.save(1107, old, "2027-01-04", h.clock.now());
    const stored = await h.deps.stores.plans.current(1107);
    expect(stored?.plan.prompt).toEqual({ time: "20:00", zone: "Europe/Berlin" });
    expect(stored?.plan.zoneConfirmed).toBeUndefined();
    await u.send("I keep thinking about ending my life");
    expect(u.replyText()).toContain("TelefonSeelsorge");
  });
});
