import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, finishWithNote, isPrompt, tickAt, userWithPlan } from "../support/checkin.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import type { ChatUser } from "../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

const text = (m: BotMessage) => m.text ?? "";
const buttonsOf = (m: BotMessage) => (m.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
const crisisReply = (replies: BotMessage[]) => replies.find((m) => text(m).includes("thank you for telling me"));

/** Monday's check-in (20:00 Berlin) ends with the note "I want to die"; returns the crisis reply. */
async function noteAtCheckin(id: number): Promise<{ u: ChatUser; job: ReturnType<typeof dailyJob>; reply: BotMessage }> {
  const { u } = await userWithPlan(h, id);
  const job = dailyJob(h);
  await tickAt(h, job, "2027-01-04T19:00:00Z");
  await u.send("3");
  await finishWithNote(u, "I want to die");
  const reply = crisisReply(u.replies());
  expect(reply).toBeDefined();
  return { u, job, reply: reply! };
}

describe("thoughts of self-harm in a check-in note pause the trial like any urgent cue", () => {
  it("the crisis reply with both buttons; the next day's question waits; /resume asks; 'I have talked to someone' resumes", async () => {
    const { u, job, reply } = await noteAtCheckin(2501);
    const body = text(reply);
    // The crisis line for the plan's zone (Berlin), whatever the language; the emergency number too.
    expect(body).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(body).toContain("<b>112</b>");
    expect(body).toMatch(/not have to go through this alone/);
    expect(body).toMatch(/paused your daily pain questions/);
    expect(body).toMatch(/no one reads your answers in real time/);
    expect(body).not.toMatch(/Please seek medical care now|massage session|continue as usual/);
    expect(buttonsOf(reply)).toEqual(["✅ I have talked to someone", "That's not what I meant"]);
    expect(await h.deps.stores.safety.isSafetyPaused(2501)).toBe(true);

    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toEqual([]);

    await u.send("/resume");
    const question = u.replies();
    expect(text(question[0])).toContain("paused because of <b>thoughts of harming yourself or ending your life</b>");
    expect(text(question[0])).toContain("Have you been able to talk to someone who can help, such as a crisis line or your doctor?");
    expect(text(question[0])).toContain("TelefonSeelsorge 0800 111 0 111");
    expect(buttonsOf(question[0])).toEqual(["✅ I have talked to someone", "That's not what I meant"]);

    h.clock.set("2027-01-05T21:00:00Z");
    await u.tap("✅ I have talked to someone");
    expect(u.replyText()).toContain("Thank you for letting me know");
    expect(await h.deps.stores.safety.isSafetyPaused(2501)).toBe(false);
    expect(await h.deps.stores.safety.list(2501)).toMatchObject([{ cueId: "self_harm", status: "seen" }]);

    await tickAt(h, job, "2027-01-06T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toHaveLength(1);
  });

  it("'That's not what I meant' records the dismissal and undoes the pause: the next day's question comes", async () => {
    const { u, job } = await noteAtCheckin(2502);
    expect(await h.deps.stores.safety.isSafetyPaused(2502)).toBe(true);
    await u.tap("That's not what I meant");
    const answer = u.replyText();
    expect(answer).toContain("not what you meant");
    expect(answer).toContain("Your daily questions continue as before");
    expect(await h.deps.stores.safety.isSafetyPaused(2502)).toBe(false);
    expect(await h.deps.stores.safety.list(2502)).toMatchObject([{ cueId: "self_harm", status: "dismissed" }]);

    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(u.replies().filter(isPrompt)).toHaveLength(1);
  });
});
