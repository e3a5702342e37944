/**
 * The summary in the /export JSON: the plan's own calendar (planned block end, final report date),
 * and the report's numbers as of their date, named as such — never a calendar cut at the export date.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHarness, type Harness } from "../../../support/harness.js";
import { userWithPlan } from "../../../support/checkin.js";
import { BASELINE_START, FIRST, makeEntry, syntheticTrial } from "../../../support/trial-fixtures.js";
import { ManualClock } from "../../../../src/clock.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import { runAnalyze } from "../../../../src/local/analyze.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** Sends /export and returns the JSON document, parsed, and its raw text. */
async function exportJson(u: ChatUser): Promise<{ json: ExportJson; text: string }> {
  u.replies();
  await u.send("/export");
  const doc = u.replies().find((m) => m.document?.filename.endsWith(".json"))!.document!;
  const text = doc.data.toString("utf8");
  return { json: JSON.parse(text) as ExportJson, text };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExportJson = { summary: any };

describe("/export in the baseline week", () => {
  beforeEach(async () => {
    h = await createHarness(); // 2027-01-04T08:00Z; the plan's first session is 2027-01-11, 4 weeks
  });

  for (const [lang, id] of [["en", 8101], ["de", 8102]] as const) {
    it(`carries the plan's calendar and names the as-of date (${lang})`, async () => {
      const { u } = await userWithPlan(h, id, {}, { languageCode: lang });
      await h.deps.stores.entries.save(id, makeEntry("2027-01-04", 4));
      const { summary } = (await exportJson(u)).json;

      expect(summary.calendar).toMatchObject({
        firstSession: "2027-01-11",
        plannedWeeks: 4,
        blockEnd: "2027-02-07",
        finalReportDate: "2027-02-08",
        lastWeek: { start: "2027-02-01", end: "2027-02-07" },
      });
      expect(summary.calendar.weeks).toHaveLength(4);
      expect(summary.asOf).toBe("2027-01-04");
      expect(summary.weeks).toEqual([]);
      expect(summary).not.toHaveProperty("lastWeek");
      // No last week before the first session: not a range that ends before it starts.
      expect(summary.decision).toMatchObject({ report: "interim", asOf: "2027-01-04", lastWeek: null, outcome: "not_enough_data" });
      expect(summary.baseline).toMatchObject({ painDays: 1, painMean: 40 });
    });
  }

  it("the note is in the user's language and names both dates", async () => {
    const en = (await userWithPlan(h, 8103, {}, { languageCode: "en" })).u;
    const de = (await userWithPlan(h, 8104, {}, { languageCode: "de" })).u;
    const enNote: string = (await exportJson(en)).json.summary.note;
    const deNote: string = (await exportJson(de)).json.summary.note;
    expect(enNote).toContain("The numbers of your report as of 2027-01-04");
    expect(enNote).toContain("planned end of the block: 2027-02-07");
    expect(enNote).toContain("not a controlled trial");
    expect(deNote).toContain("Die Zahlen deines Berichts mit Stand 2027-01-04");
    expect(deNote).toContain("geplantes Blockende: 2027-02-07");
    expect(deNote).toContain("keine kontrollierte Studie");
    expect(deNote).not.toMatch(/numbers|report|trial|scale/i);
  });
});

describe("/export mid-block", () => {
  const today = addDays(FIRST, 23);
  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(`${today}T12:00:00Z`) });
  });

  it("the decision's last week is the 7 days up to the export date; the calendar runs to the planned end; npm run analyze reads the file", async () => {
    const u = await h.consentedUser({ id: 8105 });
    const trial = syntheticTrial("responder", 5);
    await h.deps.stores.plans.save(8105, trial.plan, BASELINE_START, new Date(`${BASELINE_START}T08:00:00Z`));
    for (const e of trial.entries.filter((e) => e.date <= today)) await h.deps.stores.entries.save(8105, e);
    const { json, text } = await exportJson(u);
    const { summary } = json;
    const plannedEnd = addDays(FIRST, trial.plan.weeks * 7 - 1);
    expect(plannedEnd > today).toBe(true);
    expect(summary.calendar).toMatchObject({ blockEnd: plannedEnd, finalReportDate: addDays(plannedEnd, 1) });
    expect(summary.asOf).toBe(today);
    expect(summary.decision).toMatchObject({ report: "interim", asOf: today, lastWeek: { start: addDays(today, -6), end: today, painDays: 7 } });
    expect(summary.decision.numbers.lastWeekDays).toBe(7);
    expect(summary.weeks.at(-1).end).toBe(today);

    const file = join(mkdtempSync(join(tmpdir(), "mtb-export-")), "export.json");
    writeFileSync(file, text);
    const r = await runAnalyze([file, "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).outcome).toEqual(expect.any(String));
  });
});
