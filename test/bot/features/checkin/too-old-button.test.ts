import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { symptomGroupData } from "../../../../src/bot/features/shared/safety-callback-data.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const buttonsOf = (id: number, messageId: number) =>
  h.api
    .chat(id)
    .find((m) => m.message_id === messageId)
    ?.reply_markup?.inline_keyboard?.flat()
    .map((b) => b.text) ?? [];

describe("a tap on a prompt more than 3 days old", () => {
  it.each([
    ["en", "That check-in is more than 3 days old, so it can no longer be answered. Nothing was changed."],
    ["de", "Dieser Check-in ist älter als 3 Tage und kann nicht mehr beantwortet werden. Es wurde nichts geändert."],
  ])("%s: takes the prompt's buttons away and says why, never showing the number as picked", async (lang, refusal) => {
    const { u } = await userWithPlan(h, 1, { weekdays: [2, 5], sessionsPerWeek: 2 }, { languageCode: lang });
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    const monday = u.last()!;
    expect(buttonsOf(1, monday.message_id)).toContain("6");
    u.replies();

    h.clock.set("2027-01-09T10:00:00Z"); // Saturday
    await u.tap("6");
    expect(buttonsOf(1, monday.message_id)).toEqual([]);
    const replies = u.replies();
    expect(replies.map((m) => m.text)).toEqual([refusal]);
    expect(await h.deps.stores.entries.get(1, "2027-01-04")).toBeNull();
  });
});

describe("🩺 New symptom on a prompt more than 3 days old", () => {
  it("is never refused: the list of warning signs opens, and what is picked counts for today", async () => {
    const { u } = await userWithPlan(h, 2);
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    u.replies();
    h.clock.set("2027-01-09T10:00:00Z"); // Saturday
    await u.tap("🩺 New symptom");
    const menu = u.replyText();
    expect(menu).not.toContain("more than 3 days old");
    expect(menu).toContain("What is new?");
    // The list's buttons carry today's date, not the old prompt's.
    const data = (u.last()!.reply_markup?.inline_keyboard ?? []).flat().map((b) => ("callback_data" in b ? b.callback_data : "") ?? "");
    expect(data.length).toBeGreaterThan(3);
    expect(data.map((d) => symptomGroupData.unpack(d)?.date)).toEqual(data.map(() => "2027-01-09"));
  });
});

