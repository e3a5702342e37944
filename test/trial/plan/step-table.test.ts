import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { STEP_IDS, newDraft, type Draft } from "../../../src/trial/plan/draft.js";
import { STEPS } from "../../../src/trial/plan/steps/table.js";
import type { Label, QuestionVar, StepEnv } from "../../../src/trial/plan/steps/kit.js";

const env: StepEnv = {
  lang: "en",
  today: "2027-01-04",
  cues: { urgent: ["chest_pain_breathless"], no_massage_area: ["skin_at_site"], see_clinician: ["pregnancy"] },
};
const draft = (step: Draft["step"]): Draft => ({
  ...newDraft(new Date("2027-01-04T08:00:00Z"), { currency: "EUR", zone: "UTC" }),
  step,
  answers: { firstSession: "2027-01-08", markerPreset: "walk_minutes" },
  pending: { dateAlternatives: ["2027-03-04", "2027-04-03"] },
});
const keysIn = (file: string) =>
  new Set([...readFileSync(new URL(`../../../locales/${file}`, import.meta.url), "utf8").matchAll(/^([a-z0-9_-]+) =/gim)].map((m) => m[1]));
const varKeys = (vars: Record<string, QuestionVar> | undefined) =>
  Object.values(vars ?? {}).flatMap((v) => (typeof v === "object" && "key" in v ? [v.key] : []));
const labelKeys = (l: Label) => ("key" in l ? [l.key, ...varKeys(l.vars)] : []);

describe("the setup step table", () => {
  it("has one entry per step id, and every text and button it asks with is in both locales", () => {
    expect(Object.keys(STEPS).sort()).toEqual([...STEP_IDS].sort());
    const locales = [keysIn("en.ftl"), keysIn("de.ftl")];
    for (const step of STEP_IDS) {
      const q = STEPS[step].ask(draft(step), env);
      const keys = [
        q.text?.key ?? `setup-q-${step}`,
        ...varKeys(q.text?.vars),
        ...q.rows.flat().flatMap((b) => labelKeys(b.label)),
        ...(q.reply ? [q.reply.location.key] : []),
      ];
      for (const locale of locales) for (const k of keys) expect(locale.has(k), `${step}: ${k}`).toBe(true);
    }
  });

  it("every button of every question fits Telegram's 64-byte callback data with its step", () => {
    for (const step of STEP_IDS) {
      for (const b of STEPS[step].ask(draft(step), env).rows.flat()) expect(Buffer.byteLength(`ps:${step}:${b.value}`)).toBeLessThanOrEqual(64);
    }
  });
});
