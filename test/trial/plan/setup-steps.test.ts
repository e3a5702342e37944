import { describe, expect, it } from "vitest";
import { handleStep, draftToPlan, typedNumber, type StepEnv, type StepInput } from "../../../src/trial/plan/steps.js";
import { newDraft, type Draft } from "../../../src/trial/plan/draft.js";

const env: StepEnv = { lang: "en", today: "2027-01-04", cues: { urgent: ["chest_pain_breathless"], no_massage_area: ["skin_at_site"], see_clinician: ["pregnancy"] } };
const at = (step: Draft["step"], answers: Draft["answers"] = {}): Draft => ({ ...newDraft(new Date("2027-01-04T08:00:00Z"), { currency: "EUR", zone: "UTC" }), step, answers, history: ["screen_urgent"] });
const text = (t: string): StepInput => ({ kind: "text", text: t });
const tap = (v: string): StepInput => ({ kind: "button", value: v });

describe("setup steps (pure)", () => {
  it.each([
    ["minutes", "4", "invalid"],
    ["minutes", "5", "next"],
    ["minutes", "120", "next"],
    ["minutes", "121", "invalid"],
    ["minutes", "30.5", "invalid"],
    ["per_week", "0", "invalid"],
    ["per_week", "7", "next"],
    ["weeks", "20", "next"],
    ["weeks", "21", "invalid"],
    ["recalled_pain", "10", "next"],
    ["recalled_pain", "10.5", "invalid"],
    ["cost", "-1", "invalid"],
    ["cost", "59,90", "next"],
    ["time", "25:00", "invalid"],
    ["time", "7:30 pm", "next"],
    ["zone", "Narnia", "invalid"],
    ["zone", "UTC+2", "next"],
  ] as const)("%s ← %j → %s", (step, input, kind) => {
    expect(handleStep(at(step), text(input), env).kind).toBe(kind);
  });

  it("a recalled head-turn value stays on its 0-10 scale", () => {
    const head = at("recalled_marker", { markerPreset: "head_turn", markerUnit: "scale10", recalledPain10: 6 });
    expect(handleStep(head, text("20"), env)).toMatchObject({ kind: "invalid", error: { key: "setup-number-range", vars: { min: 0, max: 10 } } });
    expect(handleStep(head, text("7"), env)).toMatchObject({ kind: "next", draft: { answers: { baseline: { kind: "recalled", pain10: 6, marker: 7 } } } });
    const walk = at("recalled_marker", { markerPreset: "walk_minutes", markerUnit: "min", recalledPain10: 6 });
    expect(handleStep(walk, text("20"), env).kind).toBe("next");
  });

  it("a head-turn 'smallest change that matters' fits its 0-10 scale", () => {
    const head = at("marker_min", { markerPreset: "head_turn", markerUnit: "scale10" });
    expect(handleStep(head, text("12"), env)).toMatchObject({ kind: "invalid", error: { key: "setup-marker-min-range", vars: { max: 10 } } });
    expect(handleStep(head, text("2"), env)).toMatchObject({ kind: "next", draft: { answers: { markerMinChange: 2 } } });
    const walk = at("marker_min", { markerPreset: "walk_minutes", markerUnit: "min" });
    expect(handleStep(walk, text("12"), env).kind).toBe("next");
  });

  it("a fixed offset is accepted with a daylight-saving warning", () => {
    const r = handleStep(at("zone"), text("UTC+2"), env);
    expect(r.kind === "next" && r.notices?.map((n) => n.key)).toEqual(["setup-zone-set", "setup-zone-fixed-offset"]);
  });

  it("'none' is exclusive among other care, and the whole answer (no 'Done' needed)", () => {
    const physio = handleStep(at("care"), tap("t_physio"), env);
    if (physio.kind !== "stay") throw new Error(physio.kind);
    const none = handleStep(physio.draft, tap("t_none"), env);
    expect(none).toMatchObject({ kind: "next", draft: { step: "cost", answers: { careKinds: ["none"] } } });
    const r = handleStep(at("care", { careKinds: ["none"] }), tap("t_exercise"), env);
    expect(r.kind === "stay" && r.draft.answers.careKinds).toEqual(["exercise"]);
  });

  it("weekdays must match the sessions per week", () => {
    const d = at("weekdays", { sessionsPerWeek: 2, weekdays: [1] });
    expect(handleStep(d, tap("done"), env)).toMatchObject({ kind: "invalid", error: { key: "setup-weekdays-mismatch" } });
  });

  it("an excluded area cannot be added", () => {
    const d = { ...at("areas"), screen: { urgent: [], areaCues: [{ cueId: "skin_at_site", area: "neck" as const }], clinician: [] } };
    expect(handleStep(d, tap("t_neck"), env)).toMatchObject({ kind: "invalid", error: { key: "setup-area-is-excluded" } });
  });

  it("first session: a week away is a full baseline, sooner asks how to get one, a short baseline needs 3 days", () => {
    expect(handleStep(at("first_session"), tap("week"), env)).toMatchObject({ kind: "next", draft: { step: "review", answers: { baseline: { kind: "daily" } } } });
    const soon = handleStep(at("first_session"), text("2027-01-06"), env);
    expect(soon).toMatchObject({ kind: "next", draft: { step: "baseline" } });
    if (soon.kind !== "next") return;
    expect(handleStep(soon.draft, tap("short"), env)).toMatchObject({ kind: "invalid", error: { key: "setup-short-needs-3-days" } });
    const three = handleStep(at("first_session"), text("2027-01-07"), env);
    if (three.kind !== "next") throw new Error("expected next");
    expect(handleStep(three.draft, tap("short"), env)).toMatchObject({ kind: "next", draft: { step: "review", answers: { baseline: { kind: "short" } } } });
  });

  it("review with a missing answer jumps to that step", () => {
    const r = handleStep(at("review", { areas: ["neck"] }), tap("yes"), env);
    expect(r).toMatchObject({ kind: "next", draft: { step: "goal", returnToReview: true } });
  });

  it("draftToPlan validates the whole plan", () => {
    expect(draftToPlan(at("review")).ok).toBe(false);
  });

  it("typed numbers tolerate a unit but not junk", () => {
    expect(typedNumber(text("45 min"), "en")).toBe(45);
    expect(typedNumber(text("€ 60"), "en")).toBe(60);
    expect(typedNumber(text("٣"), "en")).toBe(3);
    for (const junk of ["1e3", "NaN", "abc", "", "🙂"]) expect(typedNumber(text(junk), "en")).toBeNull();
  });

  it("Back from the first question is refused; Back skips transient steps", () => {
    expect(handleStep({ ...at("screen_urgent"), history: [] }, tap("back"), env).kind).toBe("invalid");
    const d = { ...at("baseline"), history: ["zone", "first_session", "first_session_confirm"] as Draft["history"] };
    expect(handleStep(d, tap("back"), env)).toMatchObject({ kind: "next", draft: { step: "first_session" } });
  });
});
