/** Shared by the bad-input tables (test/data/bad-input*.test.ts). */
import type { ChatUser } from "../../src/local/chat-user.js";

export const MEDIA: [string, (u: ChatUser) => Promise<unknown>][] = [
  ["a sticker", (u) => u.sendSticker()],
  ["a photo", (u) => u.sendPhoto()],
  ["a voice message", (u) => u.sendVoice()],
  ["a location", (u) => u.sendLocation(52.5, 13.4)],
  ["a contact", (u) => u.sendContact()],
  ["a poll", (u) => u.sendPoll()],
];

export interface Row {
  input: string;
  send: (u: ChatUser) => Promise<unknown>;
  /** The reply, or null for silence. */
  reply: RegExp | null;
  /** For accepted input: what must have been saved (otherwise nothing may change). */
  saved?: (u: ChatUser) => Promise<void>;
}

export const text =
  (t: string): Row["send"] =>
  (u) =>
    u.send(t);
