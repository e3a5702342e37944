import { RedisStore } from "./redis-store.js";
import { DELETE_IF_HOLDS, LuaScript } from "./lua.js";

// Claims the notice for one deletion date: 1 the first time, 0 when it was already claimed.
const CLAIM_NOTICE = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1
`);
// Only while the lock still holds our token (it may have expired and been taken since).
const EXTEND_IF = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

/**
 * The retention job's state: one run at a time across instances (a lock with a token, expiring by
 * itself if its owner dies) and, per user, the deletion date whose notice was already sent.
 */
export class RetentionStore extends RedisStore {
  /** True when `token` now holds the run lock. */
  async acquireRunLock(token: string, leaseMs: number): Promise<boolean> {
    return (await this.redis.set(this.k.retentionLock(), token, "PX", leaseMs, "NX")) === "OK";
  }

  async extendRunLock(token: string, leaseMs: number): Promise<void> {
    await EXTEND_IF.run(this.redis, [this.k.retentionLock()], [token, String(leaseMs)]);
  }

  async releaseRunLock(token: string): Promise<void> {
    await DELETE_IF_HOLDS.run(this.redis, [this.k.retentionLock()], [token]);
  }

  /** True the first time the notice for deletion on `deleteOn` is claimed. */
  async claimNotice(userId: number, deleteOn: string): Promise<boolean> {
    return Number(await CLAIM_NOTICE.run(this.redis, [this.k.retention(userId)], [deleteOn])) === 1;
  }

  /** Gives a claimed notice back (its send failed) so the next run tries again. */
  async releaseNotice(userId: number, deleteOn: string): Promise<void> {
    await DELETE_IF_HOLDS.run(this.redis, [this.k.retention(userId)], [deleteOn]);
  }
}
