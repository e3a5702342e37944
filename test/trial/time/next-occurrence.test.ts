import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import {
  localDateOf,
  nextPromptAfterDate,
  nextPromptInstant,
  wallTimeToInstant,
} from "../../../src/trial/time/next-occurrence.js";

const iso = (d: Date) => d.toISOString();
const next = (time: string, zone: string, after: string) => {
  const r = nextPromptInstant(time, zone, new Date(after));
  return { at: iso(r.at), localDate: r.localDate };
};

describe("nextPromptInstant — ordinary days", () => {
  it.each([
    // zone, time, after (UTC), expected at (UTC), localDate
    ["Europe/Berlin", "19:30", "2026-06-01T10:00:00Z", "2026-06-01T17:30:00.000Z", "2026-06-01"],
    ["Europe/Berlin", "19:30", "2026-06-01T17:30:00Z", "2026-06-02T17:30:00.000Z", "2026-06-02"], // strictly after
    ["Europe/Berlin", "19:30", "2026-06-01T17:29:59.999Z", "2026-06-01T17:30:00.000Z", "2026-06-01"],
    ["Europe/Berlin", "00:00", "2026-12-31T23:00:00Z", "2027-01-01T23:00:00.000Z", "2027-01-02"],
    ["Europe/Berlin", "00:00", "2026-12-31T22:59:00Z", "2026-12-31T23:00:00.000Z", "2027-01-01"],
    ["Europe/Berlin", "23:59", "2026-01-15T12:00:00Z", "2026-01-15T22:59:00.000Z", "2026-01-15"],
    ["America/New_York", "08:00", "2026-01-15T12:00:00Z", "2026-01-15T13:00:00.000Z", "2026-01-15"],
    ["America/New_York", "08:00", "2026-07-15T12:00:00Z", "2026-07-16T12:00:00.000Z", "2026-07-16"],
    ["America/New_York", "21:00", "2026-07-16T01:30:00Z", "2026-07-17T01:00:00.000Z", "2026-07-16"], // local date ≠ UTC date
    // UTC+14: the user's own calendar day is a day ahead of UTC
    ["Pacific/Kiritimati", "08:00", "2026-05-01T12:00:00Z", "2026-05-01T18:00:00.000Z", "2026-05-02"],
    ["Pacific/Kiritimati", "08:00", "2026-05-01T18:00:00Z", "2026-05-02T18:00:00.000Z", "2026-05-03"],
    ["Pacific/Kiritimati", "23:30", "2026-12-31T09:00:00Z", "2026-12-31T09:30:00.000Z", "2026-12-31"],
    ["Pacific/Kiritimati", "00:30", "2026-12-31T09:00:00Z", "2026-12-31T10:30:00.000Z", "2027-01-01"],
    // UTC−12: a day behind
    ["Etc/GMT+12", "08:00", "2026-05-01T12:00:00Z", "2026-05-01T20:00:00.000Z", "2026-05-01"],
    ["Etc/GMT+12", "23:30", "2026-05-01T12:00:00Z", "2026-05-02T11:30:00.000Z", "2026-05-01"],
    ["Etc/GMT+12", "23:30", "2026-12-31T12:00:00Z", "2027-01-01T11:30:00.000Z", "2026-12-31"],
    // fixed offsets from parseZone
    ["UTC+5:30", "07:00", "2026-05-01T00:00:00Z", "2026-05-01T01:30:00.000Z", "2026-05-01"],
    ["UTC-5", "07:00", "2026-05-01T00:00:00Z", "2026-05-01T12:00:00.000Z", "2026-05-01"],
  ])("%s %s after %s → %s (%s)", (zone, time, after, at, localDate) => {
    expect(next(time, zone, after)).toEqual({ at, localDate });
  });
});

describe("nextPromptInstant — DST transitions 2026/2027", () => {
  // EU: spring forward 02:00 → 03:00 local; fall back 03:00 → 02:00.
  // US: spring forward 02:00 → 03:00 local; fall back 02:00 → 01:00.
  it.each([
    // Europe/Berlin spring 2026-03-29: 01:00 UTC is the jump
    ["Europe/Berlin", "02:30", "2026-03-28T12:00:00Z", "2026-03-29T01:30:00.000Z", "2026-03-29"], // gap → 03:30 CEST
    ["Europe/Berlin", "02:00", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00.000Z", "2026-03-29"], // gap start → 03:00
    ["Europe/Berlin", "03:00", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00.000Z", "2026-03-29"], // first valid time
    ["Europe/Berlin", "01:59", "2026-03-28T12:00:00Z", "2026-03-29T00:59:00.000Z", "2026-03-29"],
    ["Europe/Berlin", "08:00", "2026-03-28T12:00:00Z", "2026-03-29T06:00:00.000Z", "2026-03-29"],
    ["Europe/Berlin", "08:00", "2026-03-29T06:00:00Z", "2026-03-30T06:00:00.000Z", "2026-03-30"],
    ["Europe/Berlin", "08:00", "2026-03-27T12:00:00Z", "2026-03-28T07:00:00.000Z", "2026-03-28"],
    // Europe/Berlin fall 2026-10-25: 02:00-03:00 happens twice → first (CEST, +02:00)
    ["Europe/Berlin", "02:30", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00.000Z", "2026-10-25"],
    ["Europe/Berlin", "02:30", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00.000Z", "2026-10-26"], // not again at 01:30Z
    ["Europe/Berlin", "02:00", "2026-10-24T12:00:00Z", "2026-10-25T00:00:00.000Z", "2026-10-25"],
    ["Europe/Berlin", "03:00", "2026-10-24T12:00:00Z", "2026-10-25T02:00:00.000Z", "2026-10-25"],
    ["Europe/Berlin", "08:00", "2026-10-24T12:00:00Z", "2026-10-25T07:00:00.000Z", "2026-10-25"],
    // 2027
    ["Europe/Berlin", "02:30", "2027-03-27T12:00:00Z", "2027-03-28T01:30:00.000Z", "2027-03-28"],
    ["Europe/Berlin", "02:59", "2027-03-27T12:00:00Z", "2027-03-28T01:59:00.000Z", "2027-03-28"],
    ["Europe/Berlin", "02:30", "2027-10-30T12:00:00Z", "2027-10-31T00:30:00.000Z", "2027-10-31"],
    ["Europe/Berlin", "02:30", "2027-10-31T00:30:00Z", "2027-11-01T01:30:00.000Z", "2027-11-01"],
    // America/New_York spring 2026-03-08 (07:00 UTC jump)
    ["America/New_York", "02:30", "2026-03-07T12:00:00Z", "2026-03-08T07:30:00.000Z", "2026-03-08"], // → 03:30 EDT
    ["America/New_York", "08:00", "2026-03-07T14:00:00Z", "2026-03-08T12:00:00.000Z", "2026-03-08"],
    ["America/New_York", "08:00", "2026-03-06T18:00:00Z", "2026-03-07T13:00:00.000Z", "2026-03-07"],
    // fall 2026-11-01: 01:00-02:00 twice → first (EDT, −04:00)
    ["America/New_York", "01:30", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00.000Z", "2026-11-01"],
    ["America/New_York", "01:30", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00.000Z", "2026-11-02"],
    ["America/New_York", "08:00", "2026-10-31T18:00:00Z", "2026-11-01T13:00:00.000Z", "2026-11-01"],
    // 2027: 2027-03-14 and 2027-11-07
    ["America/New_York", "02:30", "2027-03-13T12:00:00Z", "2027-03-14T07:30:00.000Z", "2027-03-14"],
    ["America/New_York", "02:00", "2027-03-13T12:00:00Z", "2027-03-14T07:00:00.000Z", "2027-03-14"],
    ["America/New_York", "01:00", "2027-11-06T12:00:00Z", "2027-11-07T05:00:00.000Z", "2027-11-07"],
    ["America/New_York", "01:59", "2027-11-07T05:00:00Z", "2027-11-07T05:59:00.000Z", "2027-11-07"],
    ["America/New_York", "01:59", "2027-11-07T05:59:00Z", "2027-11-08T06:59:00.000Z", "2027-11-08"],
    ["America/New_York", "02:00", "2027-11-06T12:00:00Z", "2027-11-07T07:00:00.000Z", "2027-11-07"],
    // zones without DST are unaffected on those days
    ["Pacific/Kiritimati", "02:30", "2026-03-28T12:00:00Z", "2026-03-28T12:30:00.000Z", "2026-03-29"],
    ["Etc/GMT+12", "02:30", "2026-10-25T12:00:00Z", "2026-10-25T14:30:00.000Z", "2026-10-25"],
  ])("%s %s after %s → %s (%s)", (zone, time, after, at, localDate) => {
    expect(next(time, zone, after)).toEqual({ at, localDate });
  });

  it("the overlap time is sent once on the fall-back day (walk the whole day)", () => {
    for (const [zone, day, time] of [
      ["Europe/Berlin", "2026-10-25", "02:30"],
      ["Europe/Berlin", "2027-10-31", "02:15"],
      ["America/New_York", "2026-11-01", "01:30"],
      ["America/New_York", "2027-11-07", "01:45"],
    ]) {
      const start = DateTime.fromISO(day, { zone }).minus({ days: 1 }).toJSDate();
      let after = start;
      const dates: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = nextPromptInstant(time, zone, after);
        dates.push(r.localDate);
        after = r.at;
      }
      expect(new Set(dates).size).toBe(3);
      expect(dates).toContain(day);
    }
  });

  it("throws on bad input", () => {
    expect(() => nextPromptInstant("7:30", "Europe/Berlin", new Date())).toThrow();
    expect(() => nextPromptInstant("24:00", "Europe/Berlin", new Date())).toThrow();
    expect(() => nextPromptInstant("07:30", "Mars/Base", new Date())).toThrow();
    expect(() => nextPromptInstant("07:30", "Europe/Berlin", new Date(Number.NaN))).toThrow();
  });
});

describe("wallTimeToInstant / localDateOf / nextPromptAfterDate", () => {
  it("resolves gap and overlap", () => {
    expect(iso(wallTimeToInstant("2026-03-29", "02:30", "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(wallTimeToInstant("2026-10-25", "02:30", "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
    expect(localDateOf(new Date("2026-05-01T12:00:00Z"), "Pacific/Kiritimati")).toBe("2026-05-02");
    expect(localDateOf(new Date("2026-05-01T11:00:00Z"), "Etc/GMT+12")).toBe("2026-04-30");
  });

  it("skips dates already prompted", () => {
    const after = new Date("2026-06-01T05:00:00Z"); // 07:00 in Berlin
    expect(nextPromptAfterDate("08:00", "Europe/Berlin", after, null).localDate).toBe("2026-06-01");
    const r = nextPromptAfterDate("08:00", "Europe/Berlin", after, "2026-06-01");
    expect(r).toEqual({ at: new Date("2026-06-02T06:00:00Z"), localDate: "2026-06-02" });
    expect(nextPromptAfterDate("08:00", "Europe/Berlin", after, "2026-06-03").localDate).toBe("2026-06-04");
    expect(nextPromptAfterDate("08:00", "Europe/Berlin", after, "2026-05-20").localDate).toBe("2026-06-01");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const ZONES = ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "Australia/Lord_Howe", "Asia/Kolkata", "America/Santiago"];
const zoneArb = fc.constantFrom(...ZONES);
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const afterArb = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((ms) => new Date(ms));

/** Does the wall time exist on that local date in that zone? */
function wallTimeExists(localDate: string, time: string, zone: string): boolean {
  const [h, m] = time.split(":").map(Number);
  const dt = DateTime.fromISO(`${localDate}T${time}`, { zone });
  return dt.hour === h && dt.minute === m && dt.toISODate() === localDate;
}

describe("properties", () => {
  it("result is strictly after `after` and within ~2 days", () => {
    fc.assert(
      fc.property(timeArb, zoneArb, afterArb, (time, zone, after) => {
        const r = nextPromptInstant(time, zone, after);
        expect(r.at.getTime()).toBeGreaterThan(after.getTime());
        expect(r.at.getTime() - after.getTime()).toBeLessThanOrEqual(26 * 3600_000);
      }),
      { numRuns: 2000 },
    );
  });

  it("local time equals the requested time (except on gap days), local date matches", () => {
    fc.assert(
      fc.property(timeArb, zoneArb, afterArb, (time, zone, after) => {
        const r = nextPromptInstant(time, zone, after);
        const local = DateTime.fromJSDate(r.at, { zone });
        if (wallTimeExists(r.localDate, time, zone)) {
          expect(local.toFormat("HH:mm")).toBe(time);
          expect(local.toISODate()).toBe(r.localDate);
        } else {
          // shifted forward by the gap: later than the wall time, same or next day
          expect(local.toFormat("yyyy-MM-dd HH:mm") > `${r.localDate} ${time}`).toBe(true);
        }
        // nothing earlier on that same local date at that wall time was skipped
        expect(r.at.getTime()).toBe(wallTimeToInstant(r.localDate, time, zone).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it("consecutive calls produce exactly one prompt per local date over a year", () => {
    fc.assert(
      fc.property(timeArb, zoneArb, afterArb, (time, zone, start) => {
        let after = start;
        let prevDate: string | null = null;
        const first = nextPromptInstant(time, zone, start).localDate;
        for (let i = 0; i < 366; i++) {
          const r = nextPromptInstant(time, zone, after);
          if (prevDate !== null) {
            const expected = DateTime.fromISO(prevDate, { zone: "utc" }).plus({ days: 1 }).toISODate();
            expect(r.localDate).toBe(expected);
          }
          expect(r.at.getTime()).toBeGreaterThan(after.getTime());
          prevDate = r.localDate;
          after = r.at;
        }
        const days = DateTime.fromISO(prevDate!, { zone: "utc" }).diff(DateTime.fromISO(first, { zone: "utc" }), "days").days;
        expect(days).toBe(365);
      }),
      { numRuns: 40 },
    );
  });

  it("every DST day of 2026 and 2027 in Berlin and New York gets exactly one prompt for every minute-of-hour around the jump", () => {
    const cases: Array<[string, string]> = [
      ["Europe/Berlin", "2026-03-29"],
      ["Europe/Berlin", "2026-10-25"],
      ["Europe/Berlin", "2027-03-28"],
      ["Europe/Berlin", "2027-10-31"],
      ["America/New_York", "2026-03-08"],
      ["America/New_York", "2026-11-01"],
      ["America/New_York", "2027-03-14"],
      ["America/New_York", "2027-11-07"],
    ];
    for (const [zone, day] of cases) {
      for (let h = 0; h <= 4; h++) {
        for (const m of [0, 15, 30, 59]) {
          const time = `0${h}:${String(m).padStart(2, "0")}`;
          let after = DateTime.fromISO(day, { zone }).minus({ days: 2 }).toJSDate();
          const seen: string[] = [];
          for (let i = 0; i < 5; i++) {
            const r = nextPromptInstant(time, zone, after);
            seen.push(r.localDate);
            after = r.at;
          }
          expect(new Set(seen).size, `${zone} ${day} ${time}`).toBe(5);
          expect(seen, `${zone} ${day} ${time}`).toContain(day);
        }
      }
    }
  });
});
