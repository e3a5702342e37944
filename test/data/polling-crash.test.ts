/**
 * Polling confirms fetched updates with the next getUpdates call, before they are handled. A real
 * bot process is killed (SIGKILL) with 60 updates fetched, confirmed and in flight; after the restart
 * each of the 60 users has exactly one reply.
 */
import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { SHARED_REDIS_URL, cleanPrefix, freePort, sharedRedis, testPrefix } from "../support/redis.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(cond: () => boolean, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

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

  async function startBot(): Promise<ChildProcess> {
    const logs: string[] = [];
    const p = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { PATH: process.env.PATH, BOT_TOKEN: api!.token, BOT_API_ROOT: api!.apiRoot, REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix, PORT: String(await freePort()), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    p.stdout!.on("data", (d) => logs.push(String(d)));
    p.stderr!.on("data", (d) => logs.push(String(d)));
    await waitFor(() => logs.join("").includes("polling mode: started"), "the bot to start");
    return p;
  }

  it("after the restart each of the 60 users has exactly one reply", async () => {
    api = new FakeBotApi();
    await api.start();
    child = await startBot();
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
    child.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    api.dropStalled();
    for (const c of chats) expect(api.chat(c)).toHaveLength(0);

    child = await startBot();
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
