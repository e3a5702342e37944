import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import type { Entry } from "../../../../src/trial/checkin/entry.js";
import { syntheticTrial } from "../../../support/trial-fixtures.js";

const FIRST = "2025-03-03";
const BASELINE_START = addDays(FIRST, -7);

function promptTime(date: string): Date {
  return DateTime.fromISO(`${date}T20:01`, { zone: "Europe/Berlin" }).toJSDate();
}

/** Chat text must carry no decimals and none of the statisticians' words (those are for /method). */
function expectPlain(text: string): void {
  const visible = text.replace(/<[^>]+>/g, "");
  expect(visible).not.toMatch(/\b(NAP|MCID|posterior|AR\(1\))\b/);
  expect(visible).not.toMatch(/Δ/);
  expect(visible).not.toMatch(/\d[.,]\d+ in 10/);
}

describe("the model's verdict in the chat", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(promptTime("2025-02-25")) });
  });

  afterEach(async () => {
    await h.close();
  });

  async function trialWith(id: number, blockPain: (i: number) => number | undefined, extra: Partial<Entry> = {}) {
    const user = await h.consentedUser({ id });
    const trial = syntheticTrial("non_responder", 5);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    for (const [i, e] of trial.entries.entries()) {
      await h.deps.stores.entries.save(id, e.date >= FIRST ? { ...e, pain: blockPain(i), ...extra } : e);
    }
    h.clock.set(promptTime("2025-04-14"));
    return user;
  }

  const wobble = [0, 1, -1, 1, 0, 1, -1];

  /** `/summary final`, then its "Details" button: the short report, and it with its details. */
  async function finalWithDetails(user: Awaited<ReturnType<typeof trialWith>>, details = "📋 Details") {
    await user.send("/summary final");
    const short = user.replyText();
    const buttons = user.buttons();
    await user.tap(details);
    return { short, buttons, report: `${short}\n\n${user.replyText()}` };
  }

  it("an unclear block says so, with how many weeks would likely settle it, and extends by them in one tap", async () => {
    const user = await trialWith(7301, (i) => 4.75 + wobble[i % 7]);
    const { short, buttons, report } = await finalWithDetails(user);
    expect(short).toContain("Not clear yet:</b> your numbers cannot tell yet");
    expect(report).toMatch(
      /pain: not clear yet — about \d\.\d points better, and the chance of at least 1\.9 points \(the default: 2 points, or 30 % of your baseline if that is less, but at least 1 point\) is about \d in 10/,
    );
    expect(report).toContain("extending the block by 3 weeks would likely make it clear");
    expect(report).toContain("a week or two without massage");
    // The smallest change that matters reads the same in "Why" and in the numbers.
    expect(report).toContain("unlikely to be better by the 3.9 min that matters");
    expect(report).toContain("less than the 3.9 min that matters");
    expectPlain(report);
    expect(buttons.slice(0, 3)).toEqual(["📋 Details", "📚 What studies say", "➕ Extend the block by 3 weeks"]);

    await user.tap("➕ Extend the block by 3 weeks");
    expect(user.replyText()).toContain("the block now has 9 weeks");
    const read = await h.deps.stores.plans.read(7301);
    expect(read.status === "ok" && read.current.plan.weeks).toBe(9);
  });

  it("a clear result words the chances as 'in 10' and names a default marker threshold as a default", async () => {
    const user = await trialWith(7302, (i) => 3 + (wobble[i % 7] === 1 ? 1 : 0));
    const { short, buttons, report } = await finalWithDetails(user);
    expect(short).toContain("Mixed result:</b> your pain is likely better by an amount that matters");
    expect(report).toMatch(/the chance of at least 1\.9 points .* is more than 9 in 10/);
    expect(report).toContain("(the default: 20 % of your baseline, at least 1)");
    expect(report).not.toContain("you said would matter");
    expect(report).not.toContain("your own choice");
    expect(report).toContain("Allowing for ups and downs and for any trend before the start");
    expectPlain(report);
    expect(buttons).not.toContain("➕ Extend the block by 3 weeks");
  });

  it("in German too", async () => {
    const user = await trialWith(7303, (i) => 4.75 + wobble[i % 7]);
    await user.send("/language");
    await user.tap("Deutsch");
    const { short, buttons, report } = await finalWithDetails(user, "📋 Details");
    expect(short).toContain("Noch nicht klar:");
    expect(short).toContain("auf deiner Skala 0-10");
    expect(report).toMatch(/etwa \d von 10/);
    expect(buttons.slice(0, 3)).toEqual(["📋 Details", "📚 Was Studien sagen", "➕ Block um 3 Wochen verlängern"]);
  });

  it("/method explains the rule and shows this trial's own numbers", async () => {
    const user = await trialWith(7304, (i) => 3 + (wobble[i % 7] === 1 ? 1 : 0));
    await user.send("/method");
    const text = user.replyText();
    expect(text).toContain("How I decide");
    expect(text).toContain("P(≥ MCID) ≥ 0.5 and P(&gt; 0) ≥ 0.95");
    // On the user's 0-10 scale (the model itself runs on 0-100).
    expect(text).toMatch(/Pain \(points on your 0-10 scale\)<\/u>: effect \(improvement\) \d\.\d+, 95 % interval/);
    expect(text).toContain("likely meaningful");
    expect(text).toMatch(/NAP 1\.00 \[0\.\d\d; 1\.00\]/);
    expect(text).toMatch(/P\(&gt; 0\) = 1\.00, P\(≥ 1\.89\) = 0\.\d\d \(MCID default\)/);
  });

  it("/method before any plan gives the rule alone", async () => {
    const user = await h.consentedUser({ id: 7305 });
    await user.send("/method");
    const text = user.replyText();
    expect(text).toContain("How I decide");
    expect(text).not.toContain("Your numbers");
  });

  it("the weekly status no longer says that 10 points counts as a real change", async () => {
    const user = await trialWith(7306, (i) => 3 + (wobble[i % 7] === 1 ? 1 : 0));
    await user.send("/summary");
    const text = user.replies().map((m) => m.text ?? m.caption ?? "").join("\n");
    expect(text).not.toContain("10 or more counts as a real change");
    expect(text).toContain("likely better than your baseline by an amount that matters");
    expectPlain(text);
  });
});
