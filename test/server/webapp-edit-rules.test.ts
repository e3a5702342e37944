import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { checkSettleRule } from "../../src/bot/features/reports/scheduled.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { syntheticTrial } from "../support/trial-fixtures.js";
import { FIRST_SESSION, eveningOf, initDataFor, serveWebapp, type WebappServer } from "../support/webapp.js";

describe("an edit in the Mini App counts like a check-in answer", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  it("runs the 'does not settle' rule right after the edit that completes a firing", async () => {
    const id = 7401;
    h = await createHarness({ clock: new ManualClock(eveningOf("2025-03-09")) });
    const user = await h.consentedUser({ id });
    const trial = syntheticTrial("worsening", id, FIRST_SESSION);
    await h.deps.stores.plans.save(id, trial.plan, addDays(FIRST_SESSION, -7), h.clock.now());
    for (const e of trial.entries.filter((x) => x.date <= "2025-03-08")) await h.deps.stores.entries.save(id, e);
    expect(await checkSettleRule(h.deps, h.bot.api, id)).toBe("none");
    s = await serveWebapp(h);

    const day = trial.entries.find((e) => e.date === "2025-03-09")!;
    const res = await fetch(`${s.url}/app/api/entry`, {
      method: "POST",
      headers: { authorization: `tma ${initDataFor(h, id)}`, "content-type": "application/json" },
      body: JSON.stringify({ date: day.date, pain: day.pain, session: day.session }),
    });
    expect(res.status).toBe(200);
    expect(user.replyText()).toContain("lighter pressure or a shorter session");
    // Fired once, by the edit: the next check finds nothing new.
    expect(await checkSettleRule(h.deps, h.bot.api, id)).toBe("none");
    const saved = await h.deps.stores.entries.get(id, day.date);
    expect(saved).toMatchObject({ pain: day.pain, session: day.session });
    expect(saved!.late).toBeUndefined(); // answered on its own evening
  });
});
