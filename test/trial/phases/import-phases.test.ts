import { describe, expect, it } from "vitest";
import { importTrial } from "../../../src/trial/import.js";
import { entriesCsv, parseCsv, toCsv, ENTRY_COLUMNS } from "../../../src/trial/export.js";
import { makeEntry, makePlan, makeVersion } from "../../support/trial-fixtures.js";
import { addDays, datesIn } from "../../../src/trial/time/calendar.js";
import { phaseLabel, phaseOn, phaseSpans, type Timeline } from "../../../src/trial/phases/timeline.js";
import { phaseSummaryFor } from "../../../src/trial/phases/summary.js";

// Baseline 02-24..03-02 at 6/10, block 1 03-03..03-30 at 3, withdrawal 03-31..04-13 back to 6.
const v1 = makeVersion(makePlan(), "2025-02-24", 1);
const timeline: Timeline = { blocks: [], withdrawals: [{ afterBlock: 1, start: "2025-03-31", days: 14 }], followUp: null };
const WAVE = [0, 1, -1, 0, 1, -1, 0];
const entries = datesIn({ start: "2025-02-24", end: "2025-04-13" }).map((date, i) =>
  makeEntry(date, (date < "2025-03-03" ? 6 : date <= "2025-03-30" ? 3 : date < "2025-04-07" ? 4 : 6) + (date >= "2025-03-03" ? WAVE[i % 7] : 0), {
    session: date >= "2025-03-03" && date <= "2025-03-30" && i % 7 === 0,
  }),
);
const spans = phaseSpans([v1], timeline);

describe("phases in the export and back", () => {
  it("the CSV carries each day's phase in its last column", () => {
    const rows = parseCsv(entriesCsv(entries, [v1], undefined, spans));
    expect(rows[0].at(-1)).toBe("phase");
    const phaseOf = (date: string) => rows.find((r) => r[0] === date)!.at(-1);
    expect(phaseOf("2025-02-24")).toBe("baseline");
    expect(phaseOf("2025-03-30")).toBe("block-1");
    expect(phaseOf("2025-03-31")).toBe("withdrawal");
  });

  it("reads the phases back from the CSV: block 1 from its own days, the withdrawal judged", () => {
    const trial = importTrial(entriesCsv(entries, [v1], undefined, spans));
    expect(trial.versions[0].plan).toMatchObject({ firstSession: "2025-03-03", weeks: 4 });
    expect(trial.notes).toEqual([]);
    expect(trial.phases.map((s) => [phaseLabel(s), s.start, s.end])).toEqual([
      ["baseline", "2025-02-24", "2025-03-02"],
      ["block-1", "2025-03-03", "2025-03-30"],
      ["withdrawal", "2025-03-31", "2025-04-13"],
    ]);
    const summary = phaseSummaryFor(trial.versions[0].plan, trial.entries, trial.phases, trial.pausedDates);
    expect(summary.withdrawals.map((w) => w.verdict)).toEqual(["returned"]);
  });

  it("an export CSV from before the phase column still imports, without phases", () => {
    const rows = parseCsv(entriesCsv(entries, [v1], undefined, spans)).map((r) => r.slice(0, ENTRY_COLUMNS.length - 1));
    const legacy = toCsv(rows[0], rows.slice(1));
    const trial = importTrial(legacy);
    expect(trial.source).toBe("export-csv");
    expect(trial.phases).toEqual([]);
    expect(trial.entries).toHaveLength(entries.length);
  });

  it("the JSON export: phases worked out from its record; an export without the record still imports", () => {
    const base = { format: "massage-trial-bot/export", planVersions: [v1], entries, pausedDates: [] };
    const withPhases = importTrial(JSON.stringify({ ...base, phases: timeline }));
    expect(withPhases.timeline).toEqual(timeline);
    expect(phaseLabel(phaseOn(withPhases.phases, "2025-04-01"))).toBe("withdrawal");
    const old = importTrial(JSON.stringify(base));
    expect(old.timeline.withdrawals).toEqual([]);
    expect(old.phases.map(phaseLabel)).toEqual(["baseline", "block-1"]);
  });

  it("a damaged phase record in the JSON is refused with the path named", () => {
    const bad = { format: "massage-trial-bot/export", planVersions: [v1], entries, phases: { blocks: [{ n: 9 }] } };
    expect(() => importTrial(JSON.stringify(bad))).toThrow(/phases\.blocks\.0/);
  });

  it("a clinician CSV may name the later phases; an unknown phase is refused on its line", () => {
    const lines = ["date,phase,pain,marker"];
    for (const e of entries) lines.push(`${e.date},${phaseLabel(phaseOn(spans, e.date))},${e.pain},`);
    const trial = importTrial(lines.join("\n"));
    expect(trial.versions[0].plan).toMatchObject({ firstSession: "2025-03-03", weeks: 4 });
    expect(trial.phases.map(phaseLabel)).toEqual(["baseline", "block-1", "withdrawal"]);
    lines[3] = `${addDays("2025-02-24", 2)},holiday,5,`;
    expect(() => importTrial(lines.join("\n"))).toThrow(/line 4: phase "holiday"/);
  });
});
