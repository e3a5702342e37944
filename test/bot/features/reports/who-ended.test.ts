import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { BASELINE_START, syntheticTrial } from "../../../support/trial-fixtures.js";
import { translateFor } from "../../../support/checkin.js";
import { checkSettleRule } from "../../../../src/bot/features/reports/scheduled.js";
import { loadTrial } from "../../../../src/bot/features/reports/service.js";
import { clinicianReport } from "../../../../src/bot/features/reports/clinician.js";
import { trialView } from "../../../../src/server/webapp/trial-view.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const t = (key: string, vars?: Record<string, string | number>) => translateFor("en", key, vars);

/** A user whose "worsening" data makes the "does not settle" rule fire a second time on Thu, Mar 20, 2025. */
async function worseningUser(id: number) {
  const u = await h.consentedUser({ id });
  const trial = syntheticTrial("worsening", id);
  await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
  for (const e of trial.entries.filter((x) => x.date <= "2025-03-20")) await h.deps.stores.entries.save(id, e);
  h.clock.set("2025-03-20T19:00:00Z");
  return u;
}

describe("who ended the block: the user or the safety stop", () => {
  it("after the bot's own stop, /summary, the report page and the Mini App say the stop ended it, not the user", async () => {
    const u = await worseningUser(301);
    expect(await checkSettleRule(h.deps, h.bot.api, 301)).toBe("stop");
    expect(u.replyText()).toContain("Stop the sessions and get checked");
    expect(await h.deps.stores.reports.ended(301)).toMatchObject({ date: "2025-03-20", by: "stop" });

    h.clock.set("2025-03-21T10:00:00Z");
    await u.send("/summary");
    const summary = u.replyText();
    expect(summary).not.toContain("You ended the trial");
    expect(summary).toContain("The block ended on Thu, Mar 20, 2025 with the safety stop");

    const trial = (await loadTrial(h.deps, 301))!;
    expect(trialView(trial, trial.entries, t, "en").decision).toMatchObject({ kind: "ended", stopped: true });
    const page = clinicianReport(t, "en", trial, { generatedOn: "2025-03-21" }).page;
    expect(JSON.stringify(page)).toContain("by the bot's safety stop");

    // No session question after the advice to stop the sessions (Mon, Mar 24 is a planned session day).
    h.clock.set("2025-03-24T10:00:00Z");
    await u.send("/checkin");
    const asked = [u.replyText()];
    await u.send("5");
    asked.push(u.replyText());
    await u.tap("Not measured");
    asked.push(u.replyText());
    expect(asked.join("\n")).not.toContain("massage session");
  });

  it("/endtrial is the user's own end: /summary says so; an old mark without a reason reads the same", async () => {
    const u = await worseningUser(302);
    h.clock.set("2025-03-19T10:00:00Z"); // before the stop fires
    await u.send("/endtrial");
    await u.tap(/Yes/);
    expect(await h.deps.stores.reports.ended(302)).toMatchObject({ date: "2025-03-19", by: "user" });
    u.replies();
    await u.send("/summary");
    expect(u.replyText()).toContain("You ended the trial on Wed, Mar 19, 2025");

    // A mark written before the reason existed.
    const { by: _by, ...old } = (await h.deps.stores.reports.ended(302))!;
    await h.deps.stores.reports.setEnded(302, old);
    expect(await h.deps.stores.reports.ended(302)).toEqual(old);
    await u.send("/summary");
    expect(u.replyText()).toContain("You ended the trial on Wed, Mar 19, 2025");
    const trial = (await loadTrial(h.deps, 302))!;
    expect(trialView(trial, trial.entries, t, "en").decision).toMatchObject({ kind: "ended", stopped: false });
  });

  it("a score for the day after the safety stop does not undo it: the report still says stop", async () => {
    const u = await worseningUser(303);
    expect(await checkSettleRule(h.deps, h.bot.api, 303)).toBe("stop");
    h.clock.set("2025-03-21T19:30:00Z"); // Friday, the same week as the stop
    u.replies();
    await u.send("/summary final");
    const before = u.replyText();
    expect(before).toContain("Stop the sessions and get checked");
    await u.send("/checkin");
    await u.send("9");
    await u.tap("Not measured");
    u.replies();
    expect((await h.deps.stores.entries.get(303, "2025-03-21"))?.pain).toBe(9);
    await u.send("/summary final");
    const after = u.replyText();
    expect(after).toContain("Stop the sessions and get checked");
    expect(after).not.toContain("The result changed");
    const trial = (await loadTrial(h.deps, 303))!;
    const page = JSON.stringify(clinicianReport(t, "en", trial, { generatedOn: "2025-03-22" }).page);
    expect(page).toContain("by the bot's safety stop");
    expect(page).toContain("Stop and get checked: the bot advised stopping the sessions");
  });
});
