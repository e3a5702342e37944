import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../../../support/harness.js";
import { dailyJob, tickAt, userWithPlan } from "../../../support/checkin.js";
import { scanKeys, userKeys } from "../../../support/redis.js";
import { keys } from "../../../../src/store/keys.js";
import { ENTRY_COLUMNS, parseCsv } from "../../../../src/trial/export.js";
import { makeEntry } from "../../../support/trial-fixtures.js";
import type { BotMessage } from "../../../../src/local/bot-api-server.js";
import type { ChatUser } from "../../../../src/local/chat-user.js";
import { initDataFor, serveWebapp } from "../../../support/webapp.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness(); // 2027-01-04T08:00Z, a Monday
});
afterEach(async () => {
  await h.close();
});

/** Every key under the test prefix that mentions the user, plus due/reminder/in-flight set members. */
async function tracesOf(userId: number): Promise<string[]> {
  const found: string[] = [];
  for (const key of await scanKeys(h.redis, `${h.prefix}*`)) {
    // Update ids (upd:<n>) are Telegram's counters, not user ids; they hold only a "done" marker.
    if (/:upd:\d+$/.test(key)) {
      expect(await h.redis.get(key)).toMatch(/^(done|p:[^:]+:\d+)$/);
      continue;
    }
    // The bot process's liveness key ends in a random hex boot id, which can start with the user's digits.
    if (/:live:[0-9a-f]{8}$/.test(key)) continue;
    // Only what follows the test's own prefix: the prefix is random hex and can hold ":13" itself.
    const rest = key.slice(h.prefix.length);
    if (rest.includes(`{u:${userId}}`) || new RegExp(`(^|:)${userId}(?![0-9a-z])`, "i").test(rest)) found.push(key);
    const type = await h.redis.type(key);
    if (type === "zset") {
      const members = await h.redis.zrange(key, "0", "-1");
      if (members.some((m) => m === String(userId) || m.startsWith(`${userId}:`))) found.push(`${key} (member)`);
    } else if (type === "hash" && key.includes(":inflight:")) {
      if ((await h.redis.hexists(key, String(userId))) === 1) found.push(`${key} (field)`);
    }
  }
  return found;
}

/** A user with a plan, a full check-in answered through the bot, earlier entries and a safety event. */
async function userWithData(id: number, languageCode = "en"): Promise<ChatUser> {
  h.clock.set("2027-01-04T08:00:00Z");
  const { u } = await userWithPlan(h, id, {}, { languageCode });
  for (const [date, pain] of [["2027-01-01", 6], ["2027-01-02", 5.5]] as const) {
    await h.deps.stores.entries.save(id, makeEntry(date, pain, { marker: 15 }));
  }
  const job = dailyJob(h);
  await tickAt(h, job, "2027-01-04T19:00:00Z");
  await u.tap("4");
  await u.send("20");
  // A session logged with /session that day (the baseline week asks no session question), then the note.
  await u.send("/session");
  await u.tap(languageCode === "de" ? "Heute" : "Today");
  await u.tap(languageCode === "de" ? "Muskelkater" : "Soreness");
  await u.tap(/Done|Fertig/);
  await u.tap(languageCode === "de" ? "📝 Notiz hinzufügen" : "📝 Add a note");
  await u.send('=HYPERLINK("http://evil.example","click"), then "quotes", commas\nand a second line');
  await h.deps.stores.safety.add(id, { cueId: "nerve_symptoms", group: "see_clinician", date: "2027-01-04", at: "2027-01-04T19:10:00Z", source: "note", status: "active" });
  u.replies();
  return u;
}

function documents(messages: BotMessage[]) {
  return messages.filter((m) => m.document).map((m) => ({ name: m.document!.filename, text: m.document!.data.toString("utf8"), caption: m.caption }));
}

describe("/export", () => {
  it("sends the daily entries as CSV and everything else as JSON", async () => {
    const u = await userWithData(1);
    await u.send("/export");
    const replies = u.replies();
    const docs = documents(replies);
    expect(docs.map((d) => d.name)).toEqual(["massage-trial-entries-2027-01-04.csv", "massage-trial-data-2027-01-04.json"]);
    expect(docs[0].caption).toContain("3 days");
    expect(replies.at(-1)?.text).toContain("everything I have stored about you");

    const rows = parseCsv(docs[0].text);
    expect(rows[0]).toEqual(["date", "question time", "time zone", "pain", "pain scale", "pain (0-100)", "daily measure", "unit", "session", "body reactions", "note", "other care changed", "answered late", "corrected", "answered at (UTC)", "phase"]);
    expect(rows).toHaveLength(4);
    const today = Object.fromEntries(ENTRY_COLUMNS.map((c, i) => [c, rows[3][i]]));
    expect(today).toMatchObject({
      date: "2027-01-04",
      prompt_time: "20:00",
      time_zone: "Europe/Berlin",
      pain: "4",
      pain_scale: "0-10",
      pain_0_100: "40",
      marker: "20",
      session: "yes",
      reactions: "soreness",
      late: "no",
      corrected: "no",
      phase: "baseline",
    });
    // The formula is neutralised; quotes, commas and the line break survive inside one quoted cell.
    expect(today.note).toBe('\'=HYPERLINK("http://evil.example","click"), then "quotes", commas\nand a second line');
    expect(docs[0].text).toContain('"\'=HYPERLINK(""http://evil.example"",""click""), then ""quotes"", commas\nand a second line"');
    expect(rows[1].slice(0, 6)).toEqual(["2027-01-01", "20:00", "Europe/Berlin", "6", "0-10", "60"]);
    expect(rows[2][5]).toBe("55");

    const json = JSON.parse(docs[1].text);
    expect(json.format).toBe("massage-trial-bot/export");
    expect(json.telegramUserId).toBe(1);
    expect(json.profile.consent.agreedAt).toBe("2027-01-04T08:00:00.000Z");
    expect(json.planVersions).toHaveLength(1);
    expect(json.planVersions[0].plan.firstSession).toBe("2027-01-11");
    expect(json.entries).toHaveLength(3);
    expect(json.safetyEvents).toEqual([expect.objectContaining({ cueId: "nerve_symptoms", group: "see_clinician" })]);
    expect(json.summary.baseline).toMatchObject({ painDays: 1, painMean: 40 });
    expect(json.summary.calendar.plannedWeeks).toBe(4);
    expect(json.summary.weeks).toEqual([]); // still in the baseline week: as in /summary, no week yet
    expect(json.summary.decision).toMatchObject({ report: "interim", outcome: "not_enough_data" });
    expect(json.dailyQuestion).toMatchObject({ time: "20:00", zone: "Europe/Berlin" });
    expect(Object.keys(json.other)).toContain("checkin");
    expect(json.setAside).toEqual([]);
  });

  it("speaks German headers and values for a German user", async () => {
    const u = await userWithData(2, "de");
    await u.send("/export");
    const [csv] = documents(u.replies());
    const rows = parseCsv(csv.text);
    expect(rows[0].slice(0, 4)).toEqual(["Datum", "Fragezeit", "Zeitzone", "Schmerz"]);
    expect(rows[3][8]).toBe("ja");
  });

  it("the CSV caption says it is comma-separated with decimal points and how to import it, in English and German", async () => {
    const en = await userWithData(5);
    await en.send("/export");
    const [enCsv] = documents(en.replies());
    expect(enCsv.caption).toContain("3 days) as a comma-separated file (CSV) with a point before decimals");
    expect(enCsv.caption).toContain("import the file instead and choose the comma as separator and the point as decimal separator");
    expect(enCsv.caption).not.toContain("opens in any spreadsheet");

    const de = await userWithData(6, "de");
    await de.send("/export");
    const [deCsv] = documents(de.replies());
    expect(deCsv.caption).toContain("3 Tage) als kommagetrennte Datei (CSV) mit Punkt als Dezimalzeichen");
    expect(deCsv.caption).toContain("wähle das Komma als Trennzeichen und den Punkt als Dezimaltrennzeichen");
    expect(deCsv.caption).not.toContain("jeder Tabellenkalkulation");
    // What the caption describes: the header first (no "sep=" line), commas between cells, "5.5" with a point.
    expect(deCsv.text.startsWith("\uFEFFDatum,Fragezeit,")).toBe(true);
    expect(parseCsv(deCsv.text)[2].slice(3, 6)).toEqual(["5.5", "0-10", "55"]);
  });

  it("includes values that were set aside as unreadable, exactly as stored", async () => {
    const u = await userWithData(3);
    await h.redis.hset(keys(h.prefix).entries(3), "2027-01-03", "{not json");
    await u.send("/export");
    const json = JSON.parse(documents(u.replies())[1].text);
    expect(json.entries).toHaveLength(3);
    expect(json.setAside).toEqual([{ key: "entries", date: "2027-01-03", raw: "{not json" }]);
  });

  it("says so when nothing is stored", async () => {
    const u = h.user({ id: 4 });
    await u.send("/export");
    expect(u.replyText()).toContain("nothing stored about you");
    await u.send("/delete");
    expect(u.replyText()).toContain("nothing stored about you");
  });
});

describe("/delete", () => {
  it("with a plan but no daily entries yet, the list of what goes reads naturally", async () => {
    const { u } = await userWithPlan(h, 16);
    await u.send("/delete");
    const ask = u.replyText();
    expect(ask).toContain(
      "This removes everything I have stored about you: your plan and its earlier versions, your safety answers, your daily question and any unfinished setup — there are no daily entries yet. I will stop sending you questions.",
    );
    expect(ask).not.toMatch(/\(no daily entries yet\)|notes/);
  });

  it("without a plan, it names neither a plan nor the daily questions", async () => {
    const u = await h.consentedUser({ id: 17 });
    await u.send("/delete");
    const ask = u.replyText();
    expect(ask).toContain("your consent, any safety answers and any unfinished setup — there is no plan and no daily entry yet. This cannot be undone.");
    expect(ask).not.toMatch(/your plan|stop sending you questions/);
  });

  it("in German, with a plan and no entries", async () => {
    const { u } = await userWithPlan(h, 18, {}, { languageCode: "de" });
    await u.send("/delete");
    const ask = u.replyText();
    expect(ask).toContain("deine tägliche Frage und eine angefangene Einrichtung — tägliche Einträge gibt es noch keine. Danach schicke ich dir keine Fragen mehr.");
    expect(ask).not.toMatch(/\(noch keine täglichen Einträge\)|Notizen/);
  });

  it("asks first; 'keep' deletes nothing", async () => {
    const u = await userWithData(10);
    const before = (await scanKeys(h.redis, `${h.prefix}{u:10}:*`)).sort();
    await u.send("/delete");
    const ask = u.replyText();
    expect(ask).toContain("Delete all your data?");
    expect(ask).toContain("your plan and its earlier versions, your 3 daily entries, your notes, your safety answers");
    expect(ask).toContain("/export");
    expect(u.buttons()).toEqual(["🗑 Yes, delete everything", "No, keep my data"]);
    await u.tap("No, keep my data");
    expect(u.replyText()).toContain("Nothing was deleted");
    const after = (await scanKeys(h.redis, `${h.prefix}{u:10}:*`)).filter((k) => !k.endsWith(":deleteConfirm"));
    expect(after.sort()).toEqual(before.filter((k) => !k.endsWith(":flood")).concat(after.filter((k) => k.endsWith(":flood"))).sort());
    expect(await h.deps.stores.entries.list(10)).toHaveLength(3);
  });

  it("after confirmation removes every key of the user, in-progress setup included, and the scheduler never prompts again", async () => {
    const u = await userWithData(11);
    const other = await userWithData(12);
    // An unfinished plan change: draft + live conversation state.
    await u.send("/plan");
    await u.tap(/Change Dose/);
    await u.send("50");
    const k = keys(h.prefix);
    expect(await h.redis.exists(k.conv(11))).toBe(1);
    expect(await h.redis.exists(k.draft(11))).toBe(1);
    // A reminder is pending for today's prompt, and tomorrow's prompt is queued.
    expect(await h.deps.stores.checkins.reminderAt(11, "2027-01-04")).not.toBeNull();
    await h.deps.stores.checkins.scheduleReminder(11, "2027-01-05", new Date("2027-01-05T22:00:00Z"));
    expect(await h.deps.stores.schedule.dueScore(11)).not.toBeNull();
    expect((await tracesOf(11)).length).toBeGreaterThan(8);
    u.replies();

    await u.send("/delete");
    await u.tap("🗑 Yes, delete everything");
    expect(u.replyText()).toContain("everything I had stored about you is deleted");
    expect((await tracesOf(11)).join(", ")).toBe("");
    expect(await userKeys(h.redis, h.prefix, 11)).toEqual([]);

    // The other user is untouched.
    expect(await h.deps.stores.entries.list(12)).toHaveLength(3);
    expect(await h.deps.stores.schedule.dueScore(12)).not.toBeNull();

    // Days later: prompts and reminders go to the other user only.
    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    await tickAt(h, job, "2027-01-05T22:30:00Z");
    await tickAt(h, job, "2027-01-06T19:00:00Z");
    expect(u.replies()).toEqual([]);
    expect(other.replyText()).toContain("Check-in for");
    expect((await tracesOf(11)).join(", ")).toBe("");

    // Starting over is possible and begins with consent.
    await u.send("/start");
    expect(u.buttons()).toEqual(["✅ I'm 18+ and I agree", "No, thanks"]);
  });

  it("refuses a stale, forged or foreign confirmation", async () => {
    const u = await userWithData(13);
    await u.send("/delete");
    const first = u.last()!;
    await u.send("/delete"); // a newer request replaces the token of the first
    const current = u.last()!;
    u.replies();
    const firstYes = first.reply_markup!.inline_keyboard![0][0].callback_data!;
    await u.tapData(first, firstYes);
    expect(u.replyText()).toContain("expired, so nothing was deleted");
    await u.tapData(first, "del:yes:forged");
    expect(u.replyText()).toContain("expired, so nothing was deleted");
    await u.tapData(first, "del:yes:not/valid!!");
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");

    const yes = current.reply_markup!.inline_keyboard![0][0].callback_data!;
    // Someone else tapping the button (a forwarded or forged update) deletes nothing of anyone.
    await h.deps.stores.userData.newConfirmToken(14, yes.split(":")[2]);
    await u.tapData(current, yes, 14);
    expect(await h.deps.stores.entries.list(13)).toHaveLength(3);
    expect(h.api.callbackAnswers.at(-1)?.text).toContain("expired");

    // The real confirmation still works once, and a second tap finds nothing to do.
    await u.tapData(current, yes);
    expect(u.replyText()).toContain("is deleted");
    expect((await tracesOf(13)).join(", ")).toBe("");
    await u.tapData(current, yes);
    expect(u.replyText()).toContain("nothing was deleted");
  });

  it("a confirmation expires after 10 minutes", async () => {
    const u = await userWithData(15);
    await u.send("/delete");
    await h.redis.pexpire(keys(h.prefix).deleteConfirm(15), 1);
    await new Promise((r) => setTimeout(r, 20));
    await u.tap("🗑 Yes, delete everything");
    expect(u.replyText()).toContain("expired");
    expect(await h.deps.stores.entries.list(15)).toHaveLength(3);
  });
});

describe("after /delete, only the language picked with /language", () => {
  const texts = {
    en: {
      language: "English",
      onlyLanguage: "I have nothing stored about you except the language you picked with /language (kept for 30 days at most unless you agree to start a trial), so there is nothing to export. /delete removes the language choice as well.",
      languageDeleted: "Done: the language you picked was the only thing I had stored about you, and it is deleted now.",
      nothing: "I have nothing stored about you, so there is nothing to export or delete.",
    },
    de: {
      language: "Deutsch",
      onlyLanguage: "Ich habe nichts über dich gespeichert außer der Sprache, die du mit /language gewählt hast (höchstens 30 Tage lang, solange du keinem Versuch zustimmst) — es gibt also nichts zu exportieren. /delete löscht auch die Sprachwahl.",
      languageDeleted: "Erledigt: Die gewählte Sprache war das Einzige, was ich über dich gespeichert hatte, und sie ist jetzt gelöscht.",
      nothing: "Ich habe nichts über dich gespeichert — es gibt also nichts zu exportieren oder zu löschen.",
    },
  };

  for (const [lang, id] of [["en", 40], ["de", 41]] as const) {
    it(`/export sends no files but says the language choice is all that is kept, and /delete removes it (${lang})`, async () => {
      const text = texts[lang];
      const u = await userWithData(id, lang);
      await u.send("/delete");
      await u.tap(/🗑/);
      // The Mini App opened after the deletion: it finds no trial, and its rate counter is no data.
      const app = await serveWebapp(h);
      const res = await fetch(`${app.url}/app/api/trial`, { headers: { authorization: `tma ${initDataFor(h, id, 0, lang)}` } });
      await app.close();
      expect(res.status).toBe(404);
      await u.send("/language");
      await u.tap(text.language);
      u.replies();

      await u.send("/export");
      const replies = u.replies();
      expect(documents(replies)).toEqual([]);
      expect(replies.map((m) => m.text)).toEqual([text.onlyLanguage]);

      await u.send("/delete");
      expect(u.replyText()).toBe(text.languageDeleted);
      expect(await scanKeys(h.redis, `${h.prefix}{u:${id}}:chosenLocale`)).toEqual([]);
      await u.send("/export");
      expect(u.replyText()).toBe(text.nothing);
    });
  }
});

describe("/privacy", () => {
  it("states what is kept, for how long, and that nothing is shared", async () => {
    const u = await h.consentedUser({ id: 20 });
    await u.send("/privacy");
    const text = u.replyText();
    for (const expected of [
      "What I keep about you",
      "your daily answers",
      "safety answers",
      "never shared",
      "No person reads it",
      "180 days after your trial ends or after you block the bot",
      "remind you 7 days before",
      "/export",
      "/delete",
      "given on Jan 4, 2027",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("uses RETENTION_DAYS and speaks German", async () => {
    await h.close();
    h = await createHarness({ env: { RETENTION_DAYS: "30" } });
    const u = h.user({ id: 21, languageCode: "de" });
    await u.send("/privacy");
    const text = u.replyText();
    expect(text).toContain("spätestens 30 Tage nach dem Ende deines Versuchs");
    expect(text).toContain("nie weitergegeben");
    expect(text).toContain("noch nicht erteilt");
  });
});

describe("consent and reachability", () => {
  it("a user who declines consent has nothing stored, not even a counter", async () => {
    const u = h.user({ id: 30 });
    await u.send("hello");
    await u.send("/start");
    await u.tap("No, thanks");
    expect((await tracesOf(30)).join(", ")).toBe("");
  });

  it("blocking and unblocking the bot (my_chat_member) sets and clears the inactive date", async () => {
    const u = await h.consentedUser({ id: 31 });
    const change = (status: "kicked" | "member") =>
      u.sendUpdate({
        my_chat_member: {
          chat: { id: 31, type: "private", first_name: "A" },
          from: { id: 31, is_bot: false, first_name: "A" },
          date: 0,
          old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: h.api.botInfo },
          new_chat_member: { status, user: h.api.botInfo, ...(status === "kicked" ? { until_date: 0 } : {}) },
        },
      });
    await change("kicked");
    expect(await h.deps.stores.profiles.get(31)).toMatchObject({ active: false, inactiveSince: "2027-01-04T08:00:00.000Z" });
    h.clock.advance(3_600_000);
    await change("kicked");
    expect((await h.deps.stores.profiles.get(31))?.inactiveSince).toBe("2027-01-04T08:00:00.000Z");
    await change("member");
    const p = await h.deps.stores.profiles.get(31);
    expect(p?.active).toBe(true);
    expect(p?.inactiveSince).toBeUndefined();
    expect(u.replies()).toEqual([]);
  });
});
