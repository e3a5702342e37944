import type { VersionedState, VersionedStateStorage } from "@grammyjs/conversations";
import type { RedisClient } from "./redis.js";
import { keys } from "./keys.js";
import { safeJson } from "./profile-store.js";

/** Conversations a user walked away from are forgotten after this long (their draft stays). */
export const CONVERSATION_TTL_SECONDS = 30 * 24 * 3600;

export interface ConversationSource<C> {
  /** Whose conversations the update belongs to (none: nothing is stored). */
  userOf(ctx: C): number | undefined;
  /**
   * The state as text if it was read with the update's other reads (null: none stored), taken
   * once; undefined when it was not, and it is read here.
   */
  takeReadAhead(ctx: C): string | null | undefined;
}

/**
 * Conversation state per user under `{u:<id>}:conv`, as JSON with a TTL (the format of
 * @grammyjs/storage-redis, which this replaces so the state can come with the update's first read;
 * it works on a single Redis and on Cluster alike).
 */
export function conversationStorage<C, S>(redis: RedisClient, prefix: string, source: ConversationSource<C>): VersionedStateStorage<C, S> {
  const k = keys(prefix);
  return {
    async read(ctx) {
      const userId = source.userOf(ctx);
      if (userId === undefined) return undefined;
      const ahead = source.takeReadAhead(ctx);
      const raw = ahead !== undefined ? ahead : await redis.get(k.conv(userId));
      return raw === null ? undefined : (safeJson(raw) as VersionedState<S> | undefined);
    },
    async write(ctx, value) {
      const userId = source.userOf(ctx);
      if (userId !== undefined) await redis.set(k.conv(userId), JSON.stringify(value), "EX", CONVERSATION_TTL_SECONDS);
    },
    async delete(ctx) {
      const userId = source.userOf(ctx);
      if (userId !== undefined) await redis.del(k.conv(userId));
    },
  };
}
