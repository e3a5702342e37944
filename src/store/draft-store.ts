import { RedisStore } from "./redis-store.js";
import { draftSchema, type Draft } from "../trial/plan/draft.js";
import { safeJson } from "./profile-store.js";
import { setAside } from "./set-aside.js";

/** Plan-setup answers so far, kept in our own key so a dropped conversation loses nothing. */
export const DRAFT_TTL_SECONDS = 60 * 24 * 3600;

export class DraftStore extends RedisStore {

  async get(userId: number): Promise<Draft | null> {
    const raw = await this.redis.get(this.k.draft(userId));
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    await setAside(this.redis.multi(), this.k, userId, { key: "draft", raw }).del(this.k.draft(userId)).exec();
    return null;
  }

  /**
   * `byUpdate`: the Telegram update whose answer this is. Saved with the draft in the same write,
   * so a replay of that update after a crash can tell that its answer was already taken.
   */
  async save(userId: number, draft: Draft, byUpdate?: number): Promise<void> {
    const value = { ...draftSchema.parse(draft), ...(byUpdate === undefined ? {} : { byUpdate }) };
    await this.redis.set(this.k.draft(userId), JSON.stringify(value), "EX", DRAFT_TTL_SECONDS);
  }

  /** The update that last changed the draft (null: none recorded, or no draft). */
  async changedBy(userId: number): Promise<number | null> {
    const v = safeJson((await this.redis.get(this.k.draft(userId))) ?? "null") as { byUpdate?: unknown } | null;
    return typeof v?.byUpdate === "number" ? v.byUpdate : null;
  }

  async remove(userId: number): Promise<void> {
    await this.redis.del(this.k.draft(userId));
  }
}
