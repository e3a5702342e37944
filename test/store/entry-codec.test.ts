import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeEntry, encodeEntry } from "../../src/store/entry-codec.js";
import { REACTIONS, type Entry } from "../../src/trial/entry.js";

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
    expect(encodeEntry(full).length).toBeLessThan(JSON.stringify(full).length * 0.6);
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
        date: fc.constantFrom("2027-01-04", "2028-02-29"),
        pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        scale: fc.constantFrom(10 as const, 100 as const),
        marker: fc.option(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), { nil: undefined }),
        session: bool,
        reactions: fc.uniqueArray(fc.constantFrom(...REACTIONS)).map((rs) => REACTIONS.filter((r) => rs.includes(r))),
        note: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
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
