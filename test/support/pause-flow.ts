/**
 * Steps shared by the pause tests: ticking the daily job day by day, and a check-in whose note
 * names an urgent cue (the trial pauses from the next day).
 */
import { expect } from "vitest";
import type { BotMessage } from "../../src/local/bot-api-server.js";
import type { ChatUser } from "../../src/local/chat-user.js";
import { datesIn } from "../../src/trial/time/calendar.js";
import type { Harness } from "./harness.js";
import { finishWithNote, tickAt, type dailyJob } from "./checkin.js";

type Job = ReturnType<typeof dailyJob>;

export const URGENT_NOTE = "Since this afternoon I have chest pain and I'm short of breath";
export const text = (m: BotMessage) => m.text ?? m.caption ?? "";
export const isPrompt = (m: BotMessage) => /Check-in for/.test(text(m));
export const isWeekly = (m: BotMessage) => m.method === "sendPhoto" || /Your weekly summary/.test(text(m));

/** Ticks the daily job at prompt time (20:00 Berlin = 19:00Z in winter) on each day; what arrived, by day. */
export async function ticksByDay(h: Harness, job: Job, u: ChatUser, from: string, to: string): Promise<Map<string, BotMessage[]>> {
  const byDay = new Map<string, BotMessage[]>();
  for (const date of datesIn({ start: from, end: to })) {
    await tickAt(h, job, `${date}T19:00:00Z`);
    byDay.set(date, u.replies());
  }
  return byDay;
}

/** That day's prompt goes out and is answered with a note naming an urgent cue. */
export async function urgentCueOn(h: Harness, job: Job, u: ChatUser, date: string): Promise<void> {
  await tickAt(h, job, `${date}T19:00:00Z`);
  expect(u.replies().some(isPrompt)).toBe(true);
  await u.send("3");
  await finishWithNote(u, URGENT_NOTE);
  expect(u.replyText()).toContain("Please seek medical care now");
}
