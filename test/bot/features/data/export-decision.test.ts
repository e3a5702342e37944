/**
 * /export's summary carries the decision the user was shown: `/summary final`, the Mini App and
 * the clinician page read the block as of today (interim), its end (final) or the day it was ended.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { BASELINE_START, FIRST, syntheticTrial } from "../../../support/trial-fixtures.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import { buildExport } from "../../../../src/bot/features/data/feature.js";
import { decisionAt, loadTrial, reportScope } from "../../../../src/bot/features/reports/service.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ clock: new ManualClock(`${addDays(FIRST, 23)}T12:00:00Z`) });
});
afterEach(async () => {
  await h.close();
});

async function responderUpTo(id: number, last: string) {
  const u = await h.consentedUser({ id });
  const trial = syntheticTrial("responder", 5);
  await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, new Date(`${BASELINE_START}T08:00:00Z`));
  for (const e of trial.entries.filter((e) => e.date <= last)) await h.deps.stores.entries.save(id, e);
  return u;
}

const exported = async (id: number) => JSON.parse((await buildExport(h.deps, id, translatorFor("en"))).json).summary;

describe("the decision in /export", () => {
  it("mid-block: the interim decision the reports show, on the last 7 days so far", async () => {
    const today = addDays(FIRST, 23);
    const u = await responderUpTo(7401, today);
    await u.send("/summary final");
    expect(u.replies().map((m) => m.text ?? "").join("\n")).toContain("Your numbers improved");
    const summary = await exported(7401);
    const trial = (await loadTrial(h.deps, 7401))!;
    const shown = decisionAt(trial, reportScope(trial).asOf).decision;
    expect(summary.decision).toMatchObject({ report: "interim", asOf: today, outcome: "improved" });
    expect(summary.decision.numbers).toEqual(JSON.parse(JSON.stringify(shown.numbers)));
    expect(summary.decision.numbers.lastWeekDays).toBe(7);
  });

  it("after /endtrial: the decision as of the day it was ended", async () => {
    const today = addDays(FIRST, 23);
    const u = await responderUpTo(7402, today);
    await u.send("/endtrial");
    await u.tap(u.buttons().find((b) => /end it/i.test(b))!);
    const summary = await exported(7402);
    expect(summary.decision).toMatchObject({ report: "ended", asOf: today, outcome: "improved" });
  });
});
