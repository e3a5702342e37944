import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUIET,
  inQuietHours,
  localClock,
  parseQuiet,
  promptTimeOutside,
  reminderAt,
  snoozeAt,
  snoozeChoices,
} from "../../../src/trial/time/quiet-hours.js";

const BERLIN = "Europe/Berlin";
const at = (iso: string) => new Date(iso);
const choices = (now: string, date: string, q = DEFAULT_QUIET as typeof DEFAULT_QUIET | null, zone = BERLIN) =>
  snoozeChoices(at(now), date, zone, q).map((c) => `${c.choice}@${localClock(c.at, zone)}`);

describe("quiet hours", () => {
  it("span midnight or not; start inclusive, end exclusive", () => {
    expect(inQuietHours(at("2027-01-04T20:59:00Z"), BERLIN, DEFAULT_QUIET)).toBe(false); // 21:59
    expect(inQuietHours(at("2027-01-04T21:00:00Z"), BERLIN, DEFAULT_QUIET)).toBe(true); // 22:00
    expect(inQuietHours(at("2027-01-05T02:00:00Z"), BERLIN, DEFAULT_QUIET)).toBe(true); // 03:00
    expect(inQuietHours(at("2027-01-05T06:00:00Z"), BERLIN, DEFAULT_QUIET)).toBe(false); // 07:00
    const day = { from: "13:00", to: "15:00" };
    expect(inQuietHours(at("2027-01-04T12:30:00Z"), BERLIN, day)).toBe(true);
    expect(inQuietHours(at("2027-01-04T14:00:00Z"), BERLIN, day)).toBe(false);
    expect(inQuietHours(at("2027-01-04T21:00:00Z"), BERLIN, null)).toBe(false);
  });

  it("a prompt time inside them moves to their end", () => {
    expect(promptTimeOutside("23:00", DEFAULT_QUIET)).toBe("07:00");
    expect(promptTimeOutside("02:30", DEFAULT_QUIET)).toBe("07:00");
    expect(promptTimeOutside("22:00", DEFAULT_QUIET)).toBe("07:00");
    expect(promptTimeOutside("21:59", DEFAULT_QUIET)).toBe("21:59");
    expect(promptTimeOutside("07:00", DEFAULT_QUIET)).toBe("07:00");
    expect(promptTimeOutside("23:00", null)).toBe("23:00");
  });

  it("parse the /settings values", () => {
    expect(parseQuiet("22:00-07:00")).toEqual({ from: "22:00", to: "07:00" });
    expect(parseQuiet("off")).toBeNull();
    expect(parseQuiet("22:00-22:00")).toBeUndefined();
    expect(parseQuiet("25:00-07:00")).toBeUndefined();
  });
});

describe("snooze choices", () => {
  it("at 20:00 with quiet hours from 22:00: 1 h and tonight 21:30, not 3 h", () => {
    expect(choices("2027-01-04T19:00:00Z", "2027-01-04")).toEqual(["1@21:00", "t@21:30"]);
  });

  it("in the morning all three; after 21:00 none (then 'Ask me tomorrow')", () => {
    expect(choices("2027-01-04T09:00:00Z", "2027-01-04")).toEqual(["1@11:00", "3@13:00", "t@21:30"]);
    expect(choices("2027-01-04T20:45:00Z", "2027-01-04")).toEqual([]);
  });

  it("never past the prompt's own day, even without quiet hours", () => {
    expect(choices("2027-01-04T22:15:00Z", "2027-01-04", null)).toEqual([]); // 23:15: +1 h is tomorrow
    expect(choices("2027-01-04T20:15:00Z", "2027-01-04", null)).toEqual(["1@22:15", "t@21:30"]); // 21:15
  });

  it("across a DST change: hours are elapsed hours, 'tonight' is the wall clock", () => {
    // 01:30 CET on the spring-forward day; the clock jumps 02:00 → 03:00
    const now = at("2026-03-29T00:30:00Z");
    expect(snoozeAt("1", now, "2026-03-29", BERLIN, null)).toEqual(at("2026-03-29T01:30:00Z"));
    expect(localClock(snoozeAt("1", now, "2026-03-29", BERLIN, null)!, BERLIN)).toBe("03:30");
    expect(localClock(snoozeAt("3", now, "2026-03-29", BERLIN, null)!, BERLIN)).toBe("05:30");
    expect(snoozeAt("t", now, "2026-03-29", BERLIN, null)).toEqual(at("2026-03-29T19:30:00Z")); // 21:30 CEST
    // fall back: 21:30 CET again
    expect(snoozeAt("t", at("2026-10-25T09:00:00Z"), "2026-10-25", BERLIN, DEFAULT_QUIET)).toEqual(at("2026-10-25T20:30:00Z"));
    // US zone on its own change day
    expect(snoozeAt("t", at("2026-03-08T15:00:00Z"), "2026-03-08", "America/New_York", DEFAULT_QUIET)).toEqual(at("2026-03-09T01:30:00Z"));
  });
});

describe("the one reminder", () => {
  it("comes after the chosen hours when that is outside quiet hours on the same day", () => {
    expect(reminderAt(at("2027-01-04T09:00:00Z"), 3, "2027-01-04", BERLIN, DEFAULT_QUIET)).toEqual(at("2027-01-04T12:00:00Z"));
  });

  it("moves to half an hour before the quiet hours when it would fall inside them", () => {
    // prompt 20:00, 3 h → 23:00 is quiet → 21:30
    expect(reminderAt(at("2027-01-04T19:00:00Z"), 3, "2027-01-04", BERLIN, DEFAULT_QUIET)).toEqual(at("2027-01-04T20:30:00Z"));
  });

  it("is dropped when that is less than an hour after the prompt, or the day is over", () => {
    expect(reminderAt(at("2027-01-04T20:00:00Z"), 3, "2027-01-04", BERLIN, DEFAULT_QUIET)).toBeNull(); // prompt 21:00
    expect(reminderAt(at("2027-01-04T21:00:00Z"), 3, "2027-01-04", BERLIN, null)).toBeNull(); // 22:00 + 3 h is tomorrow
  });
});
