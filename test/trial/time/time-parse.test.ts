import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import {
  cityTable,
  commonZones,
  isValidZone,
  normalizeDigits,
  parseDate,
  parseNumber,
  parseTime,
  parseZone,
  zoneFromLocation,
} from "../../../src/trial/time/time-parse.js";

describe("parseZone", () => {
  it.each([
    ["Berlin", "Europe/Berlin"],
    ["berlin", "Europe/Berlin"],
    ["München", "Europe/Berlin"],
    ["Muenchen", "Europe/Berlin"],
    ["Munich", "Europe/Berlin"],
    ["Köln", "Europe/Berlin"],
    ["Koeln", "Europe/Berlin"],
    ["Frankfurt am Main", "Europe/Berlin"],
    ["Berlin, Germany", "Europe/Berlin"],
    ["Deutschland", "Europe/Berlin"],
    ["Wien", "Europe/Vienna"],
    ["Vienna", "Europe/Vienna"],
    ["Österreich", "Europe/Vienna"],
    ["Zürich", "Europe/Zurich"],
    ["Zuerich", "Europe/Zurich"],
    ["Zurich", "Europe/Zurich"],
    ["Genf", "Europe/Zurich"],
    ["London", "Europe/London"],
    ["New York", "America/New_York"],
    ["new  york", "America/New_York"],
    ["NYC", "America/New_York"],
    ["Los Angeles", "America/Los_Angeles"],
    ["San Francisco", "America/Los_Angeles"],
    ["Chicago", "America/Chicago"],
    ["Tokyo", "Asia/Tokyo"],
    ["Tokio", "Asia/Tokyo"],
    ["Peking", "Asia/Shanghai"],
    ["Mumbai", "Asia/Kolkata"],
    ["Sydney", "Australia/Sydney"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Sao Paulo", "America/Sao_Paulo"],
    ["St. Petersburg", "Europe/Moscow"],
    ["Kiew", "Europe/Kyiv"],
    ["Halifax", "America/Halifax"], // from the IANA location names, not the table
    ["Winnipeg", "America/Winnipeg"],
  ])("city %s → %s", (input, zone) => {
    expect(parseZone(input, "de")).toEqual({ ok: true, zone, fixedOffset: false });
    expect(parseZone(input, "en")).toEqual({ ok: true, zone, fixedOffset: false });
  });

  it.each([
    ["Europe/Berlin", "Europe/Berlin", false],
    ["europe/berlin", "Europe/Berlin", false],
    ["EUROPE/VIENNA", "Europe/Vienna", false],
    ["america/new_york", "America/New_York", false],
    ["America/New York", "America/New_York", false],
    ["asia/kolkata", "Asia/Kolkata", false],
    ["Pacific/Kiritimati", "Pacific/Kiritimati", false],
    ["Etc/GMT+12", "Etc/GMT+12", true],
    ["etc/gmt-14", "Etc/GMT-14", true],
  ])("IANA %s → %s", (input, zone, fixedOffset) => {
    expect(parseZone(input, "en")).toEqual({ ok: true, zone, fixedOffset });
  });

  it.each([
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["GMT", "UTC"],
    ["Z", "UTC"],
    ["UTC+0", "UTC"],
    ["UTC+2", "UTC+2"],
    ["utc+2", "UTC+2"],
    ["UTC +2", "UTC+2"],
    ["UTC+02", "UTC+2"],
    ["GMT-5", "UTC-5"],
    ["+02:00", "UTC+2"],
    ["-05:00", "UTC-5"],
    ["+2", "UTC+2"],
    ["UTC+5:30", "UTC+5:30"],
    ["UTC+0530", "UTC+5:30"],
    ["GMT+5:45", "UTC+5:45"],
    ["UTC-12", "UTC-12"],
    ["UTC+14", "UTC+14"],
    ["UTC+١", "UTC+1"],
  ])("offset %s → %s (fixed)", (input, zone) => {
    const r = parseZone(input, "en");
    expect(r).toEqual({ ok: true, zone, fixedOffset: true });
    if (r.ok) {
      expect(isValidZone(r.zone)).toBe(true);
      expect(DateTime.now().setZone(r.zone).isValid).toBe(true);
    }
  });

  it.each(["", "   ", "asdf", "Mars", "America", "Europe/Atlantis", "UTC+15", "UTC-13", "UTC+2:75", "2", "19:30", "Berlinn", "x".repeat(200), "🙂"])(
    "junk %j → not ok",
    (input) => {
      expect(parseZone(input, "de")).toEqual({ ok: false });
    },
  );

  it("every zone in the city table is valid and the table is ~80+ cities", () => {
    const table = cityTable();
    let names = 0;
    for (const [zone, list] of table) {
      expect(isValidZone(zone), zone).toBe(true);
      names += list.length;
      for (const n of list) expect(parseZone(n, "en"), n).toEqual({ ok: true, zone, fixedOffset: false });
    }
    expect(table.length).toBeGreaterThanOrEqual(80);
    expect(names).toBeGreaterThan(200);
  });
});

describe("zoneFromLocation", () => {
  it.each([
    [52.52, 13.405, "Europe/Berlin"],
    [48.2082, 16.3738, "Europe/Vienna"],
    [40.7128, -74.006, "America/New_York"],
    [35.6762, 139.6503, "Asia/Tokyo"],
    [1.87, -157.4, "Pacific/Kiritimati"],
  ])("%f,%f → %s", (lat, lon, zone) => {
    expect(zoneFromLocation(lat, lon)).toBe(zone);
  });
  it.each([
    [91, 0],
    [0, 181],
    [Number.NaN, 0],
  ])("invalid %f,%f → null", (lat, lon) => {
    expect(zoneFromLocation(lat, lon)).toBeNull();
  });
});

describe("commonZones", () => {
  it("offers German-speaking zones for de and a spread for en", () => {
    expect(commonZones("de")).toEqual(["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"]);
    expect(commonZones("en")).toEqual(expect.arrayContaining(["Europe/London", "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney"]));
    for (const z of [...commonZones("de"), ...commonZones("en")]) expect(isValidZone(z)).toBe(true);
  });
  it("returns a copy", () => {
    commonZones("de").push("X");
    expect(commonZones("de")).toHaveLength(3);
  });
});

describe("parseTime", () => {
  it.each([
    ["19:30", "19:30"],
    [" 19:30 ", "19:30"],
    ["7:30", "07:30"],
    ["07:05", "07:05"],
    ["7:30 pm", "19:30"],
    ["7:30pm", "19:30"],
    ["7:30 p.m.", "19:30"],
    ["7 PM", "19:00"],
    ["7am", "07:00"],
    ["12 am", "00:00"],
    ["12:15 am", "00:15"],
    ["12 pm", "12:00"],
    ["12:45 pm", "12:45"],
    ["1930", "19:30"],
    ["0700", "07:00"],
    ["930", "09:30"],
    ["19.30", "19:30"],
    ["19h30", "19:30"],
    ["19h", "19:00"],
    ["19 Uhr", "19:00"],
    ["19 uhr", "19:00"],
    ["19:30 Uhr", "19:30"],
    ["19 Uhr 30", "19:30"],
    ["8", "08:00"],
    ["0:00", "00:00"],
    ["23:59", "23:59"],
    ["١٩:٣٠", "19:30"],
  ])("%j → %s", (input, want) => {
    expect(parseTime(input)).toBe(want);
  });

  it.each(["", "abc", "24:00", "25:00", "19:60", "13 pm", "0 am", "19:3", "19:300", "12345", "7:30 xm", "1930 pm", "-1:00", "19,30,00"])(
    "%j → null",
    (input) => {
      expect(parseTime(input)).toBeNull();
    },
  );
});

describe("parseDate", () => {
  const today = "2027-03-15";
  it.each([
    ["2027-01-04", "de", "2027-01-04"],
    ["2027-01-04", "en", "2027-01-04"],
    ["2027-1-4", "en", "2027-01-04"],
    ["4.1.2027", "de", "2027-01-04"],
    ["04.01.2027", "de", "2027-01-04"],
    ["04.01.27", "de", "2027-01-04"],
    ["4.1.2027", "en", "2027-01-04"],
    ["4.1.", "de", "2028-01-04"], // already past this year → next year
    ["4.4.", "de", "2027-04-04"],
    ["15.3.", "de", "2027-03-15"], // today counts
    ["14.3.", "de", "2028-03-14"],
    ["4 Jan", "en", "2028-01-04"],
    ["4 Apr", "en", "2027-04-04"],
    ["January 4", "en", "2028-01-04"],
    ["April 4", "en", "2027-04-04"],
    ["Jan 4 2027", "en", "2027-01-04"],
    ["Jan 4, 2027", "en", "2027-01-04"],
    ["Jan 4th, 2027", "en", "2027-01-04"],
    ["4 January 2027", "en", "2027-01-04"],
    ["4th of January 2027", "en", "2027-01-04"],
    ["4. Januar 2027", "de", "2027-01-04"],
    ["4. März", "de", "2028-03-04"],
    ["4. Mai", "de", "2027-05-04"],
    ["1. Okt.", "de", "2027-10-01"],
    ["24 Dez", "de", "2027-12-24"],
    ["13/04/2027", "en", "2027-04-13"], // only one valid reading
    ["04/13/2027", "de", "2027-04-13"],
    ["05/05/2027", "en", "2027-05-05"], // both readings equal
    ["heute", "de", "2027-03-15"],
    ["morgen", "de", "2027-03-16"],
    ["tomorrow", "en", "2027-03-16"],
    ["yesterday", "en", "2027-03-14"],
    ["٤.١.٢٠٢٧", "de", "2027-01-04"],
  ] as const)("%j (%s) → %s", (input, lang, want) => {
    expect(parseDate(input, lang, today)).toEqual({ ok: true, date: want });
  });

  it.each([
    // around month and year ends
    ["1.1.", "2026-12-31", "2027-01-01"],
    ["31.12.", "2026-12-31", "2026-12-31"],
    ["31.12.", "2027-01-01", "2027-12-31"],
    ["Jan 1", "2026-12-31", "2027-01-01"],
    ["1.3.", "2028-02-28", "2028-03-01"],
    ["29.2.", "2028-02-28", "2028-02-29"], // 2028 is a leap year
    ["29.2.", "2028-03-01", "2032-02-29"], // next Feb 29
    ["29.2.", "2027-03-01", "2028-02-29"],
    ["28.2.", "2028-02-29", "2029-02-28"],
    ["31.1.", "2027-01-31", "2027-01-31"],
    ["1.2.", "2027-01-31", "2027-02-01"],
    ["morgen", "2026-12-31", "2027-01-01"],
    ["morgen", "2028-02-28", "2028-02-29"],
    ["tomorrow", "2027-02-28", "2027-03-01"],
  ] as const)("%j with today %s → %s", (input, todayIso, want) => {
    expect(parseDate(input, "de", todayIso)).toEqual({ ok: true, date: want });
  });

  it.each([
    ["01/04/2027", "en", ["2027-01-04", "2027-04-01"]],
    ["01/04/2027", "de", ["2027-04-01", "2027-01-04"]],
    ["1/4/27", "en", ["2027-01-04", "2027-04-01"]],
    ["12/11/2027", "en", ["2027-12-11", "2027-11-12"]],
    ["01-04-2027", "de", ["2027-04-01", "2027-01-04"]],
    ["3/4", "en", ["2028-03-04", "2027-04-03"]], // March 4 already past this year
  ] as const)("ambiguous %j (%s) → %j", (input, lang, alternatives) => {
    expect(parseDate(input, lang, today)).toEqual({ ok: true, date: alternatives[0], ambiguous: { alternatives } });
  });

  it.each([
    "",
    "31.02.",
    "31.02.2027",
    "30.2.",
    "29.02.2027",
    "32.1.2027",
    "0.1.2027",
    "1.13.2027",
    "2027-02-29",
    "2027-13-01",
    "13/13/2027",
    "Feb 30",
    "31 April",
    "4 Foo",
    "next week",
    "4",
    "1.2.3.4",
    "2027/01/04/05",
  ])("invalid %j → not ok", (input) => {
    expect(parseDate(input, "de", today)).toEqual({ ok: false });
    expect(parseDate(input, "en", today)).toEqual({ ok: false });
  });

  it("rejects a malformed today", () => {
    expect(parseDate("4.1.", "de", "15.3.2027")).toEqual({ ok: false });
  });
});

describe("parseNumber", () => {
  it.each([
    ["4", "en", 4],
    [" 4 ", "en", 4],
    ["0", "de", 0],
    ["10", "de", 10],
    ["4.5", "en", 4.5],
    ["4,5", "de", 4.5],
    ["4,5", "en", 4.5],
    ["4.5", "de", 4.5],
    ["-2", "en", -2],
    ["+3", "en", 3],
    ["007", "en", 7],
    ["1000", "en", 1000],
    ["1,25", "en", 1.25],
    ["0,250", "de", 0.25], // comma is decimal in de
    ["1.000", "en", 1], // dot is decimal in en
    ["٣", "en", 3], // Arabic-Indic
    ["۴", "en", 4], // Extended Arabic-Indic (Persian)
    ["४", "de", 4], // Devanagari
    ["৭", "en", 7], // Bengali
    ["１２", "en", 12], // full-width
    ["٣٫٥", "en", 3.5], // Arabic decimal separator
    ["𝟗", "en", 9], // mathematical bold digit
    ["\u00a04\u00a0", "en", 4],
  ] as const)("%j (%s) → %d", (input, lang, want) => {
    expect(parseNumber(input, lang)).toBe(want);
  });

  it.each([
    ["1e3", "en"],
    ["NaN", "en"],
    ["Infinity", "en"],
    ["-Infinity", "en"],
    ["", "en"],
    ["   ", "en"],
    ["4 5", "en"],
    ["😀", "en"],
    ["4️⃣", "en"],
    ["4.", "en"],
    [".5", "en"],
    ["4,5,6", "de"],
    ["1,000", "en"], // thousands separator in en: ambiguous
    ["1.000", "de"], // thousands separator in de: ambiguous
    ["0x10", "en"],
    ["four", "en"],
    ["4abc", "en"],
    ["--4", "en"],
  ] as const)("%j (%s) → null", (input, lang) => {
    expect(parseNumber(input, lang)).toBeNull();
  });

  it("normalizeDigits maps digits of several scripts to ASCII", () => {
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeDigits("०१२३४५६७८९")).toBe("0123456789");
    expect(normalizeDigits("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
  });
});
