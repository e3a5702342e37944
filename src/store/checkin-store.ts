/**
 * Check-in bookkeeping (hash `checkin`, fields documented in keys.ts) and the reminder due sets.
 *
 * `saveAnswer` is THE write of a check-in answer: in one Lua script it stores the entry (moving
 * the replaced value to the entry history when asked to), sets or clears the waiting question,
 * remembers a typed answer's message id for edits, and clears the "pause?" flag. All its keys
 * carry the user's hash tag, so it is one atomic step on a single Redis and on a Cluster.
 */
import { z } from "zod";
import type { RedisClient } from "./redis.js";
import { bucketOf, DEFAULT_BUCKETS, keys, type Keys } from "./keys.js";
import { LuaScript } from "./lua.js";
import { safeJson } from "./profile-store.js";
import { EntryStore } from "./entry-store.js";
import type { Entry } from "../trial/checkin/entry.js";
import { isoDate } from "../trial/plan/plan.js";
import { CHECKIN_STEPS, type CheckinStep } from "../trial/checkin/checkin.js";

export const checkinStateSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("answer"),
    date: isoDate,
    step: z.enum(CHECKIN_STEPS),
    late: z.boolean(),
    /** "session" = /session: ends after the reaction. */
    flow: z.enum(["daily", "session"]).default("daily"),
    /** The user confirmed replacing this date's entry: the next pain answer archives the old one. */
    replace: z.boolean().optional(),
    /** "↩️ Change" reopened this step: its answer replaces only this value of the day. */
    edit: z.boolean().optional(),
    /** The message asking this step with a number keyboard: an answer given elsewhere (typed) marks it answered. */
    q: z.number().int().optional(),
  }),
  z.object({ kind: z.literal("settime") }),
]);
export type CheckinState = z.infer<typeof checkinStateSchema>;
export type AnswerState = Extract<CheckinState, { kind: "answer" }>;

export const TYPED_FIELDS = ["pain", "marker", "note"] as const;
export type TypedField = (typeof TYPED_FIELDS)[number];
/** m: the typed message; d, f: the date and field it answered; q: the question's message it marked answered. */
const typedRefSchema = z.object({ m: z.number().int(), d: isoDate, f: z.enum(TYPED_FIELDS), q: z.number().int().optional() });
export type TypedRef = z.infer<typeof typedRefSchema>;

const TYPED_KEEP = 10;
const PROMPTED_KEEP = 4;
export const DEFAULT_REMIND_HOURS = 3;
export const REMIND_HOURS = [1, 2, 3, 4, 6] as const;

/** Lua: `read_list(key, field)` = the JSON list in that hash field, empty when absent or unreadable. */
const READ_LIST = `
local function read_list(key, field)
  local raw = redis.call('HGET', key, field)
  if raw then
    local ok, decoded = pcall(cjson.decode, raw)
    if ok and type(decoded) == 'table' then return decoded end
  end
  return {}
end
`;

/**
 * KEYS: entries, entryHistory, checkin. ARGV: date, encoded entry, archive ('1'|'0'),
 * state ('' = delete, '-' = leave as is, else JSON), typed ref JSON or '', keep.
 */
const SAVE_ANSWER = new LuaScript(`${READ_LIST}
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old and ARGV[3] == '1' then redis.call('RPUSH', KEYS[2], old) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[4] == '' then
  redis.call('HDEL', KEYS[3], 'state')
elseif ARGV[4] ~= '-' then
  redis.call('HSET', KEYS[3], 'state', ARGV[4])
end
redis.call('HDEL', KEYS[3], 'pauseAsked')
if ARGV[5] ~= '' then
  local list = read_list(KEYS[3], 'typed')
  table.insert(list, cjson.decode(ARGV[5]))
  while #list > tonumber(ARGV[6]) do table.remove(list, 1) end
  redis.call('HSET', KEYS[3], 'typed', cjson.encode(list))
end
return old
`);

/** KEYS: checkin. ARGV: date, state JSON, keep. Remembers a sent prompt and its waiting question. */
const RECORD_PROMPT = new LuaScript(`${READ_LIST}
local list = read_list(KEYS[1], 'prompted')
local last = list[#list]
if last ~= ARGV[1] then table.insert(list, ARGV[1]) end
while #list > tonumber(ARGV[3]) do table.remove(list, 1) end
redis.call('HSET', KEYS[1], 'prompted', cjson.encode(list), 'state', ARGV[2])
return 1
`);

/** KEYS: checkin. ARGV: date, step, message id. Notes the question's message on the waiting question, if it is still that one. */
const SET_QUESTION_MESSAGE = new LuaScript(`
local raw = redis.call('HGET', KEYS[1], 'state')
if not raw then return 0 end
local ok, state = pcall(cjson.decode, raw)
if not ok or type(state) ~= 'table' or state.kind ~= 'answer' or state.date ~= ARGV[1] or state.step ~= ARGV[2] then return 0 end
state.q = tonumber(ARGV[3])
redis.call('HSET', KEYS[1], 'state', cjson.encode(state))
return 1
`);

/** KEYS: one reminder bucket. ARGV: now(ms), limit. Takes due members out and returns them. */
const CLAIM_REMINDERS = new LuaScript(`
local items = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, m in ipairs(items) do redis.call('ZREM', KEYS[1], m) end
return items
`);

function parsePrompted(raw: string | null): string[] {
  const parsed = z.array(isoDate).safeParse(raw === null ? [] : safeJson(raw));
  return parsed.success ? parsed.data : [];
}

function parseRemindHours(raw: string | null): number {
  const hours = Number(raw);
  return (REMIND_HOURS as readonly number[]).includes(hours) ? hours : DEFAULT_REMIND_HOURS;
}

export interface SaveAnswerOptions {
  /** Move the entry being replaced into the history list (a re-answer or a correction). */
  archive?: boolean;
  /** The next waiting question; null clears it; undefined leaves it unchanged. */
  state?: CheckinState | null;
  /** A typed answer: remember its message so an edit can correct it. */
  typed?: TypedRef;
}

/** What the daily prompt reads from the check-in hash. */
export interface PromptFields {
  prompted: string[];
  pauseAsked: string | null;
  remindHours: number;
  /**
   * The daily prompt's note that every scheduled report due when it last looked had gone out, as
   * `<reportsGen>:<digest of those reports' flags>` (null: none); see reportsBeforePrompt.
   */
  reportsClear: string | null;
  /** Counts the report claims given back (ReportStore.release): a note made before one no longer holds. */
  reportsGen: string;
}

/** What the checks before a daily prompt note for the next one (written with the prompt's record). */
export interface PromptNotes {
  /** See PromptFields.reportsClear. */
  reportsClear?: string;
}

export interface DueReminder {
  userId: number;
  date: string;
  /** The user tapped "⏰ Later": the prompt comes once more, even with reminders off. */
  snoozed?: true;
}

export class CheckinStore {
  private readonly k: Keys;
  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    readonly buckets: number = DEFAULT_BUCKETS,
  ) {
    this.k = keys(prefix);
  }

  /** The recently prompted dates from their stored text; none when unreadable. */
  static parsePrompted(raw: string | null): string[] {
    return parsePrompted(raw);
  }

  async state(userId: number): Promise<CheckinState | null> {
    return CheckinStore.parseState(await this.redis.hget(this.k.checkin(userId), "state"));
  }

  /** The waiting question from its stored text; null when none or unreadable. */
  static parseState(raw: string | null): CheckinState | null {
    const parsed = raw === null ? null : checkinStateSchema.safeParse(safeJson(raw));
    return parsed?.success ? parsed.data : null;
  }

  async setState(userId: number, state: CheckinState | null): Promise<void> {
    if (state === null) await this.redis.hdel(this.k.checkin(userId), "state");
    else await this.redis.hset(this.k.checkin(userId), "state", JSON.stringify(checkinStateSchema.parse(state)));
  }

  /**
   * The message that asks the waiting question (`date`, `step`) went out: note it on that question,
   * unless the user has moved on to another one meanwhile.
   */
  async setQuestionMessage(userId: number, date: string, step: CheckinStep, messageId: number): Promise<void> {
    await SET_QUESTION_MESSAGE.run(this.redis, [this.k.checkin(userId)], [date, step, String(messageId)]);
  }

  /** Saves an answer atomically (see the module comment); returns the entry it replaced. */
  async saveAnswer(userId: number, entry: Entry, opts: SaveAnswerOptions = {}): Promise<Entry | null> {
    const state = opts.state === undefined ? "-" : opts.state === null ? "" : JSON.stringify(checkinStateSchema.parse(opts.state));
    const typed = opts.typed ? JSON.stringify(typedRefSchema.parse(opts.typed)) : "";
    const old = (await SAVE_ANSWER.runBuffer(
      this.redis,
      [this.k.entries(userId), this.k.entryHistory(userId), this.k.checkin(userId)],
      [entry.date, EntryStore.encode(entry), opts.archive ? "1" : "0", state, typed, TYPED_KEEP],
    )) as Buffer | null;
    return old === null ? null : EntryStore.decode(old);
  }

  /** The readable entries of the given dates (one HMGET). */
  async entriesOn(userId: number, dates: readonly string[]): Promise<Map<string, Entry>> {
    const out = new Map<string, Entry>();
    if (!dates.length) return out;
    const raw = await this.redis.hmgetBuffer(this.k.entries(userId), ...dates);
    raw.forEach((r, i) => {
      const e = r === null ? null : EntryStore.decode(r);
      if (e) out.set(dates[i], e);
    });
    return out;
  }

  /** Which date and field a typed answer (by its Telegram message id) was saved for. */
  async typedRef(userId: number, messageId: number): Promise<TypedRef | null> {
    const raw = await this.redis.hget(this.k.checkin(userId), "typed");
    const parsed = z.array(typedRefSchema).safeParse(raw === null ? [] : safeJson(raw));
    if (!parsed.success) return null;
    return parsed.data.findLast((r) => r.m === messageId) ?? null;
  }

  /** A daily prompt for `date` went out: remember the date and wait for its pain answer. */
  async recordPrompt(userId: number, date: string, state: CheckinState): Promise<void> {
    await RECORD_PROMPT.run(this.redis, [this.k.checkin(userId)], [date, JSON.stringify(checkinStateSchema.parse(state)), PROMPTED_KEEP]);
  }

  /** What the daily prompt needs from the check-in hash, in one HMGET. */
  async promptFields(userId: number): Promise<PromptFields> {
    return CheckinStore.promptFieldsOf(await this.redis.hmget(this.k.checkin(userId), ...CheckinStore.PROMPT_FIELDS));
  }

  /** The hash fields promptFields reads, in the order promptFieldsOf takes them. */
  static readonly PROMPT_FIELDS = ["prompted", "pauseAsked", "remindHours", "reportsClear", "reportsGen"] as const;

  /** The prompt's check-in fields from their stored values (by promptFields, or with the daily prompt's other reads). */
  static promptFieldsOf([prompted, pauseAsked, remindHours, reportsClear, reportsGen]: readonly (string | null)[]): PromptFields {
    return { prompted: parsePrompted(prompted), pauseAsked, remindHours: parseRemindHours(remindHours), reportsClear, reportsGen: reportsGen ?? "0" };
  }

  /**
   * The check-in hash fields recordPrompt would write, from the prompted dates read just before
   * (for a caller that writes them in the same step as other bookkeeping).
   */
  static promptRecord(prompted: readonly string[], date: string, state: CheckinState, notes: PromptNotes = {}): Record<string, string> {
    const list = prompted.at(-1) === date ? [...prompted] : [...prompted, date];
    return { prompted: JSON.stringify(list.slice(-PROMPTED_KEEP)), state: JSON.stringify(checkinStateSchema.parse(state)), ...CheckinStore.noteFields(notes) };
  }

  /** The check-in hash fields of the daily prompt's notes, written with its record. */
  static noteFields(notes: PromptNotes): Record<string, string> {
    return notes.reportsClear ? { reportsClear: notes.reportsClear } : {};
  }

  /** The reminder set's member for the reminder of `date`. */
  static reminderMember(userId: number, date: string): string {
    return `${userId}:${date}`;
  }

  /** Dates of the last few prompts sent, oldest first. */
  async prompted(userId: number): Promise<string[]> {
    return parsePrompted(await this.redis.hget(this.k.checkin(userId), "prompted"));
  }

  async pauseAsked(userId: number): Promise<string | null> {
    return this.redis.hget(this.k.checkin(userId), "pauseAsked");
  }

  async setPauseAsked(userId: number, date: string): Promise<void> {
    await this.redis.hset(this.k.checkin(userId), "pauseAsked", date);
  }

  async remindHours(userId: number): Promise<number> {
    return parseRemindHours(await this.redis.hget(this.k.checkin(userId), "remindHours"));
  }

  async setRemindHours(userId: number, hours: number): Promise<void> {
    if (!(REMIND_HOURS as readonly number[]).includes(hours)) throw new Error(`invalid reminder delay: ${hours}`);
    await this.redis.hset(this.k.checkin(userId), "remindHours", String(hours));
  }

  // ---- reminders: one pending reminder per (user, prompt date) ----

  private reminderKey(userId: number): string {
    return this.k.reminderBucket(bucketOf(userId, this.buckets));
  }

  async scheduleReminder(userId: number, date: string, at: Date): Promise<void> {
    await this.redis.zadd(this.reminderKey(userId), at.getTime(), CheckinStore.reminderMember(userId, date));
  }

  async reminderAt(userId: number, date: string): Promise<Date | null> {
    const s = await this.redis.zscore(this.reminderKey(userId), `${userId}:${date}`);
    return s === null ? null : new Date(Number(s));
  }

  /**
   * "⏰ Later": the day's one further message becomes the snoozed prompt at `at` (it replaces the
   * reminder, so the question comes exactly once more). Same due set, same claim as reminders.
   */
  async snooze(userId: number, date: string, at: Date): Promise<void> {
    const key = this.reminderKey(userId);
    await this.redis.multi().zrem(key, `${userId}:${date}`).zadd(key, at.getTime(), `${userId}:${date}:s`).exec();
  }

  /** When the snoozed prompt of `date` comes, or null. */
  async snoozedAt(userId: number, date: string): Promise<Date | null> {
    const s = await this.redis.zscore(this.reminderKey(userId), `${userId}:${date}:s`);
    return s === null ? null : new Date(Number(s));
  }

  /** "Ask me tomorrow": nothing more about `date` (no reminder, no snoozed prompt). */
  async cancelReminders(userId: number, date: string): Promise<void> {
    await this.redis.zrem(this.reminderKey(userId), `${userId}:${date}`, `${userId}:${date}:s`);
  }

  /** Atomically takes up to `limit` due reminders out of the sets: each is handed out once. */
  async claimReminders(now: Date, limit = 100): Promise<DueReminder[]> {
    const out: DueReminder[] = [];
    // One round trip finds the buckets with a reminder due; only those are claimed, in turn.
    const probes = await Promise.all(
      Array.from({ length: this.buckets }, (_, b) => this.redis.zrangebyscore(this.k.reminderBucket(b), "-inf", now.getTime(), "LIMIT", 0, 1)),
    );
    for (let b = 0; b < this.buckets && out.length < limit; b++) {
      if (probes[b].length === 0) continue;
      const items = (await CLAIM_REMINDERS.run(this.redis, [this.k.reminderBucket(b)], [now.getTime(), limit - out.length])) as string[];
      for (const m of items) {
        const [id, date, kind] = m.split(":");
        if (/^\d+$/.test(id) && isoDate.safeParse(date).success) out.push({ userId: Number(id), date, ...(kind === "s" ? { snoozed: true as const } : {}) });
      }
    }
    return out;
  }
}
