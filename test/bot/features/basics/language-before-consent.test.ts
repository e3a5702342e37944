import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { scanKeys } from "../../../support/redis.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function chooseGerman(u: ChatUser): Promise<void> {
  await u.send("/language");
  await u.tap("Deutsch");
  expect(u.replyText()).toContain("ab jetzt Deutsch");
}

/** /start, the welcome and consent question in German, consent, then the stored profile and a later reply. */
async function consentInGerman(u: ChatUser, id: number): Promise<void> {
  await u.send("/start");
  const [welcome, consent] = u.replies().map((m) => m.text ?? "");
  expect(welcome).toContain("begrenzten, messbaren Versuch");
  expect(consent).toContain("Bevor ich");
  expect(u.buttons()).toEqual(["✅ Ich bin 18+ und einverstanden", "Nein, danke"]);
  await u.tap(/18\+/);
  expect(u.replyText()).toContain("Einwilligung wurde am");
  expect((await h.deps.stores.profiles.get(id))?.locale).toBe("de");
  await u.send("/cancel");
  u.replies();
  await u.send("/help");
  expect(u.replyText()).toContain("Was ich kann");
}

describe("/language before consent", () => {
  it("the consent question and everything after it come in the language picked", async () => {
    const u = h.user({ id: 401, languageCode: "en" });
    await chooseGerman(u);
    await consentInGerman(u, 401);
    // The profile holds the language now; the choice kept apart before consent is gone.
    expect(await scanKeys(h.redis, `${h.prefix}{u:401}:chosenLocale`)).toEqual([]);
  });

  it("after /delete the new consent question comes in the language picked", async () => {
    const u = await h.consentedUser({ id: 402, languageCode: "en" });
    await u.send("/delete");
    await u.tap("🗑 Yes, delete everything");
    expect(u.replyText()).toContain("is deleted");
    expect(await h.deps.stores.profiles.get(402)).toBeNull();
    await chooseGerman(u);
    await consentInGerman(u, 402);
  });

  it("/privacy before consent says the language choice is the one thing kept", async () => {
    const u = h.user({ id: 403, languageCode: "en" });
    await chooseGerman(u);
    await u.send("/privacy");
    expect(u.replyText()).toContain("speichere ich nur die Sprache");
  });

  it("declining consent forgets the language picked", async () => {
    const u = h.user({ id: 404, languageCode: "en" });
    await chooseGerman(u);
    await u.send("/start");
    await u.tap("Nein, danke");
    expect(u.replyText()).toContain("nichts über dich gespeichert");
    expect(await scanKeys(h.redis, `${h.prefix}{u:404}:*`)).toEqual([]);
    await u.send("/start");
    expect(u.replyText()).toContain("bounded, measured trial");
  });
});
