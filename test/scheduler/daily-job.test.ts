import { describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import { dailyJob, harnessesClosedAfterEach, isPrompt, isReminder, prompts, tickAt, userWithPlan } from "../support/checkin.js";
import { makePlan } from "../support/trial-fixtures.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { nextPromptInstant } from "../../src/trial/time/next-occurrence.js";
import { RateLimiter } from "../../src/store/rate-limiter.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import { createDailyScheduler } from "../../src/scheduler/daily-job.js";
import { translateFor } from "../support/checkin.js";

const harness = harnessesClosedAfterEach();
/** First line of a message without its HTML tags. */
const head = (m: BotMessage) => (m.text ?? "").split("\n")[0].replace(/<[^>]+>/g, "");

/** A consented user with a plan whose baseline covers `date`, stored without going through Telegram. */
async function planUser(h: Harness, id: number, time: string, zone: string, firstSession: string, extra: { reminders?: boolean } = {}) {
  const now = h.clock.now();
  await h.deps.stores.profiles.save(id, {
    locale: "en",
    consent: { adult: true, agreedAt: now.toISOString() },
    active: true,
    reminders: extra.reminders ?? true,
    createdAt: now.toISOString(),
  });
  const plan = makePlan({ firstSession, weeks: 4, prompt: { time, zone } });
  await h.deps.stores.plans.save(id, plan, addDays(firstSession, -7), now);
  // Night-time prompt times are the point of several tests here: no quiet hours for these users.
  await h.deps.stores.schedule.setQuiet(id, null);
  await h.deps.stores.schedule.upsert(id, plan.prompt);
  return plan;
}

describe("prompts at the right instant in the user's zone", () => {
  const cases: Array<{ zone: string; time: string; date: string; at: string; label: string; repeatAt?: string }> = [
    { zone: "Europe/Berlin", time: "20:00", date: "2027-01-04", at: "2027-01-04T19:00:00Z", label: "Mon, Jan 4" },
    { zone: "Europe/Berlin", time: "20:00", date: "2026-07-01", at: "2026-07-01T18:00:00Z", label: "Wed, Jul 1" },
    // spring forward: 02:30 does not exist and moves forward by the gap to 03:30 CEST
    { zone: "Europe/Berlin", time: "02:30", date: "2026-03-29", at: "2026-03-29T01:30:00Z", label: "Sun, Mar 29" },
    { zone: "Europe/Berlin", time: "02:30", date: "2027-03-28", at: "2027-03-28T01:30:00Z", label: "Sun, Mar 28" },
    // fall back: 02:30 happens twice and is sent once, at its first occurrence
    { zone: "Europe/Berlin", time: "02:30", date: "2026-10-25", at: "2026-10-25T00:30:00Z", label: "Sun, Oct 25", repeatAt: "2026-10-25T01:30:00Z" },
    { zone: "Europe/Berlin", time: "02:30", date: "2027-10-31", at: "2027-10-31T00:30:00Z", label: "Sun, Oct 31", repeatAt: "2027-10-31T01:30:00Z" },
    { zone: "Europe/Berlin", time: "20:00", date: "2026-10-25", at: "2026-10-25T19:00:00Z", label: "Sun, Oct 25" },
    { zone: "America/New_York", time: "02:30", date: "2026-03-08", at: "2026-03-08T07:30:00Z", label: "Sun, Mar 8" },
    { zone: "America/New_York", time: "02:30", date: "2027-03-14", at: "2027-03-14T07:30:00Z", label: "Sun, Mar 14" },
    { zone: "America/New_York", time: "01:30", date: "2026-11-01", at: "2026-11-01T05:30:00Z", label: "Sun, Nov 1", repeatAt: "2026-11-01T06:30:00Z" },
    { zone: "America/New_York", time: "01:30", date: "2027-11-07", at: "2027-11-07T05:30:00Z", label: "Sun, Nov 7", repeatAt: "2027-11-07T06:30:00Z" },
    { zone: "America/New_York", time: "08:00", date: "2026-11-01", at: "2026-11-01T13:00:00Z", label: "Sun, Nov 1" },
    { zone: "America/New_York", time: "08:00", date: "2026-03-08", at: "2026-03-08T12:00:00Z", label: "Sun, Mar 8" },
    // UTC+14 and UTC−12: the same UTC afternoon is two different calendar days
    { zone: "Pacific/Kiritimati", time: "08:00", date: "2027-01-05", at: "2027-01-04T18:00:00Z", label: "Tue, Jan 5" },
    { zone: "Pacific/Kiritimati", time: "23:30", date: "2027-01-05", at: "2027-01-05T09:30:00Z", label: "Tue, Jan 5" },
    { zone: "Etc/GMT+12", time: "08:00", date: "2027-01-04", at: "2027-01-04T20:00:00Z", label: "Mon, Jan 4" },
    { zone: "Etc/GMT+12", time: "00:15", date: "2027-01-04", at: "2027-01-04T12:15:00Z", label: "Mon, Jan 4" },
  ];

  it.each(cases)("$zone $time on $date → $at", async (c) => {
    const at = Date.parse(c.at);
    const h = await harness({ clock: new ManualClock(at - 20 * 3_600_000) });
    await planUser(h, 1, c.time, c.zone, addDays(c.date, 3));
    const job = dailyJob(h);
    await tickAt(h, job, new Date(at - 60_000).toISOString());
    expect(prompts(h, 1)).toHaveLength(0);
    await tickAt(h, job, c.at);
    expect(prompts(h, 1).map((m) => head(m))).toEqual([`📋 Check-in for ${c.label}`]);
    if (c.repeatAt) {
      await tickAt(h, job, c.repeatAt);
      expect(prompts(h, 1)).toHaveLength(1);
    }
    // an answer by typing lands on the prompt's local date
    const u = h.user({ id: 1 });
    await u.send("3");
    expect((await h.deps.stores.entries.get(1, c.date))?.pain).toBe(3);
    // and the next prompt is queued for the following local day
    expect((await h.deps.stores.schedule.get(1))?.nextLocalDate).toBe(addDays(c.date, 1));
  });
});

describe("two scheduler instances on one Redis", () => {
  it("over a simulated week send each prompt and each reminder exactly once", async () => {
    const start = "2026-10-22T00:00:00Z"; // spans the EU fall-back day 2026-10-25
    const end = Date.parse("2026-10-29T00:00:00Z");
    const clock = new ManualClock(start);
    const a = await harness({ clock });
    const b = await harness({ clock, api: a.api, prefix: a.prefix });
    const zones = ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12"];
    const times = ["02:30", "07:05", "12:47", "18:20", "19:59", "21:30"];
    const users: Array<{ id: number; time: string; zone: string }> = [];
    for (let i = 0; i < 16; i++) {
      const u = { id: 7000 + i, time: times[i % times.length], zone: zones[i % zones.length] };
      users.push(u);
      await planUser(i % 2 ? a : b, u.id, u.time, u.zone, "2026-10-25");
    }
    const ja = dailyJob(a);
    const jb = dailyJob(b);
    while (clock.now().getTime() < end) {
      clock.advance(10 * 60_000);
      await Promise.all([ja.tick(), jb.tick()]);
    }
    const last = clock.now();
    for (const u of users) {
      const msgs = a.api.chat(u.id);
      const promptDates = msgs.filter(isPrompt).map((m) => /Check-in for ([^<\n]*)/.exec(m.text!)![1]);
      const expected: string[] = [];
      for (let after = new Date(start); ; ) {
        const p = nextPromptInstant(u.time, u.zone, after);
        if (p.at > last) break;
        expected.push(new Date(`${p.localDate}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" }));
        after = p.at;
      }
      expect(promptDates, `${u.id} ${u.zone} ${u.time}`).toEqual(expected);
      // one reminder per unanswered prompt at most (none when 3 h later is already the next day)
      const reminders = msgs.filter(isReminder).map((m) => /check-in for (.*) is still open/.exec(m.text!)![1]);
      expect(new Set(reminders).size).toBe(reminders.length);
      if (u.time === "21:30") expect(reminders).toEqual([]);
      else expect(reminders.length).toBeGreaterThanOrEqual(expected.length - 1);
      // after three unanswered days: asked once whether to pause
      expect(msgs.filter((m) => /three days in a row/.test(m.text ?? ""))).toHaveLength(1);
    }
    expect(await a.deps.stores.schedule.inFlightCount()).toBe(0);
  }, 120_000);
});

describe("downtime, reminders, pause question, blocked users", () => {
  it("after downtime a prompt is sent once if it is still the same local day, otherwise skipped", async () => {
    const h = await harness();
    await planUser(h, 1, "20:00", "Europe/Berlin", "2027-01-11");
    await planUser(h, 2, "20:00", "Europe/Berlin", "2027-01-11");
    const job = dailyJob(h);
    // down from before 20:00 until 21:30 Berlin: sent late, once
    await tickAt(h, job, "2027-01-04T20:30:00Z");
    await tickAt(h, job, "2027-01-04T20:31:00Z");
    expect(prompts(h, 1).map((m) => head(m))).toEqual(["📋 Check-in for Mon, Jan 4"]);
    // user 3 is down over three evenings: nothing stale, only the day that is still current
    await planUser(h, 3, "20:00", "Europe/Berlin", "2027-01-11");
    await h.deps.stores.schedule.remove(1);
    await h.deps.stores.schedule.remove(2);
    await tickAt(h, job, "2027-01-07T08:00:00Z");
    expect(prompts(h, 3)).toHaveLength(0);
    await tickAt(h, job, "2027-01-07T19:00:00Z");
    expect(prompts(h, 3).map((m) => head(m))).toEqual(["📋 Check-in for Thu, Jan 7"]);
  });

  it("one gentle reminder 3 hours after an unanswered prompt, never more; none when answered or switched off", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 1);
    const answered = await userWithPlan(h, 2);
    const off = await userWithPlan(h, 3);
    await h.deps.stores.profiles.update(3, h.clock.now(), { reminders: false });
    // The plain "3 h later" rule, without quiet hours (they are tested in snooze.test.ts).
    for (const id of [1, 2, 3]) await h.deps.stores.schedule.setQuiet(id, null);
    const late = await userWithPlan(h, 4, { prompt: { time: "22:00", zone: "Europe/Berlin" } });
    await h.deps.stores.schedule.setQuiet(4, null);
    await h.deps.stores.schedule.upsert(4, { time: "22:00", zone: "Europe/Berlin" });
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await answered.u.tap("5");
    await tickAt(h, job, "2027-01-04T21:00:00Z"); // user 4's prompt
    await tickAt(h, job, "2027-01-04T21:59:00Z");
    expect(h.api.chat(1).filter(isReminder)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T22:00:00Z");
    const reminders = h.api.chat(1).filter(isReminder);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain("your check-in for Mon, Jan 4 is still open");
    for (const t of ["2027-01-04T22:10:00Z", "2027-01-04T23:00:00Z", "2027-01-05T00:00:00Z", "2027-01-05T02:00:00Z"]) await tickAt(h, job, t);
    expect(h.api.chat(1).filter(isReminder)).toHaveLength(1);
    expect(h.api.chat(2).filter(isReminder)).toHaveLength(0);
    expect(h.api.chat(3).filter(isReminder)).toHaveLength(0);
    expect(h.api.chat(4).filter(isReminder)).toHaveLength(0); // 3 h after 22:00 is tomorrow: not sent
    void off;
    void late;
    // the reminder's buttons answer that day
    u.replies();
    await u.tap("6");
    expect(u.replyText()).toContain("Saved: pain 6/10.");
    expect((await h.deps.stores.entries.get(1, "2027-01-04"))?.pain).toBe(6);
  });

  it("after 3 unanswered days in a row asks once whether to pause; an answer resets it", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 1);
    const other = await userWithPlan(h, 2);
    const job = dailyJob(h);
    for (const d of ["04", "05", "06"]) {
      await tickAt(h, job, `2027-01-${d}T19:00:00Z`);
      if (d === "05") await other.u.send("4");
    }
    expect(u.all().filter((m) => /three days/.test(m.text ?? ""))).toHaveLength(0);
    await tickAt(h, job, "2027-01-07T19:00:00Z");
    const texts = u.replyText();
    expect(texts).toMatch(/three days in a row[\s\S]*Check-in for Thu, Jan 7/);
    // Still the baseline week (first session Jan 11): pausing now does not move the block's end.
    expect(texts).toContain("Paused days of the baseline week do not move the end of your block");
    expect(texts).not.toContain("added to the end of your block");
    expect(other.u.all().filter((m) => /three days/.test(m.text ?? ""))).toHaveLength(0);
    await tickAt(h, job, "2027-01-08T19:00:00Z");
    expect(u.all().filter((m) => /three days/.test(m.text ?? ""))).toHaveLength(1);
    await u.tap("⏸ Pause the questions");
    expect(u.replyText()).toContain("<b>Paused</b> from Sat, Jan 9, 2027");
    await tickAt(h, job, "2027-01-09T19:00:00Z");
    expect(prompts(h, 1).map((m) => head(m)).at(-1)).toBe("📋 Check-in for Fri, Jan 8");
  });

  it("403 marks the user inactive and removes the schedule without retrying; /start brings them back", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 1);
    const job = dailyJob(h);
    h.api.block(1);
    const r = await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(r.blocked).toBe(1);
    expect((await h.deps.stores.profiles.get(1))?.active).toBe(false);
    expect(await h.deps.stores.schedule.get(1)).toBeNull();
    await tickAt(h, job, "2027-01-04T19:01:00Z");
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(h.api.calls.filter((c) => c.chatId === 1 && c.method === "sendMessage" && c.status === 403)).toHaveLength(1);
    h.api.unblock(1);
    h.clock.set("2027-01-05T10:00:00Z");
    await u.send("/start");
    expect((await h.deps.stores.profiles.get(1))?.active).toBe(true);
    expect(await h.deps.stores.schedule.dueScore(1)).toBe(Date.parse("2027-01-05T19:00:00Z"));
    u.replies();
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replyText()).toContain("Check-in for Tue, Jan 5");
  });

  it("skips paused days, safety pauses, days outside the trial and days already answered; hooks still run", async () => {
    const h = await harness();
    const calls: string[] = [];
    const job = dailyJob(h, {
      beforePrompt: [
        async (id, date) => void calls.push(`${id}@${date}`),
        async () => {
          throw new Error("report failed");
        },
      ],
    });
    await userWithPlan(h, 1, { firstSession: "2027-01-13", weeks: 1 }); // baseline from Jan 6, block ends Jan 19
    const early = await userWithPlan(h, 2);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(prompts(h, 1)).toHaveLength(0); // before the baseline
    expect(prompts(h, 2)).toHaveLength(1); // the failing hook did not cost the prompt
    expect(calls.sort()).toEqual(["1@2027-01-04", "2@2027-01-04"]);
    h.clock.set("2027-01-05T10:00:00Z");
    await early.u.send("/checkin");
    await early.u.send("2");
    const shown = prompts(h, 2).length; // the daily prompt and /checkin's question
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(prompts(h, 2)).toHaveLength(shown); // answered early: no prompt
    expect(await h.deps.stores.checkins.reminderAt(2, "2027-01-05")).toBeNull();
    await h.deps.stores.trial.pause(1, "2027-01-06", "user");
    await tickAt(h, job, "2027-01-06T19:00:00Z");
    expect(prompts(h, 1)).toHaveLength(0);
    await h.deps.stores.trial.resume(1, "2027-01-07");
    await h.deps.stores.safety.add(1, { cueId: "chest_pain_breathless", group: "urgent", date: "2027-01-07", at: "2027-01-07T10:00:00Z", source: "button", status: "active" });
    await tickAt(h, job, "2027-01-07T19:00:00Z");
    expect(prompts(h, 1)).toHaveLength(0);
    expect(calls).toContain("1@2027-01-07");
    // the block ends Jan 19, one day later for the paused Jan 6... which was in the baseline: still Jan 19
    const events = await h.deps.stores.safety.list(1);
    await h.deps.stores.safety.resolve(1, events[0].id, "seen", h.clock.now());
    await tickAt(h, job, "2027-01-19T18:00:00Z");
    await tickAt(h, job, "2027-01-19T19:00:00Z");
    expect(prompts(h, 1).map((m) => head(m))).toEqual(["📋 Check-in for Tue, Jan 19"]);
    await tickAt(h, job, "2027-01-20T19:00:00Z");
    expect(prompts(h, 1)).toHaveLength(1);
    expect(calls).toContain("1@2027-01-20"); // the day after the block: the final report's day
  });
});

describe("sending at scale", () => {
  it("a burst due in the same minute is paced by the Redis-wide rate, across instances, and nothing is dropped", async () => {
    const clock = new ManualClock("2027-01-04T08:00:00Z");
    const a = await harness({ clock });
    const b = await harness({ clock, api: a.api, prefix: a.prefix });
    const n = 60;
    for (let i = 0; i < n; i++) await planUser(a, 100 + i, "20:00", "Europe/Berlin", "2027-01-11");
    a.api.enforceRateLimits({ global: 32, perChat: 100 });
    const limiterA = new RateLimiter(a.deps.redis, a.prefix, { perSecond: 25 });
    const limiterB = new RateLimiter(b.deps.redis, b.prefix, { perSecond: 25 });
    // every prompt must go out on a slot of its own from the shared limiter
    const slots: number[] = [];
    const booking = (limiter: RateLimiter) => ({
      acquire: async () => {
        const slot = await limiter.acquireSlot();
        slots.push(slot.slotAt);
        return slot.waited;
      },
    });
    const ja = dailyJob(a, { limiter: booking(limiterA), batchSize: 10 });
    const jb = dailyJob(b, { limiter: booking(limiterB), batchSize: 10 });
    clock.set("2027-01-04T19:00:00Z");
    const [ra, rb] = await Promise.all([ja.tick(), jb.tick()]);
    // exactly once, across both instances, however the work was split between them
    expect(ra.sent + rb.sent).toBe(n);
    for (let i = 0; i < n; i++) expect(prompts(a, 100 + i), `user ${100 + i}`).toHaveLength(1);
    // one slot per prompt, 40 ms apart on the Redis clock however late a sender wakes; a 429 that a
    // stalled machine may still provoke is waited out by the retry (each prompt arrived once above)
    expect(slots).toHaveLength(n);
    const at = [...slots].sort((x, y) => x - y);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(40);
  }, 30_000);

  it("a 429 with retry_after is waited out and retried; the prompt arrives once", async () => {
    const h = await harness();
    await planUser(h, 1, "20:00", "Europe/Berlin", "2027-01-11");
    const job = dailyJob(h);
    h.api.injectFault({ method: "sendMessage", chatId: 1, error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    const r = await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(r.sent).toBe(1);
    expect(prompts(h, 1)).toHaveLength(1);
    expect(h.api.calls.filter((c) => c.chatId === 1 && c.method === "sendMessage").map((c) => c.status)).toEqual([429, 200]);
  });

  it("a 5xx is retried by auto-retry; a failed send is retried a minute later; once delivered never again", async () => {
    const h = await harness();
    await planUser(h, 1, "20:00", "Europe/Berlin", "2027-01-11");
    await planUser(h, 2, "20:00", "Europe/Berlin", "2027-01-11");
    const job = dailyJob(h);
    h.api.injectFault({ method: "sendMessage", chatId: 2, error_code: 502, description: "Bad Gateway" });
    h.api.injectFault({ method: "sendMessage", chatId: 1, error_code: 400, description: "Bad Request: something unexpected" });
    const r = await tickAt(h, job, "2027-01-04T19:00:00Z");
    expect(prompts(h, 2)).toHaveLength(1);
    expect(r.failed).toBe(1);
    expect(prompts(h, 1)).toHaveLength(0);
    const r2 = await tickAt(h, job, "2027-01-04T19:01:00Z");
    expect(r2.sent).toBe(1);
    await tickAt(h, job, "2027-01-04T19:02:00Z");
    expect(prompts(h, 1)).toHaveLength(1);
    expect(prompts(h, 2)).toHaveLength(1);
  }, 20_000);
});

describe("PAID_BROADCAST", () => {
  const run = async (env: Record<string, string>) => {
    const h = await harness({ env });
    const { u } = await userWithPlan(h, 1);
    const scheduler = createDailyScheduler({ deps: h.deps, api: h.bot.api, t: translateFor });
    h.clock.set("2027-01-04T19:00:00Z");
    await scheduler.runOnce();
    await scheduler.stop();
    await u.send("/help"); // a reply to the user, not a broadcast
    return { h, prompts: prompts(h, 1), help: h.api.chat(1).at(-1)! };
  };

  it("on: the daily questions go out as paid broadcasts, replies to the user do not", async () => {
    const { prompts, help } = await run({ PAID_BROADCAST: "true" });
    expect(prompts).toHaveLength(1);
    expect(prompts[0].paidBroadcast).toBe(true);
    expect(help.text).toContain("What I can do");
    expect(help.paidBroadcast).toBeUndefined();
  });

  it("off (the default): nothing is sent as a paid broadcast", async () => {
    const { h, prompts } = await run({});
    expect(prompts).toHaveLength(1);
    expect(h.api.allMessages().some((m) => m.paidBroadcast)).toBe(false);
  });
});
