/**
 * Durability and Redis faults, each on a private redis-server that the test kills (SIGKILL) and
 * restarts: confirmed answers survive kill -9 with the compose settings (appendonly yes,
 * appendfsync always), and a Redis outage while a user answers is reported, leaves nothing
 * half-written and heals by itself.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { PrivateRedis } from "../support/redis.js";
import { dailyJob, tickAt, userWithPlan } from "../support/checkin.js";
import { keys } from "../../src/store/keys.js";
import type { ChatUser } from "../../src/local/chat-user.js";

const COMPOSE_ARGS = ["--appendonly", "yes", "--appendfsync", "always"];

let redis: PrivateRedis | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close({ keepData: true }).catch(() => undefined);
  await redis?.stop();
  h = undefined;
  redis = undefined;
});

async function waitReady(hh: Harness): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (hh.redis.status === "ready") {
      try {
        if ((await hh.redis.ping()) === "PONG") return;
      } catch {
        // still reconnecting
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("Redis did not come back");
}

/** Users 1..n each answer today's check-in through the bot; returns what the bot confirmed. */
async function burstOfConfirmedAnswers(hh: Harness, n: number): Promise<Map<number, { pain: number; marker: number; note: string }>> {
  const users: ChatUser[] = [];
  for (let id = 1; id <= n; id++) users.push((await userWithPlan(hh, id)).u);
  await tickAt(hh, dailyJob(hh), "2027-01-04T19:00:00Z");
  const confirmed = new Map<number, { pain: number; marker: number; note: string }>();
  await Promise.all(
    users.map(async (u, i) => {
      const pain = i % 11;
      const marker = 10 + i;
      const note = `note from user ${u.id}`;
      u.replies();
      await u.tap(String(pain));
      if (!u.replyText().includes(`Saved: pain ${pain}/10`)) return;
      await u.send(String(marker));
      if (!u.replyText().includes(`Saved: walked ${marker} min`)) return;
      await u.tap("📝 Add a note");
      await u.send(note);
      if (!u.replyText().includes("That's everything for")) return;
      confirmed.set(u.id, { pain, marker, note });
    }),
  );
  return confirmed;
}

describe("kill -9 right after a burst of confirmed answers", () => {
  it("with appendonly yes + appendfsync always (as compose ships it), every confirmed answer is there after a restart", async () => {
    redis = await PrivateRedis.create(COMPOSE_ARGS);
    h = await createHarness({ redisUrl: redis.url });
    const confirmed = await burstOfConfirmedAnswers(h, 12);
    expect(confirmed.size).toBe(12);
    await redis.kill(); // SIGKILL immediately after the last confirmation
    await redis.start();
    await waitReady(h);
    for (const [id, want] of confirmed) {
      expect(await h.deps.stores.entries.get(id, "2027-01-04")).toMatchObject({ pain: want.pain, marker: want.marker, note: want.note });
    }
    expect((await h.deps.stores.profiles.get(1))?.consent).toBeDefined();
  });

  it("why compose needs it: without the append-only file the same kill loses every confirmed answer", async () => {
    redis = await PrivateRedis.create(["--appendonly", "no"]);
    h = await createHarness({ redisUrl: redis.url });
    const confirmed = await burstOfConfirmedAnswers(h, 3);
    expect(confirmed.size).toBe(3);
    await redis.kill();
    await redis.start();
    await waitReady(h);
    for (const id of confirmed.keys()) expect(await h.deps.stores.entries.get(id, "2027-01-04")).toBeNull();
  });
});

describe("Redis down while a user answers", () => {
  it("says 'not saved, try again', keeps running, leaves nothing half-written and recovers by itself", async () => {
    redis = await PrivateRedis.create(COMPOSE_ARGS);
    h = await createHarness({ redisUrl: redis.url });
    const { u } = await userWithPlan(h, 1);
    const other = (await userWithPlan(h, 2)).u;
    await tickAt(h, dailyJob(h), "2027-01-04T19:00:00Z");
    await u.tap("6");
    expect(u.replyText()).toContain("Saved: pain 6/10");
    const k = keys(h.prefix);
    const snapshot = async () => ({
      entries: await h!.redis.hgetall(k.entries(1)),
      history: await h!.redis.lrange(k.entryHistory(1), 0, -1),
      checkin: await h!.redis.hgetall(k.checkin(1)),
    });
    const before = await snapshot();

    await redis.kill();
    // Redis stays down until after this answer: a command queued for its return would hang here.
    await u.send("25"); // the marker answer
    expect(u.replyText()).toContain("could not save that just now");
    await u.send("/delete");
    expect(u.replyText()).toContain("could not save that just now");
    await other.tap("3"); // other users get the same honest answer; the process stays up
    expect(other.replyText()).toContain("could not save that just now");

    await redis.start();
    await waitReady(h);
    // Nothing of the failed answers was written, and what was confirmed before is intact.
    expect(await snapshot()).toEqual(before);

    // The user simply tries again: the same question is still waiting.
    await u.send("25");
    expect(u.replyText()).toContain("Saved: walked 25 min");
    expect(await h.deps.stores.entries.get(1, "2027-01-04")).toMatchObject({ pain: 6, marker: 25 });
    await other.tap("3");
    expect(other.replyText()).toContain("Saved: pain 3/10");
  });

  it("an outage in the middle of plan setup loses no earlier answer; the setup continues after", async () => {
    redis = await PrivateRedis.create(COMPOSE_ARGS);
    h = await createHarness({ redisUrl: redis.url });
    const u = await h.consentedUser({ id: 5 });
    await u.send("/plan");
    await u.tap("No");
    await u.tap("No");
    await u.tap("No");
    await u.tap("Low back");
    await u.tap("Done ✓");
    await u.tap("✏️ Change details");
    u.replies();
    const draftBefore = await h.deps.stores.drafts.get(5);
    expect(draftBefore?.step).toBe("goal");

    await redis.kill();
    await u.tap("Less pain");
    expect(u.replyText()).toContain("could not save that just now");
    await redis.start();
    await waitReady(h);
    expect(await h.deps.stores.drafts.get(5)).toEqual(draftBefore);

    await u.tap("Less pain");
    expect(u.replyText()).toContain("How many minutes will each session last?");
    expect((await h.deps.stores.drafts.get(5))?.answers.goal).toBe("pain");
  });
});
