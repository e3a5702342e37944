import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createHarness, type Harness } from "../../../support/harness.js";
import { ManualClock } from "../../../../src/clock.js";
import { syntheticTrial } from "../../../support/trial-fixtures.js";
import { syntheticAfter } from "../../../../src/local/synthetic.js";
import { readPdf } from "../../../support/pdf-text.js";
import { datesIn } from "../../../../src/trial/time/calendar.js";
import { loadPhases } from "../../../../src/bot/features/reports/phase-load.js";
import { phaseSummaryFor } from "../../../../src/trial/phases/summary.js";
import { phaseSummaryText } from "../../../../src/bot/features/reports/phase-text.js";
import { translatorFor } from "../../../../src/bot/ui/translate.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";

/** Block 1: baseline Feb 24 – Mar 2, six weeks Mar 3 – Apr 13 (12 sessions), pain 6.3 → 2.7. */
const BLOCK1_REPORT = "2025-04-14";
/** Block 2 starts the day after block 1 with 3 wash-in days; 4 counted weeks take it to May 14. */
const BLOCK2_END = "2025-05-14";

function promptTime(date: string): Date {
  return DateTime.fromISO(`${date}T20:01`, { zone: "Europe/Berlin" }).toJSDate();
}

function text(m: BotMessage): string {
  return m.text ?? m.caption ?? "";
}

/** pdf.js splits text into runs; a phrase may wrap onto the next line. */
function flat(s: string): string {
  return s.replace(/\s+/g, " ");
}

describe("block 2's reports name its baseline: the last week of block 1, not the week before the first session", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(promptTime("2025-02-25")) });
  });

  afterEach(async () => {
    await h.close();
  });

  /** A finished "responder" block 1, then "another block with changes" and block 2's answers. */
  async function inBlock2(id: number): Promise<ChatUser> {
    const user = await h.consentedUser({ id });
    const trial = syntheticTrial("responder", 3);
    await h.deps.stores.plans.save(id, trial.plan, "2025-02-24", h.clock.now());
    for (const e of trial.entries) await h.deps.stores.entries.save(id, e);
    h.clock.set(promptTime(BLOCK1_REPORT));
    await user.send("/summary final");
    expect(user.replies().map(text).join("\n")).toMatch(/6\.3 in your baseline week .*→ 2\.7 in the last week \(Apr 7 – Apr 13/);
    await user.tap("🔁 Another block with changes");
    user.replies();
    await user.send("45");
    await user.send("3");
    await user.tap("No fixed days");
    await user.send("4");
    await user.tap("Moderate");
    user.replies();
    await user.tap("✓ Looks right");
    expect(user.replyText()).toContain("Your plan is updated");
    for (const e of syntheticAfter("responder", 3, datesIn({ start: BLOCK1_REPORT, end: BLOCK2_END }), 2)) await h.deps.stores.entries.save(id, e);
    return user;
  }

  async function pdfText(user: ChatUser): Promise<{ text: string; pages: number }> {
    await user.send("/report");
    const doc = user.replies().find((m) => m.method === "sendDocument");
    expect(doc).toBeDefined();
    const content = await readPdf(doc!.document!.data);
    return { text: flat(content.text), pages: content.pages };
  }

  async function german(user: ChatUser): Promise<void> {
    await user.send("/language");
    await user.tap("Deutsch");
    user.replies();
  }

  it("/summary titles the baseline as block 1's last week, and the end-of-block report says the same (en, de)", async () => {
    const user = await inBlock2(7901);
    h.clock.set(promptTime("2025-04-30"));
    await user.send("/summary");
    const summary = user.replies().map(text).join("\n");
    expect(summary).toContain("<b>Baseline</b>: the last week of block 1 (Apr 7 – Apr 13)");
    expect(summary).not.toContain("before the first session");
    h.clock.set(promptTime("2025-05-15"));
    await user.send("/summary final");
    expect(user.replies().map(text).join("\n")).toMatch(/: 2\.7 in the last week of block 1 \(7 days\) → [\d.]+ in the last week \(May 8 – May 14, 7 days\)/);

    await german(user);
    h.clock.set(promptTime("2025-04-30"));
    await user.send("/summary");
    const de = user.replies().map(text).join("\n");
    expect(de).toContain("<b>Ausgangswoche</b>: die letzte Woche von Block 1 (7. Apr. – 13. Apr.)");
    expect(de).not.toContain("vor der ersten Behandlung");
    h.clock.set(promptTime("2025-05-15"));
    await user.send("/summary final");
    expect(user.replies().map(text).join("\n")).toMatch(/: 2,7 in der letzten Woche von Block 1 \(7 Tage\) → [\d,]+ in der letzten Woche \(8\. Mai – 14\. Mai, 7 Tage\)/);
  });

  it("the one-page PDF names block 2, its baseline, and the original baseline with block 1's result from the phase comparison (en, de)", async () => {
    const user = await inBlock2(7902);
    h.clock.set(promptTime("2025-05-15"));
    const page = await pdfText(user);
    expect(page.pages).toBe(1);
    expect(page.text).toContain("Patient · block 2 of the trial: Apr 14, 2025 – May 14, 2025 · its baseline is the last week of block 1: Apr 7, 2025 – Apr 13, 2025");
    expect(page.text).not.toContain("baseline week Apr 7");
    // Where the trial started and what block 1 did, in the numbers of the chat's phase comparison.
    const phases = (await loadPhases(h.deps, 7902))!;
    const chat = phaseSummaryText(translatorFor("en"), phaseSummaryFor(phases.trial.analysis.plan, phases.trial.entries, phases.spans, phases.trial.paused), 10, "en");
    const block1 = /Block 1, last week against the baseline: (.+)/.exec(chat)![1];
    expect(block1).toMatch(/^−[\d.]+ \(95 % interval −[\d.]+ to [−+]?[\d.]+\)$/);
    expect(page.text).toContain(
      `Before block 2: pain 6.3 at the original baseline (Feb 24, 2025 – Mar 2, 2025; 7 days) → 2.7 in the last week of block 1 (Mar 3, 2025 – Apr 13, 2025, 12 sessions; 7 days): ${block1} against the original baseline (negative = less pain).`,
    );
    expect(page.text).toContain("Baseline = last week of block 1, Apr 7 – Apr 13 2.7 7");
    expect(page.text).toMatch(/Pain \(0-10, lower is better\): baseline \(last week of block 1\) 2\.7 → last week [\d.]+:/);

    await german(user);
    const de = await pdfText(user);
    expect(de.pages).toBe(1);
    expect(de.text).toContain("Block 2 des Versuchs: 14. Apr. 2025 – 14. Mai 2025 · seine Ausgangswoche ist die letzte Woche von Block 1: 7. Apr. 2025 – 13. Apr. 2025");
    expect(de.text).toContain(
      `Vor Block 2: Schmerz 6,3 in der ursprünglichen Ausgangswoche (24. Feb. 2025 – 2. März 2025; 7 Tage) → 2,7 in der letzten Woche von Block 1 (3. März 2025 – 13. Apr. 2025, 12 Behandlungen; 7 Tage): ${block1.replace(/\./g, ",").replace("95 % interval", "95-%-Intervall").replace(" to ", " bis ")} gegenüber der ursprünglichen Ausgangswoche (negativ = weniger Schmerz).`,
    );
    expect(de.text).toContain("Ausgangswoche = letzte Woche von Block 1, 7. Apr. – 13. Apr.");
    expect(de.text).toMatch(/Ausgangswert \(letzte Woche von Block 1\) 2,7 → letzte Woche [\d,]+:/);
  });
});
