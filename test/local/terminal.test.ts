import { afterAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { startLocalMode } from "../../src/local/terminal.js";
import { parseConfig } from "../../src/config.js";
import { SHARED_REDIS_URL, cleanPrefix, sharedRedis, testPrefix } from "../support/redis.js";

const prefix = testPrefix("local");
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
      if (Date.now() - started > ms) throw new Error(`timed out waiting for ${pattern}\n--- screen ---\n${this.text.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe("local terminal mode", () => {
  it("shows a banner, renders buttons as numbers, and runs the real setup", async () => {
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
    await type("1", "Set up my plan");
    await type("/plan", "Is any of these happening to you now?");
    await type("2", "at or near a spot");
    await type(":now", /now: \d{4}-/);
    input.end();
    await local.done;
  });
});
