import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { addDays, datesIn } from "../../../../src/trial/time/calendar.js";
import { BASELINE_START, FINAL_DAY, FIRST, enrol, phaseHarnessPerTest, runDays, text, type PhaseParticipant } from "../../../support/phase-trial.js";
import { syntheticAfter } from "../../../../src/local/synthetic.js";
import { loadTrial } from "../../../../src/bot/features/reports/service.js";
import { userKeys } from "../../../support/redis.js";
import { chartDataUpTo, chartLabels, phaseChartFor } from "../../../../src/bot/features/reports/chart.js";
import { chartSvg } from "../../../../src/bot/ui/chart-png.js";
import { loadPhases } from "../../../../src/bot/features/reports/phase-load.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import { buildExport } from "../../../../src/bot/features/data/feature.js";

const BLOCK2 = FINAL_DAY; // 2025-04-14: the day after block 1, when the report arrives
const WASH_IN = datesIn({ start: BLOCK2, end: addDays(BLOCK2, 2) });
// 4 weeks from 04-14 end on 05-11; the 3 wash-in days are not counted, so the block runs to 05-14.
const BLOCK2_END = "2025-05-14";
/** Both tests run the same partial block 1 and block 2 data (the charts rendered once). */
const BLOCK_SEED = 9301;

describe("another block with changes, through the bot", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** A partial block 1 (through the DST change on 2025-03-30), then block 2 with 3 sessions a week instead of 2. */
  async function secondBlock(id: number): Promise<PhaseParticipant> {
    const p = await enrol(h, "partial", id, BLOCK_SEED);
    await runDays(h, scheduler, p, BASELINE_START, FINAL_DAY);
    const prompted = [...p.byDay].filter(([, ms]) => ms.some((m) => text(m).includes("Check-in for"))).map(([d]) => d);
    // One question every day of the block, the clocks going forward on 03-30 included.
    expect(prompted).toEqual(datesIn({ start: BASELINE_START, end: addDays(FIRST, 41) }));
    await p.user.tap("🔁 Another block with changes");
    const intro = p.user.replies().map(text).join("\n");
    expect(intro).toContain("Change one thing only — the pressure, the session length or the spacing");
    expect(intro).toContain("It starts on Mon, Apr 14, 2025");
    expect(intro).toContain("Its first 3 days are not counted");
    await p.user.send("45");
    await p.user.send("3");
    await p.user.tap("No fixed days");
    await p.user.send("4");
    await p.user.tap("Moderate");
    p.user.replies();
    await p.user.tap("✓ Looks right");
    expect(p.user.replyText()).toContain("Your plan is updated");
    // Block 2: wash-in days at 8/10 (they must not count), then settled near 2.
    const days = datesIn({ start: BLOCK2, end: BLOCK2_END });
    const after = syntheticAfter("partial", BLOCK_SEED, days, 2).map((e) => (WASH_IN.includes(e.date) ? { ...e, pain: 8 } : e));
    p.trial.entries.push(...after);
    return p;
  }

  it("partial → block 2 with more sessions: wash-in days not counted, block 2 against block 1 and the baseline with intervals", async () => {
    const p = await secondBlock(9301);
    await runDays(h, scheduler, p, addDays(BLOCK2, 1), addDays(BLOCK2_END, 2));
    // The daily question went on through the wash-in and the block as lengthened by it.
    const asked = [...p.byDay].filter(([d, ms]) => d > BLOCK2 && ms.some((m) => text(m).includes("Check-in for"))).map(([d]) => d);
    expect(asked).toEqual(datesIn({ start: addDays(BLOCK2, 1), end: BLOCK2_END }));
    // Sessions happen during the wash-in (they are only not counted): with no fixed days, every
    // wash-in question opens with the session.
    for (const date of WASH_IN.slice(1)) expect(p.byDay.get(date)!.map(text).join("\n"), date).toContain("Did you have a massage session");
    // The analysis of block 2 leaves the wash-in out: its first week rests on 4 days.
    const trial = (await loadTrial(h.deps, 9301))!;
    expect(trial.analysis.calendar.blockEnd).toBe(BLOCK2_END);
    expect(trial.analysis.weeks[0].painDays).toBe(4);
    expect(trial.analysis.weeks[0].painMean).toBeLessThan(40);
    // Block 2's own chart (weekly summaries, the clinician page) shades the wash-in as such, not as a pause.
    const blockChart = chartDataUpTo(trial, BLOCK2_END);
    expect(blockChart.paused).toEqual([]);
    expect(blockChart.phases).toEqual([{ kind: "wash_in", block: 2, start: WASH_IN[0], end: WASH_IN[2] }]);
    const svg = chartSvg(blockChart, chartLabels(translatorFor("en"), trial.analysis, "en", blockChart));
    expect(svg).toContain("Wash-in (not counted)");
    expect(svg).not.toContain(">Paused<");
    // /export's summary reads the block as the reports do: the wash-in left out.
    const summary = JSON.parse((await buildExport(h.deps, 9301, translatorFor("en"))).json).summary;
    expect(summary.calendar.blockEnd).toBe(BLOCK2_END);
    expect(summary.weeks[0].painDays).toBe(4);
    expect(summary.weeks[0].painMean).toBe(trial.analysis.weeks[0].painMean);

    const reportDay = addDays(BLOCK2_END, 1);
    const reportDays = [...p.byDay].filter(([d, ms]) => d > BLOCK2 && ms.some((m) => text(m).includes("End-of-block report"))).map(([d]) => d);
    expect(reportDays).toEqual([reportDay]);
    // The wash-in lengthened the block by its 3 days: the title says so rather than "5 weeks".
    const title = p.byDay
      .get(reportDay)!
      .map(text)
      .find((t) => t.includes("End-of-block report"))!;
    expect(title).toContain("End-of-block report</b> · Apr 14 – May 14 (4 weeks + 3 wash-in days)");
    // The weekly summary of those 3 days names the same cause: no day was paused.
    const extra = [...p.byDay].flatMap(([, ms]) => ms.map(text)).filter((t) => t.includes("Extra week"));
    expect(extra).toHaveLength(1);
    expect(extra[0]).toContain("<b>Extra week 5</b> · May 12 – May 14 — your block was extended to make up for the new plan's first days, which are not counted");
    expect(extra[0]).not.toContain("paused");
    // Week 1's summary rests its mean on the 4 counted days and names the 3 wash-in days, never "paused".
    const week1 = [...p.byDay].flatMap(([, ms]) => ms.map(text)).find((t) => t.includes("<b>Week 1 of 4</b>"))!;
    expect(week1).toContain("from 4 of 4 days (3 wash-in days not counted)");
    expect(week1).not.toContain("paused");
    // Block 2's "baseline" is block 1's last week, and every block 2 summary says so.
    const weekly = [...p.byDay].filter(([d]) => d > BLOCK2).flatMap(([, ms]) => ms.map(text)).filter((t) => t.includes("Your weekly summary"));
    expect(weekly).toHaveLength(5);
    const note = "In block 2, “your baseline” is the 7 days before it started (Apr 7 – Apr 13), the end of block 1";
    for (const summary of weekly) expect(summary).toContain(note);
    await p.user.send("/summary");
    expect(p.user.replies().map(text).join("\n")).toContain(note);
    const comparison = p.byDay
      .get(reportDay)!
      .map(text)
      .find((t) => t.includes("Your phases"))!;
    // Block 2 was confirmed on the evening of 04-14, after that day's question time: no answer for it.
    expect(comparison).toContain("Wash-in of block 2 (not counted): 8 from 2 days (Apr 15 – Apr 16)");
    expect(comparison).toMatch(/Block 2: [\d.]+ from 28 days \(Apr 17 – May 14\)/);
    expect(comparison).toMatch(/Block 1, last week against the baseline: −[\d.]+ \(95 % interval −[\d.]+ to [−+]?[\d.]+\)/);
    expect(comparison).toMatch(/Block 2, last week against the baseline: −[\d.]+ \(95 % interval −[\d.]+ to [−+]?[\d.]+\)/);
    const vs = /Block 2 against block 1 \(last weeks\): ([−+]?[\d.]+) \(95 % interval ([−+]?[\d.]+) to ([−+]?[\d.]+)\)/.exec(comparison);
    expect(vs, comparison).not.toBeNull();
    const [change, low, high] = vs!.slice(1).map((v) => Number(v.replace("−", "-")));
    expect(low).toBeLessThan(change);
    expect(high).toBeGreaterThan(change);
    // The chart of all phases comes with it: the numbers are its caption.
    const withChart = p.byDay.get(reportDay)!.find((m) => text(m).includes("Your phases"))!;
    expect(withChart.photo, "the comparison comes with the chart of all phases").toBeDefined();
    expect(withChart.photo!.data.subarray(1, 4).toString("latin1")).toBe("PNG");
    // Drawn from block 1's baseline to block 2's end, the wash-in marked and block 2 named.
    const chart = phaseChartFor(translatorFor("en"), (await loadPhases(h.deps, 9301))!, "en", BLOCK2_END)!;
    expect([chart.data.from, chart.data.to]).toEqual([BASELINE_START, BLOCK2_END]);
    expect(chart.data.phases).toEqual([
      { kind: "wash_in", block: 2, start: WASH_IN[0], end: WASH_IN[2] },
      { kind: "block", block: 2, start: addDays(WASH_IN[2], 1), end: BLOCK2_END },
    ]);
    expect(chart.data.paused).toEqual([]);
    expect(chart.labels.blockName).toBe("Block {n}");
    // Once.
    const again = [...p.byDay].filter(([, ms]) => ms.some((m) => text(m).includes("Your phases"))).map(([d]) => d);
    expect(again).toEqual([reportDay]);
    // The plan of each block is kept.
    const read = await h.deps.stores.plans.read(9301);
    expect(read.status === "ok" && read.versions.map((v) => [v.plan.firstSession, v.plan.sessionsPerWeek])).toEqual([
      [FIRST, 2],
      [BLOCK2, 3],
    ]);
  }, 240_000);

  it("/delete during block 2 leaves no key of the user", async () => {
    const p = await secondBlock(9302);
    await runDays(h, scheduler, p, addDays(BLOCK2, 1), addDays(BLOCK2, 9));
    await p.user.send("/delete");
    await p.user.tap("🗑 Yes, delete everything");
    expect(p.user.replyText()).toContain("everything I had stored about you is deleted");
    expect(await userKeys(h.redis, h.prefix, 9302)).toEqual([]);
    await runDays(h, scheduler, p, addDays(BLOCK2, 10), addDays(BLOCK2, 11));
    expect([...p.byDay].filter(([d, ms]) => d >= addDays(BLOCK2, 10) && ms.length > 0)).toEqual([]);
  }, 240_000);
});
