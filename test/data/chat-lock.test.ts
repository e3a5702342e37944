/**
 * N webhook instances behind a load balancer: one chat's updates may reach two instances at once.
 * A Redis lease per chat makes them take turns, as `sequentialize` does inside one process.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { ChatUser } from "../../src/local/chat-user.js";
import { keys } from "../../src/store/keys.js";
import { chatLock } from "../../src/bot/middlewares/chat-lock.js";
import { ChatLockStore } from "../../src/store/chat-lock-store.js";
import type { BotContext } from "../../src/bot/context.js";

const WEBHOOK = { BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" };

let harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.reverse()) await h.close();
  harnesses = [];
});

/** Two bot instances on one Redis and one fake Telegram; the user's updates alternate between them. */
async function twoInstances(env: Record<string, string>): Promise<{ a: Harness; u: ChatUser }> {
  const a = await createHarness({ env });
  const b = await createHarness({ env, api: a.api, prefix: a.prefix, clock: a.clock });
  harnesses.push(a, b);
  await userWithPlan(a, 4);
  let n = 0;
  const u = new ChatUser(a.api, (upd) => [a, b][n++ % 2].bot.handleUpdate(upd), { id: 4, languageCode: "en", firstName: "Alex" });
  await tickAt(a, dailyJob(a), "2027-01-04T19:00:00Z");
  return { a, u };
}

async function doubleTap(u: ChatUser, label: string): Promise<void> {
  const prompt = u.all().findLast((m) => /Check-in for/.test(m.text ?? ""))!;
  const data = prompt.reply_markup!.inline_keyboard!.flat().find((b) => b.text === label)!.callback_data!;
  u.replies();
  await Promise.all([u.tapData(prompt, data), u.tapData(prompt, data)]);
}

describe("one chat, two webhook instances", () => {
  it("a double tap split across two instances is saved and confirmed once", async () => {
    const { a, u } = await twoInstances(WEBHOOK);
    await doubleTap(u, "4");
    expect(u.replies().filter((m) => m.text?.includes("Saved: pain 4/10"))).toHaveLength(1);
    expect(await a.deps.stores.entries.get(4, "2027-01-04")).toMatchObject({ pain: 4 });
    expect(await a.deps.stores.entries.history(4)).toEqual([]);
    expect(await a.redis.exists(keys(a.prefix).chatLock(4))).toBe(0); // released
  });

  it("a lease left by a crashed instance runs out, and the update is handled then", async () => {
    const { a, u } = await twoInstances(WEBHOOK);
    await a.redis.set(keys(a.prefix).chatLock(4), "crashed", "PX", 300);
    await u.send("/help");
    expect(u.replyText()).toContain("What I can do");
  });

  it("a lease held by a process that died mid-update is taken over at once: the redelivered update does not wait", async () => {
    const { a, u } = await twoInstances(WEBHOOK);
    const lock = keys(a.prefix).chatLock(4);
    await a.redis.set(lock, "p:deadbeef:00aa11bb22cc", "PX", 60_000); // its process's liveness mark is gone
    await u.send("/help");
    expect(u.replyText()).toContain("What I can do");
    // Taken over, then released by the handler: not waited out (it would still stand for a minute).
    expect(await a.redis.exists(lock)).toBe(0);
  });

  it("a lease of a live process, or one without a process name, is waited for and never taken", async () => {
    const a = await createHarness({ env: WEBHOOK });
    harnesses.push(a);
    const k = keys(a.prefix);
    await a.redis.set(k.liveProcess("a1ive000"), "1", "PX", 60_000);
    const lockOf = chatLock(new ChatLockStore(a.redis, a.prefix), a.deps.stores.updates, { maxWaitMs: 200 });
    for (const [chat, holder] of [[21, "p:a1ive000:00aa11bb22cc"], [22, "0123456789abcdef"]] as const) {
      await a.redis.set(k.chatLock(chat), holder, "PX", 60_000);
      let ran = false;
      const ctx = { chat: { id: chat }, update: { update_id: chat }, deps: a.deps } as unknown as BotContext;
      await lockOf(ctx, async () => {
        ran = true;
      });
      expect(ran).toBe(true); // after the wait, unlocked, as ever
      expect(await a.redis.get(k.chatLock(chat))).toBe(holder);
    }
  });

  it("handlers of one chat never overlap across instances; other chats run alongside", async () => {
    const a = await createHarness({ env: WEBHOOK });
    harnesses.push(a);
    // Two instances' lock middlewares (separate stores, one Redis), each around a slow handler.
    const locks = [0, 1].map(() => chatLock(new ChatLockStore(a.redis, a.prefix), a.deps.stores.updates));
    const running = new Map<number, number>();
    let overlap = 0;
    let parallelChats = 0;
    // Chat 7's first handler waits inside its lock until chat 8's runs: a lock wider than one chat
    // would never let chat 8 in, and the test would time out.
    let chat8Running!: () => void;
    const chat8Started = new Promise<void>((r) => (chat8Running = r));
    const handle = async (instance: number, chat: number) => {
      const ctx = { chat: { id: chat }, update: { update_id: chat * 100 + instance }, deps: a.deps } as unknown as BotContext;
      await locks[instance](ctx, async () => {
        const now = (running.get(chat) ?? 0) + 1;
        running.set(chat, now);
        if (now > 1) overlap++;
        if ([...running.values()].filter((n) => n > 0).length > 1) parallelChats++;
        if (chat === 8) chat8Running();
        else await chat8Started;
        await new Promise((r) => setTimeout(r, 30));
        running.set(chat, now - 1);
      });
    };
    await Promise.all([handle(0, 7), handle(1, 7), handle(0, 7), handle(1, 7), handle(0, 8), handle(1, 8)]);
    expect(overlap).toBe(0);
    expect(parallelChats).toBeGreaterThan(0);
  });
});
