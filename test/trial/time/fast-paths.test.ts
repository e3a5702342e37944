/**
 * The hot-path shortcuts (measured in bench/) give the same answers as the luxon / Intl
 * code they replace or remember.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { addDays, daysBetween, isCalendarDate, isoWeekday } from "../../../src/trial/time/calendar.js";
import { isoDate } from "../../../src/trial/plan/plan.js";
import { localDateOf, wallTimeToInstant } from "../../../src/trial/time/next-occurrence.js";
import { isValidZone } from "../../../src/trial/time/time-parse.js";
import { num, weekdayDate } from "../../../src/bot/ui/format.js";
import { settleInputChanged } from "../../../src/bot/features/reports/changes.js";
import type { Entry } from "../../../src/trial/checkin/entry.js";

const utc = (iso: string) => DateTime.fromISO(iso, { zone: "utc" });
const isoDay = fc.integer({ min: -40_000, max: 60_000 }).map((n) => utc("1970-01-01").plus({ days: n }).toISODate()!);

describe("calendar arithmetic without luxon", () => {
  it("a calendar date is what luxon accepts as one; isoDate refuses the rest", () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const candidate = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(candidate, isoDay, fc.string({ maxLength: 12 })), (s) => {
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: "utc" }).isValid;
        expect(isCalendarDate(s)).toBe(valid);
        expect(isoDate.safeParse(s).success).toBe(valid);
      }),
      { numRuns: 3000 },
    );
    for (const bad of ["2025-02-29", "2024-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-01"]) expect(isCalendarDate(bad)).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });

  it("agrees with luxon for any date and offset (1860-2134)", () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(addDays(date, days)).toBe(utc(date).plus({ days }).toISODate());
        expect(isoWeekday(date)).toBe(utc(date).weekday);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(Math.round(utc(b).diff(utc(a), "days").days));
      }),
    );
  });

  it("still rejects impossible dates and still accepts other ISO forms through luxon", () => {
    for (const bad of ["2025-02-29", "2024-02-30", "2025-13-01", "2025-00-10", "2025-04-31"]) expect(() => addDays(bad, 1)).toThrow(RangeError);
    expect(addDays("2024-02-29", 365)).toBe("2025-02-28");
    expect(addDays("2025-03-03T10:00", 1)).toBe("2025-03-04");
  });
});

describe("remembered time-zone answers", () => {
  it("wallTimeToInstant and localDateOf give what luxon gives, also when asked twice", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Etc/GMT+12", "Asia/Kolkata", "UTC+2"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 1439 }), fc.constantFrom(...zones), (day, minute, zone) => {
        const date = utc("2024-01-01").plus({ days: day }).toISODate()!;
        const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
        const first = wallTimeToInstant(date, time, zone);
        const again = wallTimeToInstant(date, time, zone);
        expect(again.getTime()).toBe(first.getTime());
        expect(again).not.toBe(first); // a fresh Date each time: callers may change it
        const at = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + minute * 60_000 + 17_000);
        const z = zone.startsWith("UTC+") ? "UTC+2" : zone;
        expect(localDateOf(at, zone)).toBe(DateTime.fromJSDate(at, { zone: z }).toISODate());
        expect(localDateOf(at, zone)).toBe(localDateOf(new Date(at.getTime()), zone));
      }),
      { numRuns: 1000 },
    );
  });

  it("isValidZone answers the same the second time", () => {
    for (const z of ["Europe/Berlin", "Mars/Olympus", "UTC+5:30", "utc+2", ""]) expect(isValidZone(z)).toBe(isValidZone(z));
    expect(isValidZone("Europe/Berlin")).toBe(true);
    expect(isValidZone("Mars/Olympus")).toBe(false);
  });
});

describe("cached formatters", () => {
  it("shortDate and num read as before", () => {
    for (const lang of ["en", "de"]) {
      for (let i = 0; i < 400; i += 7) {
        const iso = utc("2026-12-20").plus({ days: i }).toISODate()!;
        expect(weekdayDate(iso, lang)).toBe(DateTime.fromISO(iso).setLocale(lang).toLocaleString({ weekday: "short", day: "numeric", month: "short" }));
      }
      for (const v of [0, 4, 4.5, 12.345, 1234.5]) expect(num(v, lang, 2)).toBe(v.toLocaleString(lang, { maximumFractionDigits: 2 }));
    }
    expect(num(4.5, "de")).toBe("4,5");
  });
});

describe("which answers can change the settle rule", () => {
  const base: Entry = { date: "2027-01-12", pain: 4, scale: 10, marker: 20, session: false, reactions: [], answeredAt: "2027-01-12T19:00:00Z" };
  it("pain or session changes count; markers, notes, reactions and care do not", () => {
    expect(settleInputChanged(null, base)).toBe(true);
    expect(settleInputChanged(base, { ...base, pain: 5 })).toBe(true);
    expect(settleInputChanged(base, { ...base, session: true })).toBe(true);
    expect(settleInputChanged({ ...base, session: undefined }, base)).toBe(false);
    expect(settleInputChanged(base, { ...base, marker: 30, note: "x", reactions: ["soreness"], careChanged: true })).toBe(false);
    expect(settleInputChanged(null, { ...base, pain: undefined, session: undefined })).toBe(false);
  });
});
