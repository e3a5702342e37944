/**
 * A kill -9 after the next setup question went out but before the journal entry was taken out and
 * the conversation state saved: the restart replays the tap from the journal, the conversation is a
 * step behind the draft. The tap must count as handled (the draft says this update advanced it), so
 * the question is not asked a second time.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { ChatUser } from "../../src/local/chat-user.js";
import { keys } from "../../src/store/keys.js";
import { createHarness, type Harness } from "../support/harness.js";

describe("a setup tap replayed from the journal after a crash", () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it("is not answered twice when the draft was already advanced by that update", async () => {
    h = await createHarness();
    h.deps.stores.journal.enable();
    const k = keys(h.prefix);
    let last: Update | undefined;
    const u = new ChatUser(
      h.api,
      async (update) => {
        last = update;
        await h.bot.handleUpdate(update);
      },
      { id: 77, languageCode: "en", firstName: "K" },
    );
    await u.send("/start");
    await u.tap(/18\+/);
    for (let i = 0; i < 3; i++) await u.tap("No");
    await u.tap("Low back");
    const convBefore = await h.redis.get(k.conv(77));
    expect(convBefore).not.toBeNull();

    await u.tap("Done ✓");
    const done = last!;
    const asked = () => h.api.chat(77).filter((m) => /A plan that suits most people/.test(m.text ?? "")).length;
    expect(asked()).toBe(1);
    const draft = await h.deps.stores.drafts.get(77);
    expect(draft?.step).toBe("suggest");

    // The state a kill -9 right after the question was sent leaves behind: the update still in the
    // journal and claimed by a process that is gone, the conversation as it was before the tap.
    await h.deps.stores.journal.add([done], h.clock.now().getTime());
    await h.redis.set(k.updateDedupe(done.update_id), `p:deadbeef:${h.clock.now().getTime() - 1000}`, "EX", 3600);
    await h.redis.set(k.conv(77), convBefore!, "EX", 3600);

    // The restart replays what the journal holds.
    const left = await h.deps.stores.journal.leftOver(h.clock.now().getTime());
    expect(left.map((x) => x.update_id)).toEqual([done.update_id]);
    for (const update of left) await h.bot.handleUpdate(update);

    expect(asked()).toBe(1);
    expect(await h.redis.hlen(k.updateJournal())).toBe(0);
    expect(await h.redis.get(k.updateDedupe(done.update_id))).toBe("done");

    // The user goes on from the question they see; the conversation catches up with the draft.
    await u.tap("✏️ Change details");
    expect(u.last()?.text).toContain("What matters most");
    expect(h.api.chat(77).filter((m) => /What matters most/.test(m.text ?? ""))).toHaveLength(1);
    await u.tap("Less pain");
    expect(u.last()?.text).toContain("How many minutes");
    expect((await h.deps.stores.drafts.get(77))?.answers).toMatchObject({ areas: ["low_back"], goal: "pain" });
  });
});
