/** Dates typed without a year, placed by a window: recent past, coming weeks, or ask which year. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDate, type YearlessWindow } from "../../../src/trial/time/time-parse.js";
import { addDays, daysBetween } from "../../../src/trial/time/calendar.js";

const WINDOW: YearlessWindow = { recentDays: 28, soonDays: 92 };
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** The ways a person writes a day and month without a year, in both languages. */
function typed(iso: string): Array<[string, "en" | "de"]> {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return [
    [`${d}.${m}.`, "de"],
    [`${d}. ${DE_MONTHS[m - 1]}`, "de"],
    [`${EN_MONTHS[m - 1]} ${d}`, "en"],
    [`${d} ${EN_MONTHS[m - 1].slice(0, 3)}`, "en"],
  ];
}

const days = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays("2015-01-01", n));
const sameDayAndMonth = (a: string, b: string) => a.slice(5) === b.slice(5);

describe("parseDate: a date without a year", () => {
  it.each([
    ["Dec 14", "en"],
    ["14.12.", "de"],
    ["14. Dezember", "de"],
    ["14 Dec", "en"],
  ] as const)("%j on Mon, Jan 4, 2027 is three weeks ago, not eleven months ahead", (input, lang) => {
    expect(parseDate(input, lang, "2027-01-04", WINDOW)).toEqual({ ok: true, date: "2026-12-14" });
  });

  it("within the recent past or the coming weeks: exactly that day, nothing to ask", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -WINDOW.recentDays, max: WINDOW.soonDays }), (today, offset) => {
        const meant = addDays(today, offset);
        for (const [input, lang] of typed(meant)) expect(parseDate(input, lang, today, WINDOW)).toEqual({ ok: true, date: meant });
      }),
    );
  });

  it("further away either way: the day is found, and asked about whenever the coming one is months ahead", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -360, max: 360 }), (today, offset) => {
        const meant = addDays(today, offset);
        for (const [input, lang] of typed(meant)) {
          const r = parseDate(input, lang, today, WINDOW);
          if (!r.ok) throw new Error(`${input} not read`);
          const offered = r.ambiguous?.alternatives ?? [r.date];
          expect(offered.every((x) => sameDayAndMonth(x, meant))).toBe(true);
          expect(r.date).toBe(offered[0]);
          if (r.ambiguous) {
            const [first, second] = r.ambiguous.alternatives;
            // One in the past beyond the recent window, one months ahead; the nearer is offered first.
            const [past, coming] = first < today ? [first, second] : [second, first];
            expect(daysBetween(past, today)).toBeGreaterThan(WINDOW.recentDays);
            expect(daysBetween(today, coming)).toBeGreaterThan(WINDOW.soonDays);
            expect(Math.abs(daysBetween(today, first))).toBeLessThanOrEqual(Math.abs(daysBetween(today, second)));
          } else {
            const away = daysBetween(today, r.date);
            expect(away >= -WINDOW.recentDays && away <= WINDOW.soonDays).toBe(true);
          }
          // The day meant is offered unless the same day and month in the next or last year is in the window.
          const otherYears = [-366, -365, 365, 366].map((n) => addDays(meant, n)).filter((x) => sameDayAndMonth(x, meant));
          const otherInWindow = otherYears.some((x) => daysBetween(today, x) >= -WINDOW.recentDays && daysBetween(today, x) <= WINDOW.soonDays);
          if (!otherInWindow) expect(offered).toContain(meant);
        }
      }),
    );
  });

  it("a year always settles it", () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -3000, max: 3000 }), (today, offset) => {
        const meant = addDays(today, offset);
        expect(parseDate(meant, "en", today, WINDOW)).toEqual({ ok: true, date: meant });
        const [y, m, d] = meant.split("-").map(Number);
        expect(parseDate(`${d}.${m}.${y}`, "de", today, WINDOW)).toEqual({ ok: true, date: meant });
      }),
    );
  });

  it.each([
    // Jan 4: Nov 20 was six weeks ago, the next one is ten months ahead → ask, last year's first.
    ["20.11.", "2027-01-04", ["2026-11-20", "2027-11-20"]],
    // Jan 4: May 15 is four months ahead, the last one eight months ago → ask, the coming one first.
    ["15.5.", "2027-01-04", ["2027-05-15", "2026-05-15"]],
  ] as const)("%j on %s asks between %j", (input, today, alternatives) => {
    expect(parseDate(input, "de", today, WINDOW)).toEqual({ ok: true, date: alternatives[0], ambiguous: { alternatives } });
  });

  it("29 Feb: the last one within the recent past, even though the next is years ahead", () => {
    expect(parseDate("29.2.", "de", "2028-03-10", WINDOW)).toEqual({ ok: true, date: "2028-02-29" });
    expect(parseDate("Feb 29", "en", "2028-02-10", WINDOW)).toEqual({ ok: true, date: "2028-02-29" });
  });

  it("a slash date keeps its day-or-month question, each reading in its nearer year", () => {
    // Jan 4: 12/12 is one date; 3/12 is March 12 (en) or December 3 (de), each the nearer one.
    expect(parseDate("12/12", "en", "2027-01-04", WINDOW)).toEqual({ ok: true, date: "2026-12-12" });
    expect(parseDate("3/12", "en", "2027-01-04", WINDOW)).toEqual({ ok: true, date: "2027-03-12", ambiguous: { alternatives: ["2027-03-12", "2026-12-03"] } });
    expect(parseDate("14/12", "en", "2027-01-04", WINDOW)).toEqual({ ok: true, date: "2026-12-14" });
  });
});
