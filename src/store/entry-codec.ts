import { REACTIONS, entrySchema, type Entry, type Reaction } from "../trial/entry.js";
import { safeJson } from "./profile-store.js";

/**
 * A daily entry as stored: a compact JSON array instead of an object with long keys, because
 * twelve weeks of entries are most of a user's memory in Redis. Layout (version 1):
 *   [1, date, pain|null, scale, marker|null|-1 (not measured), session 1|0|null,
 *    reactions bitmask, note|null, flags, answeredAt (epoch ms, or the original string)]
 * flags: two bits per optional boolean (0 absent, 1 false, 2 true): careChanged, late, corrected.
 * Entries written before this format (plain JSON objects) are still read.
 */
const VERSION = 1;
const BOOLS = ["careChanged", "late", "corrected"] as const;

const bool2 = (v: boolean | undefined) => (v === undefined ? 0 : v ? 2 : 1);
const fromBool2 = (n: number) => (n === 0 ? undefined : n === 2);

export function encodeEntry(entry: Entry): string {
  const e = entrySchema.parse(entry);
  const mask = e.reactions.reduce((m, r) => m | (1 << REACTIONS.indexOf(r)), 0);
  const flags = BOOLS.reduce((f, name, i) => f | (bool2(e[name]) << (2 * i)), 0);
  const at = new Date(e.answeredAt);
  const answeredAt = !Number.isNaN(at.getTime()) && at.toISOString() === e.answeredAt ? at.getTime() : e.answeredAt;
  const marker = e.marker === undefined ? null : e.marker === null ? -1 : e.marker;
  const session = e.session === undefined ? null : e.session ? 1 : 0;
  return JSON.stringify([VERSION, e.date, e.pain ?? null, e.scale, marker, session, mask, e.note ?? null, flags, answeredAt]);
}

export function decodeEntry(raw: string): Entry | null {
  const value = safeJson(raw);
  if (!Array.isArray(value)) {
    const legacy = entrySchema.safeParse(value);
    return legacy.success ? legacy.data : null;
  }
  if (value.length !== 10 || value[0] !== VERSION) return null;
  const [, date, pain, scale, marker, session, mask, note, flags, answeredAt] = value;
  if (typeof mask !== "number" || typeof flags !== "number") return null;
  const candidate: Record<string, unknown> = {
    date,
    scale,
    reactions: REACTIONS.filter((_, i) => mask & (1 << i)) as Reaction[],
    answeredAt: typeof answeredAt === "number" ? new Date(answeredAt).toISOString() : answeredAt,
  };
  if (pain !== null) candidate.pain = pain;
  if (marker !== null) candidate.marker = marker === -1 ? null : marker;
  if (session !== null) candidate.session = session === 1;
  if (note !== null) candidate.note = note;
  BOOLS.forEach((name, i) => {
    const b = fromBool2((flags >> (2 * i)) & 3);
    if (b !== undefined) candidate[name] = b;
  });
  const parsed = entrySchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
