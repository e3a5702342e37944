import { afterEach } from "vitest";
import { createHarness, type Harness } from "./harness.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import type { Plan } from "../../src/trial/plan/plan.js";
import { makePlan } from "./trial-fixtures.js";
import { createI18n } from "../../src/bot/i18n.js";
import { createDailyJob, type BeforePromptHook } from "../../src/scheduler/daily-job.js";
import { runTick, type TickResult } from "../../src/scheduler/tick.js";

/**
 * A `harness()` for tests that run several bot instances: every harness it made is closed after
 * each test; the first one made owns the data and the fake API, so the others leave them.
 */
export function harnessesClosedAfterEach(): (opts?: Parameters<typeof createHarness>[0]) => Promise<Harness> {
  let made: Harness[] = [];
  afterEach(async () => {
    for (const h of made.reverse()) await h.close({ keepData: h !== made.at(-1) });
    made = [];
  });
  return async (opts = {}) => {
    const h = await createHarness(opts);
    made.push(h);
    return h;
  };
}

/** The daily question (not its reminder) and the reminder, in English. */
export const isPrompt = (m: BotMessage) => /Check-in for/.test(m.text ?? "") && !/gentle reminder/.test(m.text ?? "");
export const isReminder = (m: BotMessage) => /gentle reminder/.test(m.text ?? "");
export const prompts = (h: Harness, id: number) => h.api.chat(id).filter(isPrompt);

const i18n = createI18n("en", () => undefined);
export const translateFor = (locale: string, key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);

/**
 * A consented user with a plan: first session Mon 2027-01-11 (baseline from Mon 2027-01-04, the
 * harness's start day), 4 weeks, daily question at 20:00 Europe/Berlin (19:00Z in winter).
 */
export async function userWithPlan(
  h: Harness,
  id: number,
  overrides: Partial<Plan> = {},
  opts: { languageCode?: string } = {},
): Promise<{ u: ChatUser; plan: Plan }> {
  const u = await h.consentedUser({ id, languageCode: opts.languageCode ?? "en" });
  const plan = makePlan({ firstSession: "2027-01-11", weeks: 4, prompt: { time: "20:00", zone: "Europe/Berlin" }, ...overrides });
  await h.deps.stores.plans.save(id, plan, "2027-01-04", h.clock.now());
  await h.deps.stores.schedule.upsert(id, plan.prompt);
  return { u, plan };
}

export interface JobOptions {
  beforePrompt?: BeforePromptHook[];
  limiter?: { acquire(): Promise<unknown> };
  /** Claims per batch in runTick (default 100). */
  batchSize?: number;
}

/** The daily job on a harness, with a tick that sends prompts and then reminders. */
export function dailyJob(h: Harness, opts: JobOptions = {}) {
  const job = createDailyJob({
    stores: h.deps.stores,
    api: h.bot.api,
    t: translateFor,
    defaultLocale: "en",
    clock: h.clock,
    limiter: opts.limiter ?? { acquire: async () => 0 },
    logger: h.deps.logger,
    beforePrompt: opts.beforePrompt,
  });
  return {
    ...job,
    async tick(): Promise<TickResult> {
      const r = await runTick({ store: h.deps.stores.schedule, clock: h.clock, send: job.send, logger: h.deps.logger, batchSize: opts.batchSize });
      await job.runReminders();
      return r;
    },
  };
}

/** Moves the clock to `iso` and runs one tick. */
export async function tickAt(h: Harness, job: ReturnType<typeof dailyJob>, iso: string): Promise<TickResult> {
  h.clock.set(iso);
  return job.tick();
}

/**
 * Answers what the waiting check-in still asks with the plain choices ("❌ Not today" for the
 * session, "Not measured" for the marker) until "That's everything"; returns the replies' text.
 */
export async function finishCheckin(u: ChatUser): Promise<string> {
  const texts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const b = u.buttons();
    if (b.includes("❌ Not today")) await u.tap("❌ Not today");
    else if (b.includes("Not measured")) await u.tap("Not measured");
    else break;
    texts.push(u.replyText());
  }
  return texts.join("\n---\n");
}

/** The whole check-in ends with a note: the plain choices, then "📝 Add a note" and the text. */
export async function finishWithNote(u: ChatUser, note: string): Promise<void> {
  await finishCheckin(u);
  await u.tap("📝 Add a note");
  u.replies();
  await u.send(note);
}
