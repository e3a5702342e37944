/**
 * Polling confirms fetched updates with the next getUpdates call, before they are handled. A real
 * bot process is killed (SIGKILL) with 60 updates fetched, confirmed and in flight; after the restart
 * each of the 60 users has exactly one reply.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";
import { killHard, sleep, startBotProcess, waitFor } from "../support/bot-process.js";

describe("polling: a kill -9 with fetched updates in flight", () => {
  let child: ChildProcess | undefined;
  let api: FakeBotApi | undefined;
  const prefix = testPrefix("pollcrash");
  afterEach(async () => {
    child?.kill("SIGKILL");
    await api?.stop();
    const r = sharedRedis();
    await cleanPrefix(r, prefix);
    r.disconnect();
  });

  it("after the restart each of the 60 users has exactly one reply", async () => {
    api = new FakeBotApi();
    await api.start();
    child = await startBotProcess(api, prefix);
    const chats = Array.from({ length: 60 }, (_, i) => 6000 + i);
    for (const c of chats) api.stall(c);
    for (const c of chats) {
      api.pushUpdate({
        update_id: api.nextUpdateId(),
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id: c, type: "private", first_name: "P" },
          from: { id: c, is_bot: false, first_name: "P", language_code: "en" },
          text: "/help",
          entities: [{ type: "bot_command", offset: 0, length: 5 }],
        },
      });
    }
    // every reply hangs, and the bot has already asked for later updates: all 60 are confirmed
    await waitFor(() => api!.stalledCount === 60 && api!.unconfirmedCount === 0, "60 handlers in flight, their updates confirmed");
    await killHard(child);
    api.dropStalled();
    for (const c of chats) expect(api.chat(c)).toHaveLength(0);

    child = await startBotProcess(api, prefix);
    await waitFor(() => chats.every((c) => api!.chat(c).length >= 1), "a reply in each of the 60 chats");
    await sleep(500);
    for (const c of chats) {
      expect(api.chat(c), `chat ${c}`).toHaveLength(1);
      expect(api.chat(c)[0].text).toMatch(/\/checkin/);
    }
    // and nothing is left to replay at the next start
    const r = sharedRedis();
    expect(await r.hlen(`${prefix}updates:journal`)).toBe(0);
    r.disconnect();
  }, 60_000);
});
