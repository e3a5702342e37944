import type { Message, Update } from "grammy/types";
import type { BotMessage, FakeBotApi } from "./bot-api-server.js";

export type Deliver = (update: Update) => Promise<void>;

export interface ChatUserOptions {
  id: number;
  firstName?: string;
  languageCode?: string;
  /** Simulate a group or channel chat with this id instead of the private chat. */
  chat?: { id: number; type: "group" | "supergroup" | "channel"; title: string };
}

/**
 * Speaks to the bot as a Telegram user would: sends text and media, taps buttons, edits
 * messages, and reads what the bot sent back through the fake Bot API.
 */
export class ChatUser {
  private cursor = 0;
  private nextOwnMessageId = 1_000_000;
  constructor(
    private readonly api: FakeBotApi,
    private readonly deliver: Deliver,
    readonly opts: ChatUserOptions,
  ) {}

  get id(): number {
    return this.opts.id;
  }

  get chatId(): number {
    return this.opts.chat?.id ?? this.opts.id;
  }

  private get from() {
    return { id: this.opts.id, is_bot: false as const, first_name: this.opts.firstName ?? "Test", language_code: this.opts.languageCode };
  }

  private get chat() {
    return this.opts.chat ?? { id: this.opts.id, type: "private" as const, first_name: this.opts.firstName ?? "Test" };
  }

  private baseMessage(): Omit<Message, "text"> {
    return {
      message_id: this.nextOwnMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: this.chat as Message["chat"],
      from: this.from,
    } as Omit<Message, "text">;
  }

  async sendUpdate(partial: Record<string, unknown>): Promise<Update> {
    const update = { update_id: this.api.nextUpdateId(), ...partial } as Update;
    await this.deliver(update);
    return update;
  }

  /** Sends text; a leading /command gets its bot_command entity as Telegram adds it. */
  async send(text: string): Promise<Message> {
    const message = { ...this.baseMessage(), text } as Message.TextMessage;
    const cmd = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
    if (cmd) message.entities = [{ type: "bot_command", offset: 0, length: cmd[0].length }];
    await this.sendUpdate({ message });
    return message;
  }

  async edit(original: Message, text: string): Promise<void> {
    const edited = { ...original, text, edit_date: Math.floor(Date.now() / 1000) } as Message;
    await this.sendUpdate({ edited_message: edited });
  }

  async sendSticker(): Promise<void> {
    await this.sendUpdate({
      message: {
        ...this.baseMessage(),
        sticker: { file_id: "st1", file_unique_id: "st1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "😀" },
      } as Message,
    });
  }

  async sendPhoto(): Promise<void> {
    await this.sendUpdate({ message: { ...this.baseMessage(), photo: [{ file_id: "ph1", file_unique_id: "ph1", width: 10, height: 10 }] } as Message });
  }

  async sendVoice(): Promise<void> {
    await this.sendUpdate({ message: { ...this.baseMessage(), voice: { file_id: "v1", file_unique_id: "v1", duration: 3 } } as Message });
  }

  async sendLocation(latitude: number, longitude: number): Promise<void> {
    await this.sendUpdate({ message: { ...this.baseMessage(), location: { latitude, longitude } } as Message });
  }

  async sendContact(): Promise<void> {
    await this.sendUpdate({ message: { ...this.baseMessage(), contact: { phone_number: "+100", first_name: "X" } } as Message });
  }

  async sendPoll(): Promise<void> {
    await this.sendUpdate({
      message: {
        ...this.baseMessage(),
        poll: {
          id: "p1",
          question: "?",
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: "regular",
          allows_multiple_answers: false,
          allows_revealed_voters: false,
        },
      } as unknown as Message,
    });
  }

  /** Taps the newest visible inline button whose label matches (exactly, else by substring). */
  async tap(label: string | RegExp): Promise<BotMessage> {
    const found = this.findButton(label);
    if (!found) {
      const reply = this.findReplyKeyboardButton(label);
      if (reply !== undefined) {
        await this.send(reply);
        return this.visible().at(-1)!;
      }
      throw new Error(`No button ${String(label)} in chat ${this.chatId}. Visible buttons: ${this.buttons().join(" | ")}`);
    }
    await this.tapData(found.message, found.data);
    return found.message;
  }

  /** Sends a callback query with arbitrary data, e.g. forged or from an old message. */
  async tapData(message: BotMessage, data: string, fromId = this.opts.id): Promise<void> {
    await this.sendUpdate({
      callback_query: {
        id: `cq${this.api.nextUpdateId()}`,
        from: { ...this.from, id: fromId },
        chat_instance: "ci",
        data,
        message: {
          message_id: message.message_id,
          date: message.date,
          chat: this.chat as Message["chat"],
          from: this.api.botInfo,
          text: message.text ?? "",
        } as Message,
      },
    });
  }

  /** Labels of the inline buttons on the newest message that has any. */
  buttons(): string[] {
    const m = [...this.visible()].reverse().find((x) => x.reply_markup?.inline_keyboard?.length);
    return m?.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? [];
  }

  private visible(): BotMessage[] {
    return this.api.chat(this.chatId).filter((m) => !m.deleted);
  }

  private findButton(label: string | RegExp): { message: BotMessage; data: string } | undefined {
    const matches = (t: string, exact: boolean) =>
      typeof label === "string" ? (exact ? t === label : t.includes(label)) : label.test(t);
    for (const exact of [true, false]) {
      for (const m of [...this.visible()].reverse()) {
        for (const b of m.reply_markup?.inline_keyboard?.flat() ?? []) {
          if (b.callback_data !== undefined && matches(b.text, exact)) return { message: m, data: b.callback_data };
        }
      }
    }
    return undefined;
  }

  private findReplyKeyboardButton(label: string | RegExp): string | undefined {
    for (const m of [...this.visible()].reverse()) {
      if (!m.reply_markup?.keyboard) continue;
      for (const b of m.reply_markup.keyboard.flat()) {
        const text = typeof b === "string" ? b : b.text;
        if (typeof label === "string" ? text === label || text.includes(label) : label.test(text)) return text;
      }
      return undefined;
    }
    return undefined;
  }

  /** Messages the bot sent (or edited) in this chat since the last call. */
  replies(): BotMessage[] {
    const all = this.api.chat(this.chatId);
    const out = all.slice(this.cursor);
    this.cursor = all.length;
    return out;
  }

  /** Text of the replies since the last call, joined — handy for assertions. */
  replyText(): string {
    return this.replies()
      .map((m) => m.text ?? m.caption ?? "")
      .join("\n---\n");
  }

  all(): BotMessage[] {
    return this.api.chat(this.chatId);
  }

  last(): BotMessage | undefined {
    return this.visible().at(-1);
  }
}
