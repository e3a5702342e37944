import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { userWithPlan } from "../../../support/checkin.js";
import { dayData, painData, sessionDayData } from "../../../../src/bot/features/checkin/callback-data.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const entry = (id: number, date: string) => h.deps.stores.entries.get(id, date);

describe("no day before the trial's baseline start is offered or saved", () => {
  it("/checkin on the baseline's first day offers no earlier days; old buttons for earlier days save nothing", async () => {
    // Saved on Mon Jan 4, first session Mon Jan 11: the baseline is Jan 4-10.
    const { u } = await userWithPlan(h, 1);
    h.clock.set("2027-01-04T09:00:00Z"); // 10:00 in Berlin
    await u.send("/checkin");
    expect(u.replyText()).toContain("Check-in for Mon, Jan 4");
    const buttons = u.buttons();
    expect(buttons.at(-1)).toBe("🩺 New symptom");
    expect(buttons.filter((b) => /Yesterday|Jan 3|Jan 2|Jan 1/.test(b))).toEqual([]);

    // A button drawn for Sat, Jan 2 (an old or forged message): refused with the reason, nothing saved.
    await u.tapData(u.last()!, dayData.pack({ date: "2027-01-02" }));
    expect(u.replyText()).toContain("Sat, Jan 2 is before your trial (its first day, the start of your baseline week, is Mon, Jan 4, 2027)");
    await u.tapData(u.last()!, painData.pack({ date: "2027-01-02", v: 3, r: "0", s: "10" }));
    expect(u.replyText()).toContain("is before your trial");
    expect(await entry(1, "2027-01-02")).toBeNull();

    // Today itself is answered as usual.
    await u.send("3");
    expect(u.replyText()).toContain("Saved: pain 3/10.");
    expect(await entry(1, "2027-01-04")).toMatchObject({ pain: 3 });

    // The next day offers yesterday (Jan 4), and nothing before it.
    h.clock.set("2027-01-05T09:00:00Z");
    await u.send("/checkin");
    u.replyText();
    expect(u.buttons().slice(-1)).toEqual(["Yesterday · walking missing"]);
  });

  it("before the baseline starts, /checkin and /session say when the first question comes; nothing is saved", async () => {
    // Saved on Mon Jan 4, first session Wed Jan 20: the baseline starts Wed Jan 13.
    const { u } = await userWithPlan(h, 2, { firstSession: "2027-01-20" });
    h.clock.set("2027-01-04T09:00:00Z");
    await u.send("/checkin");
    const text = u.replyText();
    expect(text).toContain("Nothing to answer yet: your baseline week starts on Wed, Jan 13, 2027");
    expect(text).toContain("at 20:00");
    expect(text).toContain("/plan");
    expect(u.last()!.reply_markup?.inline_keyboard ?? []).toEqual([]);
    await u.send("3");
    expect(await entry(2, "2027-01-04")).toBeNull();

    await u.send("/session");
    expect(u.replyText()).toContain("Nothing to answer yet");
    await u.tapData(u.last()!, sessionDayData.pack({ date: "2027-01-04" }));
    expect(u.replyText()).toContain("is before your trial");
    expect(await entry(2, "2027-01-04")).toBeNull();
  });
});
