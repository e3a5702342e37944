import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { csvCell, entriesCsv, ENTRY_COLUMNS, parseCsv, toCsv } from "../../../../src/trial/export.js";
import { makeEntry, makePlan, makeVersion } from "../../../support/trial-fixtures.js";

describe("csvCell: spreadsheet-safe cells", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"http://evil\")", '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+1", "\"'+1+1\""],
    ["-2+3", "\"'-2+3\""],
    ["@SUM(A1)", "\"'@SUM(A1)\""],
    ["\tTAB", "\"'\tTAB\""],
    ["\rCR", "\"'\rCR\""],
    ["＝1+1", "\"'＝1+1\""],
    [" padded ", '" padded "'],
    ["ok = fine", "ok = fine"],
  ])("%j → %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as they are, empty for null/undefined/NaN", () => {
    expect(csvCell(4.5)).toBe("4.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(-1)).toBe("\"'-1\"");
  });

  it("any text survives a round trip, and no parsed cell starts with a formula character", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const header = ["a", "b", "c", "d"].slice(0, Math.max(1, rows[0]?.length ?? 1));
        const doc = toCsv(header, rows);
        const parsed = parseCsv(doc);
        expect(parsed[0]).toEqual(header);
        rows.forEach((row, i) => {
          const back = parsed[i + 1];
          expect(back).toHaveLength(row.length);
          row.forEach((cell, j) => {
            expect(back[j]).toBe(/^[=+\-@\t\r＝＋－＠]/.test(cell) ? `'${cell}` : cell);
            expect(back[j]).not.toMatch(/^[=+\-@\t\r]/);
          });
        });
      }),
    );
  });
});

describe("entriesCsv", () => {
  it("has one row per day with every promised column, on the user's scale and on 0-100", () => {
    const plan = makePlan({ painScale: 10, prompt: { time: "20:30", zone: "Europe/Berlin" } });
    const later = makePlan({ painScale: 10, prompt: { time: "07:15", zone: "America/New_York" } });
    const csv = entriesCsv(
      [
        makeEntry("2025-03-04", 4.5, { marker: 30, session: true, reactions: ["soreness", "stiffness"], note: "=cmd|' /C calc'!A0", late: true }),
        makeEntry("2025-03-03", 6, { marker: null, session: false, corrected: true, careChanged: true }),
        makeEntry("2025-03-20", undefined, { session: true, reactions: ["none"] }),
      ],
      [makeVersion(plan, "2025-02-24", 1), makeVersion(later, "2025-03-10", 2)],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...ENTRY_COLUMNS]);
    const byCol = (r: string[]) => Object.fromEntries(ENTRY_COLUMNS.map((c, i) => [c, r[i]]));
    const [d1, d2, d3] = rows.slice(1).map(byCol);
    expect(rows).toHaveLength(4);
    expect(d1).toMatchObject({ date: "2025-03-03", prompt_time: "20:30", time_zone: "Europe/Berlin", pain: "6", pain_scale: "0-10", pain_0_100: "60" });
    expect(d1).toMatchObject({ marker: "not measured", marker_unit: "", session: "no", care_changed: "yes", late: "no", corrected: "yes" });
    expect(d2).toMatchObject({ date: "2025-03-04", pain: "4.5", pain_0_100: "45", marker: "30", marker_unit: "min", session: "yes" });
    expect(d2).toMatchObject({ reactions: "soreness; stiffness", late: "yes", corrected: "no", note: "'=cmd|' /C calc'!A0" });
    expect(d3).toMatchObject({ date: "2025-03-20", prompt_time: "07:15", time_zone: "America/New_York", pain: "", pain_0_100: "", reactions: "none" });
  });

  it("works without a plan and with the 0-100 scale", () => {
    const rows = parseCsv(entriesCsv([{ ...makeEntry("2025-03-03", 35), scale: 100 }], []));
    expect(rows[1].slice(0, 6)).toEqual(["2025-03-03", "", "", "35", "0-100", "35"]);
  });
});
