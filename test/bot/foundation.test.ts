import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Composer } from "grammy";
import { createHarness, type Harness } from "../support/harness.js";
import type { BotContext } from "../../src/bot/context.js";
import { scanKeys } from "../support/redis.js";

let h: Harness;

describe("first contact", () => {
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("/start in English explains the bot, says it is not medical advice and asks for consent", async () => {
    const u = h.user({ id: 101, languageCode: "en" });
    await u.send("/start");
    const text = u.replyText();
    expect(text).toContain("bounded, measured trial");
    expect(text).toMatch(/not a medical device/);
    expect(text).toMatch(/No person reads your answers in real time/);
    expect(u.buttons()).toEqual(["✅ I'm 18+ and I agree", "No, thanks"]);
  });

  it("/start in German uses Telegram's language", async () => {
    const u = h.user({ id: 102, languageCode: "de-AT" });
    await u.send("/start");
    expect(u.replyText()).toContain("begrenzten, messbaren Versuch");
    expect(u.buttons()[0]).toContain("einverstanden");
  });

  it("accepting consent stores it with its date and /privacy shows it", async () => {
    const u = h.user({ id: 103 });
    await u.send("/start");
    await u.tap(/18\+/);
    expect(u.replyText()).toContain("consent was recorded on Jan 4, 2027");
    const profile = await h.deps.stores.profiles.get(103);
    expect(profile?.consent?.agreedAt).toBe("2027-01-04T08:00:00.000Z");
    await u.send("/privacy");
    const privacy = u.replyText();
    expect(privacy).toContain("given on Jan 4, 2027");
    expect(privacy).toContain("180 days");
    expect(privacy).toContain("/export");
  });

  it("declining consent stores nothing and says how to come back", async () => {
    const u = h.user({ id: 104 });
    await u.send("/start");
    await u.tap("No, thanks");
    expect(u.replyText()).toMatch(/nothing about you has been stored[\s\S]*\/start/);
    expect(await scanKeys(h.redis, `${h.prefix}{u:104}*`)).toEqual([]);
  });

  it("health features wait for consent", async () => {
    const u = h.user({ id: 105 });
    await u.send("/privacy");
    expect(u.replyText()).toContain("not given yet");
  });

  it("/help lists every command in both languages", async () => {
    const en = h.user({ id: 106 });
    await en.send("/help");
    const text = en.replyText();
    for (const c of ["/start", "/plan", "/checkin", "/summary", "/privacy", "/language", "/export", "/delete", "/safety"]) {
      expect(text).toContain(c);
    }
    const de = h.user({ id: 107, languageCode: "de" });
    await de.send("/help");
    expect(de.replyText()).toContain("Was ich kann");
  });

  it("/language switches and remembers the choice after consent", async () => {
    const u = await h.consentedUser({ id: 108, languageCode: "en" });
    await u.send("/language");
    await u.tap("Deutsch");
    expect(u.replyText()).toContain("ab jetzt Deutsch");
    await u.send("/help");
    expect(u.replyText()).toContain("Was ich kann");
    expect((await h.deps.stores.profiles.get(108))?.locale).toBe("de");
  });

  it("answers unknown commands, free text and stickers with a pointer", async () => {
    const u = h.user({ id: 109 });
    await u.send("/frobnicate");
    expect(u.replyText()).toContain("/frobnicate");
    await u.send("hello there");
    expect(u.replyText()).toContain("/help");
    await u.sendSticker();
    expect(u.replyText()).toContain("/help");
    await u.sendVoice();
    expect(u.replyText()).toContain("/help");
  });

  it("in a group it points to the private chat once and then stays silent", async () => {
    const g = h.user({ id: 110, chat: { id: -500, type: "group", title: "Family" } });
    await g.send("/start");
    expect(g.replyText()).toContain("private chat");
    await g.send("/help");
    await g.send("anything");
    expect(g.replies()).toHaveLength(0);
  });

  it("a forged or unknown button answers without changing anything", async () => {
    const u = h.user({ id: 111 });
    await u.send("/start");
    const msg = u.last()!;
    await u.tapData(msg, "consent:maybe");
    await u.tapData(msg, "totally-unknown");
    expect(await h.deps.stores.profiles.get(111)).toBeNull();
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");
  });

  it("the same update delivered twice is handled once", async () => {
    const u = h.user({ id: 112 });
    const update = await u.sendUpdate({
      message: { message_id: 1, date: 0, chat: { id: 112, type: "private", first_name: "A" }, from: { id: 112, is_bot: false, first_name: "A" }, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] },
    });
    await h.bot.handleUpdate(update);
    expect(u.replies()).toHaveLength(1);
  });
});

describe("error boundary", () => {
  afterEach(async () => {
    await h.close();
  });

  it("a throwing handler gets an apology in the user's language and the bot keeps working", async () => {
    const boom = new Composer<BotContext>();
    boom.command("boom", () => {
      throw new Error("kaputt");
    });
    h = await createHarness({ extend: () => ({ features: [boom] }) });
    const u = await h.consentedUser({ id: 120, languageCode: "de" });
    await u.send("/boom");
    expect(u.replyText()).toContain("Entschuldigung");
    expect((await h.deps.stores.profiles.get(120))?.consent).toBeDefined();
    await u.send("/help");
    expect(u.replyText()).toContain("Was ich kann");
    expect(h.logs.text).toMatch(/"updateId":\d+/);
    expect(h.logs.text).toContain("handler failed");
  });
});

describe("command menus", () => {
  it("are set per language at start", async () => {
    const { FakeBotApi } = await import("../../src/local/bot-api-server.js");
    const { createBot } = await import("../../src/bot/index.js");
    const { setCommandMenus } = await import("../../src/bot/commands.js");
    h = await createHarness();
    const { i18n } = createBot({ deps: h.deps, token: h.api.token, apiRoot: h.api.apiRoot, botInfo: h.api.botInfo });
    await setCommandMenus(h.bot.api, i18n, "en");
    const de = h.api.commands.find((c) => c.language_code === "de");
    expect(de?.commands.find((c) => c.command === "help")?.description).toBe("Alles, was ich kann");
    expect(h.api.commands.find((c) => c.language_code === undefined)?.commands).toHaveLength(20);
    expect(de?.commands.find((c) => c.command === "report")?.description).toBe("Einseitiger Bericht (PDF) für Ärztin/Arzt");
    expect(de?.commands.find((c) => c.command === "method")?.description).toBe("Wie ich am Ende des Blocks entscheide");
    expect(FakeBotApi).toBeDefined();
    await h.close();
  });
});
