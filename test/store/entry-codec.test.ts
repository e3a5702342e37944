import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { decodeEntry, describeRaw, encodeEntry, isoInstant } from "../../src/store/entry-codec.js";
import { NOTE_DICTIONARY } from "../../src/store/note-dictionary.js";
import { REACTIONS, type Entry } from "../../src/trial/checkin/entry.js";

const full: Entry = {
  date: "2027-03-01",
  pain: 6,
  scale: 10,
  marker: 20,
  session: true,
  reactions: ["soreness", "nausea"],
  note: "took the stairs, \"fine\" — ok",
  careChanged: true,
  late: false,
  corrected: true,
  answeredAt: "2027-03-01T19:00:00.000Z",
};

describe("entry codec", () => {
  it("round-trips every field exactly, including absent vs false vs null", () => {
    expect(decodeEntry(encodeEntry(full))).toEqual(full);
    const sparse: Entry = { date: "2027-03-02", scale: 100, reactions: [], marker: null, answeredAt: "2027-03-02T20:00:00.000Z" };
    expect(decodeEntry(encodeEntry(sparse))).toEqual(sparse);
    const odd: Entry = { ...sparse, answeredAt: "yesterday-ish" };
    expect(decodeEntry(encodeEntry(odd))).toEqual(odd);
  });

  it("is much smaller than the plain JSON object", () => {
    expect(encodeEntry(full).length).toBeLessThan(JSON.stringify(full).length * 0.4);
  });

  it("a typical day with a 100-character note takes under 90 bytes; a note that does not compress is kept as it is", () => {
    const note = "Slept badly again; the neck was stiff all morning, better after a walk and the stretches at lunch.";
    const day: Entry = { date: "2027-03-01", pain: 6, scale: 10, marker: 25, session: true, reactions: ["none"], note: note.padEnd(100, "."), answeredAt: "2027-03-01T19:04:12.345Z" };
    const bytes = encodeEntry(day);
    expect(bytes[0]).toBe(2);
    expect(bytes.length).toBeLessThan(90);
    expect(decodeEntry(bytes)).toEqual(day);
    const noise = "x7#kq!Pz0@vB%mLr2^wE*tY9&uI(oP)aS_dF+gH=jK{lZ}xC|vB~nM<1>2?3/4;5:6'7\"8,9.0-qWeRtYuIoPaSdFgHjKlZxCvBn";
    const plain = encodeEntry({ ...day, note: noise });
    expect(plain.subarray(plain.length - 100).toString("utf8")).toBe(noise);
    expect(decodeEntry(plain)?.note).toBe(noise);
  });

  it("keeps notes in any script, up to 1000 characters, and text UTF-8 cannot hold", () => {
    for (const note of ["Rücken steif, nach dem Spaziergang besser", "背中が痛い 😣", "\ud83d alone", "a".repeat(1000), ""]) {
      expect(decodeEntry(encodeEntry({ ...full, note }))?.note).toBe(note);
    }
  });

  it("keeps fractional and large numbers, far dates and late answers exactly", () => {
    const odd: Entry = { ...full, date: "1969-12-31", pain: 4.5, marker: 99999.25, answeredAt: "1970-01-04T23:59:59.999Z" };
    expect(decodeEntry(encodeEntry(odd))).toEqual(odd);
    const far: Entry = { ...full, date: "2199-12-31", scale: 100, pain: 100, marker: 100000, answeredAt: "2199-12-30T10:00:00.000Z" };
    expect(decodeEntry(encodeEntry(far))).toEqual(far);
  });

  it("still reads format 1 (a JSON array) and plain JSON objects, as strings or as bytes", () => {
    const v1 = '[1,"2027-01-05",6,10,27,1,1,"Long day at the desk",0,1799175630000]';
    const expected: Entry = { date: "2027-01-05", pain: 6, scale: 10, marker: 27, session: true, reactions: ["none"], note: "Long day at the desk", answeredAt: "2027-01-05T19:00:30.000Z" };
    expect(decodeEntry(v1)).toEqual(expected);
    expect(decodeEntry(Buffer.from(v1))).toEqual(expected);
    expect(decodeEntry(JSON.stringify(full))).toEqual(full);
    expect(decodeEntry(Buffer.from(JSON.stringify(full)))).toEqual(full);
  });

  it("turns truncated and malformed binary values into null", () => {
    const good = encodeEntry(full);
    for (let cut = 1; cut < 9; cut++) expect(decodeEntry(good.subarray(0, cut)), `cut at ${cut}`).toBeNull();
    const badNote = Buffer.from(good);
    badNote[badNote.length - 1] ^= 0xff;
    badNote[badNote.length - 2] ^= 0xff;
    expect(decodeEntry(badNote)).toBeNull();
    expect(decodeEntry(Buffer.from([2, 0, 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80]))).toBeNull();
  });

  it("sets damaged values aside readably: text as text, bytes as base64", () => {
    expect(describeRaw("{not json")).toEqual({ raw: "{not json" });
    expect(describeRaw(Buffer.from("{not json"))).toEqual({ raw: "{not json" });
    const bytes = encodeEntry(full).subarray(0, 5);
    expect(describeRaw(bytes)).toEqual({ rawBase64: bytes.toString("base64") });
  });

  it("the note dictionary is frozen: stored notes depend on its exact bytes", () => {
    // Changing it needs a new entry format version that keeps this one for old entries.
    expect(createHash("sha256").update(NOTE_DICTIONARY, "utf8").digest("hex")).toBe("a881be14dc22444d097f342b1fb6dcf69409cc559e88764beee44e1bd5fae224");
  });

  it("still reads entries stored as plain JSON objects", () => {
    expect(decodeEntry(JSON.stringify(full))).toEqual(full);
  });

  it("rejects junk and wrong shapes", () => {
    for (const raw of ["{not json", '{"date":"2027-01-04","pain":"four"}', "[2]", '[1,"2027-01-01"]', "[1,\"x\",1,10,null,null,0,null,0,0]", "42"]) {
      expect(decodeEntry(raw), raw).toBeNull();
    }
  });

  it("round-trips arbitrary valid entries (property)", () => {
    const bool = fc.option(fc.boolean(), { nil: undefined });
    const entry = fc.record(
      {
        date: fc.constantFrom("2027-01-04", "2028-02-29", "1999-12-31", "2100-03-01"),
        pain: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { nil: undefined }),
        scale: fc.constantFrom(10 as const, 100 as const),
        marker: fc.option(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), { nil: undefined }),
        session: bool,
        reactions: fc.uniqueArray(fc.constantFrom(...REACTIONS)).map((rs) => REACTIONS.filter((r) => rs.includes(r))),
        note: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: "binary" })), { nil: undefined }),
        careChanged: bool,
        late: bool,
        corrected: bool,
        answeredAt: fc.date({ min: new Date("2020-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
      },
      { requiredKeys: ["date", "scale", "reactions", "answeredAt"] },
    );
    fc.assert(
      fc.property(entry, (e) => {
        const clean = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Entry;
        expect(decodeEntry(encodeEntry(clean))).toEqual(clean);
      }),
    );
  });
});

describe("entry codec without notes", () => {
  it("leaves the note out when asked, in every format, and keeps everything else", () => {
    const { note: _note, ...rest } = full;
    void _note;
    expect(decodeEntry(encodeEntry(full), { note: false })).toEqual(rest);
    expect(decodeEntry(JSON.stringify(full), { note: false })).toEqual(rest);
  });

  it("writes an answer's instant exactly as Date#toISOString does, years 0000-9999, and leaves others to it", () => {
    const inRange = fc.date({ min: new Date("0000-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true });
    fc.assert(fc.property(inRange, (d) => {
      expect(isoInstant(d.getTime())).toBe(d.toISOString());
    }), { numRuns: 2000 });
    for (const ms of [0, -1, 86_399_999, 86_400_000, -62_167_219_200_000, 253_402_300_799_999]) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    expect(isoInstant(253_402_300_800_000)).toBe("+010000-01-01T00:00:00.000Z");
    expect(isoInstant(-62_167_219_200_001)).toBe("-000001-12-31T23:59:59.999Z");
  });
});
