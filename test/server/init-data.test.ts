import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { checkInitData } from "../../src/server/webapp/init-data.js";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678";
const NOW = Date.UTC(2027, 0, 4, 12, 0, 0);

/** initData signed by hand, exactly as Telegram's documentation describes it (not through the library). */
function signedByHand(fields: Record<string, string>, token = TOKEN): string {
  const dataCheck = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("\n");
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const hash = createHmac("sha256", secret).update(dataCheck).digest("hex");
  return new URLSearchParams({ ...fields, hash }).toString();
}

const user = JSON.stringify({ id: 42, first_name: "Ana", language_code: "de" });
const at = (secondsAgo: number) => String(Math.floor(NOW / 1000) - secondsAgo);

describe("initData check", () => {
  it("accepts initData signed per Telegram's docs and names its user", () => {
    expect(checkInitData(signedByHand({ auth_date: at(10), query_id: "AAE", user }), TOKEN, NOW)).toEqual({ ok: true, user: { id: 42, languageCode: "de" } });
  });

  it("refuses another bot's signature, a changed field, a missing hash or user, and age over an hour", () => {
    expect(checkInitData(signedByHand({ auth_date: at(10), user }, "999:otherbotTOKENxxxxxxxxxxxxxxxx"), TOKEN, NOW)).toEqual({ ok: false, reason: "invalid" });
    const good = signedByHand({ auth_date: at(10), user });
    expect(checkInitData(good.replace("Ana", "Bob"), TOKEN, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(checkInitData(good.replace(/&?hash=[0-9a-f]+/, ""), TOKEN, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(checkInitData(signedByHand({ auth_date: at(10), query_id: "AAE" }), TOKEN, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(checkInitData(signedByHand({ auth_date: at(3601), user }), TOKEN, NOW)).toEqual({ ok: false, reason: "expired" });
    expect(checkInitData(signedByHand({ auth_date: at(3599), user }), TOKEN, NOW).ok).toBe(true);
    expect(checkInitData(signedByHand({ auth_date: at(-600), user }), TOKEN, NOW)).toEqual({ ok: false, reason: "expired" });
    expect(checkInitData(undefined, TOKEN, NOW)).toEqual({ ok: false, reason: "missing" });
    expect(checkInitData("", TOKEN, NOW)).toEqual({ ok: false, reason: "missing" });
  });
});
