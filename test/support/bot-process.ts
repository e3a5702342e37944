/**
 * The real bot (`src/main.ts`, compiled once per run) as a child process against the fake Bot API,
 * for tests that kill it with SIGKILL and start it again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";
import type { FakeBotApi } from "../../src/local/bot-api-server.js";
import { SHARED_REDIS_URL, freePort } from "./redis.js";

/**
 * The compiled counterpart of `src/<file>.ts` (test/support/build-sources.ts), e.g. "main" for the
 * bot: started with plain `node`, the way `npm run start:prod` runs the build.
 */
export function builtEntry(file: string): string {
  return join(inject("builtSources"), `${file}.js`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(cond: () => boolean, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Starts the bot on `prefix` and resolves once it logged that it is polling or listening. */
export async function startBotProcess(api: FakeBotApi, prefix: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const logs: string[] = [];
  const p = spawn(process.execPath, [builtEntry("main")], {
    env: {
      PATH: process.env.PATH,
      BOT_TOKEN: api.token,
      BOT_API_ROOT: api.apiRoot,
      REDIS_URL: SHARED_REDIS_URL,
      REDIS_PREFIX: prefix,
      PORT: String(await freePort()),
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  p.stdout!.on("data", (d) => logs.push(String(d)));
  p.stderr!.on("data", (d) => logs.push(String(d)));
  // Start-up loads the app and connects: seconds on a loaded machine.
  const started = () => /polling mode: started|webhook mode: listening/.test(logs.join(""));
  try {
    await waitFor(() => started() || p.exitCode !== null, "the bot to start", 45_000);
  } catch (err) {
    p.kill("SIGKILL");
    throw err;
  }
  if (!started()) throw new Error(`the bot exited at start-up (code ${p.exitCode}):\n${logs.join("").slice(-2000)}`);
  return p;
}

/** SIGKILL, and wait until the process is gone. */
export async function killHard(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const gone = new Promise((r) => p.once("exit", r));
  p.kill("SIGKILL");
  await gone;
}
