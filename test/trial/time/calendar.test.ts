import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  addDays,
  daysBetween,
  isoWeekday,
  plannedSessions,
  trialCalendar,
  weekIndexOf,
  weekOf,
  weeklySummaryDueDate,
} from "../../../src/trial/time/calendar.js";
import { FIRST, makePlan } from "../../support/trial-fixtures.js";

describe("date helpers", () => {
  it("adds days across month, year, leap-day and DST boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(daysBetween("2025-02-24", "2025-03-03")).toBe(7);
    expect(isoWeekday(FIRST)).toBe(1);
  });

  it("rejects malformed dates", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });
});

describe("trialCalendar", () => {
  it("lays out baseline, fixed weeks, block end and report dates", () => {
    const cal = trialCalendar(makePlan({ weeks: 4 }));
    expect(cal.baseline).toEqual({ start: "2025-02-24", end: "2025-03-02" });
    expect(cal.weeks.map((w) => [w.index, w.start, w.end, w.extension])).toEqual([
      [1, "2025-03-03", "2025-03-09", false],
      [2, "2025-03-10", "2025-03-16", false],
      [3, "2025-03-17", "2025-03-23", false],
      [4, "2025-03-24", "2025-03-30", false],
    ]);
    expect(cal.blockEnd).toBe("2025-03-30");
    expect(cal.finalReportDate).toBe("2025-03-31");
    expect(cal.lastWeek).toEqual({ start: "2025-03-24", end: "2025-03-30" });
    expect(weeklySummaryDueDate(cal.weeks[0])).toBe("2025-03-10");
  });

  it("lengthens the block at its end by paused days without moving week boundaries", () => {
    const paused = ["2025-03-12", "2025-03-13", "2025-03-13", "2025-02-26", "2025-04-10"];
    const cal = trialCalendar(makePlan({ weeks: 4 }), paused);
    expect(cal.pausedInBlock).toEqual(["2025-03-12", "2025-03-13"]);
    expect(cal.weeks[1]).toMatchObject({ start: "2025-03-10", end: "2025-03-16" });
    expect(cal.blockEnd).toBe("2025-04-01");
    expect(cal.weeks.at(-1)).toEqual({ index: 5, start: "2025-03-31", end: "2025-04-01", extension: true });
    expect(cal.lastWeek).toEqual({ start: "2025-03-26", end: "2025-04-01" });
    expect(cal.finalReportDate).toBe("2025-04-02");
  });

  it("counts a pause that falls inside the extension too", () => {
    const cal = trialCalendar(makePlan({ weeks: 4 }), ["2025-03-12", "2025-03-31"]);
    expect(cal.blockEnd).toBe("2025-04-01");
    expect(cal.pausedInBlock).toEqual(["2025-03-12", "2025-03-31"]);
  });

  it("numbers weeks by date", () => {
    const cal = trialCalendar(makePlan({ weeks: 4 }), ["2025-03-05"]);
    expect(weekIndexOf(cal, "2025-02-23")).toBeNull();
    expect(weekIndexOf(cal, "2025-02-24")).toBe(0);
    expect(weekIndexOf(cal, "2025-03-02")).toBe(0);
    expect(weekIndexOf(cal, "2025-03-03")).toBe(1);
    expect(weekIndexOf(cal, "2025-03-09")).toBe(1);
    expect(weekIndexOf(cal, "2025-03-10")).toBe(2);
    expect(weekIndexOf(cal, "2025-03-30")).toBe(4);
    expect(weekIndexOf(cal, "2025-03-31")).toBe(5);
    expect(weekIndexOf(cal, "2025-04-01")).toBeNull();
    expect(weekOf(cal, "2025-03-31")?.extension).toBe(true);
    expect(weekOf(cal, "2025-02-25")).toBeNull();
  });

  it("keeps week k at firstSession + 7(k-1) and blockEnd = planned end + paused days in block", () => {
    const dates = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: -10, max: 200 })), (first, weeks, offsets) => {
        const paused = offsets.map((n) => addDays(first, n));
        const cal = trialCalendar({ firstSession: first, weeks }, paused);
        cal.weeks.forEach((week) => expect(week.start).toBe(addDays(first, 7 * (week.index - 1))));
        const inBlock = new Set(paused.filter((d) => d >= first && d <= cal.blockEnd));
        expect(daysBetween(addDays(first, 7 * weeks - 1), cal.blockEnd)).toBe(inBlock.size);
        expect(cal.weeks.at(-1)?.end).toBe(cal.blockEnd);
      }),
    );
  });
});

describe("plannedSessions", () => {
  const week1 = { start: "2025-03-03", end: "2025-03-09" };

  it("uses sessionsPerWeek for a full week without weekdays", () => {
    expect(plannedSessions(week1, { sessionsPerWeek: 2, weekdays: [] })).toBe(2);
    expect(plannedSessions(week1, { sessionsPerWeek: 7, weekdays: [] })).toBe(7);
  });

  it("counts planned weekdays when set, minus paused ones", () => {
    expect(plannedSessions(week1, { sessionsPerWeek: 2, weekdays: [1, 3, 5] })).toBe(3);
    expect(plannedSessions(week1, { sessionsPerWeek: 2, weekdays: [1, 3, 5] }, ["2025-03-05"])).toBe(2);
  });

  it("scales sessionsPerWeek by unpaused days and rounds", () => {
    expect(plannedSessions(week1, { sessionsPerWeek: 3, weekdays: [] }, ["2025-03-04", "2025-03-05"])).toBe(2);
    expect(plannedSessions({ start: "2025-03-31", end: "2025-04-01" }, { sessionsPerWeek: 3, weekdays: [] })).toBe(1);
    expect(plannedSessions({ start: "2025-03-31", end: "2025-03-31" }, { sessionsPerWeek: 2, weekdays: [] })).toBe(0);
  });

  it("lets each date use the schedule in force that day", () => {
    const schedule = (date: string) =>
      date < "2025-03-05" ? { sessionsPerWeek: 1, weekdays: [1] } : { sessionsPerWeek: 3, weekdays: [1, 4, 5] };
    expect(plannedSessions(week1, schedule)).toBe(3);
  });
});
