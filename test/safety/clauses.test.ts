import { describe, expect, it } from "vitest";
import { clausesOf } from "../../src/trial/safety/clauses.js";
import { normalizeText, scanNote } from "../../src/trial/safety/match.js";
import type { Lang } from "../../src/trial/safety/cues.js";

const clauses = (text: string, lang: Lang) => {
  const norm = normalizeText(text, lang);
  return clausesOf(norm, lang).map((c) => [norm.slice(c.start, c.end).trim(), c.person, c.time]);
};
const ids = (text: string, lang: Lang) => scanNote(text, lang).map((h) => h.cueId);

describe("who a clause is about", () => {
  it("someone else as the subject; the writer wins whenever they are in the clause", () => {
    expect(clauses("my mum fell down the stairs, I'm going to visit her", "en")).toEqual([
      ["my mum fell down the stairs", "other", null],
      ["i'm going to visit her", "self", null],
    ]);
    expect(clauses("my husband noticed my leg is getting weaker", "en")[0][1]).toBe("self");
    expect(clauses("a dog knocked me over", "en")[0][1]).toBe("self");
    expect(clauses("the man next to me was short of breath", "en")[0][1]).toBe("other");
    expect(clauses("Gestern ist meine Mutter gestürzt", "de")[0][1]).toBe("other");
    expect(clauses("der Mann neben mir hatte Atemnot", "de")[0][1]).toBe("other");
    expect(clauses("bei mir ist die Wade geschwollen", "de")[0][1]).toBe("self");
  });

  it("reporting someone's words is not their symptom: 'my doctor says …', 'die Ärztin sagt, …'", () => {
    expect(clauses("the doctor says there is a clot", "en")[0][1]).toBeNull();
    expect(ids("der Arzt sagt, ich habe eine Thrombose", "de")).toEqual(["clot_at_site"]);
  });

  it("'mein kleiner Zeh' is a toe, 'mein Kleiner hat …' a child", () => {
    expect(ids("Mein kleiner Zeh ist taub", "de")).toEqual(["nerve_symptoms"]);
    expect(ids("mein Kleiner hat sich in die Hose gemacht", "de")).toEqual([]);
  });

  it("a clause joined by 'and' or a comma inherits; 'but' and a new sentence do not", () => {
    expect(ids("my husband has a fever and a bad back", "en")).toEqual([]);
    expect(ids("my husband has a fever. My back is killing me and I have chills", "en")).toEqual(["back_pain_fever"]);
    expect(ids("my wife is fine but I fell down the stairs", "en")).toEqual(["after_fall_injury"]);
  });
});

describe("when a clause is set", () => {
  it("long ago voids a current symptom, and carries over 'and'", () => {
    expect(ids("fell off my bike as a kid and broke my arm", "en")).toEqual([]);
    expect(ids("vor Jahren eine Thrombose gehabt", "de")).toEqual([]);
    expect(ids("I had breast cancer ten years ago", "en")).toEqual(["cancer_history"]);
  });

  it("a present-time word wins: 'years ago … and again yesterday'", () => {
    expect(clauses("I fell as a kid, and again yesterday I fell", "en").map((c) => c[2])).toEqual(["past", "present"]);
    expect(ids("I fell as a kid, and again yesterday I fell on my back", "en")).toEqual(["after_fall_injury"]);
  });

  it("self-harm is never voided by time or person wording", () => {
    expect(ids("years ago I wanted to kill myself", "en")).toEqual(["self_harm"]);
  });
});
