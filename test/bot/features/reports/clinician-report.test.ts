import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync, mkdirSync } from "node:fs";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { syntheticTrial, type SyntheticProfile } from "../../../support/trial-fixtures.js";
import { readPdf } from "../../../support/pdf-text.js";
import { decisionAt, loadTrial, reportScope } from "../../../../src/bot/features/reports/service.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import { outcomeLine } from "../../../../src/bot/features/reports/final.js";
import { clinicianReport, plain } from "../../../../src/bot/features/reports/clinician.js";
import { PAGE_VOICE, pageMarkerName } from "../../../../src/bot/features/reports/clinician-voice.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";

const FIRST = "2025-03-03";

function promptTime(date: string): Date {
  return DateTime.fromISO(`${date}T20:01`, { zone: "Europe/Berlin" }).toJSDate();
}

const oneDecimal = (value: number) => value.toFixed(1);

/** REPORT_PNG_DIR=… keeps the rendered pages to look at. */
function keep(name: string, pdf: Buffer, png: Buffer): void {
  const dir = process.env.REPORT_PNG_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}.pdf`, pdf);
  writeFileSync(`${dir}/${name}.png`, png);
}

/** pdf.js splits text into runs; a phrase may wrap onto the next line. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("/report: the one-page clinician report", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(promptTime("2025-02-25")) });
  });

  afterEach(async () => {
    await h.close();
  });

  async function userWith(id: number, profile: SyntheticProfile, today: string, seed = 3, opts: { languageCode?: string; until?: string } = {}): Promise<ChatUser> {
    const user = await h.consentedUser({ id, languageCode: opts.languageCode });
    const trial = syntheticTrial(profile, seed, FIRST);
    await h.deps.stores.plans.save(id, trial.plan, "2025-02-24", h.clock.now());
    const until = opts.until ?? today;
    for (const entry of trial.entries) if (entry.date <= until) await h.deps.stores.entries.save(id, entry);
    h.clock.set(promptTime(today));
    return user;
  }

  function files(replies: BotMessage[]) {
    const doc = replies.find((m) => m.method === "sendDocument");
    const photo = replies.find((m) => m.method === "sendPhoto");
    return { doc, photo };
  }

  it("before the first week is over, says from when it is available", async () => {
    const user = await userWith(7401, "responder", "2025-03-06");
    await user.send("/report");
    const replies = user.replies();
    expect(replies.some((m) => m.method === "sendDocument")).toBe(false);
    expect(replies.map((m) => m.text).join("\n")).toContain("is available from Mon, Mar 10, 2025, once the first trial week is over");
  });

  for (const [i, profile] of (["responder", "partial", "non_responder", "worsening"] as const).entries()) {
    it(`after the block (${profile}): a one-page A4 PDF with the dates, the decision, the numbers, the cues and the disclaimer, and a PNG`, async () => {
      const id = 7410 + i;
      const user = await userWith(id, profile, "2025-04-14");
      await user.send("/report Anna Example");
      const { doc, photo } = files(user.replies());
      expect(doc?.document?.filename).toMatch(/^massage-trial-2025-02-24-2025-0\d-\d\d\.pdf$/);
      expect(photo?.photo?.data.subarray(1, 4).toString()).toBe("PNG");
      const pdf = doc!.document!.data;
      keep(profile, pdf, photo!.photo!.data);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeLessThan(300 * 1024);
      expect(pdf.toString("latin1")).toContain("/Lang (en-GB)");
      const content = await readPdf(pdf);
      expect(content.pages).toBe(1);
      expect(Math.round(content.size.width)).toBe(595);
      expect(Math.round(content.size.height)).toBe(842);
      expect(content.title).toBe("Massage therapy trial: self-tracked results");
      const text = flat(content.text);
      expect(text).toContain("Anna Example");
      expect(text).toContain("baseline week Feb 24, 2025 – Mar 2, 2025");
      expect(text).toContain("Generated on Apr 14, 2025");
      expect(text).toContain("not reviewed in real time".replace("not reviewed", "no one reviews the answers"));

      // The same numbers as /summary final: the analysis cut at the same date.
      const trial = (await loadTrial(h.deps, id))!;
      const { analysis, decision } = decisionAt(trial, reportScope(trial).asOf);
      expect(text).toContain(
        `block Mar 3, 2025 – ${DateTime.fromISO(analysis.calendar.blockEnd).setLocale("en").toLocaleString({ day: "numeric", month: "short", year: "numeric" })}`,
      );
      // A stop names where the pain went, as the chat's report does: the latest week with scores.
      const base = oneDecimal(decision.numbers.baselineMean! / 10);
      const latest = analysis.weeks.at(-1)!;
      expect(text).toContain(
        decision.outcome === "stop"
          ? `baseline ${base} → ${oneDecimal(latest.painMean! / 10)} in week ${latest.index} (`
          : `baseline ${base} → last week ${oneDecimal(decision.numbers.lastWeekMean! / 10)}`,
      );
      for (const week of analysis.weeks) expect(text).toContain(`Week ${week.index} `);
      // The decision in the page's own words (about the patient, not to them).
      const t = translatorFor("en");
      expect(text).toContain(flat(plain(outcomeLine(t, decision, pageMarkerName(t, analysis.plan), PAGE_VOICE))));
      expect(text).toContain("What next:");
      expect(text).toContain("Reactions and safety cues");
      for (const firing of decision.settleFirings) {
        expect(text).toContain(DateTime.fromISO(firing.date).setLocale("en").toLocaleString({ day: "numeric", month: "short", year: "numeric" }) + ":");
      }
      expect(text).toContain("massage beat no treatment by about 29 points");
      expect(text).toContain("Not a medical device; no diagnosis or medical advice.");
    });
  }

  // The page and the chat state the same change: same points, same word, and the percent as the change of pain itself.
  for (const [i, [profile, word, sign]] of (
    [
      ["responder", "better", "−"],
      ["worsening", "worse", "+"],
    ] as const
  ).entries()) {
    it(`the page states the pain change as the chat does (${profile}: ${word}, percent ${sign})`, async () => {
      const id = 7415 + i;
      const user = await userWith(id, profile, "2025-04-14");
      await user.send("/summary final");
      const replies = user.replies();
      await user.tap("📋 Details");
      const chat = flat(plain(user.replyText()));
      const inChat = chat.match(/[↘↗] (\S+ points?) (better|worse) than your baseline \(([−+]?\d+) %\)/);
      expect(inChat).not.toBeNull();
      const text = flat((await readPdf(files(replies).doc!.document!.data)).text);
      // The worsening trial ends with the stop: its line names the latest week with scores, as the chat does.
      const onPage = text.match(/(?:last week \S+|\S+ in week \d+ \([^)]*\)): (\S+ points?) (better|worse) \(pain ([−+]?\d+) %\)/);
      expect(onPage).not.toBeNull();
      expect(onPage!.slice(1)).toEqual(inChat!.slice(1));
      expect(onPage![2]).toBe(word);
      expect(onPage![3].startsWith(sign)).toBe(true);
      // The model estimate names its direction the same way (a stop, like the chat, shows none); no percent on the page has the opposite sign.
      if (profile === "worsening") expect(text).not.toContain("Model estimate");
      else expect(text).toMatch(new RegExp(`Model estimate [^:]+: about \\S+ points? (better|worse) \\(95 % interval \\S+ to \\S+; positive = better\\)`));
      expect(text).not.toContain(`${sign === "−" ? "+" : "−"}${onPage![3].slice(1)} %`);
    });
  }

  it("in German, with the cues and their dates", async () => {
    const id = 7420;
    const user = await userWith(id, "worsening", "2025-04-14");
    await h.deps.stores.safety.add(id, {
      cueId: "nerve_symptoms",
      group: "see_clinician",
      source: "button",
      date: "2025-03-12",
      status: "active",
      at: "2025-03-12T19:00:00.000Z",
    });
    await user.send("/language");
    await user.tap("Deutsch");
    user.replies();
    await user.send("/report");
    const { doc, photo } = files(user.replies());
    expect(photo).toBeDefined();
    const pdf = doc!.document!.data;
    keep("de", pdf, photo!.photo!.data);
    expect(pdf.toString("latin1")).toContain("/Lang (de-DE)");
    const content = await readPdf(pdf);
    expect(content.pages).toBe(1);
    const text = flat(content.text);
    expect(text).toContain("Patient/in");
    // The stop: the latest week with scores, without the model's estimate (as in the chat).
    expect(text).toMatch(/→ \S+ in Woche \d+ \([^)]*; die letzte Woche mit Werten\): \S+ Punkte? schlechter \(Schmerz \+\d+ %\)/);
    expect(text).not.toContain("Modellschätzung");
    expect(text).toContain("Ausgangswoche 24. Feb. 2025 – 2. März 2025");
    expect(text).toContain("Ergebnis und Entscheidung");
    expect(text).toMatch(/Wie geht es weiter|Nächster Schritt|Wie weiter/);
    expect(text).toContain("12. März 2025:");
    expect(text).toContain("Rat: ärztlich abklären lassen");
    expect(text).toContain("Kein Medizinprodukt");
    expect(text).toContain("Massage war um etwa 29 Punkte besser als keine Behandlung");
  });

  // The page speaks about the patient: none of the chat's "you"/"du" may reach it, whatever the outcome.
  const SECOND_PERSON = {
    en: /(?<!\p{L})(you|your|yours|yourself)(?!\p{L})/giu,
    de: /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/giu,
  } as const;
  const CASES: { profile: SyntheticProfile; outcome: string; until?: string; selfHarm?: boolean }[] = [
    { profile: "responder", outcome: "improved" },
    { profile: "non_responder", outcome: "no_go" },
    { profile: "responder", outcome: "not_enough_data", until: "2025-03-31" },
    { profile: "worsening", outcome: "stop" },
    // Thoughts of self-harm are named to the user as "harming yourself"; the page names them its own way.
    { profile: "responder", outcome: "stop", selfHarm: true },
  ];
  for (const lang of ["en", "de"] as const) {
    for (const [i, c] of CASES.entries()) {
      it(`speaks about the patient in the third person, on one page (${lang}, ${c.profile}: ${c.outcome}${c.selfHarm ? ", self-harm" : ""})`, async () => {
        const id = 7440 + (lang === "de" ? 10 : 0) + i;
        const user = await userWith(id, c.profile, "2025-04-14", 3, { languageCode: lang, until: c.until });
        if (c.selfHarm) {
          await h.deps.stores.safety.add(id, { cueId: "self_harm", group: "urgent", source: "note", date: "2025-03-12", status: "seen", at: "2025-03-12T19:00:00.000Z" });
        }
        await user.send("/report");
        const trial = (await loadTrial(h.deps, id))!;
        expect(decisionAt(trial, reportScope(trial).asOf).decision.outcome).toBe(c.outcome);
        const content = await readPdf(files(user.replies()).doc!.document!.data);
        expect(content.pages).toBe(1);
        const text = flat(content.text);
        if (c.selfHarm) expect(text).toContain(lang === "de" ? "Gedanken an Selbstverletzung oder Suizid" : "thoughts of self-harm or suicide");
        if (lang === "de" && c.outcome === "improved") {
          expect(text).toMatch(/Modellschätzung [^:]+: etwa \S+ Punkte? (besser|schlechter) \(95-%-Intervall \S+ bis \S+; positiv = besser\)/);
        }
        expect(text.match(SECOND_PERSON[lang])).toBeNull();
        // The chart's own labels are drawn as outlines: read them from the page as built.
        const { page } = clinicianReport(translatorFor(lang), lang, trial, { generatedOn: "2025-04-14" });
        expect(page.chart.svg.match(SECOND_PERSON[lang])).toBeNull();
        if (lang === "de") {
          // One word for a session ("Behandlung", as in the chat) and one name for the report.
          expect(text).not.toMatch(/Sitzung/);
          expect(text).not.toContain("Bericht zum Blockende");
          expect(text).toContain("Abschlussbericht");
        }
      });
    }
  }

  it("the end-of-block report comes with the PDF and the PNG; /export adds the PDF to CSV and JSON", async () => {
    const user = await userWith(7430, "responder", "2025-04-14");
    await user.send("/summary final");
    const final = user.replies();
    expect(final.map((m) => m.text ?? "").join("\n")).toContain("End-of-block report</b>");
    const { doc, photo } = files(final);
    expect(doc?.document?.filename).toBe("massage-trial-2025-02-24-2025-04-13.pdf");
    expect(photo?.photo?.filename).toBe("massage-trial-2025-02-24-2025-04-13.png");
    // The page follows the chat report: its text comes after the report's own messages.
    expect(final.indexOf(doc!)).toBeGreaterThan(final.findIndex((m) => m.method === "sendMessage"));

    await user.send("/export");
    const names = user
      .replies()
      .filter((m) => m.method === "sendDocument")
      .map((m) => m.document!.filename);
    expect(names).toEqual(["massage-trial-entries-2025-04-14.csv", "massage-trial-data-2025-04-14.json", "massage-trial-2025-02-24-2025-04-13.pdf"]);
  });

  it("an interim /summary final has no page attached, and /export before the first week has no PDF", async () => {
    const user = await userWith(7431, "responder", "2025-03-06");
    await user.send("/export");
    expect(
      user
        .replies()
        .filter((m) => m.method === "sendDocument")
        .map((m) => m.document!.filename.split(".").pop()),
    ).toEqual(["csv", "json"]);
    h.clock.set(promptTime("2025-03-20"));
    await user.send("/summary final");
    expect(user.replies().some((m) => m.method === "sendDocument")).toBe(false);
    await user.send("/report");
    const { doc } = files(user.replies());
    const text = flat((await readPdf(doc!.document!.data)).text);
    expect(text).toContain("Interim report: data up to Mar 20, 2025");
    expect(doc!.document!.filename).toBe("massage-trial-2025-02-24-2025-03-20.pdf");
  });
});
