import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";

let h: Harness;

describe("parse mode: set once on the API", () => {
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("every message the bot sends, in and outside the setup conversation, is Telegram HTML", async () => {
    const u = await h.consentedUser({ id: 501 });
    await u.send("/help");
    await u.send("/plan");
    await u.tap(/.+/);
    const sent = h.api.allMessages().filter((m) => m.text !== undefined || m.caption !== undefined);
    expect(sent.length).toBeGreaterThan(3);
    for (const m of sent) expect(m.parse_mode).toBe("HTML");
  });

  it("a name with HTML characters reaches the user escaped, not refused by Telegram", async () => {
    const u = h.user({ id: 502, firstName: "<Sam & Co>" });
    await u.send("/start");
    await u.tap(/18\+/);
    u.replies();
    // Without a plan, /start greets by name and goes on into the setup.
    await u.send("/start");
    expect(u.replies()[0]?.text).toContain("&lt;Sam &amp; Co&gt;");
  });
});
