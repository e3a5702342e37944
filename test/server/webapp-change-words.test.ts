import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createHarness, type Harness } from "../support/harness.js";
import { translateFor } from "../support/checkin.js";
import { eveningOf, FIRST_SESSION, seedTrial } from "../support/webapp.js";
import { loadTrial } from "../../src/bot/features/reports/service.js";
import { trialView } from "../../src/server/webapp/trial-view.js";
import { addDays } from "../../src/trial/time/calendar.js";

describe("the Mini App names the direction of the pain change, as the chat does", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it.each([
    ["en", /^Change: ↘ \d+(\.\d)? points better than your baseline \(−\d+ %\)$/],
    ["de", /^Veränderung: ↘ \d+(,\d)? Punkte besser als deine Ausgangswoche \(−\d+ %\)$/],
  ] as const)("%s: a responder's change reads 'better', with the percent falling", async (lang, expected) => {
    h = await createHarness({ clock: new ManualClock(eveningOf(addDays(FIRST_SESSION, 6 * 7 + 1))) });
    const id = lang === "en" ? 7601 : 7602;
    await seedTrial(h, id, "responder", 6, lang);
    const trial = (await loadTrial(h.deps, id))!;
    const t = (key: string, vars?: Record<string, string | number>) => translateFor(lang, key, vars);
    const change = trialView(trial, trial.entries, t, lang).decision.numbers.find((line) => /^(Change|Veränderung):/.test(line));
    expect(change).toMatch(expected);
    expect(change).not.toMatch(/:\s*[−-]\d/); // no bare minus in front of an improvement
  });
});
