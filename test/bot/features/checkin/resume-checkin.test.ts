import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const MON = "2027-01-04T19:00:00Z"; // 20:00 in Berlin
const TUE = "2027-01-05T19:00:00Z";
const entry = (id: number, date: string) => h.deps.stores.entries.get(id, date);

describe("a check-in stopped with /cancel goes on where it stopped", () => {
  it("/checkin asks the missing marker, not 'answer again'; a complete day then offers 'answer again'", async () => {
    // Sessions from Jan 4, every day: the session question comes first.
    const { u } = await userWithPlan(h, 1, { firstSession: "2027-01-04" });
    await tickAt(h, dailyJob(h), MON);
    await u.tap("🔁 Moved");
    await u.send("7");
    await u.send("/cancel");
    expect(u.replyText()).toContain("Stopped. Everything you answered so far is saved; /checkin picks it up again.");

    await u.send("/checkin");
    const resumed = u.replyText();
    expect(resumed).toContain("Picking up Mon, Jan 4 where you stopped. Saved so far: pain 7/10 · no session.");
    expect(resumed).toContain("How many minutes could you walk");
    expect(resumed).not.toContain("answer again");
    expect(u.buttons()).toContain("Not measured");
    await u.send("25");
    expect(u.replyText()).toContain("That's everything for Mon, Jan 4: pain 7/10 · walked 25 min · no session");
    expect(await entry(1, "2027-01-04")).toMatchObject({ pain: 7, marker: 25, session: false });

    await u.send("/checkin");
    expect(u.replyText()).toContain("You already answered for Mon, Jan 4: pain 7/10 · walked 25 min · no session. Do you want to answer again");
  });

  it("the next day, the day picker names what is missing instead of ✓, and its button goes on there", async () => {
    const { u } = await userWithPlan(h, 2, { firstSession: "2027-01-04" });
    const job = dailyJob(h);
    await tickAt(h, job, MON);
    await u.tap("❌ Not today");
    await u.send("7");
    await u.send("/cancel");

    await tickAt(h, job, TUE);
    await u.send("/checkin");
    const yesterday = u.buttons().find((b) => b.startsWith("Yesterday"));
    expect(yesterday).toBe("Yesterday · walking missing");
    await u.tap("Yesterday · walking missing");
    expect(u.replyText()).toContain("Picking up Mon, Jan 4 where you stopped. Saved so far: pain 7/10 · no session.");
    await u.tap("Not measured");
    expect(await entry(2, "2027-01-04")).toMatchObject({ pain: 7, marker: null, session: false });

    await u.send("/checkin");
    expect(u.buttons()).toContain("Yesterday ✓");
  });

  it("in German: several missing answers are named, and the check-in goes on at the first of them", async () => {
    const { u } = await userWithPlan(h, 3, { firstSession: "2027-01-04" }, { languageCode: "de" });
    const job = dailyJob(h);
    await tickAt(h, job, MON);
    await u.tap("✅ Hatte ich");
    await u.send("/cancel");

    await tickAt(h, job, TUE);
    await u.send("/checkin");
    u.replies();
    expect(u.buttons()).toContain("Gestern · Schmerz, Gehen fehlen");
    await u.tap("Gestern · Schmerz, Gehen fehlen");
    const resumed = u.replyText();
    expect(resumed).toContain("Weiter mit Mo., 4. Jan., wo du aufgehört hast. Schon gespeichert: Massage: ja.");
    expect(resumed).toContain("im Durchschnitt der letzten 24 Stunden");
    await u.send("5");
    await u.send("/cancel");
    await u.send("/checkin");
    expect(u.buttons()).toContain("Gestern · Gehen fehlt");
    await u.tap("Gestern · Gehen fehlt");
    expect(u.replyText()).toContain("Schon gespeichert: Schmerz 5/10 · Massage: ja.");
    await u.send("30");
    expect(await entry(3, "2027-01-04")).toMatchObject({ pain: 5, marker: 30, session: true });
  });
});
