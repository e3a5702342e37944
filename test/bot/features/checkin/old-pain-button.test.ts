import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { painData } from "../../../../src/bot/features/checkin/callback-data.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const MON = "2027-01-04T19:00:00Z"; // 20:00 in Berlin
const entry = (id: number) => h.deps.stores.entries.get(id, "2027-01-04");
const buttonsOf = (id: number, m: BotMessage) =>
  h.api
    .chat(id)
    .find((x) => x.message_id === m.message_id)
    ?.reply_markup?.inline_keyboard?.flat()
    .map((b) => b.text) ?? [];

const LABELS = {
  en: {
    had: "✅ Had it",
    reacted: "🤕 Body reacted",
    soreness: "Soreness",
    done: "Done ✓",
    yes: "Yes, replace it",
    ask: "For Mon, Jan 4 you already saved pain 4/10. Replace it with pain 6/10? Only the pain changes; the rest of that day stays as it is",
    saved: "That's everything for Mon, Jan 4: pain 6/10 · walked 25 min · session: yes (Soreness)",
  },
  de: {
    had: "✅ Hatte ich",
    reacted: "🤕 Körper hat reagiert",
    soreness: "Muskelkater",
    done: "Fertig ✓",
    yes: "Ja, ersetzen",
    ask: "Für Mo., 4. Jan. ist schon Schmerz 4/10 gespeichert. Durch Schmerz 6/10 ersetzen? Nur der Schmerzwert ändert sich, alles andere an diesem Tag bleibt",
    saved: "Das war alles für Mo., 4. Jan.: Schmerz 6/10 · 25 Min. gegangen · Massage: ja (Muskelkater)",
  },
} as const;

describe("a pain button of an older message, after the day was answered", () => {
  it.each(["en", "de"] as const)("%s: replaces the pain only; the session, marker and reactions of that day stay", async (lang) => {
    const l = LABELS[lang];
    const { u } = await userWithPlan(h, 1, { firstSession: "2027-01-04" }, { languageCode: lang });
    await tickAt(h, dailyJob(h), MON);
    const painQuestion = await u.tap(l.had).then(() => u.last()!);
    expect(buttonsOf(1, painQuestion)).toContain("6");
    await u.send("4");
    await u.send("25");
    await u.tap(l.reacted);
    await u.tap(l.soreness);
    await u.tap(l.done);
    expect(await entry(1)).toMatchObject({ pain: 4, marker: 25, session: true, reactions: ["soreness"] });

    // Tuesday morning: a "6" on Monday's pain question (from a client that still shows it).
    h.clock.set("2027-01-05T07:00:00Z");
    u.replies();
    await u.tapData(painQuestion, painData.pack({ date: "2027-01-04", v: 6, r: "0", s: "10" }));
    expect(u.replyText()).toContain(l.ask);
    await u.tap(l.yes);
    expect(u.replyText()).toContain(l.saved);
    expect(await entry(1)).toMatchObject({ pain: 6, marker: 25, session: true, reactions: ["soreness"], corrected: true });
    expect((await h.deps.stores.entries.history(1)).at(-1)).toMatchObject({ pain: 4, marker: 25, session: true });
  });
});

describe("a question answered by typing shows the answer on its own message, as a tap does", () => {
  it("the pain and marker questions sent after a tap: their numbers give way to '✓ value · ↩️'", async () => {
    const { u } = await userWithPlan(h, 2, { firstSession: "2027-01-04" });
    await tickAt(h, dailyJob(h), MON);
    await u.tap("✅ Had it");
    const painQuestion = u.last()!;
    await u.send("4");
    expect(buttonsOf(2, painQuestion)).toEqual(["✓ 4 · ↩️"]);
    const markerQuestion = u.last()!;
    expect(buttonsOf(2, markerQuestion)).toContain("Not measured");
    await u.send("25 min");
    expect(buttonsOf(2, markerQuestion)).toEqual(["✓ 25 · ↩️"]);

    // That button changes only the pain, as a tapped one does.
    await u.tap("✓ 4 · ↩️");
    await u.tap("3");
    expect(await entry(2)).toMatchObject({ pain: 3, marker: 25, session: true });
  });

  it("an edited typed answer shows the corrected value there too", async () => {
    const { u } = await userWithPlan(h, 5);
    await tickAt(h, dailyJob(h), MON);
    const prompt = u.last()!;
    const typed = await u.send("7");
    expect(buttonsOf(5, prompt)).toEqual(["✓ 7 · ↩️"]);
    await u.edit(typed, "4");
    expect(u.replyText()).toContain("Corrected for Mon, Jan 4: pain 4/10 (before: pain 7/10)");
    expect(buttonsOf(5, prompt)).toEqual(["✓ 4 · ↩️"]);
  });

  it("the daily prompt's own pain question, answered by typing pain and marker at once", async () => {
    const { u } = await userWithPlan(h, 3);
    await tickAt(h, dailyJob(h), MON);
    const prompt = u.last()!;
    expect(buttonsOf(3, prompt)).toContain("⏰ Later");
    await u.send("6 20");
    expect(buttonsOf(3, prompt)).toEqual(["✓ 6 · ↩️"]);
    expect(await entry(3)).toMatchObject({ pain: 6, marker: 20 });
  });

  it("in German, a typed marker after a typed pain", async () => {
    const { u } = await userWithPlan(h, 4, {}, { languageCode: "de" });
    await tickAt(h, dailyJob(h), MON);
    const prompt = u.last()!;
    await u.send("5");
    expect(buttonsOf(4, prompt)).toEqual(["✓ 5 · ↩️"]);
    const markerQuestion = u.last()!;
    await u.send("12,5");
    expect(buttonsOf(4, markerQuestion)).toEqual(["✓ 12,5 · ↩️"]);
  });
});
