import { afterEach, beforeEach } from "vitest";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "./harness.js";
import { ManualClock } from "../../src/clock.js";
import { createI18n } from "../../src/bot/i18n.js";
import { createDailyScheduler } from "../../src/scheduler/daily-job.js";
import type { Scheduler } from "../../src/scheduler/scheduler.js";
import { reportsBeforePrompt } from "../../src/bot/features/reports/scheduled.js";
import { phasesBeforePrompt } from "../../src/bot/features/phases/scheduled.js";
import { addDays, datesIn } from "../../src/trial/time/calendar.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import { syntheticTrial, type SyntheticProfile, type SyntheticTrial } from "./trial-fixtures.js";

/** The synthetic trials' block: baseline 2025-02-24..03-02, six weeks 03-03..04-13, report on 04-14. */
export const FIRST = "2025-03-03";
export const BASELINE_START = addDays(FIRST, -7);
export const FINAL_DAY = addDays(FIRST, 42);

/** 20:01 local time in `zone` on `date`, just after the daily prompt is due. */
export function promptTime(date: string, zone = "Europe/Berlin"): Date {
  return DateTime.fromISO(`${date}T20:01`, { zone }).toJSDate();
}

export function text(m: BotMessage): string {
  return m.text ?? m.caption ?? "";
}

export interface PhaseParticipant {
  user: ChatUser;
  trial: SyntheticTrial;
  /** Everything the bot sent, by the simulated day it arrived on. */
  byDay: Map<string, BotMessage[]>;
}

/** A harness with the app's scheduler (reports, then the phases hook) on the injected clock. */
export async function phaseHarness(): Promise<{ h: Harness; scheduler: Scheduler }> {
  const h = await createHarness({ clock: new ManualClock(`${BASELINE_START}T10:00:00Z`) });
  const i18n = createI18n("en", () => undefined);
  const scheduler = createDailyScheduler({
    deps: h.deps,
    api: h.bot.api,
    t: (locale, key, vars) => i18n.t(locale, key, vars),
    beforePrompt: [reportsBeforePrompt(h.deps, h.bot.api), phasesBeforePrompt(h.deps, h.bot.api)],
    perSecond: 1000,
  });
  return { h, scheduler };
}

/** A phase harness for each test (handed to `use`), its scheduler stopped and harness closed after it. */
export function phaseHarnessPerTest(use: (run: { h: Harness; scheduler: Scheduler }) => void): void {
  let run: { h: Harness; scheduler: Scheduler } | null = null;
  beforeEach(async () => {
    run = await phaseHarness();
    use(run);
  });
  afterEach(async () => {
    await run?.scheduler.stop();
    await run?.h.close();
    run = null;
  });
}

/**
 * A consented user with a synthetic trial's plan. `seed` picks the trial's data (default: the id);
 * tests that share one seed share the block's charts too, each rasterised once per worker (the
 * renderer keeps images by their SVG).
 */
export async function enrol(h: Harness, profile: SyntheticProfile, id: number, seed = id): Promise<PhaseParticipant> {
  const user = await h.consentedUser({ id });
  const trial = syntheticTrial(profile, seed);
  await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
  await h.deps.stores.schedule.upsert(id, trial.plan.prompt);
  return { user, trial, byDay: new Map() };
}

/**
 * Simulated days: the scheduler's tick at prompt time, then `answer(date)`: a pain score the user
 * taps on that day's question (when one came), the synthetic entry saved directly for the block
 * (`"synthetic"`), or nothing (null).
 */
export async function runDays(
  h: Harness,
  scheduler: Scheduler,
  p: PhaseParticipant,
  from: string,
  to: string,
  answer: (date: string) => number | "synthetic" | null = () => "synthetic",
): Promise<void> {
  for (const date of datesIn({ start: from, end: to })) {
    h.clock.set(promptTime(date));
    await scheduler.runOnce();
    const sent = p.user.replies();
    const a = answer(date);
    if (a === "synthetic") {
      const entry = p.trial.entries.find((e) => e.date === date);
      if (entry) await h.deps.stores.entries.save(p.user.id, { ...entry, answeredAt: h.clock.now().toISOString() });
    } else if (a !== null && sent.some((m) => text(m).includes("Check-in for"))) {
      // A planned session day asks about the session first: there was none.
      if (p.user.buttons().includes("❌ Not today")) await p.user.tap("❌ Not today");
      await p.user.tap(String(a));
      sent.push(...p.user.replies());
    }
    p.byDay.set(date, sent);
  }
}

/**
 * Block 1's last week with pain on only 2 of its 7 days: the other 5 are saved with the marker
 * alone, so no day goes unanswered. The report then says "not enough data". Returns the answer
 * for runDays that leaves those days as saved.
 */
export async function thinLastWeek(h: Harness, p: PhaseParticipant): Promise<(date: string) => "synthetic" | null> {
  const thin = new Set(datesIn({ start: addDays(FINAL_DAY, -7), end: addDays(FINAL_DAY, -3) }));
  for (const e of p.trial.entries.filter((x) => thin.has(x.date))) {
    await h.deps.stores.entries.save(p.user.id, { ...e, pain: undefined, answeredAt: promptTime(e.date).toISOString() });
  }
  return (date) => (thin.has(date) ? null : "synthetic");
}
