import { describe, expect, it } from "vitest";
import { makePlan, makeVersion } from "../../support/trial-fixtures.js";
import { addDays, datesIn } from "../../../src/trial/time/calendar.js";
import { phaseSpans, type Timeline } from "../../../src/trial/phases/timeline.js";
import { withdrawalCheck } from "../../../src/trial/phases/withdrawal.js";
import type { DayValue } from "../../../src/trial/analysis/trial-series.js";

const version = makeVersion(makePlan(), "2025-02-24", 1); // baseline 02-24..03-02, block 03-03..03-30
const withdrawal = { afterBlock: 1, start: "2025-03-31", days: 14 };
const timeline: Timeline = { blocks: [], withdrawals: [withdrawal], followUp: null };
const spans = phaseSpans([version], timeline);

const WAVE = [0, 5, -5, 0, 5, -5, 0];
/** Pain on 0-100: baseline ~65, block ~30, then the withdrawal's two weeks at `first` and `second`. */
function pain(first: number, second: number): DayValue[] {
  const level = (date: string) => (date < "2025-03-03" ? 65 : date < "2025-03-10" ? 45 : date <= "2025-03-30" ? 30 : date < "2025-04-07" ? first : second);
  return datesIn({ start: "2025-02-24", end: "2025-04-13" }).map((date, i) => ({ date, value: level(date) + WAVE[i % 7] }));
}

const check = (values: DayValue[], extra: Partial<Parameters<typeof withdrawalCheck>[0]> = {}) =>
  withdrawalCheck({ pain: values, spans, withdrawal, paused: [], painScale: 100, recalledBaseline: null, ...extra });

describe("the withdrawal check", () => {
  it("pain climbing back toward the baseline: came back, with the rise and its interval", () => {
    const r = check(pain(45, 60));
    expect(r.verdict).toBe("returned");
    expect(r.baseline).toMatchObject({ mean: 65, days: 7 });
    expect(r.blockEnd).toMatchObject({ mean: 30, days: 7, start: "2025-03-24", end: "2025-03-30" });
    expect(r.withdrawal).toMatchObject({ mean: 60, days: 7, start: "2025-04-07", end: "2025-04-13" });
    expect(r.gain).toBe(35);
    expect(r.threshold).toBe(17.5);
    const rise = r.rise!.posterior!;
    // Improvement is negative when pain rose; the interval holds the 30-point rise.
    expect(rise.median).toBeLessThan(-20);
    expect(rise.lower).toBeLessThan(-30);
    expect(rise.upper).toBeGreaterThan(-30);
    expect(r.pReturned).toBeGreaterThanOrEqual(0.8);
    expect(r.vsBaseline!.posterior).not.toBeNull();
  });

  it("pain above the baseline without sessions: said first, as worse than before the trial (not as evidence of an effect)", () => {
    const r = check(pain(70, 80));
    expect(r.verdict).toBe("above_baseline");
    expect(r.withdrawal.mean).toBe(80);
    // Just under the baseline + 10 it is the usual "came back".
    expect(check(pain(60, 74)).verdict).toBe("returned");
    // A block that gained nothing and pain far above the baseline: still worse than before.
    const flat = datesIn({ start: "2025-02-24", end: "2025-04-13" }).map((date, i) => ({ date, value: (date < "2025-03-31" ? 60 : 80) + WAVE[i % 7] }));
    expect(check(flat).verdict).toBe("above_baseline");
  });

  it("pain staying at the block's level: stayed low", () => {
    const r = check(pain(30, 31));
    expect(r.verdict).toBe("stayed_low");
    expect(r.pReturned).toBeLessThanOrEqual(0.2);
  });

  it("a block that gained nothing has nothing to lose: no verdict on the sessions", () => {
    const flat = datesIn({ start: "2025-02-24", end: "2025-04-13" }).map((date, i) => ({ date, value: 60 + WAVE[i % 7] }));
    expect(check(flat).verdict).toBe("no_gain");
  });

  it("fewer than 3 scored days in the withdrawal's last week: too few days, no numbers invented", () => {
    const values = pain(45, 60).filter((d) => d.date < "2025-04-09");
    expect(check(values).verdict).toBe("too_few_days");
    expect(check(values).pReturned).toBeNull();
  });

  it("paused days are left out of every side", () => {
    const paused = datesIn({ start: "2025-04-07", end: addDays("2025-04-07", 6) });
    // Pausing the whole last week moves the judged days to the first withdrawal week.
    const r = check(pain(45, 60), { paused });
    expect(r.withdrawal).toMatchObject({ start: "2025-03-31", end: "2025-04-06", mean: 45 });
  });

  it("a recalled baseline gives the gain but no baseline comparison", () => {
    const values = pain(45, 60).filter((d) => d.date >= "2025-03-03");
    const r = check(values, { recalledBaseline: 70 });
    expect(r.gain).toBe(40);
    expect(r.vsBaseline).toBeNull();
    expect(r.verdict).toBe("returned");
  });
});
