/** Child processes the bench starts and always stops: a private redis-server, the fake Bot API. */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { UserFromGetMe } from "grammy/types";
import { PrivateRedis } from "../test/support/redis.js";

export { PrivateRedis };

export interface ChildApi {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  stop(): Promise<void>;
}

/** The fake Bot API (src/local/bot-api-server.ts) in a child process. */
export async function startChildApi(): Promise<ChildApi> {
  const file = fileURLToPath(new URL("./fake-api-process.ts", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", file], { stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once("line", (l) => {
      rl.close();
      resolve(l);
    });
    child.once("exit", (code) => reject(new Error(`fake Bot API process exited (${code})`)));
  });
  const info = JSON.parse(line) as Omit<ChildApi, "stop">;
  return {
    ...info,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin!.end();
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}

/** Kills what is still running when the bench is interrupted. */
const cleanups = new Set<() => Promise<void>>();
export function onExit(fn: () => Promise<void>): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
export async function cleanupAll(): Promise<void> {
  for (const fn of [...cleanups].reverse()) await fn().catch(() => undefined);
  cleanups.clear();
}
