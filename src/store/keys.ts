/**
 * THE one module that knows Redis key names.
 *
 * Layout (P = prefix, e.g. "mtb:"):
 *   per user, hash tag {u:<id>} so all keys of one user share a Cluster slot:
 *     P{u:<id>}:profile  :plan  :planVersions  :draft  :entries  :entryHistory
 *     P{u:<id>}:checkin  :safety  :conv  :sched  :trial  :corrupt
 *   due set, sharded into B buckets, b = fnv1a32(String(id)) % B:
 *     P due:{b<n>}        ZSET  member userId, score = next due instant (ms)
 *     P inflight:{b<n>}   ZSET  member userId, score = claim time (ms)
 *     P inflight:{b<n>}:due HASH userId → due instant of the claimed prompt (ms)
 *   global:
 *     P upd:<updateId>    Telegram update dedupe
 *     P rate:{tg}         outgoing rate limiter
 *     P notice:<name>     "say this only once" flags
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
    /** Raw values that failed validation, kept aside instead of being overwritten silently. */
    corrupt: (id: UserId) => u(id, "corrupt"),
    // due-set buckets (all keys of bucket n share the {b<n>} tag)
    dueBucket: (n: number) => `${prefix}due:${b(n)}`,
    inflightBucket: (n: number) => `${prefix}inflight:${b(n)}`,
    inflightDue: (n: number) => `${prefix}inflight:${b(n)}:due`,
    // global
    updateDedupe: (updateId: number | string) => `${prefix}upd:${updateId}`,
    rateLimiter: () => `${prefix}rate:{tg}`,
    /** "Say this only once" flags, e.g. the pointer sent to a group chat. */
    notice: (name: string) => `${prefix}notice:${name}`,
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
