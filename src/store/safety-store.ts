import { RedisStore } from "./redis-store.js";
import { randomUUID } from "node:crypto";
import { safetyEventSchema, type SafetyEvent } from "../trial/safety/safety-event.js";
import { safeJson } from "./profile-store.js";
import { silencesPrompts } from "../trial/checkin/pauses.js";

/** Safety cues that fired for a user: a hash id → event, so a dismissal updates one event in place. */
export class SafetyStore extends RedisStore {

  async list(userId: number): Promise<SafetyEvent[]> {
    return SafetyStore.eventsOf(await this.redis.hvals(this.k.safety(userId)));
  }

  /** The readable events from the hash's values (by list, or with the daily prompt's other reads), oldest first. */
  static eventsOf(all: readonly string[]): SafetyEvent[] {
    const events: SafetyEvent[] = [];
    for (const raw of all) {
      const parsed = safetyEventSchema.safeParse(safeJson(raw));
      if (parsed.success) events.push(parsed.data);
    }
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }

  async add(userId: number, event: Omit<SafetyEvent, "id">): Promise<SafetyEvent> {
    const full = safetyEventSchema.parse({ ...event, id: randomUUID().slice(0, 8) });
    await this.redis.hset(this.k.safety(userId), full.id, JSON.stringify(full));
    return full;
  }

  async addMany(userId: number, events: Omit<SafetyEvent, "id">[]): Promise<void> {
    if (!events.length) return;
    const fields: string[] = [];
    for (const e of events) {
      const full = safetyEventSchema.parse({ ...e, id: randomUUID().slice(0, 8) });
      fields.push(full.id, JSON.stringify(full));
    }
    await this.redis.hset(this.k.safety(userId), ...fields);
  }

  async get(userId: number, id: string): Promise<SafetyEvent | null> {
    const raw = await this.redis.hget(this.k.safety(userId), id);
    const parsed = raw === null ? null : safetyEventSchema.safeParse(safeJson(raw));
    return parsed?.success ? parsed.data : null;
  }

  /** Sets the area of an event (a "do not massage that area" cue, once the user has said where). */
  async setArea(userId: number, id: string, area: SafetyEvent["area"]): Promise<SafetyEvent | null> {
    const event = await this.get(userId, id);
    if (!event) return null;
    const next = safetyEventSchema.parse({ ...event, area });
    await this.redis.hset(this.k.safety(userId), id, JSON.stringify(next));
    return next;
  }

  /**
   * True while an urgent cue raised during the trial (the "new symptom" button or a note), or the
   * "does not settle" stop (source "rule"), stands: the daily prompts stay silent until
   * "I have been seen" or "that's not what I meant". Urgent answers on the setup screen end the
   * setup instead (there is no trial to pause yet). The days an urgent cue stood lengthen the
   * block (src/trial/checkin/pauses.ts); the "does not settle" stop only silences the prompts.
   */
  async isSafetyPaused(userId: number): Promise<boolean> {
    return (await this.pausing(userId)).length > 0;
  }

  /** The open events that keep the trial paused, oldest first. */
  async pausing(userId: number): Promise<SafetyEvent[]> {
    return (await this.list(userId)).filter(silencesPrompts);
  }

  async resolve(userId: number, id: string, status: "seen" | "dismissed", at: Date): Promise<SafetyEvent | null> {
    const raw = await this.redis.hget(this.k.safety(userId), id);
    const parsed = raw === null ? null : safetyEventSchema.safeParse(safeJson(raw));
    if (!parsed?.success) return null;
    const next = { ...parsed.data, status, resolvedAt: at.toISOString() };
    await this.redis.hset(this.k.safety(userId), id, JSON.stringify(next));
    return next;
  }
}
