import { describe, expect, it } from "vitest";
import { changesTechniqueOrDose } from "../../../src/trial/phases/plan-change.js";

const last = { minutesPerSession: 45, sessionsPerWeek: 2, weekdays: [1, 4], pressure: "moderate" as const, therapistPlan: "Swedish massage, general" };

describe("a later block's plan changes the technique or the dose", () => {
  it("counts minutes, sessions a week, pressure, the therapist's plan and the spacing of fixed days", () => {
    expect(changesTechniqueOrDose(last, { ...last, minutesPerSession: 30 })).toBe(true);
    expect(changesTechniqueOrDose(last, { ...last, sessionsPerWeek: 3, weekdays: [] })).toBe(true);
    expect(changesTechniqueOrDose(last, { ...last, pressure: "light" })).toBe(true);
    expect(changesTechniqueOrDose(last, { ...last, therapistPlan: "Trigger-point work" })).toBe(true);
    expect(changesTechniqueOrDose(last, { ...last, therapistPlan: undefined })).toBe(true);
    expect(changesTechniqueOrDose(last, { ...last, weekdays: [1, 2] })).toBe(true);
  });

  it("does not count the same sessions on other days with the same gaps, dropping fixed days, or the same words of the plan", () => {
    expect(changesTechniqueOrDose(last, { ...last })).toBe(false);
    expect(changesTechniqueOrDose(last, { ...last, weekdays: [2, 5] })).toBe(false);
    expect(changesTechniqueOrDose(last, { ...last, weekdays: [4, 1] })).toBe(false);
    expect(changesTechniqueOrDose(last, { ...last, weekdays: [] })).toBe(false);
    expect(changesTechniqueOrDose(last, { ...last, therapistPlan: "  swedish massage,   General " })).toBe(false);
  });
});
