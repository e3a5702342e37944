import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, finishCheckin, tickAt, userWithPlan } from "../../../support/checkin.js";
import { missedDays } from "../../../../src/trial/checkin/missed-days.js";

let h: Harness;
afterEach(async () => h?.close());

describe("missed days: one back-fill flow", () => {
  it("pure: prompted, unanswered, inside the 3-day window, oldest first", () => {
    const prompted = ["2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07"];
    expect(missedDays(prompted, new Set(["2027-01-05"]), "2027-01-07", "2027-01-07", "2026-12-01")).toEqual(["2027-01-04", "2027-01-06"]);
    expect(missedDays(prompted, new Set(), "2027-01-07", "2027-01-04", "2026-12-01")).toEqual(["2027-01-05", "2027-01-06"]);
    expect(missedDays([], new Set(), "2027-01-07", "2027-01-07", "2026-12-01")).toEqual([]);
    // A day prompted before the first session moved later is before the baseline now: never offered.
    expect(missedDays(prompted, new Set(), "2027-01-07", "2027-01-07", "2027-01-05")).toEqual(["2027-01-05", "2027-01-06"]);
  });

  it("after today's check-in: 'You missed Mon and Tue — fill them in?', then one day after the other, never extra prompts", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 1);
    const job = dailyJob(h);
    for (const d of ["04", "05", "06"]) await tickAt(h, job, `2027-01-${d}T19:00:00Z`);
    const prompts = () => h.api.chat(1).filter((m) => /Check-in for/.test(m.text ?? "") && !/gentle reminder/.test(m.text ?? "")).length;
    expect(prompts()).toBe(3);
    u.replies();
    await u.tap("5"); // today's (Wed, Jan 6) pain
    const done = await finishCheckin(u);
    expect(done).toContain("That's everything for Wed, Jan 6");
    expect(done).toContain("You missed Mon and Tue — fill them in?");
    await u.tap("📝 Fill in Mon, Jan 4");
    expect(u.replyText()).toContain("Mon, Jan 4");
    await u.tap("3");
    const monday = await finishCheckin(u);
    expect(monday).toContain("You missed Tue — fill it in?");
    await u.tap("📝 Fill in Tue, Jan 5");
    await u.tap("4");
    expect(await finishCheckin(u)).not.toContain("You missed");
    const pains = await Promise.all(["2027-01-04", "2027-01-05", "2027-01-06"].map(async (d) => (await h.deps.stores.entries.get(1, d))?.pain));
    expect(pains).toEqual([3, 4, 5]);
    // the scheduler never asks the missed days again on its own
    const asked = prompts();
    for (const t of ["2027-01-06T22:00:00Z", "2027-01-07T05:00:00Z"]) await tickAt(h, job, t);
    expect(prompts()).toBe(asked);
  });

  it("in German", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 2, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(2, h.clock.now(), { locale: "de" });
    const job = dailyJob(h);
    for (const d of ["04", "05"]) await tickAt(h, job, `2027-01-${d}T19:00:00Z`);
    u.replies();
    await u.tap("5");
    await u.tap("Nicht gemessen");
    expect(u.replyText()).toContain("Mo fehlt noch — nachtragen?");
    expect(u.buttons()).toContain("📝 Mo., 4. Jan. nachtragen");
  });
});
