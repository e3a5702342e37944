import { describe, expect, it } from "vitest";
import { Composer } from "grammy";
import { createLogger, hashId } from "../../src/logger.js";
import { LogSink, createHarness } from "../support/harness.js";
import type { BotContext } from "../../src/bot/context.js";

describe("logs never contain message text, scores, notes or tokens", () => {
  it("redacts sensitive fields and scrubs secrets from errors", () => {
    const sink = new LogSink();
    const token = "123456:SECRET-TOKEN-abcdefghijklmnop";
    const log = createLogger("debug", [token], sink);
    log.info({ text: "my back hurts", note: "took ibuprofen", pain: 7, score: 70, marker: 20, update: { message: { text: "x" } } }, "evt");
    log.error({ err: new Error(`Call to https://api.telegram.org/bot${token}/sendMessage failed`) }, "boom");
    log.error({ err: Object.assign(new Error("x"), { error_code: 400, description: `Bad Request for ${token}` }) }, "tg");
    const out = sink.text;
    for (const secret of ["my back hurts", "ibuprofen", token, '"pain":7', '"score":70', '"marker":20']) expect(out).not.toContain(secret);
    expect(out).toContain("[redacted]");
    expect(out).toContain('"kind":"Error"');
    expect(out).toContain("Bad Request for [secret]");
  });

  it("a real conversation through the bot leaves no user text in the logs", async () => {
    const failing = new Composer<BotContext>();
    failing.hears(/explode/, () => {
      throw new Error("handler broke while reading: explode my sciatica note");
    });
    const h = await createHarness({ extend: () => ({ features: [failing] }) });
    const u = await h.consentedUser({ id: 4242 });
    await u.send("my sciatica is at 8 today, feeling awful");
    await u.send("explode please");
    const out = h.logs.text;
    expect(out).not.toContain("sciatica");
    expect(out).not.toContain("awful");
    expect(out).not.toContain(h.api.token);
    expect(out).not.toContain('"4242"');
    expect(out).toContain(hashId(4242)!);
    await h.close();
  });
});
