import { RedisStore } from "./redis-store.js";
import { LuaScript } from "./lua.js";

// Deletes the lock only if it still holds our token (it may have expired and been taken since).
const RELEASE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * A short lease per chat, so N webhook instances handle one chat's updates one at a time, as
 * `sequentialize` does within one process. The lease expires by itself if its holder dies.
 */
export class ChatLockStore extends RedisStore {
  async acquire(chatId: number, token: string, leaseMs: number): Promise<boolean> {
    return (await this.redis.set(this.k.chatLock(chatId), token, "PX", leaseMs, "NX")) === "OK";
  }

  async release(chatId: number, token: string): Promise<void> {
    await RELEASE.run(this.redis, [this.k.chatLock(chatId)], [token]);
  }
}
