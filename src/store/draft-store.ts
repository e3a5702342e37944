import { RedisStore } from "./redis-store.js";
import { draftSchema, type Draft } from "../trial/plan/draft.js";
import { safeJson } from "./profile-store.js";

/** Plan-setup answers so far, kept in our own key so a dropped conversation loses nothing. */
export const DRAFT_TTL_SECONDS = 60 * 24 * 3600;

export class DraftStore extends RedisStore {

  async get(userId: number): Promise<Draft | null> {
    const raw = await this.redis.get(this.k.draft(userId));
    if (raw === null) return null;
    const parsed = draftSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    await this.redis.multi().rpush(this.k.corrupt(userId), JSON.stringify({ key: "draft", raw })).del(this.k.draft(userId)).exec();
    return null;
  }

  async save(userId: number, draft: Draft): Promise<void> {
    await this.redis.set(this.k.draft(userId), JSON.stringify(draftSchema.parse(draft)), "EX", DRAFT_TTL_SECONDS);
  }

  async remove(userId: number): Promise<void> {
    await this.redis.del(this.k.draft(userId));
  }
}
