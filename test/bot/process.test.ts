import { afterEach, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { FakeBotApi } from "../../src/local/bot-api-server.js";
import { SHARED_REDIS_URL, cleanPrefix, freePort, sharedRedis, testPrefix } from "../support/redis.js";
import { waitFor } from "../support/bot-process.js";

let child: ChildProcess | undefined;
let api: FakeBotApi | undefined;
afterEach(async () => {
  child?.kill("SIGKILL");
  child = undefined;
  await api?.stop();
});

function waitExit(p: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => p.once("exit", (code) => resolve(code)));
}

describe("the bot process", () => {
  it("talks to any Bot-API-compatible server, answers /start quickly, and stops cleanly on SIGTERM", async () => {
    api = new FakeBotApi();
    await api.start();
    const prefix = testPrefix("proc");
    const port = await freePort();
    const logs: string[] = [];
    // As `npm start` runs it (tsx, from the sources); the other process tests start the compiled build.
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: api.token,
        BOT_API_ROOT: api.apiRoot,
        REDIS_URL: SHARED_REDIS_URL,
        REDIS_PREFIX: prefix,
        PORT: String(port),
        LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => logs.push(String(d)));
    child.stderr!.on("data", (d) => logs.push(String(d)));
    // wait until polling started: start-up compiles the sources (tsx), many seconds on a loaded machine
    await waitFor(() => logs.join("").includes("polling mode: started") || child!.exitCode !== null, "the bot to start", 45_000);
    expect(logs.join("")).toContain("polling mode: started");
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    api.pushUpdate({
      update_id: api.nextUpdateId(),
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 777, type: "private", first_name: "P" },
        from: { id: 777, is_bot: false, first_name: "P", language_code: "en" },
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    // how fast it answers is measured in bench/, not here: on a loaded machine only "it answers" holds
    await waitFor(() => api!.chat(777).length >= 2, "the answer to /start", 30_000);
    expect(api.chat(777)[0]?.text).toContain("bounded, measured trial");
    expect(api.commands.length).toBe(3);

    child.kill("SIGTERM");
    expect(await waitExit(child)).toBe(0); // a clean exit by itself (the test's timeout bounds the wait)
    child = undefined;

    const all = logs.join("");
    expect(all).toContain("shutting down");
    expect(all).not.toContain(api.token);
    expect(all).not.toContain("bounded, measured trial");
    const redis = sharedRedis();
    await cleanPrefix(redis, prefix);
    redis.disconnect();
  }, 120_000);
});
