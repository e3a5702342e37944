/**
 * Bad input and abuse, table-driven: each row sends one input at one step of a conversation
 * (the daily check-in or the plan setup) and states the expected reply and that the user's stored
 * data did not change (or, for inputs that are accepted, exactly what was saved). The plan-setup
 * rows and group chats are in bad-input-setup.test.ts (a file of its own, so they run in parallel).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import type { Entry } from "../../src/trial/checkin/entry.js";
import { MEDIA, text, type Row } from "../support/bad-input.js";

let h: Harness;
let nextId = 1000;
beforeAll(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterAll(async () => {
  await h.close();
});

/** What the user has stored, without technical counters and the conversation plugin's replay log. */
async function stored(id: number): Promise<Record<string, unknown>> {
  const dump = await h.deps.stores.userData.dump(id, ["conv"]);
  return dump;
}

type CheckinStep = "pain" | "marker" | "session" | "reaction" | "note";

/** A user whose daily check-in waits at `step` (Mon 2027-01-04, prompt at 20:00 Berlin). */
async function atCheckin(step: CheckinStep, lang: "en" | "de" = "en"): Promise<ChatUser> {
  const id = nextId++;
  h.clock.set("2027-01-04T08:00:00Z");
  // A session day (first session that Monday) asks the session first; reactions and the note open from the confirmation.
  const sessionDay = step === "session" || step === "reaction";
  const { u } = await userWithPlan(h, id, sessionDay ? { firstSession: "2027-01-04" } : {}, { languageCode: lang });
  await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
  if (step === "reaction") await u.tap(lang === "de" ? "✅ Hatte ich" : "✅ Had it");
  if (step !== "pain" && step !== "session") await u.tap("4");
  if (step === "reaction" || step === "note") await u.send("20");
  if (step === "reaction") await u.tap(lang === "de" ? "🤕 Körper hat reagiert" : "🤕 Body reacted");
  if (step === "note") await u.tap(lang === "de" ? "📝 Notiz hinzufügen" : "📝 Add a note");
  u.replies();
  return u;
}

const entry = (u: ChatUser): Promise<Entry | null> => h.deps.stores.entries.get(u.id, "2027-01-04");

const PAIN_RANGE = /Please send a (whole )?number from 0 to 10|nothing was saved\.\nSend pain from 0 to 10/;
const NOT_READ = /I could not read that, so nothing was saved/;
const MARKER_RANGE = /Please send a number \(0 or more\)/;
const MEDIA_REPLY = /I can only read text and button taps here/;
const USE_BUTTONS = /Please answer with the buttons above/;

const checkinRows: [CheckinStep, Row][] = [
  // the pain question (0-10 scale)
  ["pain", { input: "text where a number is expected", send: text("pretty bad today"), reply: PAIN_RANGE }],
  ["pain", { input: "-1", send: text("-1"), reply: PAIN_RANGE }],
  ["pain", { input: "11", send: text("11"), reply: PAIN_RANGE }],
  ["pain", { input: "4.5 (the 0-10 scale has whole points)", send: text("4.5"), reply: PAIN_RANGE }],
  ["pain", { input: "1e3", send: text("1e3"), reply: PAIN_RANGE }],
  ["pain", { input: "NaN", send: text("NaN"), reply: PAIN_RANGE }],
  ["pain", { input: "Infinity", send: text("Infinity"), reply: PAIN_RANGE }],
  ["pain", { input: "emoji only", send: text("😖😖"), reply: PAIN_RANGE }],
  ["pain", { input: "RTL text", send: text("שלוש"), reply: PAIN_RANGE }],
  ["pain", { input: "zero-width characters", send: text("\u200b\u200d\u2060"), reply: PAIN_RANGE }],
  ["pain", { input: "a 10 000-character message", send: text("7".repeat(10_000)), reply: PAIN_RANGE }],
  [
    "pain",
    {
      input: "٣ (Arabic-Indic digit) is read as 3",
      send: text("٣"),
      reply: /Saved: pain 3\/10/,
      saved: async (u) => expect(await entry(u)).toMatchObject({ pain: 3 }),
    },
  ],
  ...MEDIA.map(([input, send]): [CheckinStep, Row] => ["pain", { input, send, reply: MEDIA_REPLY }]),
  ["pain", { input: "a command mid-conversation (/help)", send: text("/help"), reply: /What I can do/ }],
  ["pain", { input: "an unknown command", send: text("/frobnicate"), reply: /I don't know the command \/frobnicate/ }],
  ["pain", { input: "forged callback_data: a score outside the scale", send: (u) => u.tapData(u.last()!, "cp:2027-01-04:99:0:10"), reply: PAIN_RANGE }],
  ["pain", { input: "forged callback_data: a date in the future", send: (u) => u.tapData(u.last()!, "cp:2027-02-01:4:0"), reply: /can no longer be answered|expired/ }],
  ["pain", { input: "a pain button without its scale (drawn before scales were on buttons)", send: (u) => u.tapData(u.last()!, "cp:2027-01-04:4:0"), reply: /expired/ }],
  ["pain", { input: "malformed callback_data of a known kind", send: (u) => u.tapData(u.last()!, "cp:not-a-date"), reply: /expired/ }],
  ["pain", { input: "unknown callback_data", send: (u) => u.tapData(u.last()!, "zz:1:2:3"), reply: null }],
  ["pain", { input: "an edit of a message that was not an answer", send: (u) => u.edit({ message_id: 1, date: 0, chat: { id: u.id, type: "private", first_name: "A" }, text: "/help" } as never, "hello"), reply: null }],
  // the marker question
  ["marker", { input: "text", send: text("about twenty"), reply: MARKER_RANGE }],
  ["marker", { input: "-1", send: text("-1"), reply: MARKER_RANGE }],
  ["marker", { input: "1e3", send: text("1e3"), reply: MARKER_RANGE }],
  ["marker", { input: "NaN", send: text("NaN"), reply: MARKER_RANGE }],
  ...MEDIA.map(([input, send]): [CheckinStep, Row] => ["marker", { input, send, reply: MEDIA_REPLY }]),
  // the button-only questions
  ["session", { input: "text", send: text("yes I did"), reply: NOT_READ }],
  ...MEDIA.map(([input, send]): [CheckinStep, Row] => ["session", { input, send, reply: MEDIA_REPLY }]),
  ["reaction", { input: "text", send: text("a bit sore"), reply: USE_BUTTONS }],
  ...MEDIA.map(([input, send]): [CheckinStep, Row] => ["reaction", { input, send, reply: MEDIA_REPLY }]),
  // the free-text note
  ...MEDIA.map(([input, send]): [CheckinStep, Row] => ["note", { input, send, reply: MEDIA_REPLY }]),
  [
    "note",
    {
      input: "a 10 000-character note is stored truncated to 1000, and the user is told",
      send: text("a".repeat(10_000)),
      reply: /longer than 1000 characters, so I kept the first 1000/,
      saved: async (u) => expect((await entry(u))?.note).toBe("a".repeat(1000)),
    },
  ],
  [
    "note",
    {
      input: "an RTL note is kept exactly",
      send: text("הכאב ירד אחרי העיסוי"),
      reply: /That's everything for/,
      saved: async (u) => expect((await entry(u))?.note).toBe("הכאב ירד אחרי העיסוי"),
    },
  ],
  [
    "note",
    {
      input: "an emoji-only note is kept exactly",
      send: text("😌👍"),
      reply: /That's everything for/,
      saved: async (u) => expect((await entry(u))?.note).toBe("😌👍"),
    },
  ],
];

describe("bad input during the daily check-in", () => {
  it.each(checkinRows.map(([step, row]) => ({ step, ...row })))("at the $step question: $input", async ({ step, send, reply, saved }) => {
    const u = await atCheckin(step);
    const before = await stored(u.id);
    const answersBefore = h.api.callbackAnswers.length;
    await send(u);
    const replies = u.replyText();
    if (reply) expect(replies).toMatch(reply);
    else {
      expect(replies).toBe("");
      for (const a of h.api.callbackAnswers.slice(answersBefore)) expect(a.text ?? "").toMatch(/^$|expired/);
    }
    if (saved) await saved(u);
    else expect(await stored(u.id)).toEqual(before);
  });

  it("after a command mid-conversation the question still waits for its answer", async () => {
    const u = await atCheckin("pain");
    await u.send("/help");
    await u.send("4");
    expect(u.replyText()).toMatch(/What I can do[\s\S]*Saved: pain 4\/10/);
  });

  it("4,5 with the German decimal comma is accepted for the marker", async () => {
    const u = await atCheckin("marker", "de");
    await u.send("4,5");
    expect(u.replyText()).toContain("Gespeichert: 4,5 Min. gegangen");
    expect((await entry(u))?.marker).toBe(4.5);
  });

  it("a button from another user's message changes nothing for either user", async () => {
    const a = await atCheckin("pain");
    const b = await atCheckin("pain");
    const [beforeA, beforeB] = [await stored(a.id), await stored(b.id)];
    const prompt = a.last()!;
    const four = prompt.reply_markup!.inline_keyboard!.flat().find((x) => x.text === "4")!.callback_data!;
    await a.tapData(prompt, four, b.id);
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");
    expect(a.replies()).toEqual([]);
    expect(b.replies()).toEqual([]);
    expect(await stored(a.id)).toEqual(beforeA);
    expect(await stored(b.id)).toEqual(beforeB);
  });

  it("an edited answer corrects that entry; editing it to nonsense is refused and changes nothing", async () => {
    const u = await atCheckin("marker");
    const answer = await u.send("20");
    u.replies();
    await u.edit(answer, "25");
    expect(u.replyText()).toContain("25");
    expect(await entry(u)).toMatchObject({ marker: 25, corrected: true });
    const before = await stored(u.id);
    await u.edit(answer, "twenty-five");
    expect(u.replyText()).not.toBe("");
    expect(await stored(u.id)).toEqual(before);
  });
});
