/**
 * Bad input during the plan setup, and group chats, table-driven like bad-input.test.ts: each row
 * sends one input at the "minutes per session" question and states the expected reply and that the
 * user's stored data did not change (or exactly what was saved).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import type { ChatUser } from "../../src/local/chat-user.js";
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

/** A user in the plan setup, at the "minutes per session" question. */
async function atSetupMinutes(): Promise<ChatUser> {
  const u = await h.consentedUser({ id: nextId++ });
  await u.send("/plan");
  for (let i = 0; i < 3; i++) await u.tap("No");
  await u.tap("Low back");
  await u.tap("Done ✓");
  await u.tap("✏️ Change details");
  await u.tap("Less pain");
  u.replies();
  return u;
}

describe("bad input during plan setup", () => {
  const RANGE = /Please send a whole number from 5 to 120/;
  const rows: Row[] = [
    { input: "text where a number is expected", send: text("about an hour"), reply: RANGE },
    { input: "-1", send: text("-1"), reply: RANGE },
    { input: "4.5", send: text("4.5"), reply: RANGE },
    { input: "1e3", send: text("1e3"), reply: RANGE },
    { input: "NaN", send: text("NaN"), reply: RANGE },
    { input: "out of range", send: text("9999"), reply: RANGE },
    { input: "emoji only", send: text("⏱️"), reply: RANGE },
    { input: "RTL text", send: text("ארבעים"), reply: RANGE },
    { input: "zero-width characters", send: text("\u200b"), reply: RANGE },
    { input: "a 10 000-character message", send: text("x".repeat(10_000)), reply: RANGE },
    // A location is meaningful on the time-zone step only; elsewhere it gets the step's own hint.
    ...MEDIA.map(([input, send]): Row => ({ input, send, reply: input === "a location" ? RANGE : /can't read that here/ })),
    { input: "a command mid-conversation (/help)", send: text("/help"), reply: /What I can do/ },
    { input: "a button from an earlier question", send: (u) => u.tapData(u.last()!, "ps:goal:pain"), reply: null },
    { input: "forged setup callback_data", send: (u) => u.tapData(u.last()!, "ps:minutes:99999"), reply: RANGE },
    { input: "unknown callback_data", send: (u) => u.tapData(u.last()!, "\u0000\uffff"), reply: null },
    { input: "an edited earlier answer", send: (u) => u.edit({ message_id: 5, date: 0, chat: { id: u.id, type: "private", first_name: "A" }, text: "Low back" } as never, "Neck"), reply: null },
    {
      input: "٤٥ (Arabic-Indic digits) is read as 45",
      send: text("٤٥"),
      reply: /How many sessions per week/,
      saved: async (u) => expect((await h.deps.stores.drafts.get(u.id))?.answers.minutesPerSession).toBe(45),
    },
  ];

  it.each(rows)("at the minutes question: $input", async ({ send, reply, saved }) => {
    const u = await atSetupMinutes();
    const before = await stored(u.id);
    await send(u);
    const replies = u.replyText();
    if (reply) expect(replies).toMatch(reply);
    else expect(replies).toBe("");
    if (saved) await saved(u);
    else expect(await stored(u.id)).toEqual(before);
  });

  it("after bad input and a command, the setup goes on from the same question", async () => {
    const u = await atSetupMinutes();
    await u.sendSticker();
    await u.send("/help");
    await u.send("45");
    expect(u.replyText()).toMatch(/How many sessions per week/);
  });
});

describe("groups and channels", () => {
  it.each([
    ["group", -9001],
    ["supergroup", -1009002],
  ] as const)("a %s gets one pointer to the private chat, then silence, and nothing is stored", async (type, chatId) => {
    const g = h.user({ id: nextId++, chat: { id: chatId, type, title: "Team" } });
    await g.send("/start");
    expect(g.replyText()).toContain("private chat");
    await g.send("/checkin");
    await g.send("4");
    await g.sendSticker();
    expect(g.replies()).toEqual([]);
    expect(await h.deps.stores.userData.hasData(g.id)).toBe(false);
  });

  it("a channel post is ignored", async () => {
    const before = h.api.allMessages().length;
    await h.bot.handleUpdate({
      update_id: h.api.nextUpdateId(),
      channel_post: { message_id: 1, date: 0, chat: { id: -1009003, type: "channel", title: "News" }, text: "/start" },
    } as never);
    expect(h.api.allMessages().length).toBe(before);
  });
});
