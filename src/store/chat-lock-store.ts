import { RedisStore } from "./redis-store.js";
import { DELETE_IF_HOLDS } from "./lua.js";

/**
 * A short lease per chat, so N webhook instances handle one chat's updates one at a time, as
 * `sequentialize` does within one process. The lease expires by itself if its holder dies.
 */
export class ChatLockStore extends RedisStore {
  async acquire(chatId: number, token: string, leaseMs: number): Promise<boolean> {
    return (await this.redis.set(this.k.chatLock(chatId), token, "PX", leaseMs, "NX")) === "OK";
  }

  /** Who holds the chat's lease now (null: no one). */
  async holder(chatId: number): Promise<string | null> {
    return this.redis.get(this.k.chatLock(chatId));
  }

  async release(chatId: number, token: string): Promise<void> {
    // Only while it still holds our token: it may have expired and been taken since.
    await DELETE_IF_HOLDS.run(this.redis, [this.k.chatLock(chatId)], [token]);
  }
}
