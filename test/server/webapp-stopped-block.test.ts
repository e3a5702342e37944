import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import type { Scheduler } from "../../src/scheduler/scheduler.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { BASELINE_START, enrol, phaseHarness, runDays, text, type PhaseParticipant } from "../support/phase-trial.js";
import { initDataFor, serveWebapp, type WebappServer } from "../support/webapp.js";
import { readPdf } from "../support/pdf-text.js";

/** The "worsening" trial: the second "does not settle" firing ends block 1 with the stop on Mar 13. */
const STOPPED_ON = "2025-03-13";
const ID = 7501;

/** pdf.js splits text into runs; a phrase may wrap onto the next line. */
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("the Mini App after the safety stop ended the block", () => {
  let h: Harness;
  let scheduler: Scheduler;
  let s: WebappServer;
  let p: PhaseParticipant;
  /** The chat's end-of-block report (`/summary final`) the next day, with every day of the block in. */
  let chatReport: string;

  beforeAll(async () => {
    ({ h, scheduler } = await phaseHarness());
    p = await enrol(h, "worsening", ID, 9921);
    await runDays(h, scheduler, p, BASELINE_START, STOPPED_ON);
    h.clock.set(new Date("2025-03-14T19:30:00Z"));
    await p.user.send("/summary final");
    chatReport =
      p.user
        .replies()
        .map(text)
        .find((m) => m.includes("End-of-block report")) ?? "";
    s = await serveWebapp(h);
  }, 120_000);

  afterAll(async () => {
    await s?.close();
    await scheduler?.stop();
    await h?.close();
  });

  const auth = (lang = "en") => ({ authorization: `tma ${initDataFor(h, ID, 0, lang)}` });
  const view = async (): Promise<TrialView> => (await fetch(`${s.url}/app/api/trial`, { headers: auth() })).json() as Promise<TrialView>;
  const edit = (body: unknown) =>
    fetch(`${s.url}/app/api/entry`, { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: JSON.stringify(body) });

  it("shows the pain of the same week as the chat's report (the latest with scores), in the decision card and on the clinician page", async () => {
    // The chat: week 2 (Mar 10 – Mar 13), not the last 7 days that reach back into week 1.
    expect(chatReport).toContain("to 7.5 in week 2 (Mar 10 – Mar 13, 4 days), the last week with scores — 5.5 points worse");

    const v = await view();
    expect(v.decision.stopped).toBe(true);
    expect(v.decision.numbers).toEqual([
      "Baseline mean pain: 2 / 10",
      "Mean pain in week 2 (Mar 10 – Mar 13, 4 days), the last week with scores: 7.5 / 10",
      "Change: ↗ 5.5 points worse than your baseline (+275 %)",
    ]);
    // The summary card says the same.
    expect(v.summary).toContain("Pain: 7.5/10 on average, from 4 of 7 days\n↗ 5.5 points worse than your baseline (+275 %)");

    const res = await fetch(`${s.url}/app/api/report`, { method: "POST", headers: { ...auth(), "content-type": "application/json" }, body: '{"send":"file"}' });
    expect(res.status).toBe(200);
    const page = flat((await readPdf(Buffer.from(await res.arrayBuffer()))).text);
    expect(page).toContain("baseline 2.0 → 7.5 in week 2 (Mar 10 – Mar 13, 4 days; the last week with scores): 5.5 points worse (pain +275 %).");
    expect(page).not.toMatch(/last week 6[.,]9|4[.,]9 points worse/);
  });

  it("does not offer the days after the stop for editing, and refuses an edit of one in the user's language", async () => {
    const days = new Map((await view()).days.map((d) => [d.date, d]));
    expect(days.get(STOPPED_ON)!.editable).toBe(true);
    expect(days.get("2025-03-14")!.editable).toBe(false);

    const before = await h.deps.stores.entries.get(ID, "2025-03-14");
    const refused = await edit({ date: "2025-03-14", pain: 9, marker: null, session: true });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { message: string }).message).toBe(
      "The block ended on Thu, Mar 13, 2025: days after that are no longer part of it and cannot be entered.",
    );
    expect(await h.deps.stores.entries.get(ID, "2025-03-14")).toEqual(before);

    await p.user.send("/language");
    await p.user.tap("Deutsch");
    try {
      const de = await edit({ date: "2025-03-14", pain: 9 });
      expect(de.status).toBe(400);
      expect(((await de.json()) as { message: string }).message).toBe(
        "Der Block endete am Do., 13. März 2025: Tage danach gehören nicht mehr dazu und können nicht eingetragen werden.",
      );
    } finally {
      await p.user.send("/language");
      await p.user.tap("English");
    }
    // The last day of the block itself is still in the /checkin window and can be changed.
    expect((await edit({ date: STOPPED_ON, marker: 21 })).status).toBe(200);
  });

  it("says that no daily questions come after the stop (no schedule is left), in English and German", async () => {
    expect(await h.deps.stores.schedule.get(ID)).toBeNull();
    expect((await view()).plan[1]).toBe("No daily questions: they stopped when the block ended with the safety stop on Thu, Mar 13, 2025.");
    await p.user.send("/language");
    await p.user.tap("Deutsch");
    try {
      const de = (await (await fetch(`${s.url}/app/api/trial`, { headers: auth("de") })).json()) as TrialView;
      expect(de.plan[1]).toBe("Keine täglichen Fragen: Sie endeten, als der Block am Do., 13. März 2025 mit dem Sicherheitsstopp endete.");
    } finally {
      await p.user.send("/language");
      await p.user.tap("English");
    }
  });
});
