/**
 * THE one module that knows Redis key names.
 *
 * Layout (P = prefix, e.g. "mtb:"):
 *   per user, hash tag {u:<id>} so all keys of one user share a Cluster slot:
 *     P{u:<id>}:profile  :plan  :planVersions  :draft  :entries  :entryHistory
 *     P{u:<id>}:checkin  :safety  :conv  :sched  :trial  :corrupt
 *     P{u:<id>}:flood  :deleteConfirm  :endTrialConfirm  :retention  :corruptTold  :corruptUntold
 *     P{u:<id>}:chosenLocale  the /language choice before consent (expires by itself)
 *     P{u:<id>}:webapp:<window>  Mini App API calls in the current minute (expires by itself)
 *     P{u:<id>}:lock     one update of this chat at a time across instances (webhook mode)
 *     P{u:<id>}:reports  (HASH: sent-report flags, last outcome, trial ended, past blocks)
 *   due set, sharded into B buckets, b = fnv1a32(String(id)) % B:
 *     P due:{b<n>}        ZSET  member userId, score = next due instant (ms)
 *     P inflight:{b<n>}   ZSET  member userId, score = claim time (ms)
 *     P inflight:{b<n>}:due HASH userId → due instant of the claimed prompt (ms)
 *   reminders (same buckets as the due set; see CheckinStore):
 *     P remind:{b<n>}     ZSET  member "<userId>:<localDate>", score = reminder instant (ms);
 *                         claimed with ZREM inside a Lua script, so one instance sends it, once
 *   per-user check-in hash P{u:<id>}:checkin (CheckinStore):
 *     state       JSON: the question waiting for a typed answer (date + step), or /settime input
 *     typed       JSON: the last 10 typed answers (message id → date + field), for edited messages
 *     prompted    JSON: the last 4 local dates a daily prompt was sent for
 *     pauseAsked  local date the "pause?" question was sent (cleared by the next answer)
 *     remindHours reminder delay in hours (on/off is the profile's `reminders` flag)
 *     reportsClear the daily prompt's note that every scheduled report then due had gone out
 *                 (`<reportsGen>:<digest of their flags>`), so later prompts skip the report hash
 *     reportsGen  report claims given back so far (ReportStore.release): a note before one is void
 *   per-user trial hash P{u:<id>}:trial (TrialStore): pause (JSON {since, reason}), pausedRanges
 *   per-user P{u:<id>}:phases (PhaseStore): JSON of later blocks, withdrawal checks, the follow-up
 *   global:
 *     P upd:<updateId>    Telegram update dedupe ("done", or the claim of the process handling it)
 *     P live:<boot>       "this process is alive" (renewed every second, 3 s TTL)
 *     P updates:journal   HASH update id → fetched update not yet handled (polling mode)
 *     P rate:{tg}         outgoing rate limiter (GCRA: the theoretical arrival time, ms on the Redis
 *                         clock, no expiry; see RateLimiter)
 *     P notice:<name>     "say this only once" flags
 *     P retention:lock    one retention run at a time (token, expires)
 */

export type UserId = number | string;

/** User ids go inside a hash tag: they must never contain braces, colons or glob characters. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function uid(id: UserId): string {
  const s = String(id);
  if (!SAFE_ID.test(s)) throw new Error(`unsafe user id for a Redis key: ${JSON.stringify(s)}`);
  return s;
}

/** FNV-1a 32-bit: stable across processes and versions (bucket assignment must never change). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const DEFAULT_BUCKETS = 16;

/** Which due-set bucket a user belongs to. */
export function bucketOf(id: UserId, buckets: number = DEFAULT_BUCKETS): number {
  if (!Number.isInteger(buckets) || buckets < 1) throw new Error(`invalid bucket count: ${buckets}`);
  return fnv1a32(uid(id)) % buckets;
}

export function keys(prefix: string) {
  const u = (id: UserId, name: string) => `${prefix}{u:${uid(id)}}:${name}`;
  const b = (n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new Error(`invalid bucket: ${n}`);
    return `{b${n}}`;
  };
  return {
    prefix,
    // per user
    profile: (id: UserId) => u(id, "profile"),
    /** The language picked with /language before consent, while there is no profile to hold it. */
    chosenLocale: (id: UserId) => u(id, "chosenLocale"),
    plan: (id: UserId) => u(id, "plan"),
    planVersions: (id: UserId) => u(id, "planVersions"),
    draft: (id: UserId) => u(id, "draft"),
    entries: (id: UserId) => u(id, "entries"),
    entryHistory: (id: UserId) => u(id, "entryHistory"),
    checkin: (id: UserId) => u(id, "checkin"),
    safety: (id: UserId) => u(id, "safety"),
    conv: (id: UserId) => u(id, "conv"),
    sched: (id: UserId) => u(id, "sched"),
    trial: (id: UserId) => u(id, "trial"),
    /** Later blocks, withdrawal checks and the follow-up (PhaseStore, JSON). */
    phases: (id: UserId) => u(id, "phases"),
    /** Weekly/final reports and "does not settle" messages already sent, last outcome, ended flag, past blocks. */
    reports: (id: UserId) => u(id, "reports"),
    /** Raw values that failed validation, kept aside instead of being overwritten silently. */
    corrupt: (id: UserId) => u(id, "corrupt"),
    /** Flood guard: messages in the current 10 s window (expires by itself). */
    flood: (id: UserId, window: number) => u(id, `flood:${window}`),
    /** Mini App API calls in the current window (expires by itself). */
    webappRate: (id: UserId, window: number) => u(id, `webapp:${window}`),
    /** Pending /delete confirmation (a one-time token, expires by itself). */
    deleteConfirm: (id: UserId) => u(id, "deleteConfirm"),
    endTrialConfirm: (id: UserId) => u(id, "endTrialConfirm"),
    chatLock: (chatId: UserId) => u(chatId, "lock"),
    /** How many set-aside values the user has been told about. */
    corruptTold: (id: UserId) => u(id, "corruptTold"),
    /** "Something was set aside since the user was last told" (a flag read with every update). */
    corruptUntold: (id: UserId) => u(id, "corruptUntold"),
    /** Retention: the deletion date the 7-day notice was sent for. */
    retention: (id: UserId) => u(id, "retention"),
    // due-set buckets (all keys of bucket n share the {b<n>} tag)
    dueBucket: (n: number) => `${prefix}due:${b(n)}`,
    inflightBucket: (n: number) => `${prefix}inflight:${b(n)}`,
    inflightDue: (n: number) => `${prefix}inflight:${b(n)}:due`,
    /** Pending "you have not answered yet" reminders of bucket n. */
    reminderBucket: (n: number) => `${prefix}remind:${b(n)}`,
    // global
    updateDedupe: (updateId: number | string) => `${prefix}upd:${updateId}`,
    /** Polling: fetched updates not yet handled (HASH update id → JSON), see UpdateJournal. */
    updateJournal: () => `${prefix}updates:journal`,
    /** "This bot process is alive": a short TTL, renewed while it runs. */
    liveProcess: (boot: string) => `${prefix}live:${boot}`,
    rateLimiter: () => `${prefix}rate:{tg}`,
    /** "Say this only once" flags, e.g. the pointer sent to a group chat. */
    notice: (name: string) => `${prefix}notice:${name}`,
    /** One retention run at a time across instances. */
    retentionLock: () => `${prefix}retention:lock`,
  };
}

export type Keys = ReturnType<typeof keys>;

/** Escape Redis glob metacharacters (* ? [ ] \) so a prefix is matched literally. */
export function escapeGlob(s: string): string {
  return s.replace(/[*?[\]\\]/g, "\\$&");
}

/** SCAN MATCH pattern for every key of one user (for deleting a user's data). */
export function userKeyPattern(prefix: string, id: UserId): string {
  return `${escapeGlob(prefix)}{u:${uid(id)}}:*`;
}
