import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { startLocalMode } from "../../src/local/terminal.js";
import { parseConfig } from "../../src/config.js";
import { SHARED_REDIS_URL, cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";
import { buildWebapp } from "../../scripts/build-webapp.js";

const prefix = testPrefix("local");
// :app serves the built page, as after `npm run build`.
beforeAll(() => buildWebapp(), 60_000);
afterAll(async () => {
  const r = sharedRedis();
  await cleanPrefix(r, prefix);
  r.disconnect();
});

class Screen {
  text = "";
  constructor(out: PassThrough) {
    out.on("data", (d) => (this.text += String(d)));
  }
  async waitFor(pattern: string | RegExp, from = 0, ms = 5000): Promise<void> {
    const started = Date.now();
    const hit = () => (typeof pattern === "string" ? this.text.slice(from).includes(pattern) : pattern.test(this.text.slice(from)));
    while (!hit()) {
      if (Date.now() - started > ms) throw new Error(`timed out waiting for ${pattern}\n--- screen ---\n${this.text.slice(-1500).replace(/\n/g, " ⏎ ")}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe("local terminal mode", () => {
  it("a second run on the same data answers at once (update ids go on from the last run)", async () => {
    const parsed = parseConfig({ REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: `${prefix}again:` });
    if (!parsed.ok) throw new Error("config");
    for (const run of [1, 2]) {
      const input = new PassThrough();
      const output = new PassThrough();
      const screen = new Screen(output);
      const local = await startLocalMode(parsed.config, pino({ level: "silent" }), { input, output, outDir: mkdtempSync(join(tmpdir(), "mtb-out-")), userId: 4712 });
      await screen.waitFor("local mode");
      const from = screen.text.length;
      input.write("/start\n");
      await screen.waitFor(run === 1 ? "I'm 18+ and I agree" : "Welcome back", from);
      if (run === 1) {
        input.write("1\n");
        await screen.waitFor("Is any of these happening to you now?", from);
      }
      input.write(":quit\n");
      await local.done;
    }
  });

  it("shows a banner, renders buttons as numbers, and runs setup, a check-in and /summary with a saved chart", async () => {
    const parsed = parseConfig({ REDIS_URL: SHARED_REDIS_URL, REDIS_PREFIX: prefix });
    if (!parsed.ok) throw new Error("config");
    const input = new PassThrough();
    const output = new PassThrough();
    const screen = new Screen(output);
    const outDir = mkdtempSync(join(tmpdir(), "mtb-out-"));
    const local = await startLocalMode(parsed.config, pino({ level: "silent" }), { input, output, outDir, userId: 4711 });
    await screen.waitFor("local mode");
    expect(screen.text).toContain("BOT_TOKEN");
    const type = async (line: string, expect: string | RegExp) => {
      const from = screen.text.length;
      input.write(line + "\n");
      await screen.waitFor(expect, from);
    };
    await type("/start", /\[1\] ✅ I'm 18\+ and I agree\s+\[2\] No, thanks/);
    // consent goes straight on into the setup; the suggested plan is taken as it is
    await type("1", "Is any of these happening to you now?");
    await type("2", "at or near a spot");
    await type("2", "Does any of these apply to you?");
    await type("2", "Which areas will the massage work on?");
    await type("1", /bot \(updated\)[\s\S]*✅ Low back/);
    await type("8", "A plan that suits most people");
    await type("1", "Which time zone are you in?");
    await type("Berlin", "When is your first massage session?");
    await type("2", "Here is your plan");
    await type("1", "Your plan is saved");
    await type(":next", "on average over the last 24 hours");
    await type("4", "Saved: pain 4/10");
    await type("20", "That's everything");
    for (const pain of ["5", "3"]) {
      await type(":next", "on average over the last 24 hours");
      await type(`${pain} 25`, `Saved: pain ${pain}/10 · walked 25 min`);
    }
    await type("/summary", /photo saved: .*\.png/);
    const saved = /photo saved: (.*\.png)/.exec(screen.text)![1];
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(saved).subarray(1, 4).toString()).toBe("PNG");
    await type(":now", /now: \d{4}-/);

    // :app prints a local link to the Mini App, signed for this user: the page and its API answer.
    await type(":app", /http:\/\/127\.0\.0\.1:\d+\/app\/#tgWebAppData=\S+/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/app\/)#(\S+)/.exec(screen.text)!;
    const initData = new URLSearchParams(link[2]).get("tgWebAppData")!;
    expect((await fetch(link[1])).status).toBe(200);
    const trial = await fetch(`${link[1]}api/trial`, { headers: { authorization: `tma ${initData}` } });
    expect(trial.status).toBe(200);
    const view = (await trial.json()) as { days: { pain: number | null }[] };
    expect(view.days.filter((d) => d.pain !== null).map((d) => d.pain)).toEqual([4, 5, 3]);
    expect((await fetch(`${link[1]}api/trial`, { headers: { authorization: `tma ${initData.replace(/hash=\w/, "hash=0")}x` } })).status).toBe(401);
    input.end();
    await local.done;
  });
});
