import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HttpError } from "grammy";
import { telegramRetry } from "../../src/bot/telegram-retry.js";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";

type Res = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

/** Runs the transformer over a scripted sequence of answers; records the waits. */
async function drive(script: (Res | "network")[], opts: Parameters<typeof telegramRetry>[0] = {}) {
  const waits: number[] = [];
  let calls = 0;
  const t = telegramRetry({ ...opts, sleep: async (ms) => void waits.push(ms) });
  const prev = async () => {
    const step = script[Math.min(calls++, script.length - 1)];
    if (step === "network") throw new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET"));
    return step;
  };
  let outcome: unknown;
  try {
    outcome = await t(prev as never, "sendMessage", { chat_id: 1, text: "x" } as never);
  } catch (err) {
    outcome = err;
  }
  return { outcome, waits, calls };
}

const ok: Res = { ok: true, result: true };
const e429 = (s: number): Res => ({ ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: s } });
const e500: Res = { ok: false, error_code: 502, description: "Bad Gateway" };

describe("telegramRetry", () => {
  it("honours retry_after exactly", async () => {
    const r = await drive([e429(3), e429(1), ok]);
    expect(r.outcome).toEqual(ok);
    expect(r.waits).toEqual([3000, 1000]);
  });

  it("retries 5xx and network errors with exponential backoff", async () => {
    const r = await drive([e500, "network", e500, ok]);
    expect(r.outcome).toEqual(ok);
    expect(r.waits).toEqual([1000, 2000, 4000]);
  });

  it("gives up after a bounded number of retries — network errors included", async () => {
    const five = await drive([e500]);
    expect(five.calls).toBe(5);
    expect(five.outcome).toEqual(e500);
    const net = await drive(["network"]);
    expect(net.calls).toBe(5);
    expect(net.outcome).toBeInstanceOf(HttpError);
    expect(net.waits).toEqual([1000, 2000, 4000, 8000]);
    const capped = await drive(["network"], { maxRetries: 8, baseDelayMs: 10_000, maxDelayMs: 30_000 });
    expect(Math.max(...capped.waits)).toBe(30_000);
  });

  it("does not retry 400/403, nor a 429 asking for longer than the limit", async () => {
    for (const res of [
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } as Res,
      { ok: false, error_code: 400, description: "Bad Request: chat not found" } as Res,
      e429(3600),
    ]) {
      const r = await drive([res, ok]);
      expect(r.outcome).toEqual(res);
      expect(r.calls).toBe(1);
    }
  });
});

describe("Telegram faults through the real bot", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("a 429 on a reply is waited out and the reply arrives", async () => {
    const u = await h.consentedUser({ id: 1 });
    h.api.injectFault({ method: "sendMessage", chatId: 1, error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    const started = Date.now();
    await u.send("/help");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(u.replyText()).toContain("What I can do");
    const calls = h.api.calls.filter((c) => c.chatId === 1 && c.method === "sendMessage").slice(-2);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it("a 5xx is retried after a backoff and the reply arrives once", async () => {
    const u = await h.consentedUser({ id: 2 });
    h.api.injectFault({ method: "sendMessage", chatId: 2, error_code: 500, description: "Internal Server Error" });
    await u.send("/help");
    const replies = u.replies();
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toContain("What I can do");
  });

  it("403 (blocked) marks the user inactive — on a reply and on a scheduled prompt", async () => {
    const { u } = await userWithPlan(h, 3);
    h.api.block(3);
    await u.send("/help");
    expect(await h.deps.stores.profiles.get(3)).toMatchObject({ active: false, inactiveSince: "2027-01-04T08:00:00.000Z" });

    const { u: v } = await userWithPlan(h, 4);
    h.api.block(4);
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    expect((await h.deps.stores.profiles.get(4))?.active).toBe(false);
    expect(await h.deps.stores.schedule.dueScore(4)).toBeNull();
    expect(v.replies()).toEqual([]);

    // Coming back with /start makes them active again.
    h.api.unblock(3);
    await u.send("/start");
    expect((await h.deps.stores.profiles.get(3))?.active).toBe(true);
  });
});
