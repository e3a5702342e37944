/** /start and /language in the middle of the setup keep the user's place and speak plainly. */
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
  en: { no: "No", area: "Knees", done: "Done ✓", details: "✏️ Change details", goal: "Better sleep", minutes: "How many minutes will each session last?" },
  de: { no: "Nein", area: "Knie", done: "Fertig ✓", details: "✏️ Details ändern", goal: "Besser schlafen", minutes: "Wie viele Minuten dauert eine Sitzung?" },
} as const;

/** Through the safety screen, areas and goal, up to "How many minutes…?". */
async function toMinutes(id: number, lang: "en" | "de"): Promise<ChatUser> {
  const w = WORDS[lang];
  const u = await h.consentedUser({ id, languageCode: lang });
  await u.send("/plan");
  for (let i = 0; i < 3; i++) await u.tap(w.no);
  await u.tap(w.area);
  await u.tap(w.done);
  await u.tap(w.details);
  await u.tap(w.goal);
  expect(u.replyText()).toContain(w.minutes);
  return u;
}

describe("/start in the middle of the setup", () => {
  it.each([
    ["en", "Welcome back, Alex! Your plan is not finished yet.", "shall we continue where you left off?", ["Continue", "Start over"]],
    ["de", "Willkommen zurück, Alex! Dein Plan ist noch nicht fertig.", "machen wir dort weiter, wo du aufgehört hast?", ["Weitermachen", "Neu beginnen"]],
  ] as const)("%s: offers Continue or Start over, as /plan does", async (lang, welcome, resume, buttons) => {
    const u = await toMinutes(401, lang);
    await u.send("/start");
    const text = u.replyText();
    expect(text).toContain(welcome);
    expect(text).toContain(resume);
    expect(text).not.toMatch(/no plan yet|noch keinen Plan/);
    expect(text).not.toContain(WORDS[lang].minutes);
    expect(u.buttons()).toEqual(buttons);
    await u.tap(buttons[0]);
    expect(u.replyText()).toContain(WORDS[lang].minutes);
    await u.send("30");
    expect((await h.deps.stores.drafts.get(401))?.answers.minutesPerSession).toBe(30);
  });

  it("before any answer, it simply starts the setup", async () => {
    const u = await h.consentedUser({ id: 402 });
    await u.send("/start");
    const text = u.replyText();
    expect(text).toContain("You have not set up a plan yet");
    expect(text).toContain("Is any of these happening to you now?");
  });
});

describe("/language in the middle of the setup", () => {
  it.each([
    ["en", "Deutsch", "Erledigt — ich spreche ab jetzt Deutsch.", "de"],
    ["de", "English", "Done — I will speak English from now on.", "en"],
  ] as const)("%s → %s: the current question again, in the new language", async (from, button, done, to) => {
    const u = await toMinutes(403, from);
    await u.send("/language");
    await u.tap(button);
    const replies = u.replies().map((m) => m.text ?? "");
    expect(replies.at(-2)).toBe(done);
    expect(replies.at(-1)).toContain(WORDS[to].minutes);
    expect(u.buttons()).toContain(to === "de" ? "‹ Zurück" : "‹ Back");
    await u.send("30");
    expect(u.replyText()).toContain(to === "de" ? "Wie viele Sitzungen pro Woche?" : "How many sessions per week?");
    expect((await h.deps.stores.drafts.get(403))?.answers.minutesPerSession).toBe(30);
  });

  it("without a setup open, it only says so", async () => {
    const u = await h.consentedUser({ id: 404 });
    await u.send("/language");
    await u.tap("Deutsch");
    const texts = u.replies().map((m) => m.text ?? "");
    expect(texts.at(-1)).toBe("Erledigt — ich spreche ab jetzt Deutsch.");
    expect(texts.join("\n")).not.toMatch(/Schritt|Step/);
  });
});
