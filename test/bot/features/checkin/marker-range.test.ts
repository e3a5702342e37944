import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../../../src/clock.js";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { makePlan } from "../../../support/trial-fixtures.js";
import { FIRST_SESSION, eveningOf, initDataFor, serveWebapp, type WebappServer } from "../../../support/webapp.js";
import { addDays } from "../../../../src/trial/time/calendar.js";

const HEAD_TURN = { marker: { preset: "head_turn" as const, unit: "scale10", direction: "higher" as const } };
const MON = "2027-01-04T19:00:00Z";

describe("the head-turn marker stays on its own 0-10 scale", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });
  const entry = (id: number) => h.deps.stores.entries.get(id, "2027-01-04");

  it("the hint's example is a valid value; '6 20' is refused with the range and '6 7' is saved", async () => {
    const { u } = await userWithPlan(h, 1, HEAD_TURN);
    await tickAt(h, dailyJob(h), MON);
    expect(u.last()?.text).toContain("type pain and head turn at once: “6 7”");
    u.replies();
    await u.send("6 20");
    const refused = u.replyText();
    expect(refused).toContain("Please send a number from 0 to 10");
    expect(refused).not.toContain("20/10");
    expect(await entry(1)).toBeNull();
    await u.send("no idea");
    expect(u.replyText()).toContain("head turn 7/10 at once: “6 7”");
    await u.send("6 7");
    expect(u.replyText()).toContain("Saved: pain 6/10 · head turn 7/10");
    expect(await entry(1)).toMatchObject({ pain: 6, marker: 7 });
  });

  it("tap the pain, type 14 for the marker: refused, asked again; 8 is saved", async () => {
    const { u } = await userWithPlan(h, 2, HEAD_TURN);
    await tickAt(h, dailyJob(h), MON);
    await u.tap("5");
    expect(
      u
        .buttons()
        .filter((b) => /^\d+$/.test(b))
        .map(Number)
        .every((v) => v <= 10),
    ).toBe(true);
    u.replies();
    await u.send("14");
    const refused = u.replyText();
    expect(refused).toContain("Please send a number from 0 to 10");
    expect(refused).not.toContain("14/10");
    expect((await entry(2))?.marker).toBeUndefined();
    await u.send("8");
    expect(await entry(2)).toMatchObject({ pain: 5, marker: 8 });
  });

  it("an edited marker answer: 14 is refused with the range, a word is refused as no number, 9 corrects the entry", async () => {
    const { u } = await userWithPlan(h, 6, HEAD_TURN);
    await tickAt(h, dailyJob(h), MON);
    await u.tap("5");
    const typed = await u.send("7");
    expect(await entry(6)).toMatchObject({ pain: 5, marker: 7 });
    u.replies();
    await u.edit(typed, "14");
    expect(u.replyText()).toContain("Your edit is outside 0 to 10, so your answer for Mon, Jan 4 is unchanged.");
    await u.edit(typed, "lots");
    expect(u.replyText()).toContain("I couldn't read a number in your edit, so your answer for Mon, Jan 4 is unchanged.");
    await u.edit(typed, "200000");
    expect(u.replyText()).toContain("I couldn't read a number in your edit");
    expect((await entry(6))?.marker).toBe(7);
    await u.edit(typed, "9");
    expect(u.replyText()).toContain("head turn 9/10 (before: head turn 7/10)");
    expect((await entry(6))?.marker).toBe(9);
  });

  it("the buttons from a usual range near the top stop at 10", async () => {
    const { u } = await userWithPlan(h, 3, HEAD_TURN);
    for (const [date, marker] of [
      ["2027-01-01", 4],
      ["2027-01-02", 8],
      ["2027-01-03", 10],
    ] as const) {
      await h.deps.stores.entries.save(3, { date, pain: 5, marker, scale: 10, reactions: [], answeredAt: `${date}T19:00:00Z` });
    }
    await tickAt(h, dailyJob(h), MON);
    await u.tap("5");
    expect(
      u
        .buttons()
        .filter((b) => /^\d+$/.test(b))
        .map(Number),
    ).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("in German too", async () => {
    const { u } = await userWithPlan(h, 4, HEAD_TURN, { languageCode: "de" });
    await tickAt(h, dailyJob(h), MON);
    expect(u.last()?.text).toContain("„6 7“");
    u.replies();
    await u.send("6 20");
    expect(u.replyText()).toContain("Bitte schick eine Zahl von 0 bis 10");
    await u.send("keine Ahnung");
    const hint = u.replyText();
    expect(hint).not.toContain("20/10");
    expect(hint).toContain("Kopfdrehung 7/10 zusammen: „6 7“");
    expect(await entry(4)).toBeNull();
  });

  it("walking keeps its open range and its example “6 20”", async () => {
    const { u } = await userWithPlan(h, 5);
    await tickAt(h, dailyJob(h), MON);
    expect(u.last()?.text).toContain("“6 20”");
    await u.send("6 120");
    expect(await entry(5)).toMatchObject({ pain: 6, marker: 120 });
  });
});

describe("the Mini App edit refuses a head turn above 10", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  it("answers 400 naming 0 to 10 and saves nothing; 9 is saved", async () => {
    const id = 7501;
    h = await createHarness({ clock: new ManualClock(eveningOf("2025-03-05")) });
    await h.consentedUser({ id });
    await h.deps.stores.plans.save(id, makePlan({ firstSession: FIRST_SESSION, ...HEAD_TURN }), addDays(FIRST_SESSION, -7), h.clock.now());
    s = await serveWebapp(h);
    const post = (marker: number) =>
      fetch(`${s.url}/app/api/entry`, {
        method: "POST",
        headers: { authorization: `tma ${initDataFor(h, id)}`, "content-type": "application/json" },
        body: JSON.stringify({ date: "2025-03-05", pain: 4, marker }),
      });
    const res = await post(14);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/from 0 to 10\b/);
    expect(await h.deps.stores.entries.get(id, "2025-03-05")).toBeNull();
    expect((await post(9)).status).toBe(200);
    expect(await h.deps.stores.entries.get(id, "2025-03-05")).toMatchObject({ marker: 9 });
  });
});
