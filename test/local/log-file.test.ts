import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localModeLogger } from "../../src/local/log-file.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("terminal mode's log", () => {
  it("goes to a file, never to the screen the chat is on", () => {
    const stdout = vi.spyOn(process.stdout, "write");
    const stderr = vi.spyOn(process.stderr, "write");
    const file = join(mkdtempSync(join(tmpdir(), "mtb-log-")), "nested", "local-mode.log");
    const { logger, path } = localModeLogger("warn", file);
    logger.warn({ userId: 42 }, "scheduler: something to look at");
    logger.info("below the level");
    expect(path).toBe(file);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ msg: "scheduler: something to look at" });
    expect(lines[0]).not.toContain('"userId":42');
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });
});
