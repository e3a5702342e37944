import { z } from "zod";
import type { RedisClient } from "./redis.js";
import { keys } from "./keys.js";

export const profileSchema = z.object({
  locale: z.enum(["en", "de"]).optional(),
  consent: z.object({ adult: z.literal(true), agreedAt: z.string() }).optional(),
  /** false after Telegram answered 403 (the user blocked the bot). */
  active: z.boolean().default(true),
  inactiveSince: z.string().optional(),
  createdAt: z.string(),
  reminders: z.boolean().default(true),
});
export type Profile = z.infer<typeof profileSchema>;

export class ProfileStore {
  private readonly k;
  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.k = keys(prefix);
  }

  async get(userId: number): Promise<Profile | null> {
    const raw = await this.redis.get(this.k.profile(userId));
    if (raw === null) return null;
    const parsed = profileSchema.safeParse(safeJson(raw));
    return parsed.success ? parsed.data : null;
  }

  async save(userId: number, profile: Profile): Promise<void> {
    await this.redis.set(this.k.profile(userId), JSON.stringify(profileSchema.parse(profile)));
  }

  async update(userId: number, now: Date, patch: Partial<Profile>): Promise<Profile> {
    const current = (await this.get(userId)) ?? { active: true, reminders: true, createdAt: now.toISOString() };
    const next = { ...current, ...patch };
    await this.save(userId, next);
    return next;
  }

  async remove(userId: number): Promise<void> {
    await this.redis.del(this.k.profile(userId));
  }
}

export function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
