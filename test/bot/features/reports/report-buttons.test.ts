/**
 * The choices under an end-of-block report follow its outcome: a stop offers no new block and no
 * extension (see a clinician; end the trial), a no-go offers a changed block or ending (not more
 * weeks of the same), and "not enough data" offers the extension first. A button from an older
 * keyboard that the outcome no longer offers is answered, not carried out.
 */
import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import type { Scheduler } from "../../../../src/scheduler/scheduler.js";
import {
  BASELINE_START,
  FINAL_DAY,
  FIRST,
  enrol,
  phaseHarnessPerTest,
  promptTime,
  runDays,
  text,
  thinLastWeek,
  type PhaseParticipant,
} from "../../../support/phase-trial.js";
import { addDays } from "../../../../src/trial/time/calendar.js";
import { cuesInGroup } from "../../../../src/trial/safety/cues.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";

const BLOCK_END = addDays(FINAL_DAY, -1);
const END = BLOCK_END.replaceAll("-", "");
const VIEWS = ["📋 Details", "📚 What studies say"];

describe("the buttons under an end-of-block report follow its outcome", () => {
  let h: Harness;
  let scheduler: Scheduler;
  phaseHarnessPerTest((run) => ({ h, scheduler } = run));

  /** The report day's tick: the end-of-block report and its buttons. */
  async function report(p: PhaseParticipant): Promise<{ text: string; message: BotMessage; buttons: string[] }> {
    h.clock.set(promptTime(FINAL_DAY));
    await scheduler.runOnce();
    const sent = p.user.replies();
    const message = sent.filter((m) => m.reply_markup?.inline_keyboard?.flat().some((b) => b.text === "📋 Details")).at(-1)!;
    return { text: sent.map(text).join("\n"), message, buttons: message.reply_markup!.inline_keyboard!.flat().map((b) => b.text) };
  }

  async function planVersions(id: number): Promise<number> {
    const read = await h.deps.stores.plans.read(id);
    return read.status === "ok" ? read.versions.length : 0;
  }

  it("no-go: another block with changes, or end — no week more of the same, and an older “extend” tap does not extend", async () => {
    const p = await enrol(h, "non_responder", 9911, 9401);
    await runDays(h, scheduler, p, BASELINE_START, addDays(FINAL_DAY, -1));
    const r = await report(p);
    expect(r.text).toContain("Your numbers did not improve enough");
    expect(r.buttons).toEqual([...VIEWS, "🔁 Another block with changes", "🏁 End the trial"]);

    // A keyboard sent before this one still had "Extend one week".
    await p.user.tapData(r.message, `rp:extend:${END}`);
    const reply = p.user.replyText();
    expect(reply).toContain("Extending would be more of the same");
    expect(reply).not.toContain("the block now has 7 weeks");
    expect(await planVersions(9911)).toBe(1);
  }, 240_000);

  it("stop at the block's end: no new block and no extension, a clinician first; an older “another block” tap opens no plan", async () => {
    const p = await enrol(h, "non_responder", 9912, 9401);
    await runDays(h, scheduler, p, BASELINE_START, addDays(FINAL_DAY, -1));
    // An urgent cue during the block, for which the user has been seen the same day.
    const at = `${addDays(FIRST, 30)}T09:00:00.000Z`;
    await h.deps.stores.safety.add(9912, {
      cueId: cuesInGroup("urgent")[0].id,
      group: "urgent",
      date: addDays(FIRST, 30),
      at,
      source: "button",
      status: "seen",
      resolvedAt: at,
    });
    const r = await report(p);
    expect(r.text).toContain("Result: stop and get checked.");
    expect(r.buttons).toEqual([...VIEWS, "🏁 End the trial"]);

    await p.user.tapData(r.message, `rp:block:${END}`);
    const reply = p.user.replyText();
    expect(reply).toContain("ended with a stop");
    expect(reply).not.toContain("Let's plan the next block");
    expect(await h.deps.stores.drafts.get(9912)).toBeNull();
  }, 240_000);

  it("not enough data: “Extend one week” comes first", async () => {
    const p = await enrol(h, "non_responder", 9913, 9401);
    await runDays(h, scheduler, p, BASELINE_START, addDays(FINAL_DAY, -1), await thinLastWeek(h, p));
    const r = await report(p);
    expect(r.text).toContain("not enough data");
    expect(r.buttons).toEqual([...VIEWS, "➕ Extend one week", "🔁 Another block with changes", "⏸ Stop massage for 2 weeks and see", "🏁 End the trial"]);
  }, 240_000);
});
