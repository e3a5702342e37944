import { RedisStore } from "./redis-store.js";
import { z } from "zod";
import { isoDate } from "../trial/plan/plan.js";
import { safeJson } from "./profile-store.js";
import { LuaScript } from "./lua.js";

const OUTCOMES = ["stop", "not_enough_data", "improved", "partial", "no_go", "unclear"] as const;

/** The outcome of the last end-of-block report, so a recompute can say that it changed. */
export const lastOutcomeSchema = z.object({
  outcome: z.enum(OUTCOMES),
  blockEnd: isoDate,
  interim: z.boolean(),
  at: z.string(),
});
export type LastOutcome = z.infer<typeof lastOutcomeSchema>;

const sessionCheckSchema = z.object({
  session: isoDate,
  preDate: isoDate.nullable(),
  pre: z.number().nullable(),
  checkDate: isoDate,
  check: z.number().nullable(),
  unsettled: z.boolean().nullable(),
});
const worseWeekSchema = z.object({ index: z.number().int(), end: isoDate, mean: z.number(), days: z.number().int(), abovePoints: z.number(), pWorse: z.number() });
/** A "does not settle" firing as it was when the stop was sent. */
const settleFiringSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sessions"), ordinal: z.number().int(), date: isoDate, checks: z.tuple([sessionCheckSchema, sessionCheckSchema]) }),
  z.object({ kind: z.literal("weeks"), ordinal: z.number().int(), date: isoDate, baselineMean: z.number(), weeks: z.tuple([worseWeekSchema, worseWeekSchema]) }),
]);

export const endedSchema = z.object({
  date: isoDate,
  at: z.string(),
  firstSession: isoDate,
  /**
   * Who ended the block: the user (/endtrial, "end" under the report) or the "does not settle"
   * stop. Marks written before this field have none and read as the user's, as they always did.
   */
  by: z.enum(["user", "stop"]).optional(),
  /**
   * With the stop: the firings it rested on, as they were when it was sent. A stop that was sent
   * stands: a corrected score can change the numbers, not the outcome. Older marks have none.
   */
  firings: z.array(settleFiringSchema).max(2).optional(),
});
export type TrialEnded = z.infer<typeof endedSchema>;

/** True when the block was ended by the "does not settle" stop, not by the user. */
export const endedByStop = (ended: Pick<TrialEnded, "by"> | null | undefined): boolean => ended?.by === "stop";

/** A finished block, kept when the user starts another block with changes. */
export const blockRecordSchema = z.object({
  firstSession: isoDate,
  blockEnd: isoDate,
  outcome: z.enum(OUTCOMES),
  /** Pain on 0-100. */
  baselineMean: z.number().nullable(),
  baselineDays: z.number().int(),
  recalled: z.boolean(),
  lastWeekMean: z.number().nullable(),
  lastWeekDays: z.number().int(),
  markerBaseline: z.number().nullable(),
  markerLast: z.number().nullable(),
});
export type BlockRecord = z.infer<typeof blockRecordSchema>;

/** KEYS: reports, checkin. ARGV: the flag's field. Counts only a claim that was there (none after a /delete). */
const RELEASE = new LuaScript(`
if redis.call('HDEL', KEYS[1], ARGV[1]) == 1 then redis.call('HINCRBY', KEYS[2], 'reportsGen', 1) end
return 1
`);

const LAST = "last";
const ENDED = "ended";
const BLOCKS = "blocks";

/**
 * Per-user report state in one hash: which scheduled messages were sent (once each), the last
 * end-of-block outcome, whether the trial was ended, and the blocks that came before this one.
 */
export class ReportStore extends RedisStore {

  /**
   * Claims a "send once" flag; false if it was already claimed. Release it when sending fails,
   * so the next run tries again.
   */
  async claim(userId: number, flag: string, at: Date): Promise<boolean> {
    return (await this.redis.hsetnx(this.k.reports(userId), `sent:${flag}`, at.toISOString())) === 1;
  }

  /**
   * Gives a claim back, and counts it in the check-in hash's `reportsGen`: the daily prompt's note
   * that every due report went out no longer holds (PromptFields).
   */
  async release(userId: number, flag: string): Promise<void> {
    await RELEASE.run(this.redis, [this.k.reports(userId), this.k.checkin(userId)], [`sent:${flag}`]);
  }

  /** Which of these "send once" flags are claimed (one HMGET). */
  async sentFlags(userId: number, flags: readonly string[]): Promise<Set<string>> {
    if (!flags.length) return new Set();
    const values = await this.redis.hmget(this.k.reports(userId), ...flags.map((f) => `sent:${f}`));
    return new Set(flags.filter((_, i) => values[i] !== null));
  }

  /** The end mark and every claimed "send once" flag, in one HGETALL. */
  async readAll(userId: number): Promise<{ ended: TrialEnded | null; sent: Set<string> }> {
    const all = await this.redis.hgetall(this.k.reports(userId));
    const sent = new Set(Object.keys(all).flatMap((field) => (field.startsWith("sent:") ? [field.slice("sent:".length)] : [])));
    const ended = all[ENDED] === undefined ? null : endedSchema.safeParse(safeJson(all[ENDED]));
    return { ended: ended?.success ? ended.data : null, sent };
  }

  async wasSent(userId: number, flag: string): Promise<boolean> {
    return (await this.redis.hexists(this.k.reports(userId), `sent:${flag}`)) === 1;
  }

  async lastOutcome(userId: number): Promise<LastOutcome | null> {
    return this.readJson(userId, LAST, lastOutcomeSchema);
  }

  async setLastOutcome(userId: number, value: LastOutcome): Promise<void> {
    await this.redis.hset(this.k.reports(userId), LAST, JSON.stringify(lastOutcomeSchema.parse(value)));
  }

  async ended(userId: number): Promise<TrialEnded | null> {
    return this.readJson(userId, ENDED, endedSchema);
  }

  async setEnded(userId: number, value: TrialEnded): Promise<void> {
    await this.redis.hset(this.k.reports(userId), ENDED, JSON.stringify(endedSchema.parse(value)));
  }

  async clearEnded(userId: number): Promise<void> {
    await this.redis.hdel(this.k.reports(userId), ENDED);
  }

  async blocks(userId: number): Promise<BlockRecord[]> {
    return (await this.readJson(userId, BLOCKS, z.array(blockRecordSchema))) ?? [];
  }

  /** Adds or replaces the record of the block that started on `record.firstSession`. */
  async saveBlock(userId: number, record: BlockRecord): Promise<void> {
    const list = (await this.blocks(userId)).filter((b) => b.firstSession !== record.firstSession);
    list.push(blockRecordSchema.parse(record));
    list.sort((a, b) => a.firstSession.localeCompare(b.firstSession));
    await this.redis.hset(this.k.reports(userId), BLOCKS, JSON.stringify(list));
  }

  private async readJson<T>(userId: number, field: string, schema: z.ZodType<T>): Promise<T | null> {
    const raw = await this.redis.hget(this.k.reports(userId), field);
    if (raw === null) return null;
    const parsed = schema.safeParse(safeJson(raw));
    return parsed.success ? parsed.data : null;
  }
}
