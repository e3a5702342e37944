/**
 * Old buttons, replayed confirmations and forged input, each answered clearly and changing nothing
 * it should not: a 0-10 button after a switch to 0-100, an impossible date in a button, "-0",
 * a message from someone else in a private chat, an /endtrial "Yes" tapped twice or after a new
 * block, and update ids that are not safe integers.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import pino from "pino";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { makePlan } from "../support/trial-fixtures.js";
import { createHttpServer } from "../../src/server/http.js";
import { createLogger } from "../../src/logger.js";
import { runTick } from "../../src/scheduler/tick.js";
import { freePort } from "../support/redis.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const PROMPT = "2027-01-04T19:00:00Z";

describe("old buttons", () => {
  it("a 0-10 pain button tapped after the plan switched to 0-100 saves nothing and asks again on the new scale", async () => {
    const { u, plan } = await userWithPlan(h, 61);
    await tickAt(h, dailyJob(h), PROMPT);
    const oldPrompt = u.last()!;
    const eight = oldPrompt.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "8")!.callback_data!;
    await h.deps.stores.plans.save(61, { ...plan, painScale: 100 }, "2027-01-04", h.clock.now());
    u.replies();
    await u.tapData(oldPrompt, eight);
    const text = u.replyText();
    expect(text).toContain("from before your pain scale changed");
    expect(text).toMatch(/0-100/);
    expect(u.last()!.reply_markup!.inline_keyboard!.flat().map((b) => b.text)).toContain("80");
    expect(await h.deps.stores.entries.get(61, "2027-01-04")).toBeNull();
    await u.tap("80"); // the new button works
    expect((await h.deps.stores.entries.get(61, "2027-01-04"))?.pain).toBe(80);
  });

  it("a button with an impossible date gets the expired-button reply, not an apology", async () => {
    const { u } = await userWithPlan(h, 62);
    await tickAt(h, dailyJob(h), PROMPT);
    const prompt = u.last()!;
    u.replies();
    for (const forged of ["cp:2026-02-30:4:0:10", "cp:2027-13-01:4:0:10", "cd:2027-02-29"]) {
      await u.tapData(prompt, forged);
      const text = u.replyText();
      expect(text, forged).toContain("This question has expired");
      expect(text, forged).not.toContain("something went wrong");
    }
  });

  it("pain typed as -0 is saved and shown as 0", async () => {
    const { u } = await userWithPlan(h, 63);
    await tickAt(h, dailyJob(h), PROMPT);
    u.replies();
    await u.send("-0");
    const text = u.replyText();
    expect(text).toContain("Saved: pain 0/10");
    expect(text).not.toContain("-0");
    expect(Object.is((await h.deps.stores.entries.get(63, "2027-01-04"))?.pain, 0)).toBe(true);
  });
});

describe("forged updates", () => {
  it("a message in a private chat from another user is ignored: nothing is sent to either", async () => {
    const victim = await h.consentedUser({ id: 64 });
    await h.deps.stores.plans.save(64, makePlan({ firstSession: "2027-01-11" }), "2027-01-04", h.clock.now());
    const attacker = h.user({ id: 65 });
    victim.replies();
    await h.bot.handleUpdate({
      update_id: h.api.nextUpdateId(),
      message: {
        message_id: 99,
        date: 0,
        chat: { id: 64, type: "private", first_name: "V" },
        from: { id: 65, is_bot: false, first_name: "M" },
        text: "/export",
        entities: [{ type: "bot_command", offset: 0, length: 7 }],
      },
    });
    expect(victim.replies()).toEqual([]);
    expect(attacker.replies()).toEqual([]);
  });

  it("update ids that are not safe, non-negative integers are refused with 400", async () => {
    const port = await freePort();
    const handled: number[] = [];
    const s = createHttpServer({ port, host: "127.0.0.1", health: async () => true, webhook: { path: "/hook", secret: "s".repeat(20), handle: async (u) => void handled.push(u.update_id) } });
    await s.listen();
    try {
      const post = (body: string) =>
        fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s".repeat(20) }, body }).then((r) => r.status);
      for (const id of ["1e309", "-1", "1.5", "9007199254740993", '"7"']) expect(await post(`{"update_id":${id}}`), id).toBe(400);
      expect(await post(`{"update_id":7}`)).toBe(200);
      expect(handled).toEqual([7]);
    } finally {
      await new Promise((r) => s.server.close(r));
    }
  });
});

describe("/endtrial confirmation", () => {
  it("its Yes works once; a replay, or an old Yes after a new block, ends nothing", async () => {
    const { u, plan } = await userWithPlan(h, 66);
    await u.send("/endtrial");
    const confirm = u.last()!;
    const yes = confirm.reply_markup!.inline_keyboard!.flat()[0].callback_data!;
    await u.tapData(confirm, yes);
    expect(await h.deps.stores.reports.ended(66)).not.toBeNull();
    // a new block starts; the old confirmation is tapped again
    await h.deps.stores.reports.clearEnded(66);
    await h.deps.stores.plans.save(66, plan, "2027-01-04", h.clock.now());
    u.replies();
    await u.tapData(confirm, yes);
    expect(u.replyText()).toContain("This question has expired");
    expect(await h.deps.stores.reports.ended(66)).toBeNull();
  });
});

describe("scheduler logs", () => {
  it("carry hashed user ids, never the Telegram id", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", [], pino.multistream([{ stream: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }), level: "info" }]));
    await userWithPlan(h, 987654321);
    h.api.block(987654321);
    h.clock.set(PROMPT);
    const job = dailyJob(h);
    await runTick({ store: h.deps.stores.schedule, clock: h.clock, send: (id, due) => job.send(id, due), logger });
    expect(lines.join("")).toContain("user blocked the bot");
    expect(lines.join("")).not.toContain("987654321");
  });
});
