import { RedisStore } from "./redis-store.js";
import { planVersionSchema, type Plan, type PlanVersion } from "../trial/plan/plan.js";
import { safeJson } from "./profile-store.js";
import { setAside } from "./set-aside.js";

export type PlanRead =
  | { status: "none" }
  | { status: "ok"; current: PlanVersion; versions: PlanVersion[] }
  /** Stored data failed validation: the raw value was set aside under a `corrupt` key. */
  | { status: "corrupt" };

/** Plan versions: a list, newest last. The current plan is the last version. */
export class PlanStore extends RedisStore {

  async read(userId: number): Promise<PlanRead> {
    return this.fromRaw(userId, await this.redis.lrange(this.k.planVersions(userId), 0, -1));
  }

  /** The versions as read from the list (by read, or by an update's first read); unreadable ones are set aside. */
  async fromRaw(userId: number, raw: string[]): Promise<PlanRead> {
    if (raw.length === 0) return { status: "none" };
    const versions: PlanVersion[] = [];
    for (const item of raw) {
      const parsed = planVersionSchema.safeParse(safeJson(item));
      if (!parsed.success) {
        await this.setAside(userId, raw);
        return { status: "corrupt" };
      }
      versions.push(parsed.data);
    }
    return { status: "ok", current: versions[versions.length - 1], versions };
  }

  async current(userId: number): Promise<PlanVersion | null> {
    const r = await this.read(userId);
    return r.status === "ok" ? r.current : null;
  }

  async has(userId: number): Promise<boolean> {
    return (await this.redis.exists(this.k.planVersions(userId))) === 1;
  }

  /** Appends a new version that takes effect on `effectiveFrom` (validated before it is written). */
  async save(userId: number, plan: Plan, effectiveFrom: string, now: Date): Promise<PlanVersion> {
    const count = await this.redis.llen(this.k.planVersions(userId));
    const version = planVersionSchema.parse({ version: count + 1, effectiveFrom, savedAt: now.toISOString(), plan });
    await this.redis.rpush(this.k.planVersions(userId), JSON.stringify(version));
    return version;
  }

  /** Keeps unreadable data instead of overwriting it silently, and clears the way for a new plan. */
  private async setAside(userId: number, raw: string[]): Promise<void> {
    await setAside(this.redis.multi(), this.k, userId, { key: "planVersions", raw })
      .del(this.k.planVersions(userId))
      .exec();
  }
}
