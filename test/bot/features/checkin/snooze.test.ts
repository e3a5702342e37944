import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import { dailyJob, harnessesClosedAfterEach, isPrompt, isReminder, prompts, tickAt, userWithPlan } from "../../../support/checkin.js";
import { makePlan } from "../../../support/trial-fixtures.js";
import { ManualClock } from "../../../../src/clock.js";

const harness = harnessesClosedAfterEach();
/** Buttons of the newest message (the snooze edits the prompt in place). */
const lastButtons = (h: Harness, id: number) =>
  h.api
    .chat(id)
    .at(-1)
    ?.reply_markup?.inline_keyboard?.flat()
    .map((b) => b.text) ?? [];

describe("⏰ Later under the daily prompt", () => {
  it("at 20:00 with quiet hours from 22:00: [1 h] and [tonight 21:30], no [3 h]; the prompt comes once more at 21:30 and nothing else that day", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 1);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z"); // 20:00 Berlin
    expect(u.buttons()).toContain("⏰ Later");
    await u.tap("⏰ Later");
    expect(u.buttons()).toEqual(["in 1 h", "tonight 21:30"]);
    await u.tap("tonight 21:30");
    // the prompt turns into the confirmation, without buttons
    expect(u.last()?.text).toContain("I'll ask again at <b>21:30</b>");
    expect(lastButtons(h, 1)).toEqual([]);
    expect(prompts(h, 1)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T20:29:00Z");
    expect(prompts(h, 1)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T20:30:00Z"); // 21:30 Berlin
    expect(prompts(h, 1)).toHaveLength(1);
    for (const t of ["2027-01-04T20:40:00Z", "2027-01-04T22:00:00Z", "2027-01-04T23:30:00Z", "2027-01-05T05:00:00Z"]) await tickAt(h, job, t);
    expect(prompts(h, 1)).toHaveLength(1);
    // the snoozed prompt replaced the reminder and offers no further "Later"
    expect(h.api.chat(1).filter(isReminder)).toHaveLength(0);
    expect(lastButtons(h, 1)).not.toContain("⏰ Later");
    // and it answers that day
    await u.tap("4");
    expect((await h.deps.stores.entries.get(1, "2027-01-04"))?.pain).toBe(4);
  });

  it("a snoozed prompt comes even with reminders off", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 2);
    await h.deps.stores.profiles.update(2, h.clock.now(), { reminders: false });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("⏰ Later");
    await u.tap("in 1 h");
    expect(u.last()?.text).toContain("21:00");
    await tickAt(h, job, "2027-01-04T19:59:00Z");
    expect(prompts(h, 2)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T20:00:00Z");
    expect(prompts(h, 2)).toHaveLength(1);
  });

  it("'Ask me tomorrow' when no choice fits; then nothing more that day", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 3, { prompt: { time: "21:45", zone: "Europe/Berlin" } });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T20:45:00Z");
    expect(u.buttons()).not.toContain("⏰ Later");
    await u.tap("🌙 Ask me tomorrow");
    expect(u.last()?.text).toContain("I'll ask tomorrow");
    for (const t of ["2027-01-04T21:45:00Z", "2027-01-04T22:50:00Z", "2027-01-05T05:00:00Z"]) await tickAt(h, job, t);
    expect(h.api.chat(3).filter((m) => isPrompt(m) || isReminder(m))).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T20:45:00Z");
    expect(prompts(h, 3)).toHaveLength(1);
  });

  it("in German", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 4, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(4, h.clock.now(), { locale: "de" });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await u.tap("⏰ Später");
    expect(u.buttons()).toEqual(["in 1 Std.", "heute 21:30"]);
    await u.tap("in 1 Std.");
    expect(u.last()?.text).toContain("ich frage um <b>21:00</b> noch einmal");
  });

  it("across a DST change the snooze lands at the right local time", async () => {
    const clock = new ManualClock("2026-03-28T12:00:00Z");
    const h = await harness({ clock });
    const now = clock.now();
    await h.deps.stores.profiles.save(5, {
      locale: "en",
      consent: { adult: true, agreedAt: now.toISOString() },
      active: true,
      reminders: true,
      createdAt: now.toISOString(),
    });
    const plan = makePlan({ firstSession: "2026-04-01", weeks: 4, prompt: { time: "01:30", zone: "Europe/Berlin" } });
    await h.deps.stores.plans.save(5, plan, "2026-03-25", now);
    await h.deps.stores.schedule.upsert(5, plan.prompt);
    const u = h.user({ id: 5 });
    // quiet hours off in /settings, so the 01:30 question stays at 01:30
    await u.send("/settings");
    await u.tap("No quiet hours");
    expect(u.last()?.text).toContain("Quiet hours (no questions, no reminders): <b>off</b>");
    const job = dailyJob(h);
    await tickAt(h, job, "2026-03-29T00:30:00Z"); // 01:30 CET; at 02:00 the clocks go to 03:00
    expect(prompts(h, 5)).toHaveLength(1);
    await u.tap("⏰ Later");
    await u.tap("in 1 h");
    expect(u.last()?.text).toContain("I'll ask again at <b>03:30</b>"); // one hour later, summer time
    await tickAt(h, job, "2026-03-29T01:29:00Z");
    expect(prompts(h, 5)).toHaveLength(0);
    await tickAt(h, job, "2026-03-29T01:30:00Z");
    expect(prompts(h, 5)).toHaveLength(1);
  });

  it("a snoozed prompt is sent once with two bot instances", async () => {
    const clock = new ManualClock("2027-01-04T08:00:00Z");
    const a = await harness({ clock });
    const b = await harness({ clock, api: a.api, prefix: a.prefix });
    const users = [];
    for (let i = 0; i < 8; i++) users.push((await userWithPlan(a, 600 + i)).u);
    const ja = dailyJob(a);
    const jb = dailyJob(b);
    clock.set("2027-01-04T19:00:00Z");
    await Promise.all([ja.tick(), jb.tick()]);
    for (const [i, u] of users.entries()) {
      await u.tap("⏰ Later");
      await u.tap(i % 2 ? "in 1 h" : "tonight 21:30");
    }
    const countAt = new Map<string, number[]>();
    while (clock.now() < new Date("2027-01-05T06:00:00Z")) {
      clock.advance(5 * 60_000);
      await Promise.all([ja.tick(), jb.tick(), ja.runReminders(), jb.runReminders()]);
      countAt.set(
        clock.now().toISOString().slice(11, 16),
        users.map((_, i) => prompts(a, 600 + i).length),
      );
    }
    users.forEach((_, i) => {
      // 1 h → 21:00 Berlin (20:00Z), tonight → 21:30 (20:30Z); exactly one prompt more, no reminder
      const due = i % 2 ? "20:00" : "20:30";
      const before = i % 2 ? "19:55" : "20:25";
      expect(countAt.get(before)![i], `user ${i} before`).toBe(0);
      expect(countAt.get(due)![i], `user ${i} at ${due}`).toBe(1);
      expect(prompts(a, 600 + i), `user ${i}`).toHaveLength(1);
      expect(a.api.chat(600 + i).filter(isReminder)).toHaveLength(0);
    });
  }, 60_000);
});

describe("quiet hours", () => {
  it("a prompt time inside them moves to their end; turning them off brings it back", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 7, { prompt: { time: "23:00", zone: "Europe/Berlin" } });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T22:00:00Z"); // 23:00 Berlin: quiet
    expect(prompts(h, 7)).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T05:59:00Z");
    expect(prompts(h, 7)).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T06:00:00Z"); // 07:00 Berlin, the end of the quiet hours
    expect(prompts(h, 7).map((m) => /Check-in for ([^<\n]*)/.exec(m.text!)![1])).toEqual(["Tue, Jan 5"]);
    await u.send("/settings");
    expect(u.last()?.text).toContain("<b>22:00–07:00</b>");
    await u.tap("No quiet hours");
    await tickAt(h, job, "2027-01-05T22:00:00Z"); // 23:00: Jan 5 was asked already
    await tickAt(h, job, "2027-01-06T06:00:00Z");
    expect(prompts(h, 7)).toHaveLength(1);
    await tickAt(h, job, "2027-01-06T22:00:00Z");
    expect(prompts(h, 7)).toHaveLength(2);
  });

  it("the one reminder comes before them rather than inside them", async () => {
    const h = await harness();
    await userWithPlan(h, 8); // 20:00, reminder 3 h → 23:00 would be quiet
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await tickAt(h, job, "2027-01-04T20:29:00Z");
    expect(h.api.chat(8).filter(isReminder)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T20:30:00Z"); // 21:30 Berlin
    expect(h.api.chat(8).filter(isReminder)).toHaveLength(1);
    for (const t of ["2027-01-04T22:00:00Z", "2027-01-05T05:00:00Z"]) await tickAt(h, job, t);
    expect(h.api.chat(8).filter(isReminder)).toHaveLength(1);
  });
});
