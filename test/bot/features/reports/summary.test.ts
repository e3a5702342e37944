import { painValue } from "../../../../src/bot/ui/pain-scale.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { createI18n } from "../../../../src/bot/i18n.js";
import { createDailyScheduler } from "../../../../src/scheduler/daily-job.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { checkSettleRule, reportsBeforePrompt, sendScheduledReports } from "../../../../src/bot/features/reports/scheduled.js";
import { addDays, datesIn } from "../../../../src/trial/time/calendar.js";
import { mean } from "../../../../src/trial/analysis/analysis.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import { syntheticTrial, type SyntheticProfile, type SyntheticTrial } from "../../../support/trial-fixtures.js";
import { painData } from "../../../../src/bot/features/checkin/callback-data.js";

const FIRST = "2025-03-03";
const BASELINE_START = addDays(FIRST, -7);
const FINAL_DAY = addDays(FIRST, 42); // the day after the 6-week block ends
const WEEKLY_DAYS = [1, 2, 3, 4, 5, 6].map((k) => addDays(FIRST, 7 * k));

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** 20:01 local time in Berlin on `date`, just after the daily prompt is due. */
function promptTime(date: string): Date {
  return DateTime.fromISO(`${date}T20:01`, { zone: "Europe/Berlin" }).toJSDate();
}

function text(m: BotMessage): string {
  return m.text ?? m.caption ?? "";
}

interface Participant {
  profile: SyntheticProfile;
  user: ChatUser;
  trial: SyntheticTrial;
  /** Everything the bot sent, by the simulated day it arrived on. */
  byDay: Map<string, BotMessage[]>;
}

describe("weekly summaries, the chart and the end-of-block report through the bot", () => {
  let h: Harness;
  let scheduler: Scheduler;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(`${BASELINE_START}T10:00:00Z`) });
    const i18n = createI18n("en", () => undefined);
    scheduler = createDailyScheduler({
      deps: h.deps,
      api: h.bot.api,
      t: (locale, key, vars) => i18n.t(locale, key, vars),
      beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api)],
      perSecond: 1000,
    });
  });

  afterEach(async () => {
    await scheduler.stop();
    await h.close();
  });

  async function enrol(profile: SyntheticProfile, id: number, languageCode = "en"): Promise<Participant> {
    const user = await h.consentedUser({ id, languageCode });
    const trial = syntheticTrial(profile, id);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    await h.deps.stores.schedule.upsert(id, trial.plan.prompt);
    return { profile, user, trial, byDay: new Map() };
  }

  /** One simulated day: the scheduler's tick at prompt time (reports first), then the day's check-in is saved. */
  async function runDays(people: Participant[], from: string, to: string) {
    for (const date of datesIn({ start: from, end: to })) {
      h.clock.set(promptTime(date));
      await scheduler.runOnce();
      for (const p of people) {
        const entry = p.trial.entries.find((e) => e.date === date);
        if (entry) await h.deps.stores.entries.save(p.user.id, { ...entry, answeredAt: h.clock.now().toISOString() });
        p.byDay.set(date, p.user.replies());
      }
    }
  }

  it("sends each weekly summary on the day after the week, with the right numbers and a 1080×1350 chart, then the right outcome for four users", async () => {
    const people = [
      await enrol("responder", 7001),
      await enrol("partial", 7002),
      await enrol("non_responder", 7003),
      await enrol("worsening", 7004),
    ];
    await runDays(people, BASELINE_START, FINAL_DAY);

    // The worsening user's block ends with the stop: no weekly summaries after it.
    const stopDay = [...people[3].byDay].find(([, ms]) => ms.some((m) => /🛑 <b>Stop the sessions and get checked<\/b>/.test(text(m))))![0];
    for (const p of people) {
      const photoDays = [...p.byDay].filter(([, ms]) => ms.some((m) => m.method === "sendPhoto")).map(([d]) => d);
      const weeklyDays = p.profile === "worsening" ? WEEKLY_DAYS.filter((d) => d < stopDay) : WEEKLY_DAYS;
      expect(weeklyDays.length).toBeGreaterThan(0);
      // (The stop's own end-of-block report brings the clinician page's picture.)
      expect(p.profile === "worsening" ? photoDays.filter((d) => d !== stopDay) : photoDays, p.profile).toEqual(weeklyDays);

      const baseline = mean(p.trial.entries.filter((e) => e.date < FIRST).map((e) => e.pain! * 10))!;
      for (const [k, day] of weeklyDays.entries()) {
        const messages = p.byDay.get(day)!;
        const photo = messages.find((m) => m.method === "sendPhoto")!;
        expect(pngSize(photo.photo!.data)).toEqual({ width: 1080, height: 1350 });
        expect(photo.caption!.length).toBeLessThanOrEqual(1024);
        const summary = messages.map(text).join("\n");
        const start = addDays(FIRST, 7 * k);
        const week = p.trial.entries.filter((e) => e.date >= start && e.date <= addDays(start, 6));
        const weekMean = mean(week.map((e) => e.pain! * 10))!;
        expect(summary).toContain(`Week ${k + 1} of 6`);
        expect(summary).toContain(`Pain: <b>${painValue(weekMean, 10, "en")}</b>/10 on average, from 7 of 7 days`);
        expect(summary).toContain(`Your baseline: ${painValue(baseline, 10, "en")}/10 from 7 days`);
        expect(summary).not.toContain("/100");
        expect(summary).toContain(`Sessions: 2 of 2 planned`);
        for (const m of messages) expect(text(m).length).toBeLessThanOrEqual(4096);
      }

      // Nothing else arrives but prompts and the settle messages on the other days.
      const reportDay = p.profile === "worsening" ? stopDay : FINAL_DAY;
      const finalMessages = p.byDay.get(reportDay)!.map(text).join("\n");
      expect(finalMessages).toContain("End-of-block report");
    }

    const final = (p: Participant) => p.byDay.get(FINAL_DAY)!.map(text).join("\n");
    expect(final(people[0])).toContain("Your numbers improved:");
    expect(final(people[1])).toContain("Mixed result:</b> your pain is likely better by an amount that matters");
    expect(final(people[2])).toContain("Your numbers did not improve enough");
    // The stop is the block's outcome: its report came with it, and nothing follows it.
    const stopped = people[3].byDay.get(stopDay)!.map(text).join("\n");
    expect(stopped).toContain("Stop the sessions and get checked by a clinician.");
    expect(stopped).toMatch(/<b>Pain<\/b> on your 0-10 scale rose from [\d.]+ in your baseline week \(\d days\) to [\d.]+ in week \d \([^)]+, \d days?\)/);
    expect(stopped).not.toContain("not enough to compare");
    for (const [day, ms] of people[3].byDay) if (day > stopDay) expect(ms, day).toEqual([]);
    expect(await h.deps.stores.schedule.get(people[3].user.id)).toBeNull();

    // The final report carries its two views and the four choices, once.
    const withButtons = people[0].user.all().filter((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text.includes("Extend one week")));
    expect(withButtons).toHaveLength(1);
    expect(withButtons[0].reply_markup!.inline_keyboard!.flat().map((b) => b.text)).toEqual([
      "📋 Details",
      "📚 What studies say",
      "🔁 Another block with changes",
      "⏸ Stop massage for 2 weeks and see",
      "➕ Extend one week",
      "🏁 End the trial",
    ]);
    // Under a stop, no "Extend one week".
    const stopButtons = people[3].user.all().flatMap((m) => m.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? []);
    expect(stopButtons).toContain("📋 Details");
    expect(stopButtons).not.toContain("➕ Extend one week");

    // The worsening user heard about the flare when it first fired, and got the stop outcome on the second firing.
    const settleDays = (p: Participant, pattern: RegExp) => [...p.byDay].filter(([, ms]) => ms.some((m) => pattern.test(text(m)))).map(([d]) => d);
    const firstDays = settleDays(people[3], /Pain after sessions is not settling/);
    const stopDays = settleDays(people[3], /🛑 <b>Stop the sessions and get checked<\/b>/);
    expect(firstDays).toEqual(["2025-03-10"]);
    expect(stopDays).toHaveLength(1);
    expect(stopDays[0] > firstDays[0]).toBe(true);
    expect(stopDays[0] < FINAL_DAY).toBe(true);
    for (const p of people.slice(0, 3)) expect(settleDays(p, /not settling|Stop the sessions/)).toEqual([]);

    // Another run on the same day sends nothing twice.
    h.clock.set(promptTime(FINAL_DAY));
    for (const p of people) await sendScheduledReports(h.deps, h.bot.api, p.user.id, FINAL_DAY);
    for (const p of people) expect(p.user.replies()).toEqual([]);
  }, 120_000);

  it("speaks German to a German user", async () => {
    const p = await enrol("responder", 7010, "de");
    await h.deps.stores.profiles.update(7010, h.clock.now(), { locale: "de" });
    await runDays([p], BASELINE_START, addDays(FIRST, 7));
    const summary = p.byDay.get(addDays(FIRST, 7))!.map(text).join("\n");
    expect(summary).toContain("Dein Wochenbericht");
    expect(summary).toContain("Woche 1 von 6");
  }, 60_000);
});

describe("/summary, /summary final, /endtrial and the report buttons", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(promptTime("2025-02-25")) });
  });

  afterEach(async () => {
    await h.close();
  });

  async function withTrial(id: number, profile: SyntheticProfile, upTo: string) {
    const user = await h.consentedUser({ id });
    const trial = syntheticTrial(profile, id);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    for (const e of trial.entries.filter((x) => x.date <= upTo)) await h.deps.stores.entries.save(id, e);
    h.clock.set(promptTime(upTo));
    return { user, trial };
  }

  it("points to /plan before there is a plan", async () => {
    const u = await h.consentedUser({ id: 7101 });
    await u.send("/summary");
    expect(u.replyText()).toMatch(/no trial plan yet[\s\S]*\/plan/);
    await u.send("/summary final");
    expect(u.replyText()).toMatch(/\/plan/);
  });

  it("says what is missing with a plan but fewer than 3 days, and works during the baseline week", async () => {
    const u = await h.consentedUser({ id: 7102 });
    const trial = syntheticTrial("responder", 1);
    await h.deps.stores.plans.save(7102, trial.plan, BASELINE_START, h.clock.now());
    await u.send("/summary");
    const none = u.replyText();
    expect(none).toContain("so far I have 0 days");
    expect(none).toContain("Feb 24, Feb 25");
    expect(none).toContain("/checkin");

    for (const e of trial.entries.filter((x) => x.date <= "2025-02-27")) await h.deps.stores.entries.save(7102, e);
    h.clock.set(promptTime("2025-02-27"));
    await u.send("/summary");
    const replies = u.replies();
    const photo = replies.find((m) => m.method === "sendPhoto");
    expect(photo).toBeDefined();
    expect(pngSize(photo!.photo!.data)).toEqual({ width: 1080, height: 1350 });
    const all = replies.map(text).join("\n");
    expect(all).toContain("day 4 of 7 of your baseline week");
    expect(all).toContain("from 4 of 4 days");
  });

  it("shows the weeks so far mid-trial, and an interim final report with the end date", async () => {
    const { user } = await withTrial(7103, "responder", "2025-03-19");
    await user.send("/summary");
    const all = user.replies().map(text).join("\n");
    expect(all).toContain("Earlier weeks");
    expect(all).toMatch(/W1 \(Mar 3 – Mar 9\)/);
    expect(all).toContain("Week 3 of 6</b> · Mar 17 – Mar 23 <i>(so far)</i>");

    await user.send("/summary final");
    const interim = user.replyText();
    expect(interim).toContain("Interim report");
    expect(interim).toContain("Sun, Apr 13, 2025");
    expect(user.buttons()).not.toContain("➕ Extend one week");
  });

  it("recomputes /summary final and says when late entries changed the outcome", async () => {
    const { user, trial } = await withTrial(7104, "responder", "2025-04-06");
    h.clock.set(promptTime("2025-04-14"));
    await user.send("/summary final");
    const before = user.replyText();
    expect(before).toContain("End-of-block report");
    expect(before).toContain("There is not enough data to judge this block.");
    expect(before).not.toContain("The result changed");

    // The last week's answers arrive late.
    for (const e of trial.entries.filter((x) => x.date >= "2025-04-07")) await h.deps.stores.entries.save(7104, { ...e, late: true });
    await user.send("/summary final");
    const after = user.replyText();
    expect(after).toContain("Your numbers improved");
    expect(after).toMatch(/The result changed<\/b> since the last report \(Mon, Apr 14, 2025\): it was “not enough data”, now it is “numbers improved”/);
  });

  it("extends the block by one week from the report's button", async () => {
    const { user, trial } = await withTrial(7105, "non_responder", "2025-04-13");
    // Pain on only 2 days of the last week: "not enough data", which offers the extension.
    for (const e of trial.entries.filter((x) => x.date >= "2025-04-07" && x.date <= "2025-04-11")) await h.deps.stores.entries.save(7105, { ...e, pain: undefined });
    h.clock.set(promptTime("2025-04-14"));
    await user.send("/summary final");
    user.replies();
    await user.tap("➕ Extend one week");
    expect(user.replyText()).toContain("the block now has 7 weeks and ends on Sun, Apr 20, 2025");
    const read = await h.deps.stores.plans.read(7105);
    expect(read.status === "ok" && read.current.plan.weeks).toBe(7);
    expect(read.status === "ok" && read.current.effectiveFrom).toBe("2025-04-14");
    // The old report's buttons are stale now.
    await user.send("/summary final");
    expect(user.replyText()).toContain("Interim report");
  });

  it("opens the plan editor for another block with changes, starting the day after the block", async () => {
    const { user } = await withTrial(7106, "partial", "2025-04-13");
    h.clock.set(promptTime("2025-04-14"));
    await user.send("/summary final");
    user.replies();
    await user.tap("🔁 Another block with changes");
    const intro = user.replyText();
    expect(intro).toContain("It starts on Mon, Apr 14, 2025");
    const draft = await h.deps.stores.drafts.get(7106);
    expect(draft).toMatchObject({ mode: "edit", step: "minutes", answers: { firstSession: "2025-04-14", baseline: { kind: "daily" } }, nextBlock: { after: "2025-04-13" } });
    // Nothing about the new block is stored before its plan is confirmed.
    expect(await h.deps.stores.reports.blocks(7106)).toEqual([]);

    // Through the plan editor's dose section: 30 minutes, 3 a week, no fixed days, 4 weeks, light pressure.
    await user.send("30");
    await user.send("3");
    await user.tap("No fixed days");
    await user.send("4");
    await user.tap("Light");
    user.replies();
    await user.tap("✓ Looks right");
    expect(user.replyText()).toContain("Your plan is updated");
    const read = await h.deps.stores.plans.read(7106);
    expect(read.status === "ok" && read.current.plan).toMatchObject({ firstSession: "2025-04-14", weeks: 4, minutesPerSession: 30, pressure: "light" });
    const blocks = await h.deps.stores.reports.blocks(7106);
    expect(blocks).toEqual([expect.objectContaining({ firstSession: FIRST, blockEnd: "2025-04-13", outcome: "partial" })]);

    // The new block's summary compares with its own baseline (the previous block's last week) and the original one.
    await user.send("/summary");
    const summary = user.replies().map(text).join("\n");
    expect(summary).toContain("Apr 7 – Apr 13");
    h.clock.set(promptTime("2025-05-12"));
    await user.send("/summary final");
    await user.tap("📋 Details");
    const report = user.replyText();
    expect(report).toContain("Compared with earlier blocks");
    expect(report).toContain("Previous block (Mar 3 – Apr 13, result: mixed result)");
  });

  it("ends the trial early with /endtrial: confirmation, report on the data so far, no more prompts or reports", async () => {
    const { user } = await withTrial(7107, "responder", "2025-03-26");
    await h.deps.stores.schedule.upsert(7107, { time: "20:00", zone: "Europe/Berlin" });
    await user.send("/endtrial");
    expect(user.replyText()).toContain("End your trial now?");
    await user.tap("No, keep going");
    expect(user.replyText()).toContain("goes on as planned");
    await user.send("/endtrial");
    user.replies();
    await user.tap("Yes, end it now");
    const report = user.replyText();
    expect(report).toContain("Report on your data so far");
    expect(report).toContain("you ended the trial on Wed, Mar 26, 2025, before the planned end (Sun, Apr 13, 2025)");
    expect(await h.deps.stores.schedule.get(7107)).toBeNull();
    await sendScheduledReports(h.deps, h.bot.api, 7107, "2025-03-31");
    expect(user.replies()).toEqual([]);
    await user.send("/endtrial");
    expect(user.replyText()).toContain("already ended on Wed, Mar 26, 2025");
  });

  it("sends the stop outcome at once when the rule fires a second time, after the answer that completes it", async () => {
    const { user, trial } = await withTrial(7108, "worsening", "2025-03-08");
    expect(await checkSettleRule(h.deps, h.bot.api, 7108)).toBe("none");
    const next = trial.entries.find((e) => e.date === "2025-03-09")!;
    await h.deps.stores.entries.save(7108, next);
    expect(await checkSettleRule(h.deps, h.bot.api, 7108)).toBe("first");
    expect(user.replyText()).toContain("lighter pressure or a shorter session");
    expect(await checkSettleRule(h.deps, h.bot.api, 7108)).toBe("none");
    for (const e of trial.entries.filter((x) => x.date > "2025-03-09" && x.date < "2025-03-20")) await h.deps.stores.entries.save(7108, e);
    // A tap that saves no pain score or session (here: a button that is not ours) leaves the rule to the next prompt …
    await user.tapData(user.last()!, "x:unknown");
    expect(user.replyText()).not.toContain("Stop the sessions and get checked");
    // … the check-in answer that completes the second firing runs it right after it is saved.
    const last = trial.entries.find((e) => e.date === "2025-03-20")!;
    h.clock.set(promptTime("2025-03-20"));
    await user.tapData(user.last()!, painData.pack({ date: "2025-03-20", v: last.pain!, r: "0", s: "10" }));
    expect(user.replyText()).toContain("Stop the sessions and get checked");
    expect(await checkSettleRule(h.deps, h.bot.api, 7108)).toBe("none");
  });
});
