import { describe, expect, it } from "vitest";
import type { Harness } from "../../../support/harness.js";
import { dailyJob, harnessesClosedAfterEach, isReminder, prompts, tickAt, userWithPlan } from "../../../support/checkin.js";
import { initDataFor, serveWebapp } from "../../../support/webapp.js";
import { newPlanUpToTime } from "../../../support/setup-walk.js";

const harness = harnessesClosedAfterEach();
const promptDates = (h: Harness, id: number) => prompts(h, id).map((m) => /Check-in for ([^<\n]*)/.exec(m.text!)![1]);
const lastAlert = (h: Harness) => h.api.callbackAnswers.at(-1);

describe("a question time inside the quiet hours (22:00–07:00 by default)", () => {
  it("setup at 10:00 with 22:30: says 07:00 from tomorrow, why, and where to change it; the question comes then", async () => {
    const h = await harness();
    h.clock.set("2027-01-04T09:00:00Z"); // Mon 10:00 Berlin
    const u = h.user({ id: 1 });
    await newPlanUpToTime(u);
    await u.send("22:30");
    await u.tap("Europe/Berlin");
    await u.tap("In a week");
    u.replies();
    await u.tap("✓ Looks right");
    const text = u.replyText();
    expect(text).toContain("I will ask you every day at <b>07:00</b> (Europe/Berlin), starting on <b>Tue, Jan 5, 2027</b>");
    expect(text).toContain("22:30 is inside your quiet hours (22:00–07:00), so the question comes at 07:00 instead. /settings changes the quiet hours.");
    expect(text).not.toContain("Mon, Jan 4, 2027</b>");
    expect((await h.deps.stores.plans.current(1))?.plan.prompt.time).toBe("22:30");

    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T21:30:00Z"); // 22:30 Berlin
    await tickAt(h, job, "2027-01-05T05:59:00Z");
    expect(prompts(h, 1)).toHaveLength(0);
    await tickAt(h, job, "2027-01-05T06:00:00Z"); // 07:00 Berlin, as said
    expect(promptDates(h, 1)).toEqual(["Tue, Jan 5"]);
  });

  it("/settime 23:15 says 07:00, why, and the next question's real time; /settime and /resume repeat it", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 2);
    await u.send("/settime 23:15"); // Mon 09:00 Berlin: today's 20:00 question had not come yet
    const text = u.replyText();
    expect(text).toContain(
      "from now on I'll ask every day at <b>07:00</b> (Europe/Berlin). 07:00 has already passed today and today's question has not come yet, so here it is now. After that: Tue, Jan 5, 2027, 07:00",
    );
    expect(text).toContain("23:15 is inside your quiet hours (22:00–07:00), so the question comes at 07:00 instead. /settings changes the quiet hours.");
    expect(promptDates(h, 2)).toEqual(["Mon, Jan 4"]);
    await u.send("/settime");
    expect(u.replyText()).toContain("Your daily question comes at <b>07:00</b>");
    await u.send("/cancel");

    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T22:15:00Z"); // 23:15 Berlin
    expect(promptDates(h, 2)).toEqual(["Mon, Jan 4"]);
    await tickAt(h, job, "2027-01-05T06:00:00Z");
    expect(promptDates(h, 2)).toEqual(["Mon, Jan 4", "Tue, Jan 5"]);

    await u.send("/pause");
    h.clock.set("2027-01-06T05:00:00Z"); // Wed 06:00 Berlin
    await u.send("/resume");
    expect(u.replyText()).toContain("The next daily question comes at 07:00.");
  });

  it("/checkin before the baseline names the real time of the first question", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 8, { firstSession: "2027-01-20", prompt: { time: "23:00", zone: "Europe/Berlin" } });
    await u.send("/checkin");
    expect(u.replyText()).toContain("I will send the first question that day at 07:00");
  });

  it("the Mini App shows the real time", async () => {
    const h = await harness();
    await userWithPlan(h, 7, { prompt: { time: "23:15", zone: "Europe/Berlin" } });
    const s = await serveWebapp(h);
    try {
      const res = await fetch(`${s.url}/app/api/trial`, { headers: { authorization: `tma ${initDataFor(h, 7)}` } });
      expect(((await res.json()) as { plan: string[] }).plan).toContain("Daily question at 07:00 (Europe/Berlin)");
    } finally {
      await s.close();
    }
  });

  it("in German", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 3, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(3, h.clock.now(), { locale: "de" });
    await u.send("/settime 23:15");
    expect(u.replyText()).toContain("23:15 liegt in deinen Ruhezeiten (22:00–07:00), darum kommt die Frage stattdessen um 07:00. /settings ändert die Ruhezeiten.");
  });
});

describe("/settings: the reminder line says what really happens", () => {
  it("20:00 question: 'at 21:30 (before your quiet hours)'; 6 h changes nothing and says why; 1 h does; reminders come as said", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 4); // 20:00, reminder 3 h
    await u.send("/settings");
    expect(u.replyText()).toContain("Reminder when a daily question is still unanswered: <b>at 21:30 (before your quiet hours)</b>");
    await u.tap("6 h");
    expect(lastAlert(h)).toMatchObject({ show_alert: true, text: "Nothing changes: because of your quiet hours the reminder still comes at 21:30." });
    expect(u.last()?.text).toContain("<b>at 21:30 (before your quiet hours)</b>");

    const job = dailyJob(h);
    await tickAt(h, job, "2027-01-04T19:00:00Z");
    await tickAt(h, job, "2027-01-04T20:29:00Z");
    expect(h.api.chat(4).filter(isReminder)).toHaveLength(0);
    await tickAt(h, job, "2027-01-04T20:30:00Z"); // 21:30 Berlin, as said
    expect(h.api.chat(4).filter(isReminder)).toHaveLength(1);

    await u.send("/settings");
    await u.tap("1 h");
    expect(lastAlert(h)).toMatchObject({ text: "Saved" });
    expect(u.last()?.text).toContain("<b>1 h after the question</b>");
    await tickAt(h, job, "2027-01-05T19:00:00Z");
    await tickAt(h, job, "2027-01-05T20:00:00Z"); // 21:00 Berlin
    expect(h.api.chat(4).filter(isReminder)).toHaveLength(2);
  });

  it("21:00 question: 'none: too close to your quiet hours'; a delay tapped says why nothing changes; no reminder comes", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 5, { prompt: { time: "21:00", zone: "Europe/Berlin" } });
    await u.send("/settings");
    expect(u.replyText()).toContain("unanswered: <b>none: your question is too close to your quiet hours</b>");
    await u.tap("2 h");
    expect(lastAlert(h)).toMatchObject({ show_alert: true, text: expect.stringContaining("Nothing changes: your question is too close to your quiet hours") });

    const job = dailyJob(h);
    for (const t of ["2027-01-04T20:00:00Z", "2027-01-04T20:30:00Z", "2027-01-04T21:00:00Z", "2027-01-04T23:00:00Z", "2027-01-05T06:00:00Z"]) await tickAt(h, job, t);
    expect(prompts(h, 5)).toHaveLength(1);
    expect(h.api.chat(5).filter(isReminder)).toHaveLength(0);
  });

  it("in German", async () => {
    const h = await harness();
    const { u } = await userWithPlan(h, 6, {}, { languageCode: "de" });
    await h.deps.stores.profiles.update(6, h.clock.now(), { locale: "de" });
    await u.send("/settings");
    expect(u.replyText()).toContain("<b>um 21:30 (vor deinen Ruhezeiten)</b>");
  });
});
