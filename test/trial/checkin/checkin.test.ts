import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  answerableDates,
  isAnswerable,
  notAnswerable,
  isLateAnswer,
  asksSession,
  dailySteps,
  firstOpenStep,
  isSessionDay,
  judgeMarker,
  nextStep,
  truncateNote,
  unansweredStreak,
  validMarker,
  validPain,
} from "../../../src/trial/checkin/checkin.js";
import { MARKER_MAX } from "../../../src/trial/plan/markers.js";
import { makeEntry } from "../../support/trial-fixtures.js";

describe("check-in rules", () => {
  it("orders the questions: the session first on session days from the first session on, then pain and the marker; reactions and the note only when opened", () => {
    const free = { weekdays: [] as number[], firstSession: "2027-01-04" };
    const monThu = { weekdays: [1, 4], firstSession: "2027-01-04" };
    const mon = makeEntry("2027-01-04", 4);
    const tue = makeEntry("2027-01-05", 4);
    expect(dailySteps(free, "2027-01-05")).toEqual(["session", "pain", "marker"]);
    expect(dailySteps(monThu, "2027-01-05")).toEqual(["pain", "marker"]);
    // the baseline week before the first session: no session question
    expect(dailySteps(free, "2027-01-03")).toEqual(["pain", "marker"]);
    expect(asksSession({ weekdays: [], firstSession: "2027-01-11" }, "2027-01-10")).toBe(false);
    expect(nextStep("pain", free, { ...mon, session: false })).toBe("marker");
    expect(nextStep("pain", free, mon)).toBe("session");
    expect(nextStep("pain", monThu, tue)).toBe("marker");
    expect(nextStep("marker", monThu, { ...tue, marker: 20 })).toBe("done");
    expect(nextStep("session", free, { ...mon, pain: undefined, session: true })).toBe("pain");
    expect(nextStep("reaction", free, { ...mon, marker: 3, session: true })).toBe("done");
    expect(nextStep("session", free, { ...mon, session: true }, "session")).toBe("reaction");
    expect(nextStep("session", free, { ...mon, session: false }, "session")).toBe("done");
    expect(nextStep("reaction", free, mon, "session")).toBe("done");
    expect(firstOpenStep(free, { ...mon, marker: null, session: true })).toBe("done");
    expect(isSessionDay(monThu, "2027-01-07")).toBe(true);
    expect(isSessionDay(monThu, "2027-01-08")).toBe(false);
  });

  it("validates pain on the user's scale and marker values", () => {
    expect(validPain(4, 10)).toBe(4);
    expect(validPain(4.5, 10)).toBeNull();
    expect(validPain(45.5, 100)).toBeNull();
    expect(validPain(0, 10)).toBe(0);
    expect(validPain(10, 10)).toBe(10);
    expect(validPain(10.1, 10)).toBeNull();
    expect(validPain(-0.5, 10)).toBeNull();
    expect(validPain(65, 100)).toBe(65);
    expect(validPain(101, 100)).toBeNull();
    expect(validPain(null, 10)).toBeNull();
    expect(validPain(Number.NaN, 10)).toBeNull();
    expect(validMarker(0, 100_000)).toBe(0);
    expect(validMarker(20.5, 100_000)).toBe(20.5);
    expect(validMarker(-1, 100_000)).toBeNull();
    expect(validMarker(1e6, 100_000)).toBeNull();
    expect(validMarker(14, 10)).toBeNull();
    expect(validMarker(10, 10)).toBe(10);
    fc.assert(fc.property(fc.double(), (v) => {
      const p = validPain(v, 10);
      return p === null || (p >= 0 && p <= 10);
    }));
  });

  it("judges a marker value: usable on its own scale, a real value above that scale's top, or no marker value", () => {
    expect(judgeMarker(7.456, 10)).toEqual({ kind: "ok", value: 7.46 });
    expect(judgeMarker(-0, 10)).toEqual({ kind: "ok", value: 0 });
    expect(judgeMarker(10, 10)).toEqual({ kind: "ok", value: 10 });
    expect(judgeMarker(14, 10)).toEqual({ kind: "out-of-range", value: 14 });
    expect(judgeMarker(MARKER_MAX, 10)).toEqual({ kind: "out-of-range", value: MARKER_MAX });
    expect(judgeMarker(MARKER_MAX + 1, 10)).toEqual({ kind: "invalid" });
    expect(judgeMarker(MARKER_MAX + 1, MARKER_MAX)).toEqual({ kind: "invalid" });
    expect(judgeMarker(-1, 10)).toEqual({ kind: "invalid" });
    expect(judgeMarker(null, 10)).toEqual({ kind: "invalid" });
    expect(judgeMarker(Number.NaN, 10)).toEqual({ kind: "invalid" });
    expect(judgeMarker(Number.POSITIVE_INFINITY, 10)).toEqual({ kind: "invalid" });
    // The verdict agrees with validMarker on the marker's own scale and on the general ceiling.
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constant(null)), fc.constantFrom(10, MARKER_MAX), (v, max) => {
        const verdict = judgeMarker(v, max);
        const own = validMarker(v, max);
        if (own !== null) return verdict.kind === "ok" && verdict.value === own;
        const real = validMarker(v, MARKER_MAX);
        return real === null ? verdict.kind === "invalid" : verdict.kind === "out-of-range" && verdict.value === real;
      }),
    );
  });

  it("a date is answerable from its own day up to 3 days later", () => {
    const first = "2026-12-01";
    expect(isAnswerable("2027-01-04", "2027-01-04", first)).toBe(true);
    expect(isAnswerable("2027-01-01", "2027-01-04", first)).toBe(true);
    expect(isAnswerable("2026-12-31", "2027-01-04", first)).toBe(false);
    expect(isAnswerable("2027-01-05", "2027-01-04", first)).toBe(false);
    expect(answerableDates("2027-03-01", first)).toEqual(["2027-03-01", "2027-02-28", "2027-02-27", "2027-02-26"]);
  });

  it("no date before the trial's first tracked date (the baseline start) is answerable", () => {
    expect(isAnswerable("2027-02-28", "2027-03-01", "2027-03-01")).toBe(false);
    expect(answerableDates("2027-03-01", "2027-03-01")).toEqual(["2027-03-01"]);
    expect(answerableDates("2027-03-02", "2027-03-08")).toEqual([]);
    expect(notAnswerable("2027-02-27", "2027-03-01", "2027-03-01")).toBe("before-trial");
    expect(notAnswerable("2027-02-20", "2027-03-01", "2027-01-01")).toBe("too-old");
    expect(notAnswerable("2027-03-01", "2027-03-01", "2027-03-01")).toBeNull();
  });

  it("an answer is late once the next day's prompt time has passed", () => {
    const prompt = { time: "22:00", zone: "Europe/Berlin" };
    expect(isLateAnswer("2027-01-04", new Date("2027-01-04T23:30:00Z"), prompt)).toBe(false); // 00:30 next day
    expect(isLateAnswer("2027-01-04", new Date("2027-01-05T20:59:00Z"), prompt)).toBe(false);
    expect(isLateAnswer("2027-01-04", new Date("2027-01-05T21:00:00Z"), prompt)).toBe(true);
  });

  it("keeps notes up to 1000 UTF-16 units without splitting a character", () => {
    expect(truncateNote("  short  ")).toEqual({ note: "short", truncated: false });
    const long = truncateNote("x".repeat(999) + "😀😀");
    expect(long.truncated).toBe(true);
    expect(long.note).toBe("x".repeat(999));
    expect(truncateNote("y".repeat(1000))).toEqual({ note: "y".repeat(1000), truncated: false });
  });

  it("detects three unanswered prompts in a row before today", () => {
    const prompted = ["2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06"];
    expect(unansweredStreak(prompted, new Set(), "2027-01-07")).toBe(true);
    expect(unansweredStreak(prompted, new Set(["2027-01-05"]), "2027-01-07")).toBe(false);
    expect(unansweredStreak(["2027-01-04", "2027-01-06"], new Set(), "2027-01-07")).toBe(false); // a gap (paused day)
    expect(unansweredStreak(prompted, new Set(), "2027-01-08")).toBe(false); // yesterday not prompted
  });
});
