import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, translateFor, userWithPlan } from "../support/checkin.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import type { CueId } from "../../src/trial/safety/cues.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

type Lang = "en" | "de";
const isPrompt = (m: BotMessage) => /Check-in for|Check-in für/.test(m.text ?? "");
const BUTTONS = {
  en: { notMeasured: "Not measured", addNote: "📝 Add a note", seen: "✅ I have been seen", dismiss: "That's not what I meant", urgent: "Please seek medical care now" },
  de: { notMeasured: "Nicht gemessen", addNote: "📝 Notiz hinzufügen", seen: "✅ Ich wurde untersucht", dismiss: "So war das nicht gemeint", urgent: "Bitte hol dir jetzt ärztliche Hilfe" },
} as const;

/** Today's prompt arrives at 20:00 Berlin; the user answers it and types `note` as the free-text note. */
async function checkInWithNote(u: ChatUser, lang: Lang, job: ReturnType<typeof dailyJob>, note: string): Promise<string> {
  await tickAt(h, job, "2027-01-04T19:00:00Z");
  expect(u.replies().some(isPrompt)).toBe(true);
  await u.send("3");
  await u.tap(BUTTONS[lang].notMeasured);
  await u.tap(BUTTONS[lang].addNote);
  u.replies();
  await u.send(note);
  return u.replyText();
}

/** One note per concept the plain-language rules added, as a user would type it. */
const URGENT_NOTES: readonly [Lang, string, CueId, string][] = [
  ["en", "region × loss of feeling", "saddle_numbness", "since this morning it's numb between my legs when I sit on the toilet"],
  ["en", "getting worse × weakness", "progressive_weakness", "my right leg is getting weaker every day, I can hardly lift it"],
  ["en", "fall × neck pain", "after_fall_injury", "missed a step at work and went down hard, strong neck pain since"],
  ["en", "everyday bladder words", "bladder_bowel", "couldn't hold it on the bus and had an accident in my trousers"],
  ["de", "Region × Gefühlsverlust", "saddle_numbness", "Seit heute früh bin ich zwischen den Beinen taub, auf dem Klo spüre ich nichts"],
  ["de", "zunehmend × Schwäche", "progressive_weakness", "Mein Bein wird jeden Tag schwächer"],
  ["de", "Sturz × Nackenschmerzen", "after_fall_injury", "Bin gestern die Treppe runtergestürzt, jetzt starke Nackenschmerzen"],
  ["de", "Alltagswörter Blase", "bladder_bowel", "Hab es nicht mehr rechtzeitig aufs Klo geschafft, die Hose war nass"],
];

describe("an urgent note in plain words during a check-in: the urgent reply, then the pause", () => {
  it.each(URGENT_NOTES.map((r, i) => [...r, i] as const))("%s, %s (%s): %s", async (lang, _concept, cueId, note, i) => {
    const id = 2300 + i;
    const { u } = await userWithPlan(h, id, {}, { languageCode: lang });
    const job = dailyJob(h);
    const text = await checkInWithNote(u, lang, job, note);

    expect(text).toContain(BUTTONS[lang].urgent);
    expect(text).toContain(translateFor(lang, `cue-${cueId}`));
    expect(text).toContain("<b>112</b>");
    expect(text).toContain(translateFor(lang, "safety-urgent-paused", { followUp: "no" }));
    expect(u.buttons()).toEqual([BUTTONS[lang].seen, BUTTONS[lang].dismiss]);
    const events = await h.deps.stores.safety.list(id);
    expect(events.find((e) => e.cueId === cueId)).toMatchObject({ group: "urgent", source: "note", date: "2027-01-04", status: "active" });
    expect(await h.deps.stores.safety.isSafetyPaused(id)).toBe(true);

    // Paused: the next day's question does not come.
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toEqual([]);
  });

  it.each(
    (
      [
        ["en", "my mum fell down the stairs, I'm going to visit her tonight"],
    ["en", "I nearly wet myself laughing at the film"],
    ["de", "Blasen an den Füßen von den neuen Schuhen"],
        ["de", "meine Mutter ist die Treppe runtergefallen, ich fahre jetzt zu ihr"],
      ] as const
    ).map((r, i) => [...r, i] as const),
  )("a harmless note in %s (%s) gets no warning and pauses nothing", async (lang, note, i) => {
    const id = 2390 + i;
    const { u } = await userWithPlan(h, id, {}, { languageCode: lang });
    const job = dailyJob(h);
    const text = await checkInWithNote(u, lang, job, note);
    expect(text).not.toContain(BUTTONS[lang].urgent);
    expect(u.buttons()).not.toContain(BUTTONS[lang].seen);
    expect(await h.deps.stores.safety.list(id)).toEqual([]);
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toHaveLength(1);
  });
});
