import { randomUUID } from "node:crypto";
import type { RedisClient } from "./redis.js";
import { keys } from "./keys.js";
import { safetyEventSchema, type SafetyEvent } from "../trial/safety-event.js";
import { safeJson } from "./profile-store.js";

/** Safety cues that fired for a user: a hash id → event, so a dismissal updates one event in place. */
export class SafetyStore {
  private readonly k;
  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.k = keys(prefix);
  }

  async list(userId: number): Promise<SafetyEvent[]> {
    const all = await this.redis.hvals(this.k.safety(userId));
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

  async resolve(userId: number, id: string, status: "seen" | "dismissed", at: Date): Promise<SafetyEvent | null> {
    const raw = await this.redis.hget(this.k.safety(userId), id);
    const parsed = raw === null ? null : safetyEventSchema.safeParse(safeJson(raw));
    if (!parsed?.success) return null;
    const next = { ...parsed.data, status, resolvedAt: at.toISOString() };
    await this.redis.hset(this.k.safety(userId), id, JSON.stringify(next));
    return next;
  }
}
