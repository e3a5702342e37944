import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import { addDays } from "../../src/trial/time/calendar.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";

const TODAY = addDays(FIRST_SESSION, 20);

describe("the plan card says when the daily question comes, and that none comes while the trial is paused", () => {
  let h: Harness;
  let s: WebappServer;
  afterEach(async () => {
    await s?.close();
    await h?.close();
  });

  async function questionsLine(id: number, lang: "en" | "de"): Promise<string> {
    const res = await fetch(`${s.url}/app/api/trial`, { headers: { authorization: `tma ${initDataFor(h, id, 0, lang)}` } });
    return ((await res.json()) as TrialView).plan[1];
  }

  /** A trial in week 3 with its daily question scheduled; entries up to yesterday. */
  async function running(id: number, lang: "en" | "de") {
    const { user, trial } = await seedTrial(h, id, "responder", 6, lang);
    for (const e of trial.entries) if (e.date >= TODAY) await h.redis.hdel(`${h.prefix}{u:${id}}:entries`, e.date);
    await h.deps.stores.schedule.upsert(id, trial.plan.prompt);
    return user;
  }

  it.each([
    [
      "en",
      "Daily question at 20:00 (Europe/Berlin)",
      "Daily questions are paused after an urgent warning sign. /resume in the chat continues them when you are ready.",
    ],
    [
      "de",
      "Tägliche Frage um 20:00 (Europe/Berlin)",
      "Die täglichen Fragen sind nach einem dringenden Warnzeichen pausiert. /resume im Chat setzt sie fort, wenn du so weit bist.",
    ],
  ] as const)("%s: an urgent warning sign pauses the questions, and the page says so", async (lang, asked, paused) => {
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    s = await serveWebapp(h);
    const id = lang === "en" ? 7521 : 7522;
    const user = await running(id, lang);
    expect(await questionsLine(id, lang)).toBe(asked);
    await user.send(lang === "en" ? "I suddenly have chest pain and can't breathe" : "Ich habe plötzlich Brustschmerzen und bekomme keine Luft");
    expect(user.replyText()).toContain(lang === "en" ? "Please seek medical care now." : "Bitte hol dir jetzt ärztliche Hilfe.");
    // The schedule stays (it waits); the question does not come.
    expect(await h.deps.stores.schedule.get(id)).not.toBeNull();
    expect(await questionsLine(id, lang)).toBe(paused);
  });

  it.each([
    ["en", "Daily questions are paused. /resume in the chat continues them."],
    ["de", "Die täglichen Fragen sind pausiert. /resume im Chat setzt sie fort."],
  ] as const)("%s: the user's own /pause holds the questions, and the page says so", async (lang, paused) => {
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    s = await serveWebapp(h);
    const id = lang === "en" ? 7523 : 7524;
    const user = await running(id, lang);
    await user.send("/pause");
    expect(await questionsLine(id, lang)).toBe(paused);
    await user.send("/resume");
    expect(await questionsLine(id, lang)).toMatch(/^(Daily question at|Tägliche Frage um) 20:00 \(Europe\/Berlin\)$/);
  });
});
