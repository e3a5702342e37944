/**
 * The bot process dies (SIGKILL) mid-conversation and mid-tick; updates arrive twice.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChildProcess } from "node:child_process";
import type { Update } from "grammy/types";
import type { BotError } from "grammy";
import { UpdateBusyError } from "../../src/bot/middlewares/dedupe.js";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { ChatUser } from "../../src/local/chat-user.js";
import { createHttpServer } from "../../src/server/http.js";
import { cleanPrefix, freePort, sharedRedis, testPrefix } from "../support/redis.js";
import { killHard, sleep, startBotProcess, waitFor } from "../support/bot-process.js";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { keys } from "../../src/store/keys.js";

describe("the bot process killed mid-conversation", () => {
  let child: ChildProcess | undefined;
  let api: FakeBotApi | undefined;
  const prefix = testPrefix("restart");
  afterEach(async () => {
    child?.kill("SIGKILL");
    await api?.stop();
    const r = sharedRedis();
    await cleanPrefix(r, prefix);
    r.disconnect();
  });

  const startBot = () => startBotProcess(api!, prefix);

  it("after a SIGKILL and a restart the setup conversation resumes where it was", async () => {
    api = new FakeBotApi();
    await api.start();
    child = await startBot();
    const u = new ChatUser(api, async (update) => api!.pushUpdate(update), { id: 4242, languageCode: "en", firstName: "K" });
    const count = () => api!.chat(4242).length;
    /** Acts, then waits for a new message and for the button the next action needs. */
    const step = async (act: () => Promise<unknown>, nextButton: string | RegExp) => {
      const n = count();
      await act();
      const has = () => u.buttons().some((b) => (typeof nextButton === "string" ? b === nextButton : nextButton.test(b)));
      await waitFor(() => count() > n && has(), `the button ${String(nextButton)}`);
    };

    await step(() => u.send("/start"), /18\+/);
    await step(() => u.tap(/18\+/), "No");
    await step(() => u.tap("No"), "No");
    await step(() => u.tap("No"), "No");
    await step(() => u.tap("No"), "Low back");
    await u.tap("Low back");
    await waitFor(() => u.buttons().includes("✅ Low back"), "the area toggle");
    await step(() => u.tap("Done ✓"), "✏️ Change details");
    await step(() => u.tap("✏️ Change details"), "Less pain");

    // Kill -9 between two answers; the next answer arrives while no bot is running.
    await killHard(child);
    await u.tap("Less pain");
    await sleep(200);
    const before = count();

    child = await startBot();
    await waitFor(() => api!.chat(4242).slice(before).some((m) => /How many minutes/.test(m.text ?? "")), "the next setup question after the restart");
    await step(() => u.tap("45"), "3");
    expect(u.last()?.text).toContain("How many sessions per week");

    const r = sharedRedis();
    const draft = JSON.parse((await r.get(keys(prefix).draft(4242)))!);
    r.disconnect();
    expect(draft.answers).toMatchObject({ areas: ["low_back"], goal: "pain", minutesPerSession: 45 });
    // Every update got exactly one answer: no question was asked twice.
    expect(api.chat(4242).filter((m) => /What matters most/.test(m.text ?? ""))).toHaveLength(1);
    expect(api.chat(4242).filter((m) => /How many minutes/.test(m.text ?? ""))).toHaveLength(1);
  }, 90_000);
});

describe("a crash mid-tick", () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });
  const prompts = (id: number) => h.api.chat(id).filter((m) => m.text?.includes("Check-in for"));

  it("a claimed-but-unsent prompt is sent after the restart, once, on the same local day", async () => {
    h = await createHarness();
    await userWithPlan(h, 1);
    await userWithPlan(h, 2);
    h.clock.set("2027-01-04T19:00:00Z");
    const claimed = await h.deps.stores.schedule.claimDue(h.clock.now());
    expect(claimed.due.map((d) => d.userId).sort()).toEqual(["1", "2"]);
    // ...the process dies here, before sending. A fresh process ticks every minute:
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:01:00Z");
    expect(prompts(1)).toHaveLength(0); // still in flight, not yet considered stale
    await tickAt(h, job, "2027-01-04T19:06:00Z"); // stale after 5 minutes → put back and sent
    await tickAt(h, job, "2027-01-04T19:07:00Z");
    await tickAt(h, job, "2027-01-04T21:00:00Z");
    expect(prompts(1)).toHaveLength(1);
    expect(prompts(2)).toHaveLength(1);
    expect(await h.deps.stores.schedule.inFlightCount()).toBe(0);
  });

  it("a prompt claimed just before local midnight is not sent the next day; the next one follows the schedule", async () => {
    h = await createHarness();
    await userWithPlan(h, 3, { prompt: { time: "23:50", zone: "Europe/Berlin" } });
    await h.deps.stores.schedule.setQuiet(3, null); // a question just before midnight (no quiet hours)
    h.clock.set("2027-01-04T22:50:00Z"); // 23:50 in Berlin
    expect((await h.deps.stores.schedule.claimDue(h.clock.now())).due).toHaveLength(1);
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T23:10:00Z"); // 00:10 on the 5th: that day is over
    expect(prompts(3)).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T22:50:00Z");
    expect(prompts(3).map((m) => m.text?.match(/Check-in for ([^:<\n]*)/)?.[1])).toEqual(["Tue, Jan 5"]);
  });

  it("a crash after the prompt was recorded but before its batch was finished: put back, found sent, not repeated", async () => {
    h = await createHarness();
    await userWithPlan(h, 4);
    h.clock.set("2027-01-04T19:00:00Z");
    const [due] = (await h.deps.stores.schedule.claimDue(h.clock.now())).due;
    const crashed = dailyJob(h);
    expect(await crashed.send(due.userId, due)).toMatchObject({ userId: 4 }); // recorded; finishSent never runs
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:06:00Z");
    await tickAt(h, job, "2027-01-04T19:30:00Z");
    expect(prompts(4)).toHaveLength(1);
    expect(await h.deps.stores.schedule.inFlightCount()).toBe(0);
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    expect(prompts(4)).toHaveLength(2); // the next day's
  });

  it("the one documented duplicate: a crash after Telegram accepted the prompt but before it was recorded", async () => {
    h = await createHarness();
    await userWithPlan(h, 4);
    h.clock.set("2027-01-04T19:00:00Z");
    const [due] = (await h.deps.stores.schedule.claimDue(h.clock.now())).due;
    const crashed = dailyJob(h);
    vi.spyOn(h.deps.stores.schedule, "recordSent").mockRejectedValueOnce(new Error("connection lost"));
    expect(await crashed.send(due.userId, due)).toBe("sent"); // Telegram has it; nothing was recorded
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:06:00Z");
    await tickAt(h, job, "2027-01-04T19:30:00Z");
    expect(prompts(4)).toHaveLength(2); // at least once, so this one window allows twice
  });
});

describe("the same update delivered twice", () => {
  let h: Harness;
  let second: Harness | undefined;
  afterEach(async () => {
    await second?.close({ keepData: true });
    second = undefined;
    await h.close();
  });

  it("a webhook retry of the same update is processed once", async () => {
    h = await createHarness();
    const u = await h.consentedUser({ id: 1 });
    const port = await freePort();
    const secret = "retry-secret-0123456789";
    const http = createHttpServer({ port, host: "127.0.0.1", health: async () => true, webhook: { path: "/hook", secret, handle: (upd) => h.bot.handleUpdate(upd) } });
    await http.listen();
    const update = {
      update_id: h.api.nextUpdateId(),
      message: { message_id: 5, date: 0, chat: { id: 1, type: "private", first_name: "A" }, from: { id: 1, is_bot: false, first_name: "A" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    };
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", body: JSON.stringify(update), headers: { "x-telegram-bot-api-secret-token": secret, "content-type": "application/json" } });
      expect(res.status).toBe(200);
    }
    await new Promise<void>((r) => http.server.close(() => r()));
    expect(u.replies()).toHaveLength(1);
  });

  it("two instances receiving the same update (polling overlap) answer it once", async () => {
    h = await createHarness();
    second = await createHarness({ api: h.api, prefix: h.prefix });
    const u = await h.consentedUser({ id: 2 });
    const update = {
      update_id: h.api.nextUpdateId(),
      message: { message_id: 6, date: 0, chat: { id: 2, type: "private", first_name: "A" }, from: { id: 2, is_bot: false, first_name: "A" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    } as Update;
    const results = await Promise.allSettled([h.bot.handleUpdate(update), second.bot.handleUpdate(update), h.bot.handleUpdate(update)]);
    expect(u.replies()).toHaveLength(1);
    // the copies that met a live claim ask for redelivery (a webhook answers non-2xx); one that came
    // after the first had finished is skipped
    for (const r of results) if (r.status === "rejected") expect((r.reason as BotError).error).toBeInstanceOf(UpdateBusyError);
    await h.bot.handleUpdate(update); // Telegram's redelivery, once done: skipped, not answered again
    expect(u.replies()).toHaveLength(0);
  });

  it("an update claimed by a process that is gone is taken over at once; one held by a live process is 'busy'; a finished one never", async () => {
    h = await createHarness();
    const u = await h.consentedUser({ id: 3 });
    const k = keys(h.prefix);
    const make = (id: number) =>
      ({
        update_id: id,
        message: { message_id: id, date: 0, chat: { id: 3, type: "private", first_name: "A" }, from: { id: 3, is_bot: false, first_name: "A" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
      }) as Update;
    const now = h.clock.now().getTime();
    await h.redis.set(k.updateDedupe(9001), `p:deadbeef:${now - 1_000}`, "EX", 3600); // its process crashed a second ago
    await h.redis.set(k.updateDedupe(9002), `p:a1ive000:${now - 5_000}`, "EX", 3600); // still working on it
    await h.redis.set(k.liveProcess("a1ive000"), "1", "PX", 5000);
    await h.redis.set(k.updateDedupe(9003), "done", "EX", 3600);
    await h.redis.set(k.updateDedupe(9004), `p:a1ive000:${now - 16_000}`, "EX", 3600); // alive but stuck for 16 s
    await h.bot.handleUpdate(make(9001));
    await expect(h.bot.handleUpdate(make(9002))).rejects.toSatisfy((e: BotError) => e.error instanceof UpdateBusyError);
    await h.bot.handleUpdate(make(9003));
    await h.bot.handleUpdate(make(9004));
    expect(u.replies()).toHaveLength(2);
    expect(await h.redis.get(k.updateDedupe(9001))).toBe("done");
    expect(await h.redis.get(k.updateDedupe(9002))).toBe(`p:a1ive000:${now - 5_000}`);
    expect(await h.redis.get(k.updateDedupe(9004))).toBe("done");
  });

  it("a double tap on a score button stores one answer", async () => {
    h = await createHarness();
    const { u } = await userWithPlan(h, 4);
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    const prompt = u.last()!;
    const four = prompt.reply_markup!.inline_keyboard!.flat().find((b) => b.text === "4")!.callback_data!;
    u.replies();
    await Promise.all([u.tapData(prompt, four), u.tapData(prompt, four)]);
    await u.tapData(prompt, four); // and once more, late
    const saved = u.replies().filter((m) => m.text?.includes("Saved: pain 4/10"));
    expect(saved).toHaveLength(1);
    expect(await h.deps.stores.entries.get(4, "2027-01-04")).toMatchObject({ pain: 4 });
    expect(await h.deps.stores.entries.history(4)).toEqual([]);
  });
});
