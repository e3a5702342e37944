import pino, { type Logger, type DestinationStream } from "pino";
import { createHash } from "node:crypto";

/**
 * Health data and secrets must never reach the logs. We log ids, durations and error kinds only;
 * these paths are a second line of defence for anything that slips through.
 */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "BOT_TOKEN",
  "*.BOT_TOKEN",
  "WEBHOOK_SECRET",
  "*.WEBHOOK_SECRET",
  "text",
  "*.text",
  "*.*.text",
  "caption",
  "*.caption",
  "note",
  "*.note",
  "pain",
  "*.pain",
  "score",
  "*.score",
  "marker",
  "*.marker",
  "payload",
  "*.payload",
  "err.payload",
  "update",
  "*.update",
  "message",
  "*.message",
  "callback_query",
  "*.callback_query",
  "data",
  "*.data",
];

export function createLogger(level: string, secrets: string[] = [], destination?: DestinationStream): Logger {
  const scrub = (s: string) => secrets.reduce((acc, secret) => (secret ? acc.split(secret).join("[secret]") : acc), s);
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: {
        // Telegram ids identify people: every log line carries them hashed, whoever wrote it.
        userId: (id: number | string) => hashId(id),
        err: (err: unknown) => {
          const e = err as { name?: string; error_code?: number; method?: string; description?: string; message?: string; stack?: string };
          const programming = e?.name === "TypeError" || e?.name === "ReferenceError";
          // Error messages can quote user input, so only the kind, Telegram's code and its description
          // (which never carries message text) are kept.
          return {
            kind: e?.name ?? typeof err,
            code: e?.error_code,
            method: e?.method,
            description: e?.description ? scrub(e.description.slice(0, 200)) : undefined,
            // Only programming errors: their messages name code, not input.
            detail: programming ? scrub(String(e.message).slice(0, 200)) : undefined,
            at: e?.stack?.split("\n").find((l) => l.includes("/src/"))?.trim().replace(/^at /, ""),
          };
        },
      },
    },
    destination,
  );
}

/** A stable, non-reversible short id for logs, so one user's lines can be followed without their id. */
export function hashId(id: number | string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return createHash("sha256").update(`mtb:${id}`).digest("hex").slice(0, 10);
}

/** What an audit line records: who (hashed) did what to their data, never the data itself. */
export type AuditEvent = "consent-given" | "consent-declined" | "export" | "delete" | "plan-saved" | "plan-changed" | "trial-ended" | "entry-edited-in-app" | "phase-started";

export function audit(logger: Pick<Logger, "info">, event: AuditEvent, userId: number): void {
  logger.info({ audit: event, userId }, `audit: ${event}`);
}
