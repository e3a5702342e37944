import type { Update } from "grammy/types";
import { z } from "zod";
import { RedisStore } from "./redis-store.js";

/** Telegram keeps an unconfirmed update for 24 hours; a journal entry older than that is dropped. */
const MAX_AGE_MS = 24 * 3600_000;

const entrySchema = z.object({ at: z.number(), update: z.looseObject({ update_id: z.number().int().nonnegative() }) });

/**
 * Polling confirms a batch of updates with the next getUpdates call, before they are handled. So
 * every fetched batch is written here first, and each update is taken out once it was answered (its
 * first new message sent) or handled: after a crash, what is left is what was fetched (and confirmed)
 * but never answered — replayed at the next start, where the update de-duplication keeps it to once.
 */
export class UpdateJournal extends RedisStore {
  /** On in polling mode only (webhook updates are confirmed by our own answer, after handling). */
  private enabled = false;

  enable(): void {
    this.enabled = true;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  async add(updates: readonly Update[], nowMs: number): Promise<void> {
    if (updates.length === 0) return;
    const fields: string[] = [];
    for (const u of updates) fields.push(String(u.update_id), JSON.stringify({ at: nowMs, update: u }));
    await this.redis.hset(this.k.updateJournal(), ...fields);
  }

  async remove(updateId: number): Promise<void> {
    if (!this.enabled) return;
    await this.redis.hdel(this.k.updateJournal(), String(updateId));
  }

  /** What a crashed run left, oldest first; unreadable or expired entries are dropped. */
  async leftOver(nowMs: number): Promise<Update[]> {
    const all = await this.redis.hgetall(this.k.updateJournal());
    const out: Update[] = [];
    const drop: string[] = [];
    for (const [id, raw] of Object.entries(all)) {
      let parsed: z.infer<typeof entrySchema> | null = null;
      try {
        const r = entrySchema.safeParse(JSON.parse(raw));
        parsed = r.success ? r.data : null;
      } catch {
        parsed = null;
      }
      if (!parsed || nowMs - parsed.at > MAX_AGE_MS) drop.push(id);
      else out.push(parsed.update as unknown as Update);
    }
    if (drop.length) await this.redis.hdel(this.k.updateJournal(), ...drop);
    return out.sort((a, b) => a.update_id - b.update_id);
  }
}
