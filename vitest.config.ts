import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Bounds for a hang, not for speed: with files side by side on a shared 2-core machine, an
    // end-to-end test (a whole trial, PDF export) can take many times its quiet-machine time.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Each worker imports the app (grammY, zod, luxon, pdfkit, resvg, ...) once for all the files
    // it runs, not once per file: that import was about 1.3 s CPU per file, over a third of the
    // suite. Safe because no test mocks modules or changes globals, every test has its own Redis
    // prefix and fake Bot API, harnesses stop their timers on close, and module-level state in src
    // is caches keyed by content (and set-aside's user set, where a stray entry costs one read).
    isolate: false,
    // The slow files are end-to-end ones that partly wait (Redis, child processes, the fake Bot
    // API), so one more of them runs at once than there are cores; each test has its own Redis key
    // prefix (test/support/redis.ts), so they do not see each other. A fourth worker finished no
    // sooner on 2 cores but cost about 6 s more CPU: its own import of the app, its own JIT
    // warm-up, and more processes taking turns on the cores. `--maxWorkers=N` overrides.
    maxWorkers: 3,
  },
});
