import { sign, validate } from "@telegram-apps/init-data-node";

/** Telegram's initData older than this is refused: a copied launch link stops working after an hour. */
export const INIT_DATA_MAX_AGE_S = 3600;
/** A little clock skew between Telegram and us is tolerated for auth_date in the future. */
const FUTURE_SKEW_S = 60;

export interface WebappUser {
  id: number;
  languageCode?: string;
}

export type InitDataCheck = { ok: true; user: WebappUser } | { ok: false; reason: "missing" | "invalid" | "expired" };

/**
 * Checks the Mini App's initData: the HMAC (key HMAC_SHA256("WebAppData", bot token), done by
 * @telegram-apps/init-data-node), its age against `nowMs` (auth_date is real time, signed by
 * Telegram), and that it names a user.
 */
export function checkInitData(raw: string | undefined, token: string, nowMs: number): InitDataCheck {
  if (!raw) return { ok: false, reason: "missing" };
  try {
    validate(raw, token, { expiresIn: 0 });
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const params = new URLSearchParams(raw);
  const authDate = Number(params.get("auth_date"));
  const age = nowMs / 1000 - authDate;
  if (!Number.isFinite(authDate) || age > INIT_DATA_MAX_AGE_S || age < -FUTURE_SKEW_S) return { ok: false, reason: "expired" };
  let user: unknown;
  try {
    user = JSON.parse(params.get("user") ?? "null");
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const id = (user as { id?: unknown } | null)?.id;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) return { ok: false, reason: "invalid" };
  const lang = (user as { language_code?: unknown }).language_code;
  return { ok: true, user: { id, languageCode: typeof lang === "string" ? lang : undefined } };
}

/** initData as Telegram would sign it, for the local terminal's `:app` and for tests. */
export function signInitData(user: { id: number; firstName: string; languageCode?: string }, token: string, authDate: Date): string {
  return sign({ user: { id: user.id, first_name: user.firstName, language_code: user.languageCode } }, token, authDate);
}
