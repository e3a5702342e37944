/**
 * The Telegram refusals the bot expects and handles on purpose, named once. Anything else that
 * fails is an error worth a log line, never silently dropped.
 */
import { GrammyError } from "grammy";
import type { Logger } from "pino";

/** A raw Bot API refusal that means the chat can never be reached: blocked, deactivated, or gone. */
export function isUnreachableReply(code: number, description = ""): boolean {
  return code === 403 || (code === 400 && /chat not found/i.test(description));
}

/** Telegram says this chat can never be reached: the user blocked the bot, deleted their account, or the chat is gone. */
export function isUnreachable(err: unknown): boolean {
  return err instanceof GrammyError && isUnreachableReply(err.error_code, err.description);
}

/** An edit Telegram will not make: the message already looks so, is too old to edit, or is gone. */
export function isStaleMessage(err: unknown): boolean {
  return (
    err instanceof GrammyError &&
    err.error_code === 400 &&
    /message is not modified|message to edit not found|message can't be edited|message to delete not found/i.test(err.description)
  );
}

/** A button press answered too late (Telegram keeps a callback query open for a short while only). */
export function isExpiredQuery(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /query is too old|query id is invalid/i.test(err.description);
}

/** A refusal that a tidying call (removing a keyboard, answering a spinner, a chat action) may meet. */
export function isExpectedRefusal(err: unknown): boolean {
  return isUnreachable(err) || isStaleMessage(err) || isExpiredQuery(err);
}

/**
 * For calls whose failure must not stop the update: expected refusals are dropped, anything else
 * (a network failure after the retries, an unexpected 400) is logged as a warning.
 */
export function unlessExpected(logger: Pick<Logger, "warn">, what: string): (err: unknown) => void {
  return (err) => {
    if (!isExpectedRefusal(err)) logger.warn({ err }, `${what} failed`);
  };
}

/** For best-effort cleanups (a lock or claim that also expires by itself): log and go on. */
export function logFailure(logger: Pick<Logger, "warn">, what: string): (err: unknown) => void {
  return (err) => logger.warn({ err }, `${what} failed`);
}
