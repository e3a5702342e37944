import { RedisStore } from "./redis-store.js";
import { LuaScript } from "./lua.js";
import { setAside } from "./set-aside.js";
import type { Entry } from "../trial/checkin/entry.js";
import { decodeEntry, describeRaw, encodeEntry, type DecodeOptions } from "./entry-codec.js";

// Saves an entry and moves the value it replaces into the history list, in one atomic step.
const SAVE = new LuaScript(`
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old then redis.call('RPUSH', KEYS[2], old) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return old
`);

/** Daily entries: one hash per user, field = local date. Replaced values are kept in a history list. */
export class EntryStore extends RedisStore {

  static encode(entry: Entry): Buffer {
    return encodeEntry(entry);
  }

  static decode(raw: Buffer | string, opts?: DecodeOptions): Entry | null {
    return decodeEntry(raw, opts);
  }

  async get(userId: number, date: string): Promise<Entry | null> {
    return this.fromRaw(userId, date, await this.redis.hgetBuffer(this.k.entries(userId), date));
  }

  /** One date's entry from its stored value (by get, or by an update's first read), note included. */
  async fromRaw(userId: number, date: string, raw: Buffer | null): Promise<Entry | null> {
    if (raw === null) return null;
    const entry = EntryStore.decode(raw);
    // Unreadable: set it aside now, so a new answer for this date cannot overwrite it silently.
    if (!entry) await this.setAside(userId, [[date, raw]]);
    return entry;
  }

  /**
   * All readable entries, sorted by date; unreadable ones are set aside, never silently dropped.
   * `{ note: false }` leaves the notes out, for readers that only need the numbers.
   */
  async list(userId: number, opts?: DecodeOptions): Promise<Entry[]> {
    return (await this.listWithDay(userId, null, opts)).entries;
  }

  /** As list, and the entry of `date` with its note (from the same read). */
  async listWithDay(userId: number, date: string | null, opts?: DecodeOptions): Promise<{ entries: Entry[]; day: Entry | null }> {
    return this.fromAll(userId, await this.redis.hgetallBuffer(this.k.entries(userId)), date, opts);
  }

  /** As listWithDay, from the hash as read (by listWithDay, or with the daily prompt's other reads). */
  async fromAll(userId: number, all: Record<string, Buffer>, date: string | null, opts?: DecodeOptions): Promise<{ entries: Entry[]; day: Entry | null }> {
    const raw = date === null ? undefined : all[date];
    const day = raw === undefined ? null : EntryStore.decode(raw);
    const entries: Entry[] = [];
    const broken: [string, Buffer][] = [];
    for (const [date, raw] of Object.entries(all)) {
      const e = EntryStore.decode(raw, opts);
      if (e) entries.push(e);
      else broken.push([date, raw]);
    }
    if (broken.length) await this.setAside(userId, broken);
    return { entries: entries.sort((a, b) => a.date.localeCompare(b.date)), day };
  }

  /** Writes the entry atomically; returns the entry it replaced, if any. */
  async save(userId: number, entry: Entry): Promise<Entry | null> {
    const old = (await SAVE.runBuffer(this.redis, [this.k.entries(userId), this.k.entryHistory(userId)], [entry.date, EntryStore.encode(entry)])) as Buffer | null;
    return old === null ? null : EntryStore.decode(old);
  }

  async history(userId: number): Promise<Entry[]> {
    const raw = await this.redis.lrangeBuffer(this.k.entryHistory(userId), 0, -1);
    return raw.map((r) => EntryStore.decode(r)).filter((e): e is Entry => e !== null);
  }

  private async setAside(userId: number, broken: [date: string, raw: Buffer][]): Promise<void> {
    const multi = this.redis.multi();
    for (const [date, raw] of broken) {
      setAside(multi, this.k, userId, { key: "entries", date, ...describeRaw(raw) });
      multi.hdel(this.k.entries(userId), date);
    }
    await multi.exec();
  }
}
