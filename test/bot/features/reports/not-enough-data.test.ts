import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import { syntheticTrial } from "../../../support/trial-fixtures.js";
import { BASELINE_START, phaseHarnessPerTest, promptTime, text } from "../../../support/phase-trial.js";

const REPORT_DAY = "2025-04-14"; // the day after the 6-week block (03-03..04-13)
/** The last week's answers stop here: 04-07..04-09 scored, 04-10..04-13 unanswered. */
const LAST_ANSWER = "2025-04-09";

/** The end-of-block report when the last 4 days of a "responder" block went unanswered. */
describe("'not enough data' says why, and what can still change it", () => {
  let h: Harness;
  let scheduler: Scheduler;

  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** The block's answers up to LAST_ANSWER, then the scheduler's run on the report day: the week's summary and the report. */
  async function reportDay(id: number, lang: "en" | "de") {
    const user = await h.consentedUser({ id, languageCode: lang });
    if (lang === "de") await h.deps.stores.profiles.update(id, h.clock.now(), { locale: "de" });
    const trial = syntheticTrial("responder", 3);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    await h.deps.stores.schedule.upsert(id, trial.plan.prompt);
    for (const e of trial.entries.filter((x) => x.date <= LAST_ANSWER)) await h.deps.stores.entries.save(id, e);
    h.clock.set(promptTime(REPORT_DAY));
    await scheduler.runOnce();
    const sent = user.replies().map(text);
    const report = sent.find((m) => m.includes(lang === "de" ? "Abschlussbericht</b>" : "End-of-block report</b>"));
    expect(report, sent.join("\n---\n")).toBeDefined();
    return { user, report: report!, sent };
  }

  it("in English: the gate's reason in one line, the days behind each average, and the days /checkin can still add", async () => {
    const { user, report, sent } = await reportDay(7801, "en");
    // Seconds before, the week's summary judged the same 3 days.
    expect(sent.join("\n")).toContain("Pain: <b>2.7</b>/10 on average, from 3 of 7 days");
    expect(report).toContain("There is not enough data to judge this block.");
    expect(report).toContain("Only 3 of the last 7 days have a pain score; I need at least 5 to judge the block.");
    expect(report).toContain("6.3 in your baseline week (7 days) → 2.7 in the last week (Apr 7 – Apr 13, 3 days)");
    // Each average with the days it rests on.
    expect(report).toMatch(/<b>Pain<\/b> on your 0-10 scale: 6\.3 in your baseline week \(7 days\) → [\d.]+ in the last week \(Apr 7 – Apr 13, 3 days\)/);
    expect(report).toMatch(/<b>Minutes walked before having to stop<\/b>: [\d.]+ min \(\d days\) → [\d.]+ min \(3 days\)/);
    // What to do: the unanswered days still inside /checkin's window, else a longer block.
    expect(report).toContain(
      "<b>What next:</b> you can still add Apr 11, Apr 12, Apr 13 with /checkin (it goes up to 3 days back); /summary final then counts them. Otherwise, extend the block by one week",
    );
    expect(report).not.toContain("Apr 10,");

    // And it can: /checkin offers those days, and two of them make the block judgeable.
    for (const day of ["Sat, Apr 12", "Fri, Apr 11"]) {
      await user.send("/checkin");
      await user.tap(day);
      if (user.buttons().includes("❌ Not today")) await user.tap("❌ Not today");
      await user.tap("3");
      user.replies();
    }
    await user.send("/summary final");
    const again = user.replyText();
    expect(again).not.toContain("There is not enough data");
    expect(again).toContain("in the last week (Apr 7 – Apr 13, 5 days)");
  });

  it("in German", async () => {
    const { report } = await reportDay(7802, "de");
    expect(report).toContain("Für eine Einschätzung dieses Blocks gibt es zu wenige Daten.");
    expect(report).toContain("Nur 3 der letzten 7 Tage haben einen Schmerzwert; ich brauche mindestens 5, um den Block zu beurteilen.");
    expect(report).toContain("<b>Schmerz</b> auf deiner Skala 0-10: 6,3 in der Ausgangswoche (7 Tage) → 2,7 in der letzten Woche (7. Apr. – 13. Apr., 3 Tage)");
    expect(report).toMatch(/<b>Gehminuten, bevor du stoppen musst<\/b>: [\d,]+ Min\. \(\d Tage\) → [\d,]+ Min\. \(3 Tage\)/);
    expect(report).toContain("<b>Wie weiter:</b> Du kannst 11. Apr., 12. Apr., 13. Apr. noch mit /checkin nachtragen (das geht bis zu 3 Tage zurück)");
    expect(report).toContain("Sonst verlängere den Block um eine Woche");
  });

  it("a baseline too thin to judge says that a longer block will not fill it", async () => {
    const id = 7803;
    const user = await h.consentedUser({ id });
    const trial = syntheticTrial("responder", 3);
    await h.deps.stores.plans.save(id, trial.plan, BASELINE_START, h.clock.now());
    // Baseline: only 3 of its 7 days scored; every block day scored.
    for (const e of trial.entries.filter((x) => x.date >= "2025-02-28")) await h.deps.stores.entries.save(id, e);
    h.clock.set(promptTime(REPORT_DAY));
    await user.send("/summary final");
    const report = user.replyText();
    expect(report).toContain("Only 3 of the 7 days of your baseline week have a pain score; I need at least 5 to judge the block.");
    expect(report).toMatch(/: [\d.]+ in your baseline week \(3 days\) → [\d.]+ in the last week \(Apr 7 – Apr 13, 7 days\)/);
    expect(report).toContain("the baseline week cannot be filled in any more, so a longer block would not help");
    expect(report).not.toContain("/checkin");
  });
});
