/**
 * `npm run bench:taps`: what answering costs the user, counted through the bot (fake Bot API, a
 * private redis-server): actions from /start to a saved plan (the suggested plan, and every
 * detail), and taps per daily check-in over a simulated trial (baseline week and a 6-week block),
 * by buttons only and with one typed message. Written to the `taps` section of bench/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PrivateRedis } from "./processes.js";
import { createHarness, type Harness } from "../test/support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../test/support/checkin.js";
import type { ChatUser } from "../src/local/chat-user.js";
import type { Plan } from "../src/trial/plan/plan.js";
import { addDays, datesIn } from "../src/trial/time/calendar.js";
import { median } from "./support.js";

/** Runs the steps, counting each message and tap as one action. */
async function countActions(u: ChatUser, steps: (string | { send: string })[]): Promise<number> {
  for (const s of steps) {
    if (typeof s === "string") await u.tap(s);
    else await u.send(s.send);
  }
  return steps.length;
}

async function setupActions(h: Harness): Promise<{ quick: number; full: number }> {
  const screen = ["No", "No", "No", "Low back", "Done ✓"];
  const quickUser = h.user({ id: 1 });
  const quick = await countActions(quickUser, [{ send: "/start" }, "18+", ...screen, "✅ Use this plan", "Europe/Berlin", "In a week", "✓ Looks right"]);
  if (!(await h.deps.stores.plans.has(1))) throw new Error("taps: the quick setup did not save a plan");
  const fullUser = h.user({ id: 2 });
  const full = await countActions(fullUser, [
    { send: "/start" },
    "18+",
    ...screen,
    "✏️ Change details",
    "Less pain",
    "45",
    "2",
    "No fixed days",
    "6",
    "Moderate",
    "None",
    "Skip",
    "Skip",
    "0-10",
    "Minutes walked before having to stop",
    "20:00",
    "Europe/Berlin",
    "In a week",
    "✓ Looks right",
  ]);
  if (!(await h.deps.stores.plans.has(2))) throw new Error("taps: the full setup did not save a plan");
  return { quick, full };
}

/** Every day of a trial answered: returns the actions each day took. */
async function trialTaps(h: Harness, id: number, plan: Partial<Plan>, typed: boolean): Promise<number[]> {
  h.clock.set("2027-01-04T08:00:00Z");
  const { u } = await userWithPlan(h, id, { firstSession: "2027-01-11", weeks: 6, ...plan });
  const job = dailyJob(h);
  const perDay: number[] = [];
  for (const [d, date] of datesIn({ start: "2027-01-04", end: addDays("2027-01-11", 6 * 7 - 1) }).entries()) {
    u.replies();
    await tickAt(h, job, `${date}T19:00:00Z`);
    const got = u.replies();
    if (!got.some((m) => /Check-in for/.test(m.text ?? ""))) throw new Error(`taps: no question on ${date}`);
    let actions = 0;
    const pain = String(3 + (d % 4));
    if (u.buttons().includes("✅ Had it")) {
      await u.tap(d % 3 === 0 ? "❌ Not today" : "✅ Had it");
      actions++;
    }
    if (typed) {
      await u.send(`${pain} ${20 + (d % 10)}`);
      actions++;
    } else {
      await u.tap(pain);
      const values = u.buttons().filter((b) => /^\d+$/.test(b));
      await u.tap(values[d % values.length]);
      actions += 2;
    }
    if (!/That's everything/.test(u.all().at(-1)?.text ?? "")) throw new Error(`taps: ${date} did not finish`);
    perDay.push(actions);
  }
  return perDay;
}

const summary = (xs: number[]) => ({
  days: xs.length,
  median: median(xs),
  mean: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100,
  max: Math.max(...xs),
});

const redis = await PrivateRedis.create();
try {
  const h = await createHarness({ redisUrl: redis.url });
  try {
    const setup = await setupActions(h);
    const taps = {
      setupActions: { suggested: setup.quick, everyDetail: setup.full, goal: "suggested ≤ 12, every detail ≤ 22" },
      checkinTaps: {
        fixedDaysTapsOnly: summary(await trialTaps(h, 10, { weekdays: [2, 5], sessionsPerWeek: 2 }, false)),
        noFixedDaysTapsOnly: summary(await trialTaps(h, 11, { weekdays: [] }, false)),
        fixedDaysTyped: summary(await trialTaps(h, 12, { weekdays: [2, 5], sessionsPerWeek: 2 }, true)),
        note: 'a trial of 49 days: baseline week, then 6 weeks; sessions Tue and Fri (fixed days) or asked every day (no fixed days); tapsOnly = pain grid + a marker button (+ the session question), typed = one message "6 20" (+ the session tap)',
      },
    };
    const out = fileURLToPath(new URL("./results.json", import.meta.url));
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>) : {};
    writeFileSync(out, `${JSON.stringify({ ...previous, taps }, null, 2)}\n`);
    console.log(JSON.stringify(taps, null, 2));
    console.log("Written to bench/results.json (section taps; the others are unchanged).");
  } finally {
    await h.close();
  }
} finally {
  await redis.stop();
}
