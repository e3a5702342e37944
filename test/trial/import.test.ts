import { describe, it, expect } from "vitest";
import { importTrial, ImportError } from "../../src/trial/import.js";
import { entriesCsv, type CsvLabels, ENTRY_COLUMNS } from "../../src/trial/export.js";
import { makeEntry, makePlan, makeVersion, BASELINE_START } from "../support/trial-fixtures.js";
import { addDays } from "../../src/trial/time/calendar.js";

const GERMAN: CsvLabels = {
  columns: Object.fromEntries(ENTRY_COLUMNS.map((c) => [c, `de-${c}`])) as CsvLabels["columns"],
  yes: "ja",
  no: "nein",
  notMeasured: "nicht gemessen",
};

describe("importTrial", () => {
  const plan = makePlan();
  const entries = Array.from({ length: 35 }, (_, i) =>
    makeEntry(addDays(BASELINE_START, i), i < 7 ? 6 : 3, { marker: i % 5 === 0 ? null : 20 + (i >= 7 ? 8 : 0), session: i >= 7 && i % 7 === 0 }),
  );

  it("reads the /export CSV with German labels: yes/no, 'not measured' and the first session", () => {
    const csv = entriesCsv(entries, [makeVersion(plan, BASELINE_START, 1)], GERMAN);
    const trial = importTrial(csv);
    expect(trial.source).toBe("export-csv");
    expect(trial.versions[0].plan).toMatchObject({ firstSession: "2025-03-03", weeks: 4, painScale: 10 });
    expect(trial.entries.filter((e) => e.session).map((e) => e.date)[0]).toBe("2025-03-03");
    expect(trial.entries[0]).toMatchObject({ date: BASELINE_START, pain: 6, marker: null });
    expect(trial.notes[0]).toContain("first logged session");
  });

  it("takes --first-session over the first logged session", () => {
    const csv = entriesCsv(entries, [makeVersion(plan, BASELINE_START, 1)]);
    expect(importTrial(csv, { firstSession: "2025-03-10" }).versions[0].plan.firstSession).toBe("2025-03-10");
  });

  it("applies the options to a clinician's file and says when baseline days are too early", () => {
    const lines = ["date,phase,pain,marker"];
    for (let i = 0; i < 10; i++) lines.push(`${addDays("2025-02-21", i)},baseline,6,`);
    for (let i = 0; i < 7; i++) lines.push(`${addDays("2025-03-03", i)},block,3,`);
    const trial = importTrial(lines.join("\n"), { markerDirection: "lower", markerMcid: 3, painMcid: 15 });
    expect(trial.versions[0].plan).toMatchObject({ firstSession: "2025-03-03", weeks: 1, painMinChange: 15, marker: { direction: "lower", minChange: 3 } });
    expect(trial.sessionsUnknown).toBe(true);
    expect(trial.notes).toEqual(["3 baseline day(s) more than 7 days before the first block day are not used"]);
  });

  it.each([
    ["date,phase,pain,marker\n2025-03-01,block,5,\n2025-02-28,block,5,", "line 3: date 2025-02-28 comes before the line above (2025-03-01)"],
    ["date,phase,pain,marker\n2025-03-01,block,5,\n2025-03-01,block,5,", "line 3: date 2025-03-01 appears twice"],
    ["date,phase,pain,marker\n2025-03-01,block,5,\n2025-03-02,baseline,5,", "line 3: a baseline day after the block started (2025-03-01)"],
    ["date,phase,pain,marker\n2025-03-01,baseline,5,", "no block days: at least one line needs phase block"],
    ["date,phase,pain,marker\n2025-03-01,block,five,", "line 2: pain \"five\" is not a number"],
    ['{"format":"something else"}', "not a /export file: format: Invalid input: expected \"massage-trial-bot/export\""],
  ])("rejects %j", (text, message) => {
    expect(() => importTrial(text)).toThrow(ImportError);
    expect(() => importTrial(text)).toThrow(message);
  });
});
