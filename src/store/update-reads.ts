import { RedisStore } from "./redis-store.js";
import { FloodStore } from "./flood-store.js";
import type { UserId } from "./keys.js";

/** What the update pipeline needs to know about the sender before any feature runs. */
export interface UserReads {
  /** The stored profile as text (ProfileStore.parse reads it), null if none. */
  profileRaw: string | null;
  /** The language picked with /language before consent, as stored (null if none). */
  chosenLocaleRaw: string | null;
  /** The conversations plugin's state as text, null if none. */
  convRaw: string | null;
  /** Something of the user's was set aside that they have not been told about. */
  corruptUntold: boolean;
  /** The flood window this update falls in and the messages counted in it before this one. */
  flood: { window: number; count: number };
}

/**
 * The sender's state for one update in one command (MGET over the user's hash tag, so one slot on
 * Cluster too), sent in the same round trip as the update's de-duplication claim.
 */
export class UpdateReads extends RedisStore {
  async read(userId: UserId, nowMs: number, floodWindowMs: number): Promise<UserReads> {
    const window = FloodStore.window(nowMs, floodWindowMs);
    const [profileRaw, chosenLocaleRaw, convRaw, untold, flood] = await this.redis.mget(
      this.k.profile(userId),
      this.k.chosenLocale(userId),
      this.k.conv(userId),
      this.k.corruptUntold(userId),
      this.k.flood(userId, window),
    );
    return { profileRaw, chosenLocaleRaw, convRaw, corruptUntold: untold !== null, flood: { window, count: Number(flood ?? 0) || 0 } };
  }
}
