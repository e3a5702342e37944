import { Socket } from "node:net";
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { SHARED_REDIS_URL } from "./redis.js";
import { buildSources } from "./build-sources.js";

/**
 * Every suite talks to a real Redis: without one, stop at once with one line instead of a screen
 * of connection errors from each test. Then compiles the sources once for the tests that start
 * the bot as a child process (build-sources.ts), and removes them after the run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const url = new URL(SHARED_REDIS_URL);
  const port = Number(url.port || 6379);
  const host = url.hostname || "127.0.0.1";
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("error", () => done(false));
    socket.connect(port, host, () => done(true));
  });
  if (!reachable) {
    console.error(`The tests need Redis at ${host}:${port}: start redis-server, or set REDIS_URL to one that is running.`);
    process.exit(1);
  }
  const built = await buildSources(project.config.root);
  project.provide("builtSources", built);
  return () => rmSync(built, { recursive: true, force: true });
}
