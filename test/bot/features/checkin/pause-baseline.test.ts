import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { userWithPlan } from "../../../support/checkin.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // Mon 2027-01-04; userWithPlan: baseline Jan 4-10, first session Jan 11, block ends Sun Feb 7
});
afterEach(async () => {
  await h.close();
});

const scored = (id: number, date: string) => h.deps.stores.entries.save(id, { date, pain: 5, scale: 10, reactions: [], answeredAt: `${date}T19:00:00Z` });

describe("a pause in the baseline week", () => {
  it("does not claim to move the block end; says how many baseline days are scored and that it is still enough", async () => {
    const { u } = await userWithPlan(h, 1);
    await scored(1, "2027-01-04");
    h.clock.set("2027-01-05T08:00:00Z");
    await u.send("/pause");
    const paused = u.replyText();
    expect(paused).toContain("<b>Paused</b> from Tue, Jan 5, 2027");
    expect(paused).not.toContain("Each paused day moves the end");
    expect(paused).toContain("your block still ends on <b>Sun, Feb 7, 2027</b>");
    expect(paused).toContain("fewer scores (1 so far; the comparison at the end needs at least 5)");

    h.clock.set("2027-01-07T08:00:00Z");
    await u.send("/resume");
    const resumed = u.replyText();
    expect(resumed).toContain("2 days were paused, all before your first session, so your block still ends on <b>Sun, Feb 7, 2027</b>.");
    expect(resumed).not.toContain("now ends on");
    expect(resumed).toContain("one day has a pain score, and 4 more can still be added before Mon, Jan 11, 2027.");
    expect(resumed).toContain("That is enough for the comparison at the end (it needs 5).");

    u.replies();
    await u.send("/summary");
    const summary = u.replyText();
    expect(summary).toContain("Days in the last week without a pain score: Jan 7."); // today; the paused Jan 5 and 6 are not missing
  });

  it("says when the baseline can no longer reach the comparison's minimum", async () => {
    const { u } = await userWithPlan(h, 2);
    h.clock.set("2027-01-05T08:00:00Z");
    await u.send("/pause");
    u.replies();
    h.clock.set("2027-01-09T08:00:00Z");
    await u.send("/resume");
    const resumed = u.replyText();
    expect(resumed).toContain("4 days were paused, all before your first session");
    expect(resumed).toContain("0 days have a pain score, and 2 more can still be added");
    expect(resumed).toContain("The comparison at the end needs 5; with fewer it will say there were too few days");
  });

  it("a pause from the baseline into the block moves the end only by its block days", async () => {
    const { u } = await userWithPlan(h, 3);
    h.clock.set("2027-01-09T08:00:00Z");
    await u.send("/pause");
    u.replies();
    h.clock.set("2027-01-13T08:00:00Z");
    await u.send("/resume");
    expect(u.replyText()).toContain(
      "4 days were paused; only the 2 from your first session (Mon, Jan 11, 2027) on move the end of your block, to <b>Tue, Feb 9, 2027</b> (planned: Sun, Feb 7, 2027).",
    );
  });

  it("in German", async () => {
    const { u } = await userWithPlan(h, 4, {}, { languageCode: "de" });
    await scored(4, "2027-01-04");
    h.clock.set("2027-01-05T08:00:00Z");
    await u.send("/pause");
    const paused = u.replyText();
    expect(paused).not.toContain("Jeder pausierte Tag verschiebt");
    expect(paused).toContain("Dein Block endet weiterhin am");
    h.clock.set("2027-01-07T08:00:00Z");
    await u.send("/resume");
    const resumed = u.replyText();
    expect(resumed).toContain("2 Tage waren pausiert, alle vor deiner ersten Sitzung");
    expect(resumed).toContain("Das reicht für den Vergleich am Ende (er braucht 5).");
  });
});
