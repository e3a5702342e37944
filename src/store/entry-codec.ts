import { deflateRawSync, inflateRawSync } from "node:zlib";
import { REACTIONS, entrySchema, type Entry, type Reaction } from "../trial/checkin/entry.js";
import { NOTE_DICTIONARY } from "./note-dictionary.js";
import { safeJson } from "./profile-store.js";
import { dateOfDayNumber } from "../trial/time/calendar.js";

/**
 * A daily entry as stored. Twelve weeks of entries are most of a user's memory in Redis, so an
 * entry is a few bytes plus its note, deflated against a preset dictionary when that is shorter.
 *
 * Format 2 (binary; the first byte is 2, which no text format starts with):
 *   byte 0  version (2)
 *   byte 1  bit 0 pain present · 1 marker present · 2 marker "not measured" · 3 session present ·
 *           4 session yes · 5 scale 0-100 · 6-7 note: 0 none, 1 UTF-8, 2 deflated UTF-8, 3 JSON string
 *   byte 2  bits 0-5 careChanged, late, corrected (2 bits each: 0 absent, 1 false, 2 true) ·
 *           bit 6 answeredAt is a string that is not a canonical ISO instant
 *   byte 3  reactions bitmask (bit i = REACTIONS[i])
 *   varint  date: days since 1970-01-01 (zigzag)
 *   num     pain, if present · num marker, if present and measured
 *   varint  answeredAt: ms since the date's 00:00 UTC (zigzag), or a length-prefixed UTF-8 string
 *   rest    the note
 * num: a varint 2n for a whole number n ≤ 2^40, or 1 followed by a float64 (little endian).
 *
 * Older formats are still read: format 1 (a JSON array starting with 1) and plain JSON objects.
 */
const VERSION = 2;
const BOOLS = ["careChanged", "late", "corrected"] as const;
const DICTIONARY = Buffer.from(NOTE_DICTIONARY, "utf8");
const NOTE_NONE = 0;
const NOTE_UTF8 = 1;
const NOTE_DEFLATED = 2;
const NOTE_JSON = 3;
const DAY_MS = 86_400_000;
/** UTF-8 cannot hold a lone surrogate; such a note is kept as a JSON string instead. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const bool2 = (v: boolean | undefined) => (v === undefined ? 0 : v ? 2 : 1);
const fromBool2 = (n: number) => (n === 0 ? undefined : n === 2);
const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

class Writer {
  private readonly bytes: number[] = [];
  byte(b: number): void {
    this.bytes.push(b);
  }
  varint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint out of range: ${n}`);
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }
  num(n: number): void {
    if (Number.isInteger(n) && n >= 0 && n <= 2 ** 40) return this.varint(n * 2);
    this.varint(1);
    const f = Buffer.alloc(8);
    f.writeDoubleLE(n);
    for (const b of f) this.bytes.push(b);
  }
  buffer(tail?: Buffer): Buffer {
    const head = Buffer.from(this.bytes);
    return tail ? Buffer.concat([head, tail]) : head;
  }
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}
  byte(): number {
    if (this.pos >= this.buf.length) throw new RangeError("entry ends early");
    return this.buf[this.pos++];
  }
  varint(): number {
    let n = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      if (scale > 2 ** 49) throw new RangeError("varint too long");
    }
  }
  num(): number {
    const tag = this.varint();
    if (tag % 2 === 0) return tag / 2;
    if (tag !== 1 || this.pos + 8 > this.buf.length) throw new RangeError("bad number");
    const n = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return n;
  }
  bytes(length: number): Buffer {
    if (this.pos + length > this.buf.length) throw new RangeError("entry ends early");
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
  rest(): Buffer {
    return this.bytes(this.buf.length - this.pos);
  }
}

// A calendar date as a day count and back: plain UTC dates, no time zone involved (luxon is for
// local times; here it was a measurable part of reading a trial's entries).
function dayNumber(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (!Number.isInteger(day)) throw new RangeError(`not a date: ${date}`);
  return day;
}

function dateOfDay(day: number): string {
  const date = dateOfDayNumber(day);
  if (date === null) throw new RangeError("day out of range");
  return date;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `new Date(ms).toISOString()` by plain arithmetic, several times cheaper (every entry read carries one). */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const date = Number.isSafeInteger(ms) ? dateOfDayNumber(day) : null;
  if (date === null) return new Date(ms).toISOString();
  const t = ms - day * DAY_MS;
  const milli = t % 1000;
  const s = Math.floor(t / 1000);
  return `${date}T${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}Z`;
}

function encodeNote(note: string): { kind: number; bytes: Buffer } {
  if (LONE_SURROGATE.test(note)) return { kind: NOTE_JSON, bytes: Buffer.from(JSON.stringify(note), "utf8") };
  const plain = Buffer.from(note, "utf8");
  const deflated = deflateRawSync(plain, { level: 9, dictionary: DICTIONARY });
  return deflated.length < plain.length ? { kind: NOTE_DEFLATED, bytes: deflated } : { kind: NOTE_UTF8, bytes: plain };
}

function decodeNote(kind: number, bytes: Buffer): string | undefined {
  switch (kind) {
    case NOTE_UTF8:
      return bytes.toString("utf8");
    case NOTE_DEFLATED:
      return inflateRawSync(bytes, { dictionary: DICTIONARY }).toString("utf8");
    case NOTE_JSON: {
      const s = safeJson(bytes.toString("utf8"));
      if (typeof s !== "string") throw new RangeError("bad note");
      return s;
    }
    default:
      return undefined;
  }
}

export function encodeEntry(entry: Entry): Buffer {
  const e = entrySchema.parse(entry);
  const day = dayNumber(e.date);
  const at = new Date(e.answeredAt);
  const atIsInstant = !Number.isNaN(at.getTime()) && at.toISOString() === e.answeredAt;
  const note = e.note === undefined ? null : encodeNote(e.note);

  let present = 0;
  if (e.pain !== undefined) present |= 1;
  if (e.marker !== undefined) present |= 2;
  if (e.marker === null) present |= 4;
  if (e.session !== undefined) present |= 8;
  if (e.session) present |= 16;
  if (e.scale === 100) present |= 32;
  present |= (note?.kind ?? NOTE_NONE) << 6;
  const flags = BOOLS.reduce((f, name, i) => f | (bool2(e[name]) << (2 * i)), 0) | (atIsInstant ? 0 : 64);

  const w = new Writer();
  w.byte(VERSION);
  w.byte(present);
  w.byte(flags);
  w.byte(e.reactions.reduce((m, r) => m | (1 << REACTIONS.indexOf(r)), 0));
  w.varint(zigzag(day));
  if (e.pain !== undefined) w.num(e.pain);
  if (typeof e.marker === "number") w.num(e.marker);
  if (atIsInstant) w.varint(zigzag(at.getTime() - day * DAY_MS));
  else {
    const s = Buffer.from(e.answeredAt, "utf8");
    w.varint(s.length);
    for (const b of s) w.byte(b);
  }
  return w.buffer(note?.bytes);
}

export interface DecodeOptions {
  /** false: leave the note out (it is not inflated), for readers that only need the numbers. */
  note?: boolean;
}

/** Reads any stored format; null when the value is damaged or does not describe a valid entry. */
export function decodeEntry(raw: Buffer | string, opts: DecodeOptions = {}): Entry | null {
  const entry = typeof raw !== "string" && raw[0] === VERSION ? decodeBinary(raw, opts.note !== false) : decodeText(typeof raw === "string" ? raw : raw.toString("utf8"));
  if (entry && opts.note === false) delete entry.note;
  return entry;
}

function decodeBinary(buf: Buffer, withNote: boolean): Entry | null {
  try {
    const r = new Reader(buf);
    r.byte();
    const present = r.byte();
    const flags = r.byte();
    const mask = r.byte();
    const day = unzigzag(r.varint());
    const candidate: Record<string, unknown> = {
      date: dateOfDay(day),
      scale: present & 32 ? 100 : 10,
      reactions: REACTIONS.filter((_, i) => mask & (1 << i)) as Reaction[],
    };
    if (present & 1) candidate.pain = r.num();
    if (present & 4) candidate.marker = null;
    else if (present & 2) candidate.marker = r.num();
    if (present & 8) candidate.session = (present & 16) !== 0;
    if (flags & 64) candidate.answeredAt = r.bytes(r.varint()).toString("utf8");
    else candidate.answeredAt = isoInstant(day * DAY_MS + unzigzag(r.varint()));
    const note = withNote ? decodeNote(present >> 6, r.rest()) : undefined;
    if (note !== undefined) candidate.note = note;
    BOOLS.forEach((name, i) => {
      const b = fromBool2((flags >> (2 * i)) & 3);
      if (b !== undefined) candidate[name] = b;
    });
    const parsed = entrySchema.safeParse(candidate);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Format 1 (a JSON array) and the plain JSON objects written before it. */
function decodeText(raw: string): Entry | null {
  const value = safeJson(raw);
  if (!Array.isArray(value)) {
    const legacy = entrySchema.safeParse(value);
    return legacy.success ? legacy.data : null;
  }
  if (value.length !== 10 || value[0] !== 1) return null;
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

/** A stored value as text for the set-aside list: text formats as they are, binary as base64. */
export function describeRaw(raw: Buffer | string): { raw: string } | { rawBase64: string } {
  if (typeof raw === "string") return { raw };
  const text = raw.toString("utf8");
  return raw[0] !== VERSION && Buffer.from(text, "utf8").equals(raw) ? { raw: text } : { rawBase64: raw.toString("base64") };
}
