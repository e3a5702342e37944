import { Redis } from "ioredis";
import { RedisAdapter } from "@grammyjs/storage-redis";
import type { VersionedStateStorage } from "@grammyjs/conversations";
import type { RedisClient } from "./redis.js";

/** Conversations a user walked away from are forgotten after this long (their draft stays). */
export const CONVERSATION_TTL_SECONDS = 30 * 24 * 3600;

/**
 * Conversation state storage: storage-redis for a single Redis; a tiny adapter of our own for
 * ioredis Cluster, for which storage-redis is not typed.
 */
export function conversationStorage<S>(redis: RedisClient): VersionedStateStorage<string, S> {
  if (redis instanceof Redis) return new RedisAdapter({ instance: redis, ttl: CONVERSATION_TTL_SECONDS });
  return {
    async read(key) {
      const raw = await redis.get(key);
      return raw === null ? undefined : JSON.parse(raw);
    },
    async write(key, value) {
      await redis.set(key, JSON.stringify(value), "EX", CONVERSATION_TTL_SECONDS);
    },
    async delete(key) {
      await redis.del(key);
    },
  };
}
