/** The first session in the past: a date without a year, and "Already started". */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const WORDS = {
  en: { no: "No", area: "Neck", done: "Done ✓", take: /Use this plan/, zone: "Europe/Berlin", started: "Already started", memory: /memory of the week before the sessions/, later: /Count from Mon, Jan 11, 2027/ },
  de: { no: "Nein", area: "Nacken", done: "Fertig ✓", take: /Diesen Plan/, zone: "Europe/Berlin", started: "Schon begonnen", memory: /Erinnerung an die Woche vor den Sitzungen/, later: /Ab Mo\., 11\. Jan\. 2027 zählen/ },
} as const;

/** The quick path up to "When is your first massage session?" (a plain language code: the zone is asked first). */
async function toFirstSession(id: number, lang: "en" | "de"): Promise<ChatUser> {
  const w = WORDS[lang];
  const u = await h.consentedUser({ id, languageCode: lang });
  await u.send("/plan");
  for (let i = 0; i < 3; i++) await u.tap(w.no);
  await u.tap(w.area);
  await u.tap(w.done);
  await u.tap(w.take);
  await u.tap(w.zone);
  u.replies();
  return u;
}

describe("a first session typed without a year", () => {
  it.each([
    ["en", "Dec 14", "Your first session was on Mon, Dec 14, 2026, so the trial counts from that day."],
    ["de", "14.12.", "Deine erste Sitzung war am Mo., 14. Dez. 2026, daher zählt der Versuch ab diesem Tag."],
    ["de", "14. Dezember", "Deine erste Sitzung war am Mo., 14. Dez. 2026, daher zählt der Versuch ab diesem Tag."],
  ] as const)("%s %j three weeks ago is last December, not next", async (lang, typed, said) => {
    const u = await toFirstSession(601, lang);
    await u.send(typed);
    const text = u.replyText();
    expect(text).toContain(said);
    expect(text).not.toContain("2027-12-14");
    expect(text).not.toMatch(/Dec 14, 2027|14\. Dez\. 2027/);
    expect(u.buttons()).not.toContainEqual(expect.stringMatching(/Move the first session|Erste Sitzung auf/));
    expect((await h.deps.stores.drafts.get(601))?.answers.firstSession).toBe("2026-12-14");
  });

  it("months away either way: asks which year; last year's, too far back, explains and asks again", async () => {
    const u = await toFirstSession(602, "en");
    await u.send("Nov 20");
    expect(u.replyText()).toContain("Did you mean Fri, Nov 20, 2026 or Sat, Nov 20, 2027?");
    expect(u.buttons().slice(0, 2)).toEqual(["Fri, Nov 20, 2026", "Sat, Nov 20, 2027"]);
    await u.tap("Fri, Nov 20, 2026");
    const text = u.replyText();
    expect(text).toContain("That is more than four weeks ago.");
    expect(text).toContain("When is your first massage session?");
    expect(u.buttons()).toContain("Already started");
    await u.send("Nov 20");
    await u.tap("Sat, Nov 20, 2027");
    expect(u.replyText()).toContain("Good — your first session is on Sat, Nov 20, 2027.");
  });
});

describe("Already started", () => {
  it.each(["en", "de"] as const)("%s: the trial counts from today, with a baseline remembered from before the sessions", async (lang) => {
    const w = WORDS[lang];
    const u = await toFirstSession(603, lang);
    await u.tap(w.started);
    const question = u.replyText();
    if (lang === "en") {
      expect(question).toContain("Your massage sessions have already begun, so the trial counts from today, Mon, Jan 4, 2027.");
      expect(question).toContain("the week before the sessions began");
      expect(question).not.toContain("Your first session is on");
    } else {
      expect(question).toContain("Deine Massagesitzungen haben schon begonnen, daher zählt der Versuch ab heute, Mo., 4. Jan. 2027.");
      expect(question).not.toContain("Deine erste Sitzung ist am");
    }
    expect(u.buttons()).not.toContainEqual(expect.stringMatching(/Move the first session|Erste Sitzung auf/));
    await u.tap(w.memory);
    expect(u.replyText()).toContain(lang === "en" ? "in the week before your massage sessions began" : "in der Woche, bevor deine Massagesitzungen begannen");
    await u.tap("6");
    expect(u.replyText()).toContain(lang === "en" ? "in that week before the sessions" : "in dieser Woche vor den Sitzungen");
    await u.tap(lang === "en" ? "Skip" : "Überspringen");
    expect(u.replyText()).toContain(lang === "en" ? "sessions already begun; the trial counts from Mon, Jan 4, 2027" : "Sitzungen hatten schon begonnen; der Versuch zählt ab Mo., 4. Jan. 2027");
    await u.tap(lang === "en" ? "✓ Looks right" : /Passt so/);
    const plan = (await h.deps.stores.plans.current(603))!.plan;
    expect(plan).toMatchObject({ firstSession: "2027-01-04", sessionsBegan: true, baseline: { kind: "recalled", pain10: 6 } });
  });

  it("or a week of daily scores, with the trial counted from next Monday", async () => {
    const u = await toFirstSession(604, "en");
    await u.tap("Already started");
    await u.tap(WORDS.en.later);
    expect(u.replyText()).toContain("The trial now counts from Mon, Jan 11, 2027.");
    await u.tap("✓ Looks right");
    const plan = (await h.deps.stores.plans.current(604))!.plan;
    expect(plan).toMatchObject({ firstSession: "2027-01-11", sessionsBegan: true, baseline: { kind: "daily" } });
  });
});
