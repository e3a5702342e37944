import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import pino, { type Logger } from "pino";
import { createLogger } from "../logger.js";

/** Where terminal mode writes its log: never into the chat on the same screen. */
export const LOCAL_LOG_FILE = "out/local-mode.log";

/** The logger for terminal mode: the usual scrubbing and redaction, written to a file. */
export function localModeLogger(level: string, file = LOCAL_LOG_FILE): { logger: Logger; path: string } {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  return { logger: createLogger(level, [], pino.destination({ dest: path, sync: true })), path };
}
