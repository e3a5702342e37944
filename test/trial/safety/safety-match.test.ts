import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { CUES, CUE_IDS, CUE_GROUP_ORDER, RULE_CUE_IDS, cueById, cuesInGroup, type Cue, type CueId, type Lang } from "../../../src/trial/safety/cues.js";
import { normalizeText, scanNote } from "../../../src/trial/safety/match.js";
import { CUE_GROUPS } from "../../../src/trial/safety/safety-event.js";

/** [note, expected cue id or null for "nothing fires"]. The expected group follows from the id. */
type Row = readonly [string, CueId | null];

const EN: readonly Row[] = [
  // urgent
  ["I lost control of my bladder this morning", "bladder_bowel"],
  ["I wet myself on the way to the toilet", "bladder_bowel"],
  ["I can't pee since yesterday evening", "urine_retention"],
  ["Numbness in my groin since last night", "saddle_numbness"],
  ["I can't feel it when I wipe", "saddle_numbness"],
  ["My legs are getting weaker every day", "progressive_weakness"],
  ["The weakness in my left leg is getting worse", "progressive_weakness"],
  ["I've become clumsy with my hands and my walking is unsteady", "clumsy_unsteady"],
  ["My legs suddenly gave way in the kitchen", "drop_attacks"],
  ["Back pain is bad and I have a fever of 39", "back_pain_fever"],
  ["My neck hurts and I feel very unwell", "back_pain_fever"],
  ["Headache, fever and a stiff neck since this morning", "headache_fever_stiff_neck"],
  ["I fell down the stairs and now my hip hurts", "after_fall_injury"],
  ["Banged my head on the cupboard door", "after_fall_injury"],
  ["Car accident on Monday, neck is sore", "after_fall_injury"],
  ["Chest pain when I climbed the stairs", "chest_pain_breathless"],
  ["I get short of breath walking to the shop", "chest_pain_breathless"],
  ["My calf is swollen and painful", "swollen_calf"],
  ["Worst headache of my life, it came on in seconds", "thunderclap_headache"],
  ["A sudden severe headache hit me at lunch", "thunderclap_headache"],
  ["Headache and double vision this afternoon", "headache_neuro"],
  ["Migraine with slurred speech", "headache_neuro"],
  ["Some days I want to kill myself", "self_harm"],
  ["I don't want to live like this anymore", "self_harm"],
  ["I've never had chest pain like this before", "chest_pain_breathless"],
  // no massage at that area
  ["I have a blood clot in my left leg", "clot_at_site"],
  ["I broke my wrist last month", "recent_fracture_surgery"],
  ["Knee replacement surgery in March", "recent_fracture_surgery"],
  ["There is a rash where she massages", "skin_at_site"],
  ["I have an open wound on my shin", "skin_at_site"],
  // see a clinician
  ["Shooting pain down my leg again", "nerve_symptoms"],
  ["Pins and needles in my fingers", "nerve_symptoms"],
  ["I'm not sure if it's numbness or just stiffness", "nerve_symptoms"],
  ["No, my toes are numb", "nerve_symptoms"],
  ["I had breast cancer five years ago", "cancer_history"],
  ["Lost 5 kg without trying", "weight_loss"],
  ["The pain at night is bad and rest doesn't help at all", "night_pain"],
  ["I'm 62 and this back pain is new", "new_pain_over_50"],
  ["I have osteoporosis", "osteoporosis"],
  ["I've been on prednisolone for years", "steroids"],
  ["My immune system is weak after treatment", "immune_weak"],
  ["I used to inject heroin", "injected_drugs"],
  ["I take warfarin every day", "blood_thinners"],
  ["I'm 20 weeks pregnant", "pregnancy"],
  // negations
  ["No numbness or tingling today", null],
  ["I'm not numb anymore", null],
  ["Back pain as usual but without fever", null],
  ["I have never had cancer", null],
  ["Back is stiff, no fever", null],
  ["No chest pain, no shortness of breath", null],
  ["I don't have a fever", null],
  ["Free of pins and needles this week", null],
  ["Neck pain but no fever and no stiff neck", null],
  // near misses
  ["My hands were numb from the cold", null],
  ["My foot fell asleep during the film", null],
  ["I fell asleep on the sofa", null],
  ["I'm falling behind on my exercises", null],
  ["Moved a chest of drawers, back is sore", null],
  ["I'm dying to try the hot stones", null],
  ["The headache is the worst part of my week", null],
  ["Headache is worse than yesterday", null],
  ["This pain is killing me", null],
  ["Took ibuprofen, a non-steroidal anti-inflammatory", null],
  ["Had a cortisone injection in my shoulder", null],
  ["Walked 55 minutes, a new record", null],
  ["Woke twice at night with pain", null],
  ["I was wound up after work", null],
  ["The numbers look better this week", null],
  ["I nearly fell but caught myself", null],
  ["I collapsed on the sofa after work", null],
  ["I'm losing weight on my diet", null],
  ["Good session, felt relaxed", null],
];

const DE: readonly Row[] = [
  // dringend
  ["Ich kann meine Blase nicht mehr halten", "bladder_bowel"],
  ["Heute Nacht eingenässt", "bladder_bowel"],
  ["Ich kann seit gestern kein Wasser lassen", "urine_retention"],
  ["Taubheit im Genitalbereich seit heute früh", "saddle_numbness"],
  ["Meine Beine werden immer schwächer", "progressive_weakness"],
  ["Die Schwäche im rechten Bein nimmt zu", "progressive_weakness"],
  ["Mein Gang ist unsicher und ich lasse ständig Dinge fallen", "clumsy_unsteady"],
  ["Die Knie knicken plötzlich weg", "drop_attacks"],
  ["Rückenschmerzen und Fieber seit zwei Tagen", "back_pain_fever"],
  ["Rücken tut weh, Fieber 39,5", "back_pain_fever"],
  ["Kopfschmerzen, Fieber und ein steifer Nacken", "headache_fever_stiff_neck"],
  ["Ich bin gestern auf der Treppe gestürzt", "after_fall_injury"],
  ["Hatte einen Autounfall, jetzt Nackenschmerzen", "after_fall_injury"],
  ["Ich habe mir den Kopf angeschlagen", "after_fall_injury"],
  ["Brustschmerzen beim Treppensteigen", "chest_pain_breathless"],
  ["Ich bekomme kaum Luft", "chest_pain_breathless"],
  ["Meine Wade ist geschwollen und tut weh", "swollen_calf"],
  ["Die schlimmsten Kopfschmerzen meines Lebens", "thunderclap_headache"],
  ["Kopfschmerzen wie ein Donnerschlag", "thunderclap_headache"],
  ["Kopfschmerzen mit Doppelbildern", "headache_neuro"],
  ["Migräne und ich war ganz verwirrt", "headache_neuro"],
  ["Ich will nicht mehr leben", "self_harm"],
  ["Manchmal denke ich an Suizid", "self_harm"],
  // nicht an dieser Stelle
  ["Ein Blutgerinnsel im linken Bein", "clot_at_site"],
  ["Ich habe mir letzten Monat das Handgelenk gebrochen", "recent_fracture_surgery"],
  ["Vor drei Wochen an der Schulter operiert", "recent_fracture_surgery"],
  ["Hautausschlag am Rücken", "skin_at_site"],
  ["Eine offene Wunde am Schienbein", "skin_at_site"],
  // ärztlich besprechen
  ["Kribbeln im Fuß", "nerve_symptoms"],
  ["Der Schmerz strahlt bis in den Fuß aus und zieht ins Bein", "nerve_symptoms"],
  ["Ich weiß nicht, ob das Taubheit ist", "nerve_symptoms"],
  ["Ich hatte vor Jahren Krebs", "cancer_history"],
  ["Ich habe ohne Grund 6 kg abgenommen", "weight_loss"],
  ["Nachts Schmerzen, Ruhe hilft nicht", "night_pain"],
  ["Ich bin 58 und die Rückenschmerzen sind neu", "new_pain_over_50"],
  ["Ich habe Osteoporose", "osteoporosis"],
  ["Kortisontabletten seit Jahren", "steroids"],
  ["Immunschwäche nach der Behandlung", "immune_weak"],
  ["Ich habe mir früher Heroin gespritzt", "injected_drugs"],
  ["Ich nehme Marcumar", "blood_thinners"],
  ["Ich bin in der 20. Schwangerschaftswoche", "pregnancy"],
  // Verneinungen
  ["Keine Taubheit", null],
  ["Kein Fieber, nur Rückenschmerzen", null],
  ["Das Bein ist nicht taub", null],
  ["Rückenschmerzen, aber ohne Fieber", null],
  ["Ich hatte nie Krebs", null],
  ["Weder Fieber noch Schüttelfrost, Rücken steif", null],
  ["Keine Brustschmerzen und keine Atemnot", null],
  // Beinahe-Treffer
  ["Hände taub vor Kälte", null],
  ["Mein Bein ist eingeschlafen", null],
  ["Die Schmerzen werden immer schwächer", null],
  ["Die Massage hat mir gut gefallen", null],
  ["Ich bin mit den Übungen zurückgefallen", null],
  ["Das bringt mich um", null],
  ["Ich sterbe vor Lust auf Schokolade", null],
  ["Kopfschmerzen schlimmer als gestern", null],
  ["Brustwirbelsäule verspannt", null],
  ["Halsschmerzen und Fieber", null],
  ["Mein Ohr ist taub", null],
  ["Nichtsteroidale Antirheumatika genommen", null],
  ["Kortisonspritze in die Schulter bekommen", null],
  ["Es ist mir schwer gefallen", null],
  ["Nachts zweimal aufgewacht", null],
  ["Bin 60 Minuten spazieren gegangen, neuer Rekord", null],
  ["Gute Sitzung, fühle mich entspannt", null],
];

const ids = (text: string, lang: Lang): string[] => scanNote(text, lang).map((h) => h.cueId);

describe.each([
  ["en", EN],
  ["de", DE],
] as const)("scanNote table (%s)", (lang, rows) => {
  it("has at least 40 phrases, with negations and near misses", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter(([, id]) => id === null).length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows.map(([text, id]) => [text, id] as const))("%s → %s", (text, id) => {
    const hits = scanNote(text, lang);
    if (id === null) {
      expect(hits).toEqual([]);
    } else {
      const cue = cueById(id) as Cue;
      expect(hits[0]).toEqual({ cueId: id, group: cue.group });
      expect(hits.map((h) => h.cueId)).toEqual([id]);
    }
  });

  it("reaches every cue id", () => {
    const reached = new Set(rows.map(([, id]) => id).filter((id) => id !== null));
    expect(CUE_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe("scanNote behaviour", () => {
  it("is case-, accent- and zero-width-insensitive", () => {
    expect(ids("NUMBNESS IN MY GROIN", "en")).toEqual(["saddle_numbness"]);
    expect(ids("ｎｕｍｂｎｅｓｓ in my groin", "en")).toEqual(["saddle_numbness"]);
    expect(ids("sui\u200Bcidal thoughts", "en")).toEqual(["self_harm"]);
    expect(ids("Numb\u00ADness in my leg", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("chest\u00A0pain", "en")).toEqual(["chest_pain_breathless"]);
    expect(ids("I’m short of breath", "en")).toEqual(["chest_pain_breathless"]);
    expect(ids("I can’t pee", "en")).toEqual(["urine_retention"]);
    expect(ids("RÜCKENSCHMERZEN UND FIEBER", "de")).toEqual(["back_pain_fever"]);
    expect(ids("Rueckenschmerzen und Fieber", "de")).toEqual(["back_pain_fever"]);
    expect(ids("Ruckenschmerzen und Fieber", "de")).toEqual(["back_pain_fever"]);
    expect(ids("Meine Beine werden immer schwa\u0308cher", "de")).toEqual(["progressive_weakness"]);
    expect(ids("Meine Beine werden immer schwaecher", "de")).toEqual(["progressive_weakness"]);
    expect(ids("Kribbeln im FUSS", "de")).toEqual(["nerve_symptoms"]);
    expect(ids("Kribbeln im Fuß", "de")).toEqual(["nerve_symptoms"]);
    expect(ids("Tau\u200Dbheit im Schritt", "de")).toEqual(["saddle_numbness"]);
    expect(ids("Brustschmerzen", "de")).toEqual(ids("BRUSTSCHMERZEN", "de"));
  });

  it("negation does not cross sentence punctuation, 'but'/'aber' or 'and'/'und'", () => {
    expect(ids("No fever. My legs are numb", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("Not much sleep but my foot is numb", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("No fever and numbness in my foot", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("Kein Fieber. Das Bein ist taub", "de")).toEqual(["nerve_symptoms"]);
    expect(ids("Nicht viel geschlafen, aber das Bein ist taub", "de")).toEqual(["nerve_symptoms"]);
    expect(ids("Kein Fieber und Kribbeln im Fuß", "de")).toEqual(["nerve_symptoms"]);
  });

  it("negation reaches only a few words", () => {
    expect(ids("I have no idea why my leg is numb", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("Not a great week overall, the leg went numb", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("Keine Ahnung, warum mein Bein taub ist", "de")).toEqual(["nerve_symptoms"]);
  });

  it("'never … like this' is not a negation", () => {
    expect(ids("I've never had numbness like this", "en")).toEqual(["nerve_symptoms"]);
    expect(ids("So starke Brustschmerzen hatte ich noch nie", "de")).toEqual(["chest_pain_breathless"]);
  });

  it("a symptom that is itself a negation still fires", () => {
    expect(ids("I cannot pass urine", "en")).toEqual(["urine_retention"]);
    expect(ids("I have no bladder control", "en")).toEqual(["bladder_bowel"]);
    expect(ids("Ich kann nicht mehr urinieren", "de")).toEqual(["urine_retention"]);
    expect(ids("Keine Blasenkontrolle mehr", "de")).toEqual(["bladder_bowel"]);
  });

  it("self-harm wording fires even when negated (crisis line shown; idioms excluded)", () => {
    expect(ids("no suicidal thoughts", "en")).toEqual(["self_harm"]);
    expect(ids("keine Suizidgedanken", "de")).toEqual(["self_harm"]);
    expect(ids("I'm dying to know if this works", "en")).toEqual([]);
  });

  it("reports several cues once each, urgent first", () => {
    const hits = scanNote("I take warfarin. Chest pain again today, and more chest pain tonight", "en");
    expect(hits).toEqual([
      { cueId: "chest_pain_breathless", group: "urgent" },
      { cueId: "blood_thinners", group: "see_clinician" },
    ]);
    expect(ids("Ich bin schwanger und habe ein Blutgerinnsel und bin gestürzt", "de")).toEqual([
      "after_fall_injury",
      "clot_at_site",
      "pregnancy",
    ]);
  });

  it("drops a cue covered by a more urgent one, keeps a separate mention", () => {
    expect(ids("numbness in my groin", "en")).toEqual(["saddle_numbness"]);
    expect(ids("numbness in my groin and tingling in my foot", "en")).toEqual(["saddle_numbness", "nerve_symptoms"]);
    expect(ids("Headache, fever and stiff neck", "en")).toEqual(["headache_fever_stiff_neck"]);
    expect(ids("Headache with numbness in my face", "en")).toEqual(["headache_neuro"]);
  });

  it("multi-part cues need every part, each unnegated", () => {
    expect(ids("I have a fever", "en")).toEqual([]);
    expect(ids("Headache, no fever, stiff neck", "en")).toEqual([]);
    expect(ids("Headache today. Later a fever and my neck is stiff", "en")).toEqual(["headache_fever_stiff_neck"]);
  });

  it("returns nothing for empty or whitespace notes", () => {
    expect(scanNote("", "en")).toEqual([]);
    expect(scanNote(" \n\u200B ", "de")).toEqual([]);
  });

  it("never throws, stays fast, and returns unique ids in group order (property)", () => {
    const words = fc.constantFrom(
      "no", "not", "kein", "nicht", "but", "aber", "numb", "taub", "fever", "Fieber", "back", "Rücken", "pain",
      "headache", "Kopfschmerzen", "chest", "Brust", "fell", "asleep", "cold", "Kälte", ".", ",", "I", "ich", "\u200B",
    );
    const notes = fc.oneof(fc.string({ maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(" ")));
    fc.assert(
      fc.property(notes, fc.constantFrom<Lang>("en", "de"), (note, lang) => {
        const t0 = performance.now();
        const hits = scanNote(note, lang);
        expect(performance.now() - t0).toBeLessThan(200);
        const hitIds = hits.map((h) => h.cueId);
        expect(new Set(hitIds).size).toBe(hitIds.length);
        const ranks = hits.map((h) => CUE_GROUP_ORDER.indexOf(h.group));
        expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      }),
      { numRuns: 300 },
    );
  });

  it("a 1000-character note is scanned quickly", () => {
    const note = "numb numb no fever but back pain and ".repeat(28).slice(0, 1000);
    const t0 = performance.now();
    scanNote(note, "en");
    scanNote(note, "de");
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("normalizeText", () => {
  it("folds case, accents, ß, zero-width chars and whitespace", () => {
    expect(normalizeText("  Fuß\u200B  ÉTÉ\t\tx ", "en")).toBe("fuss ete x");
    expect(normalizeText("Rücken Ruecken", "de")).toBe("rucken rucken");
    expect(normalizeText("a\r\n\n b", "en")).toBe("a\nb");
  });
});

describe("cue data", () => {
  it("covers the cue list: 14 urgent, 3 no-massage-area, 11 see-clinician cues", () => {
    expect(cuesInGroup("urgent")).toHaveLength(14);
    expect(cuesInGroup("no_massage_area")).toHaveLength(3);
    expect(cuesInGroup("see_clinician")).toHaveLength(11);
    expect(new Set(CUE_IDS).size).toBe(CUES.length);
    expect([...CUE_GROUP_ORDER].sort()).toEqual([...CUE_GROUPS].sort());
  });

  it("has snake_case ids, unique screen order per group, crisis only for self-harm", () => {
    for (const g of CUE_GROUP_ORDER) {
      const orders = cuesInGroup(g).map((c) => c.screenOrder);
      expect(new Set(orders).size).toBe(orders.length);
    }
    for (const c of CUES as readonly Cue[]) {
      expect(c.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(c.crisis === true).toBe(c.id === "self_harm");
    }
  });

  it("every pattern compiles, has both languages, and never matches an empty note", () => {
    for (const c of CUES as readonly Cue[]) {
      for (const lang of ["en", "de"] as const) {
        expect(c.patterns[lang].length, `${c.id} ${lang}`).toBeGreaterThan(0);
        const sources = [
          ...c.patterns[lang].flatMap((p) => (typeof p === "string" ? [p] : "near" in p ? [...p.near, ...(p.context ?? [])] : [...p])),
          ...(c.unless?.[lang] ?? []),
        ];
        for (const src of sources) {
          const re = new RegExp(`\\b(?:${src})\\b`);
          expect(re.test(""), `${c.id}: ${src}`).toBe(false);
          expect(re.test(" "), `${c.id}: ${src}`).toBe(false);
        }
      }
    }
  });
});

describe("locale files", () => {
  const keys = (lang: Lang): Set<string> => {
    const text = readFileSync(new URL(`../../../locales/${lang}.ftl`, import.meta.url), "utf8");
    return new Set([...text.matchAll(/^(cue-[a-z0-9_-]+) =/gm)].map((m) => m[1]));
  };

  it.each(["en", "de"] as const)("%s has cue-<id> for every cue and the group title/question", (lang) => {
    const k = keys(lang);
    expect(CUE_IDS.filter((id) => !k.has(`cue-${id}`))).toEqual([]);
    for (const g of CUE_GROUP_ORDER) {
      expect(k.has(`cue-group-${g}-title`), g).toBe(true);
      expect(k.has(`cue-group-${g}-question`), g).toBe(true);
    }
  });

  it("both languages have the same cue keys, and no stray cue ids", () => {
    const en = keys("en");
    const de = keys("de");
    expect([...en].sort()).toEqual([...de].sort());
    const known = new Set<string>([
      ...[...CUE_IDS, ...RULE_CUE_IDS].map((id) => `cue-${id}`),
      ...CUE_GROUP_ORDER.flatMap((g) => [`cue-group-${g}-title`, `cue-group-${g}-question`]),
    ]);
    expect([...en].filter((k) => !known.has(k))).toEqual([]);
  });
});
