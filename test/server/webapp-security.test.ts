import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness.js";
import { ManualClock } from "../../src/clock.js";
import type { TrialView } from "../../src/server/webapp/api-types.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { FIRST_SESSION, eveningOf, initDataFor, seedTrial, serveWebapp, type WebappServer } from "../support/webapp.js";

const A = 7101;
const B = 7102;
/** Yesterday, as seen from the day after the 6-week block ends. */
const TODAY = addDays(FIRST_SESSION, 42);
const YESTERDAY = addDays(TODAY, -1);

describe("Mini App API: who may see and change what", () => {
  let h: Harness;
  let s: WebappServer;

  beforeEach(async () => {
    h = await createHarness({ clock: new ManualClock(eveningOf(TODAY)) });
    await seedTrial(h, A, "responder");
    await seedTrial(h, B, "non_responder");
    s = await serveWebapp(h);
  });

  afterEach(async () => {
    await s.close();
    await h.close();
  });

  const get = (path: string, initData?: string, headers: Record<string, string> = {}) =>
    fetch(`${s.url}/app/api/${path}`, { headers: { ...(initData ? { authorization: `tma ${initData}` } : {}), ...headers } });
  const post = (path: string, body: string, initData?: string) =>
    fetch(`${s.url}/app/api/${path}`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...(initData ? { authorization: `tma ${initData}` } : {}) },
    });

  it("serves the signed-in user's own trial", async () => {
    const res = await get("trial", initDataFor(h, A));
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("set-cookie")).toBeNull();
    const view = (await res.json()) as TrialView;
    expect(view.days).toHaveLength(49);
    expect(view.decision.headline).toMatch(/improved/i);
    // The numbers on the user's 0-10 scale, like the chat's reports.
    expect(view.decision.numbers.join("\n")).toMatch(/Baseline mean pain: \d(\.\d)? \/ 10\n/);
    expect(view.decision.numbers.join("\n")).not.toContain("/ 100");
  });

  it("answers 401 without initData and with a tampered hash, and returns no data", async () => {
    const none = await get("trial");
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "unauthorized", reason: "missing" });

    const good = initDataFor(h, A);
    const hash = /hash=([0-9a-f]+)/.exec(good)![1];
    const flipped = good.replace(`hash=${hash}`, `hash=${hash.slice(0, -1)}${hash.endsWith("0") ? "1" : "0"}`);
    const tampered = await get("trial", flipped);
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toEqual({ error: "unauthorized", reason: "invalid" });

    // The signed user swapped for another one: the hash no longer matches.
    const otherUser = good.replace(encodeURIComponent(`"id":${A}`), encodeURIComponent(`"id":${B}`));
    expect(otherUser).not.toBe(good);
    expect((await get("trial", otherUser)).status).toBe(401);

    const signedByAnotherBot = initDataFor(h, A).replace(/hash=[0-9a-f]+/, "hash=" + "ab".repeat(32));
    expect((await get("trial", signedByAnotherBot)).status).toBe(401);
  });

  it("answers 401 for initData signed 2 hours ago", async () => {
    const old = await get("trial", initDataFor(h, A, 2 * 3600));
    expect(old.status).toBe(401);
    expect(await old.json()).toEqual({ error: "unauthorized", reason: "expired" });
    expect((await get("trial", initDataFor(h, A, 50 * 60))).status).toBe(200);
  });

  it("answers 403 when user A asks for user B, with nothing of B in the answer", async () => {
    const res = await get(`trial?user=${B}`, initDataFor(h, A));
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).toBe(JSON.stringify({ error: "forbidden" }));
    expect(body).not.toContain(String(B));

    const before = await h.deps.stores.entries.get(B, YESTERDAY);
    const edit = await fetch(`${s.url}/app/api/entry?user=${B}`, {
      method: "POST",
      body: JSON.stringify({ date: YESTERDAY, pain: 1 }),
      headers: { authorization: `tma ${initDataFor(h, A)}`, "content-type": "application/json" },
    });
    expect(edit.status).toBe(403);
    expect(await h.deps.stores.entries.get(B, YESTERDAY)).toEqual(before);
  });

  it("refuses cross-origin calls and preflights, without CORS headers", async () => {
    const res = await get("trial", initDataFor(h, A), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const pre = await fetch(`${s.url}/app/api/trial`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers 413 to an oversized body and saves nothing", async () => {
    const before = await h.deps.stores.entries.get(A, YESTERDAY);
    const res = await post("entry", JSON.stringify({ date: YESTERDAY, pain: 1, pad: "x".repeat(64 * 1024) }), initDataFor(h, A));
    expect(res.status).toBe(413);
    expect(await h.deps.stores.entries.get(A, YESTERDAY)).toEqual(before);
  });

  it.each([
    ["pain 11 on a 0-10 scale", { date: YESTERDAY, pain: 11 }, /whole number from 0 to 10/],
    ["pain 4.5", { date: YESTERDAY, pain: 4.5 }, /whole number from 0 to 10/],
    ["a date in the future", { date: addDays(TODAY, 1), pain: 3 }, /not come yet/],
    ["a date before the trial", { date: addDays(FIRST_SESSION, -8), pain: 3 }, /before your trial started/],
    ["a date past the late window", { date: addDays(TODAY, -4), pain: 3 }, /more than 3 days ago/],
    ["an unknown field", { date: YESTERDAY, pain: 3, userId: B }, /could not be read/],
    ["not a date", { date: "yesterday", pain: 3 }, /date is not valid/],
  ])("answers 400 with a message to %s, and saves nothing", async (_what, body, message) => {
    const before = await h.deps.stores.entries.list(A);
    const history = await h.deps.stores.entries.history(A);
    const res = await post("entry", JSON.stringify(body), initDataFor(h, A));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(message);
    expect(await h.deps.stores.entries.list(A)).toEqual(before);
    expect(await h.deps.stores.entries.history(A)).toEqual(history);
  });

  it("saves a valid edit with the old value in the history and an audit line without the values", async () => {
    const res = await post("entry", JSON.stringify({ date: YESTERDAY, pain: 9, marker: 12.5 }), initDataFor(h, A));
    expect(res.status).toBe(200);
    const saved = await h.deps.stores.entries.get(A, YESTERDAY);
    expect(saved).toMatchObject({ pain: 9, marker: 12.5, corrected: true });
    expect((await h.deps.stores.entries.history(A)).map((e) => e.date)).toContain(YESTERDAY);
    const lines = h.logs.lines.filter((l) => l.includes("entry-edited-in-app"));
    expect(lines).toHaveLength(1);
    // The logger writes user ids pseudonymised, as in every other audit line.
    expect(lines[0]).toMatch(/"userId":"[0-9a-f]+"/);
    const access = h.logs.lines.filter((l) => l.includes('"webapp"'));
    expect(access.length).toBeGreaterThan(0);
    for (const line of [...lines, ...access]) {
      expect(line).not.toMatch(/"pain"|"marker"|12\.5|tgWebAppData|hash=|auth_date/);
    }
  });

  it("hands out the user's own clinician report: as a PDF file, or sent to their chat", async () => {
    const res = await post("report", JSON.stringify({ send: "file" }), initDataFor(h, A));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(h.api.chat(A).filter((m) => m.document)).toHaveLength(0);

    const sent = await post("report", JSON.stringify({ send: "chat" }), initDataFor(h, A));
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as { message: string }).message).toMatch(/in your chat/);
    expect(h.api.chat(A).filter((m) => m.document)).toHaveLength(1);
    expect(h.api.chat(B).filter((m) => m.document)).toHaveLength(0);
  });

  it("limits each user's calls per minute (429), other users unaffected", async () => {
    await s.close();
    s = await serveWebapp(h, { callsPerMinute: 3 });
    const a = initDataFor(h, A);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get("trial", a)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await get("trial", initDataFor(h, B))).status).toBe(200);
  });

  it("serves the page's files with a CSP that allows only our own scripts", async () => {
    const res = await fetch(`${s.url}/app/`);
    // The page itself is public (it holds no data); built or not, it never loads anything from elsewhere.
    if (res.status === 200) {
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await res.text()).not.toMatch(/https?:\/\//);
    } else expect(res.status).toBe(503);
    expect((await fetch(`${s.url}/app/../package.json`)).status).toBe(404);
    expect((await fetch(`${s.url}/app/secret.txt`)).status).toBe(404);
  });
});
