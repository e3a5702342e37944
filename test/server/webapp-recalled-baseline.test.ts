import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { syntheticTrial } from "../support/trial-fixtures.js";
import { FIRST_SESSION, eveningOf, initDataFor, serveWebapp, type WebappServer } from "../support/webapp.js";

describe("a recalled baseline in the Mini App: one remembered number, flagged as weaker evidence", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  it.each([
    ["en", "Baseline pain, recalled from memory (weaker evidence): 60 / 100", /recalled from memory: weaker evidence/],
    ["de", "Schmerz als Ausgangswert, aus der Erinnerung (schwächere Grundlage): 60 / 100", /aus der Erinnerung: schwächere Grundlage/],
  ] as const)("%s: the decision card says the baseline was recalled, as the chat's report does", async (lang, line, inChat) => {
    h = await createHarness({ clock: new ManualClock(eveningOf(addDays(FIRST_SESSION, 42))) });
    s = await serveWebapp(h);
    const id = lang === "en" ? 7531 : 7532;
    const user = await h.consentedUser({ id, languageCode: lang });
    const base = syntheticTrial("responder", id, FIRST_SESSION);
    await h.deps.stores.plans.save(id, { ...base.plan, painScale: 100, baseline: { kind: "recalled", pain10: 6, marker: 20 } }, FIRST_SESSION, h.clock.now());
    for (const e of base.entries)
      if (e.date >= FIRST_SESSION && e.pain !== undefined) await h.deps.stores.entries.save(id, { ...e, pain: e.pain * 10, scale: 100 });
    user.replies();
    await user.send("/summary final");
    expect(user.replyText()).toMatch(inChat);

    const view = (await (await fetch(`${s.url}/app/api/trial`, { headers: { authorization: `tma ${initDataFor(h, id, 0, lang)}` } })).json()) as TrialView;
    expect(view.decision.numbers[0]).toBe(line);
    expect(view.decision.numbers.join("\n")).not.toMatch(/Baseline mean pain|Mittlerer Schmerz in der Ausgangswoche/);
    // What the chart draws as a line: the one number, no range.
    expect(view.baseline).toEqual({ painMean: 60, painLow: null, painHigh: null, recalled: true });
  });
});
