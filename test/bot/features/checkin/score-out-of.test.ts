import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday; the question comes at 20:00 Berlin
});
afterEach(async () => {
  await h.close();
});

const MON = "2027-01-04T19:00:00Z";
const entry = (id: number) => h.deps.stores.entries.get(id, "2027-01-04");

describe("a pain score typed as 'N of 10' is the pain score alone, then the marker is asked", () => {
  it.each([
    ["en", 10, "6 of 10", 6, "Saved: pain 6/10.", "How many minutes could you walk"],
    ["en", 10, "pain 6 of 10", 6, "Saved: pain 6/10.", "How many minutes could you walk"],
    ["en", 10, "pain was 6 of 10 today", 6, "Saved: pain 6/10.", "How many minutes could you walk"],
    ["en", 10, "6 out of 10", 6, "Saved: pain 6/10.", "How many minutes could you walk"],
    ["en", 10, "pain 6/10", 6, "Saved: pain 6/10.", "How many minutes could you walk"],
    ["de", 10, "Schmerz 6 von 10", 6, "Gespeichert: Schmerz 6/10.", "Wie viele Minuten konntest du"],
    ["de", 100, "60 von 100", 60, "Gespeichert: Schmerz 60/100.", "Wie viele Minuten konntest du"],
  ] as const)("%s, 0-%i: %j", async (lang, scale, text, pain, saved, next) => {
    const { u } = await userWithPlan(h, 1, { painScale: scale }, { languageCode: lang });
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    await u.send(text);
    const reply = u.replyText();
    expect(reply).toContain(saved);
    expect(reply).toContain(next);
    const e = await entry(1);
    expect(e).toMatchObject({ pain });
    expect(e?.marker).toBeUndefined();
  });

  it("'11 of 10' is refused with the range; 'N of 10' on the 0-100 scale is no score out of 100", async () => {
    const { u } = await userWithPlan(h, 2, { painScale: 100 });
    await tickAt(h, dailyJob(h), MON);
    u.replies();
    await u.send("6 of 10");
    expect(u.replyText()).toContain("Please send a whole number from 0 to 100");
    expect(await entry(2)).toBeNull();
    await u.send("110 of 100");
    expect(u.replyText()).toContain("Please send a whole number from 0 to 100");
    expect(await entry(2)).toBeNull();
  });
});

describe("a marker rated out of 10 accepts 'N/10' as the pain question does", () => {
  const HEAD_TURN = { marker: { preset: "head_turn" as const, unit: "scale10", direction: "higher" as const } };

  it.each([
    ["en", "6/10", "Saved: head turn 6/10."],
    ["en", "6 of 10", "Saved: head turn 6/10."],
    ["de", "6 von 10", "Gespeichert: Kopfdrehung 6/10."],
  ] as const)("%s: %j at the marker question", async (lang, text, saved) => {
    const { u } = await userWithPlan(h, 3, HEAD_TURN, { languageCode: lang });
    await tickAt(h, dailyJob(h), MON);
    await u.send("7");
    u.replies();
    await u.send(text);
    expect(u.replyText()).toContain(saved);
    expect(await entry(3)).toMatchObject({ pain: 7, marker: 6 });
  });

  it("a top other than the marker's own is still refused", async () => {
    const { u } = await userWithPlan(h, 4, HEAD_TURN);
    await tickAt(h, dailyJob(h), MON);
    await u.send("7");
    u.replies();
    await u.send("6/20");
    expect(u.replyText()).toContain("Please send a number from 0 to 10");
    expect((await entry(4))?.marker).toBeUndefined();
  });
});
