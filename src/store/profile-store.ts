import { RedisStore } from "./redis-store.js";
import { z } from "zod";
import { setAside } from "./set-aside.js";

const localeSchema = z.enum(["en", "de"]);
export type StoredLocale = z.infer<typeof localeSchema>;

/** How long a language picked before consent is kept when no consent follows. */
export const CHOSEN_LOCALE_TTL_SECONDS = 30 * 24 * 3600;

export const profileSchema = z.object({
  locale: localeSchema.optional(),
  consent: z.object({ adult: z.literal(true), agreedAt: z.string() }).optional(),
  /** false after Telegram answered 403 (the user blocked the bot). */
  active: z.boolean().default(true),
  inactiveSince: z.string().optional(),
  createdAt: z.string(),
  reminders: z.boolean().default(true),
});
export type Profile = z.infer<typeof profileSchema>;

export class ProfileStore extends RedisStore {

  async get(userId: number): Promise<Profile | null> {
    return this.parse(userId, await this.redis.get(this.k.profile(userId)));
  }

  /** A stored profile as read (e.g. with the other reads of an update); an unreadable one is set aside. */
  async parse(userId: number, raw: string | null): Promise<Profile | null> {
    if (raw === null) return null;
    const parsed = profileSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    // Unreadable (damaged or an old format): keep the raw value aside instead of overwriting it later.
    await setAside(this.redis.multi(), this.k, userId, { key: "profile", raw }).del(this.k.profile(userId)).exec();
    return null;
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

  /** Telegram answered 403 or the user blocked the bot: remember since when (once). False if no profile. */
  async markInactive(userId: number, now: Date): Promise<boolean> {
    const current = await this.get(userId);
    if (!current) return false;
    if (current.active === false && current.inactiveSince) return true;
    await this.save(userId, { ...current, active: false, inactiveSince: now.toISOString() });
    return true;
  }

  /** The user is reachable again (unblocked the bot or wrote to it). */
  async markActive(userId: number): Promise<void> {
    const current = await this.get(userId);
    if (!current || current.active !== false) return;
    await this.save(userId, { ...current, active: true, inactiveSince: undefined });
  }

  /** Before consent there is no profile: the /language choice is kept on its own until consent (or it expires). */
  async chooseLocale(userId: number, locale: StoredLocale): Promise<void> {
    await this.redis.set(this.k.chosenLocale(userId), locale, "EX", CHOSEN_LOCALE_TTL_SECONDS);
  }

  async chosenLocale(userId: number): Promise<StoredLocale | undefined> {
    return parseChosenLocale(await this.redis.get(this.k.chosenLocale(userId)));
  }

  /** Consent was given: the profile holds the language from now on. */
  async forgetChosenLocale(userId: number): Promise<void> {
    await this.redis.del(this.k.chosenLocale(userId));
  }

  async remove(userId: number): Promise<void> {
    await this.redis.del(this.k.profile(userId));
  }
}

/** A stored pre-consent language choice as read; anything else counts as no choice. */
export function parseChosenLocale(raw: string | null): StoredLocale | undefined {
  const parsed = localeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
