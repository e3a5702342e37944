import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { readPdf } from "../support/pdf-text.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";

const NAME = "Steps <with stick> & stairs";

describe("a custom marker's own words, brackets and ampersand included", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  it("reach the Mini App's headline and the clinician page's result line whole", async () => {
    h = await createHarness({ clock: new ManualClock(eveningOf(addDays(FIRST_SESSION, 42))) });
    s = await serveWebapp(h);
    const id = 7551;
    const { trial } = await seedTrial(h, id, "responder");
    await h.deps.stores.plans.save(
      id,
      { ...trial.plan, marker: { preset: "custom", name: NAME, unit: "steps", direction: "higher" } },
      addDays(FIRST_SESSION, 7),
      h.clock.now(),
    );
    const auth = { authorization: `tma ${initDataFor(h, id)}` };

    const view = (await (await fetch(`${s.url}/app/api/trial`, { headers: auth })).json()) as TrialView;
    expect(view.marker.name).toBe(NAME);
    expect(view.decision.headline).toContain(`“${NAME}”`);

    const res = await fetch(`${s.url}/app/api/report`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: '{"send":"file"}' });
    const page = (await readPdf(Buffer.from(await res.arrayBuffer()))).text.replace(/\s+/g, " ");
    expect(page).toContain(`“${NAME}” are likely better`);
  });
});
