import { describe, expect, it } from "vitest";
import { sessionsPlannedOn } from "../../../src/trial/phases/sessions.js";
import { EMPTY_TIMELINE, type Timeline } from "../../../src/trial/phases/timeline.js";
import { dailySteps } from "../../../src/trial/checkin/checkin.js";

const block1 = { firstSession: "2025-03-03", weekdays: [1, 4] };
const withdrawal: Timeline = { ...EMPTY_TIMELINE, withdrawals: [{ afterBlock: 1, start: "2025-04-14", days: 14 }] };
const followUp: Timeline = { ...EMPTY_TIMELINE, followUp: { start: "2025-04-14" } };

describe("sessions planned by phase", () => {
  it("none during a withdrawal check; before and after it the block's rule holds", () => {
    expect(sessionsPlannedOn(withdrawal, block1, "2025-04-13")).toBe(true);
    expect(sessionsPlannedOn(withdrawal, block1, "2025-04-14")).toBe(false);
    expect(sessionsPlannedOn(withdrawal, block1, "2025-04-27")).toBe(false);
    expect(sessionsPlannedOn(withdrawal, block1, "2025-04-28")).toBe(true);
    // Thu 04-17 is a session weekday: the check-in starts at pain all the same.
    expect(dailySteps(block1, "2025-04-17", sessionsPlannedOn(withdrawal, block1, "2025-04-17"))).toEqual(["pain", "marker"]);
    expect(dailySteps(block1, "2025-04-10", sessionsPlannedOn(withdrawal, block1, "2025-04-10"))).toEqual(["session", "pain", "marker"]);
  });

  it("none from the follow-up's start on, paused or stopped alike", () => {
    expect(sessionsPlannedOn(followUp, block1, "2025-04-13")).toBe(true);
    expect(sessionsPlannedOn(followUp, block1, "2025-04-21")).toBe(false);
    expect(sessionsPlannedOn({ ...followUp, followUp: { start: "2025-04-14", stoppedOn: "2025-05-01" } }, block1, "2025-05-05")).toBe(false);
  });

  it("a block planned after the withdrawal check or during the follow-up brings its sessions back", () => {
    const block2 = { firstSession: "2025-04-20", weekdays: [] };
    expect(sessionsPlannedOn(withdrawal, block2, "2025-04-21")).toBe(true);
    expect(sessionsPlannedOn(followUp, block2, "2025-04-21")).toBe(true);
  });

  it("the wash-in is part of its block: sessions planned", () => {
    const wash: Timeline = { ...EMPTY_TIMELINE, blocks: [{ n: 2, fromVersion: 2, washInDays: 3 }] };
    expect(sessionsPlannedOn(wash, { firstSession: "2025-04-14" }, "2025-04-15")).toBe(true);
  });
});
