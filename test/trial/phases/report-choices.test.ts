import { describe, expect, it } from "vitest";
import { reportChoices } from "../../../src/trial/phases/report-choices.js";

describe("the choices under an end-of-block report", () => {
  it("follow the outcome", () => {
    expect(reportChoices("stop", null)).toEqual(["end"]);
    expect(reportChoices("no_go", null)).toEqual(["block", "end"]);
    expect(reportChoices("not_enough_data", null)).toEqual(["extend", "block", "withdraw", "end"]);
    expect(reportChoices("unclear", 1)).toEqual(["extend", "block", "withdraw", "end"]);
    expect(reportChoices("unclear", 3)).toEqual(["extend_n", "block", "withdraw", "extend", "end"]);
    expect(reportChoices("unclear", null)).toEqual(["block", "withdraw", "extend", "end"]);
    expect(reportChoices("improved", null)).toEqual(["block", "withdraw", "extend", "end"]);
    expect(reportChoices("partial", null)).toEqual(["block", "withdraw", "extend", "end"]);
  });

  it("leave only ending while a withdrawal check runs", () => {
    for (const outcome of ["improved", "unclear", "not_enough_data", "no_go", "stop"] as const) expect(reportChoices(outcome, 3, true)).toEqual(["end"]);
  });
});
