import { RedisStore } from "./redis-store.js";
import type { UserId } from "./keys.js";

/**
 * Per-user message counter over a fixed window: one small key per user and window that expires
 * by itself, so a flood never makes Redis grow. The count is read with the update's other reads
 * (UpdateReads) and written back with its final write; one chat's updates are handled one at a
 * time (per process, and across instances by the chat lock), so no count is lost.
 */
export class FloodStore extends RedisStore {
  /** The window `nowMs` falls in; windows follow the injected clock, so simulated time counts like real time. */
  static window(nowMs: number, windowMs: number): number {
    return Math.floor(nowMs / windowMs);
  }

  /** Stores the window's count; the key lives two windows (it only needs to outlast its own). */
  async record(userId: UserId, window: number, count: number, windowMs: number): Promise<void> {
    await this.redis.set(this.k.flood(userId, window), String(count), "PX", windowMs * 2);
  }
}
