import { afterEach, expect, it } from "vitest";
import { BASELINE_START, enrol, phaseHarness, runDays, text } from "../../../support/phase-trial.js";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";

let running: { h: Harness; scheduler: Scheduler } | null = null;
afterEach(async () => {
  await running?.scheduler.stop();
  await running?.h.close();
  running = null;
});

// Seed 9921's "worsening" trial: two weeks in a row likely worse, so the rule fires a second time
// (the stop) on Thu, Mar 13, 2025, in the middle of week 2.
it("a score for a day after the safety stop, in the same week, leaves the stop standing", async () => {
  running = await phaseHarness();
  const { h, scheduler } = running;
  const p = await enrol(h, "worsening", 9961, 9921);
  await runDays(h, scheduler, p, BASELINE_START, "2025-03-13");
  expect(p.byDay.get("2025-03-13")!.map(text).join("\n")).toContain("Stop the sessions and get checked");
  expect(await h.deps.stores.reports.ended(9961)).toMatchObject({ date: "2025-03-13", by: "stop" });

  h.clock.set(new Date("2025-03-14T19:30:00Z"));
  p.user.replies();
  await p.user.send("/checkin");
  await p.user.send("9");
  await p.user.tap("Not measured");
  expect((await h.deps.stores.entries.get(9961, "2025-03-14"))?.pain).toBe(9);
  p.user.replies();

  await p.user.send("/summary final");
  const report = p.user.replies().map(text).join("\n");
  expect(report).toContain("Stop the sessions and get checked");
  expect(report).not.toContain("The result changed");
  await p.user.tap("📋 Details");
  const details = p.user.replyText();
  expect(details).toMatch(/time 2/);
  // The details say which week the short report's stop line rests on, with its own numbers.
  expect(details).toContain("The short report sets the baseline against week 2 (Mar 10 – Mar 13), the last week with scores");
  expect(report).toMatch(/in week 2 \(Mar 10 – Mar 13/);
});

it("a corrected score on the stop's own days leaves the stop standing: the numbers change, the outcome does not", async () => {
  running = await phaseHarness();
  const { h, scheduler } = running;
  const p = await enrol(h, "worsening", 9962, 9921);
  await runDays(h, scheduler, p, BASELINE_START, "2025-03-13");
  const ended = await h.deps.stores.reports.ended(9962);
  expect(ended).toMatchObject({ date: "2025-03-13", by: "stop" });
  expect(ended?.firings?.map((f) => f.ordinal)).toEqual([1, 2]);

  // The next day the user corrects the days the stop rested on to low scores.
  h.clock.set(new Date("2025-03-14T10:00:00Z"));
  for (const date of ["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13"]) {
    const entry = (await h.deps.stores.entries.get(9962, date))!;
    await h.deps.stores.entries.save(9962, { ...entry, pain: 2, corrected: true });
  }
  p.user.replies();
  await p.user.send("/summary final");
  const report = p.user.replies().map(text).join("\n");
  expect(report).toContain("Stop the sessions and get checked");
  expect(report).not.toContain("The result changed");
  await p.user.tap("📋 Details");
  expect(p.user.replyText()).toMatch(/time 2/);
});

