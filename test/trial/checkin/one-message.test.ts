import { describe, expect, it } from "vitest";
import { markerChoices, parseMarkerText, parseOneMessage, usualRange, type OneMessageContext } from "../../../src/trial/checkin/one-message.js";
import { MARKER_MAX } from "../../../src/trial/plan/markers.js";

const en10: OneMessageContext = { lang: "en", scale: 10, markerMax: MARKER_MAX };
const de10: OneMessageContext = { lang: "de", scale: 10, markerMax: MARKER_MAX };

describe("one typed message: pain and the marker", () => {
  it.each([
    ["6 20", en10],
    ["6/20", en10],
    ["6, 20 min", en10],
    ["6,  20", en10],
    ["pain 6, 20 minutes", en10],
    ["pain 6 walked 20", en10],
    ["walked 20 pain 6", en10],
    ["Pain 6 and walked 20 min", en10],
    ["Schmerz 6 gegangen 20", de10],
    ["Schmerz 6, 20 Minuten", de10],
    ["6 20", de10],
  ])("%s → pain 6, marker 20", (text, ctx) => {
    expect(parseOneMessage(text, ctx)).toEqual({ kind: "both", pain: 6, marker: 20 });
  });

  it("one number is the pain score; '6/10' is a score out of ten", () => {
    expect(parseOneMessage("6", en10)).toEqual({ kind: "pain", pain: 6 });
    expect(parseOneMessage("6/10", en10)).toEqual({ kind: "pain", pain: 6 });
    expect(parseOneMessage("pain 7", en10)).toEqual({ kind: "pain", pain: 7 });
    expect(parseOneMessage("٦", en10)).toEqual({ kind: "pain", pain: 6 });
  });

  it("'6 of 10', 'pain 6/10', 'Schmerz 6 von 10', '60 von 100': a score out of the scale's top", () => {
    for (const text of ["6 of 10", "6 out of 10", "pain 6 of 10", "pain 6/10", "pain was 6 of 10 today"]) {
      expect(parseOneMessage(text, en10), text).toEqual({ kind: "pain", pain: 6 });
    }
    expect(parseOneMessage("Schmerz 6 von 10", de10)).toEqual({ kind: "pain", pain: 6 });
    expect(parseOneMessage("60 von 100", { ...de10, scale: 100 })).toEqual({ kind: "pain", pain: 60 });
    expect(parseOneMessage("11 of 10", en10).kind).toBe("out-of-range");
    expect(parseOneMessage("6 of 10", { ...en10, scale: 100 }).kind).toBe("out-of-range");
    // "6/10" on 0-100 is a score out of 10, not pain 6 and ten minutes: the scale is asked for again.
    expect(parseOneMessage("6/10", { ...en10, scale: 100 }).kind).toBe("out-of-range");
    expect(parseOneMessage("pain 60/100", { ...en10, scale: 100 })).toEqual({ kind: "pain", pain: 60 });
  });

  it("a decimal comma stays one number: '4,5' is not pain 4 and marker 5", () => {
    expect(parseOneMessage("4,5", en10).kind).toBe("out-of-range");
    expect(parseOneMessage("4,5", de10).kind).toBe("out-of-range");
    expect(parseOneMessage("6 2,5", de10)).toEqual({ kind: "both", pain: 6, marker: 2.5 });
  });

  it("'20 6' on a 0-10 scale could only mean pain 6: a question, not a save", () => {
    expect(parseOneMessage("20 6", en10)).toEqual({ kind: "ambiguous", options: [{ pain: 6, marker: 20 }] });
  });

  it("'20 6' on 0-100 is ambiguous only when the usual marker range says so", () => {
    const ctx: OneMessageContext = { lang: "en", scale: 100, markerMax: MARKER_MAX, usual: { min: 15, max: 30 } };
    expect(parseOneMessage("20 6", ctx)).toEqual({
      kind: "ambiguous",
      options: [
        { pain: 20, marker: 6 },
        { pain: 6, marker: 20 },
      ],
    });
    expect(parseOneMessage("20 6", { lang: "en", scale: 100, markerMax: MARKER_MAX })).toEqual({ kind: "both", pain: 20, marker: 6 });
    expect(parseOneMessage("20 6", { lang: "en", scale: 100, markerMax: MARKER_MAX, usual: { min: 3, max: 8 } })).toEqual({ kind: "both", pain: 20, marker: 6 });
    expect(parseOneMessage("pain 20 walked 6", ctx)).toEqual({ kind: "both", pain: 20, marker: 6 });
  });

  it.each(["abc", "1e3", "NaN", "Infinity", "", "   ", "I feel great today 6", "6 20 30", "walked 20", "pain 6 pain 7", "6?", "😀", "6 € 20"])(
    "junk %j → nothing",
    (text) => {
      expect(parseOneMessage(text, en10).kind).toBe("junk");
    },
  );

  it.each(["11", "-1", " -1", "4.5", "1,000", "11 12", "pain 11 walked 20", "6 -20"])("out of range %j → nothing", (text) => {
    expect(parseOneMessage(text, en10).kind).toBe("out-of-range");
  });

  it("a marker value typed alone, with or without its unit", () => {
    expect(parseMarkerText("20", "en", MARKER_MAX)).toBe(20);
    expect(parseMarkerText("20 min", "en", MARKER_MAX)).toBe(20);
    expect(parseMarkerText("gegangen 20 Minuten", "de", MARKER_MAX)).toBe(20);
    expect(parseMarkerText("lots", "en", MARKER_MAX)).toBeNull();
    expect(parseMarkerText("-3", "en", MARKER_MAX)).toBeNull();
    expect(parseMarkerText("6 20", "en", MARKER_MAX)).toBeNull();
  });
});

describe("marker buttons", () => {
  it("span the usual range, a step either side; preset values before there is one", () => {
    expect(usualRange([20, null, 25])).toBeUndefined();
    const usual = usualRange([20, 25, 30, null, 22]);
    expect(usual).toEqual({ min: 20, max: 30 });
    const choices = markerChoices("walk_minutes", usual, MARKER_MAX);
    expect(choices).toHaveLength(6);
    expect(choices[0]).toBeLessThan(20);
    expect(choices[choices.length - 1]).toBeGreaterThanOrEqual(30);
    expect(markerChoices("walk_minutes", undefined, MARKER_MAX)).toEqual([5, 10, 20, 30, 45, 60]);
    expect(markerChoices("custom", undefined, MARKER_MAX)).toEqual([]);
    expect(markerChoices("night_wakings", { min: 0, max: 0 }, MARKER_MAX)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("a 0-10 rating marker (head turn)", () => {
  const head: OneMessageContext = { lang: "en", scale: 10, markerMax: 10 };
  it("'6 20' and 'pain 6 head 14' are refused for the marker, not saved as 20/10", () => {
    expect(parseOneMessage("6 20", head)).toEqual({ kind: "marker-out-of-range" });
    expect(parseOneMessage("pain 6 drehen 14", head)).toEqual({ kind: "marker-out-of-range" });
    expect(parseOneMessage("6 7", head)).toEqual({ kind: "both", pain: 6, marker: 7 });
    expect(parseOneMessage("6 10", head)).toEqual({ kind: "both", pain: 6, marker: 10 });
  });
  it("a marker typed alone above 10 is out of range; buttons never go past 10", () => {
    expect(parseMarkerText("14", "en", 10)).toBe("out-of-range");
    expect(parseMarkerText("10", "en", 10)).toBe(10);
    expect(parseMarkerText("6/10", "en", 10)).toBe(6);
    expect(parseMarkerText("6 von 10", "de", 10)).toBe(6);
    expect(parseMarkerText("6/20", "en", 10)).toBeNull();
    expect(parseMarkerText("20/60", "en", MARKER_MAX)).toBeNull();
    expect(markerChoices("head_turn", { min: 4, max: 10 }, 10)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});
