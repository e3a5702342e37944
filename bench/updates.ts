/** Building Telegram updates for the benchmarks without the in-process ChatUser. */
import type { Update, UserFromGetMe } from "grammy/types";

const NOW_S = () => Math.floor(Date.now() / 1000);

function user(id: number) {
  return { id, is_bot: false as const, first_name: "Alex", language_code: "en" };
}

function chat(id: number) {
  return { id, type: "private" as const, first_name: "Alex" };
}

/** A tap on an inline button under the bot's message `messageId`. */
export function tapUpdate(updateId: number, userId: number, messageId: number, data: string, bot: UserFromGetMe): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq${updateId}`,
      from: user(userId),
      chat_instance: "ci",
      data,
      message: { message_id: messageId, date: NOW_S(), chat: chat(userId), from: bot, text: "question" },
    },
  } as Update;
}

/** A text message; a leading /command gets its bot_command entity as Telegram adds it. */
export function textUpdate(updateId: number, userId: number, text: string): Update {
  const cmd = /^\/[A-Za-z0-9_]+/.exec(text);
  return {
    update_id: updateId,
    message: {
      message_id: 1_000_000 + updateId,
      date: NOW_S(),
      chat: chat(userId),
      from: user(userId),
      text,
      ...(cmd ? { entities: [{ type: "bot_command", offset: 0, length: cmd[0].length }] } : {}),
    },
  } as Update;
}
