import { RedisStore } from "./redis-store.js";
import { checkpointOn } from "../trial/phases/followup.js";
import { safeJson } from "./profile-store.js";
import {
  EMPTY_TIMELINE,
  timelineSchema,
  withdrawalEnd,
  type FollowUp,
  type LaterBlock,
  type Timeline,
  type Withdrawal,
} from "../trial/phases/timeline.js";

/**
 * The trial's phases after block 1 (later blocks, withdrawal checks, the follow-up), one JSON
 * value per user beside the plan versions it refers to. Validated when read back; an unreadable
 * value is set aside under the `corrupt` key and the trial carries on as a single block.
 */
export class PhaseStore extends RedisStore {
  async read(userId: number): Promise<Timeline> {
    return this.fromRaw(userId, await this.redis.get(this.k.phases(userId)));
  }

  /** The timeline from its stored text (by read, or by an update's first read); an unreadable one is set aside. */
  async fromRaw(userId: number, raw: string | null): Promise<Timeline> {
    if (raw === null) return EMPTY_TIMELINE;
    const parsed = timelineSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    await this.redis
      .multi()
      .rpush(this.k.corrupt(userId), JSON.stringify({ key: "phases", raw }))
      .del(this.k.phases(userId))
      .exec();
    return EMPTY_TIMELINE;
  }

  async write(userId: number, timeline: Timeline): Promise<void> {
    await this.redis.set(this.k.phases(userId), JSON.stringify(timelineSchema.parse(timeline)));
  }

  async addBlock(userId: number, block: LaterBlock): Promise<Timeline> {
    const now = await this.read(userId);
    const next = { ...now, blocks: [...now.blocks.filter((b) => b.n !== block.n), block] };
    await this.write(userId, next);
    return next;
  }

  async addWithdrawal(userId: number, withdrawal: Withdrawal): Promise<Timeline> {
    const now = await this.read(userId);
    const next = { ...now, withdrawals: [...now.withdrawals.filter((w) => w.start !== withdrawal.start), withdrawal] };
    await this.write(userId, next);
    return next;
  }

  async setFollowUp(userId: number, followUp: FollowUp | null): Promise<Timeline> {
    const now = await this.read(userId);
    const next = { ...now, followUp };
    await this.write(userId, next);
    return next;
  }
}

/** The daily question goes on on `date` for a later phase: a withdrawal check covers it, or it is a running follow-up's checkpoint. */
export function asksOnTimeline(timeline: Timeline, date: string): boolean {
  return timeline.withdrawals.some((w) => w.start <= date && date <= withdrawalEnd(w)) || checkpointOn(timeline.followUp, date) !== null;
}
