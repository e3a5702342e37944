import { describe, expect, it } from "vitest";
import { unaskedBeforeExtension } from "../../../src/trial/checkin/extension-gap.js";
import { trialCalendar } from "../../../src/trial/time/calendar.js";
import { pausedDatesOf } from "../../../src/store/trial-store.js";
import { makePlan } from "../../support/trial-fixtures.js";

/** A six-week block from Mon 2025-03-03: it ends on Sun 2025-04-13, its report comes on Mon 04-14. */
const END = "2025-04-13";
const none = new Set<string>();

describe("the days between a block's end and its late extension", () => {
  it("extended on the report day or the day after its end: no day was passed unasked", () => {
    expect(unaskedBeforeExtension(END, "2025-04-14", none)).toEqual([]);
    expect(unaskedBeforeExtension(END, END, none)).toEqual([]);
  });

  it("extended three days after the report: the report day and the two days after it", () => {
    expect(unaskedBeforeExtension(END, "2025-04-17", none)).toEqual([["2025-04-14", "2025-04-16"]]);
  });

  it("a day the user scored anyway stays a block day", () => {
    expect(unaskedBeforeExtension(END, "2025-04-18", new Set(["2025-04-15"]))).toEqual([
      ["2025-04-14", "2025-04-14"],
      ["2025-04-16", "2025-04-17"],
    ]);
  });

  it("as paused days they move the extended block's end, so the added week is asked in full from the extension day", () => {
    const gap = unaskedBeforeExtension(END, "2025-04-17", none);
    const cal = trialCalendar(makePlan({ firstSession: "2025-03-03", weeks: 7 }), pausedDatesOf({ open: null, ranges: gap }, "2025-04-17"));
    expect(cal.blockEnd).toBe("2025-04-23");
    expect(cal.lastWeek).toEqual({ start: "2025-04-17", end: "2025-04-23" });
  });
});
