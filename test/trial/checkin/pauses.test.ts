import { describe, expect, it } from "vitest";
import { isUrgentPause, mergePausedDates, reportsHeldOn, safetyPausedDates, safetyPauseRange } from "../../../src/trial/checkin/pauses.js";
import { trialCalendar } from "../../../src/trial/time/calendar.js";
import { pausedDatesOf } from "../../../src/store/trial-store.js";
import { makePlan, makeSafetyEvent } from "../../support/trial-fixtures.js";

const ZONE = "Europe/Berlin";
/** An urgent cue from the check-in of `date`, raised that evening (20:30 Berlin). */
const urgent = (date: string, extra: Parameters<typeof makeSafetyEvent>[1] = {}) =>
  makeSafetyEvent(date, { at: `${date}T19:30:00.000Z`, ...extra });

describe("days paused by an urgent safety cue", () => {
  it("a standing cue pauses from the day after its check-in through today", () => {
    expect(safetyPauseRange(urgent("2025-03-12"), ZONE, "2025-03-12")).toEqual([]);
    expect(safetyPauseRange(urgent("2025-03-12"), ZONE, "2025-03-14")).toEqual(["2025-03-13", "2025-03-14"]);
  });

  it("“I have been seen” on day R ends the pause with R − 1 (as /resume does)", () => {
    const seen = urgent("2025-03-12", { status: "seen", resolvedAt: "2025-03-15T08:00:00.000Z" });
    expect(safetyPauseRange(seen, ZONE, "2025-03-30")).toEqual(["2025-03-13", "2025-03-14"]);
    // Resolved the same evening: no day was paused.
    expect(safetyPauseRange(urgent("2025-03-12", { status: "seen", resolvedAt: "2025-03-12T21:00:00.000Z" }), ZONE, "2025-03-30")).toEqual([]);
  });

  it("the resolution is read as a local date in the plan's zone", () => {
    // 23:30Z on Mar 14 is already Mar 15 in Berlin: paused through Mar 14.
    const seen = urgent("2025-03-12", { status: "seen", resolvedAt: "2025-03-14T23:30:00.000Z" });
    expect(safetyPauseRange(seen, ZONE, "2025-03-30")).toEqual(["2025-03-13", "2025-03-14"]);
    expect(safetyPauseRange(seen, "America/New_York", "2025-03-30")).toEqual(["2025-03-13"]);
  });

  it("“That's not what I meant” undoes the pause: no paused day", () => {
    const dismissed = urgent("2025-03-12", { status: "dismissed", resolvedAt: "2025-03-15T08:00:00.000Z" });
    expect(safetyPauseRange(dismissed, ZONE, "2025-03-30")).toEqual([]);
  });

  it("a late check-in's cue pauses from the day it was reported, not retroactively", () => {
    const late = makeSafetyEvent("2025-03-10", { at: "2025-03-12T07:00:00.000Z", status: "seen", resolvedAt: "2025-03-14T07:00:00.000Z" });
    expect(safetyPauseRange(late, ZONE, "2025-03-30")).toEqual(["2025-03-12", "2025-03-13"]);
  });

  it("thoughts of self-harm pause like any urgent cue, and hold the scheduled reports while they stand", () => {
    const crisis = urgent("2025-03-12", { cueId: "self_harm" });
    expect(isUrgentPause(crisis)).toBe(true);
    expect(safetyPauseRange(crisis, ZONE, "2025-03-14")).toEqual(["2025-03-13", "2025-03-14"]);
    expect(reportsHeldOn([], [crisis], "2025-03-14")).toBe(true);
  });

  it("only urgent cues from the trial pause it: not the setup screen, other groups, or the “does not settle” stop", () => {
    const today = "2025-03-20";
    expect(safetyPauseRange(urgent("2025-03-12", { source: "screen" }), ZONE, today)).toEqual([]);
    expect(safetyPauseRange(urgent("2025-03-12", { group: "see_clinician", cueId: "nerve" }), ZONE, today)).toEqual([]);
    expect(safetyPauseRange(urgent("2025-03-12", { group: "no_massage_area", cueId: "skin_at_site" }), ZONE, today)).toEqual([]);
    expect(safetyPauseRange(urgent("2025-03-12", { group: "see_clinician", source: "rule", cueId: "does_not_settle" }), ZONE, today)).toEqual([]);
    expect(isUrgentPause(urgent("2025-03-12", { source: "rule", group: "see_clinician" }))).toBe(false);
  });

  it("overlapping cues and an overlapping /pause count each day once, and lengthen the block by that many days", () => {
    const events = [
      urgent("2025-03-12", { id: "a", status: "seen", resolvedAt: "2025-03-16T07:00:00.000Z" }), // 13, 14, 15
      urgent("2025-03-13", { id: "b", status: "seen", resolvedAt: "2025-03-17T07:00:00.000Z" }), // 14, 15, 16
    ];
    const safety = safetyPausedDates(events, ZONE, "2025-03-30");
    expect(safety).toEqual(["2025-03-13", "2025-03-14", "2025-03-15", "2025-03-16"]);
    const own = pausedDatesOf({ open: null, ranges: [["2025-03-15", "2025-03-18"]] }, "2025-03-30"); // 15..18
    const all = mergePausedDates(own, safety);
    expect(all).toEqual(["2025-03-13", "2025-03-14", "2025-03-15", "2025-03-16", "2025-03-17", "2025-03-18"]);
    const plan = makePlan(); // block 2025-03-03 .. 03-30
    expect(trialCalendar(plan, all).blockEnd).toBe("2025-04-05");
    expect(trialCalendar(plan, all).pausedInBlock).toHaveLength(6);
  });
});

describe("scheduled reports are held while the trial is paused", () => {
  it("held by a standing urgent cue, or on a date the user's own pause covers; not by the settle stop or a resolved cue", () => {
    expect(reportsHeldOn([], [urgent("2025-03-12")], "2025-03-12")).toBe(true);
    expect(reportsHeldOn(["2025-03-17"], [], "2025-03-17")).toBe(true);
    expect(reportsHeldOn(["2025-03-16"], [], "2025-03-17")).toBe(false);
    expect(reportsHeldOn([], [urgent("2025-03-12", { status: "seen", resolvedAt: "2025-03-14T07:00:00.000Z" })], "2025-03-17")).toBe(false);
    expect(reportsHeldOn([], [urgent("2025-03-12", { group: "see_clinician", source: "rule", cueId: "does_not_settle" })], "2025-03-17")).toBe(false);
  });
});
