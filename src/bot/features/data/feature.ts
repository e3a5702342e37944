/**
 * The user's data rights: /export (two documents: entries as CSV, everything else as JSON) and
 * /delete (explicit confirmation, then every key of the user is gone). Also keeps the profile's
 * "reachable" flag in step with Telegram's my_chat_member updates (blocked / unblocked), which
 * starts and stops the retention clock.
 */
import { FeatureComposer } from "../../feature-composer.js";
import { REACTIONS } from "../../../trial/checkin/entry.js";
import { randomBytes } from "node:crypto";
import { InputFile } from "grammy";
import { DateTime } from "luxon";
import type { BotContext, BotDeps } from "../../context.js";
import { deleteData, exportData } from "./callback-data.js";
import { deleteConfirmKeyboard } from "./keyboards.js";
import { toLang, type Translate } from "../../ui/format.js";
import { loadTrial } from "../reports/service.js";
import { exportSummary } from "./export-summary.js";
import { clinicianFiles, reportReady } from "../reports/report-command.js";
import { ENTRY_COLUMNS, entriesCsv, type CsvLabels, type EntryColumn } from "../../../trial/export.js";
import type { PlanVersion } from "../../../trial/plan/plan.js";
import { allPausedDates } from "../../../store/pauses.js";
import { unlessExpected } from "../../telegram-errors.js";
import { rearmSchedule } from "../basics/come-back.js";
import { audit } from "../../../logger.js";
import { phaseSpans } from "../../../trial/phases/timeline.js";


/** Per-user keys already represented in a structured part of the JSON export. */
const STRUCTURED = ["profile", "phases", "planVersions", "entries", "entryHistory", "safety", "corrupt", "draft", "sched", "retention"];

export const EXPORT_FORMAT = "massage-trial-bot/export";
export const EXPORT_VERSION = 1;

export function csvLabels(t: Translate): CsvLabels {
  return {
    columns: Object.fromEntries(ENTRY_COLUMNS.map((c) => [c, t(`csv-col-${c.replace(/_/g, "-")}`)])) as Record<EntryColumn, string>,
    yes: t("csv-yes"),
    no: t("csv-no"),
    notMeasured: t("csv-not-measured"),
    reactions: Object.fromEntries(REACTIONS.map((r) => [r, t(r === "none" ? "csv-reaction-none" : `sum-reaction-${r}`)])),
  };
}

function localToday(deps: BotDeps, versions: readonly PlanVersion[]): string {
  const zone = versions.at(-1)?.plan.prompt.zone ?? deps.config.DEFAULT_TIMEZONE;
  return DateTime.fromJSDate(deps.clock.now()).setZone(zone).toISODate()!;
}

/** Everything stored about a user: the CSV of daily entries and the JSON of all the rest. */
export async function buildExport(deps: BotDeps, userId: number, t: Translate): Promise<{ csv: string; json: string; entries: number; today: string }> {
  const { stores } = deps;
  // Reading first lets the stores set unreadable values aside; they are exported from there.
  const [profile, plan, entries, replaced, safetyEvents, draft, schedule, timeline] = await Promise.all([
    stores.profiles.get(userId),
    stores.plans.read(userId),
    stores.entries.list(userId),
    stores.entries.history(userId),
    stores.safety.list(userId),
    stores.drafts.get(userId),
    stores.schedule.get(userId),
    stores.phases.read(userId),
  ]);
  const versions = plan.status === "ok" ? plan.versions : [];
  const today = localToday(deps, versions);

  let summary: unknown = null;
  let pausedDates: string[] = [];
  if (versions.length) {
    try {
      pausedDates = await allPausedDates(stores, userId, today, versions[versions.length - 1].plan.prompt.zone);
      const trial = await loadTrial(deps, userId, { versions, timeline });
      if (trial) summary = exportSummary(trial, t);
    } catch (err) {
      deps.logger.warn({ err }, "export: could not compute the summary numbers");
    }
  }

  const phases = versions.length ? phaseSpans(versions, timeline, pausedDates) : [];

  // Entries and replaced entries are exported above, decoded; no need to read them raw again.
  const dump = await stores.userData.dump(userId, ["entries", "entryHistory"]);
  const others = Object.fromEntries(Object.entries(dump).filter(([name]) => !STRUCTURED.includes(name)));
  const json = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: deps.clock.now().toISOString(),
    telegramUserId: userId,
    profile,
    planVersions: versions,
    unfinishedSetup: draft,
    dailyQuestion: schedule,
    entries,
    /** Days the trial was paused (by you or by a safety cue): the analysis leaves them out. */
    pausedDates,
    /** Later blocks, withdrawal checks and the follow-up; `phaseSpans` gives each day's phase. */
    phases: timeline,
    phaseSpans: phases,
    replacedEntries: replaced,
    safetyEvents,
    summary,
    retentionNotice: dump.retention ?? null,
    /** Values that could not be read (damaged or an old format), kept exactly as they were stored. */
    setAside: dump.corrupt ?? [],
    /** Everything else stored under your id (check-in state, pauses, report flags, …), as stored. */
    other: others,
  };
  return { csv: entriesCsv(entries, versions, csvLabels(t), phases), json: JSON.stringify(json, null, 2), entries: entries.length, today };
}

/** The one-page clinician report next to the raw data, once there is a first trial week to show. */
async function sendReportPdf(ctx: BotContext, userId: number, t: Translate): Promise<void> {
  try {
    const trial = await loadTrial(ctx.deps, userId);
    if (!trial || !reportReady(trial)) return;
    const { pdf, file } = await clinicianFiles(t, toLang(await ctx.i18n.getLocale()), trial);
    await ctx.replyWithDocument(new InputFile(pdf, file), { caption: ctx.t("export-caption-pdf") });
  } catch (err) {
    ctx.deps.logger.error({ err }, "export: the clinician report could not be made");
  }
}

async function sendExport(ctx: BotContext): Promise<void> {
  const userId = ctx.from!.id;
  const stored = await ctx.deps.stores.userData.stored(userId);
  if (stored !== "answers") {
    await ctx.reply(ctx.t(stored === "language" ? "data-only-language-stored" : "data-nothing-stored"));
    return;
  }
  await ctx.replyWithChatAction("upload_document").catch(unlessExpected(ctx.deps.logger, "chat action"));
  const t: Translate = (k, v) => ctx.t(k, v);
  const out = await buildExport(ctx.deps, userId, t);
  await ctx.replyWithDocument(new InputFile(Buffer.from(out.csv, "utf8"), `massage-trial-entries-${out.today}.csv`), {
    caption: ctx.t("export-caption-csv", { count: out.entries }),
  });
  await ctx.replyWithDocument(new InputFile(Buffer.from(out.json, "utf8"), `massage-trial-data-${out.today}.json`), {
    caption: ctx.t("export-caption-json"),
  });
  await sendReportPdf(ctx, userId, t);
  await ctx.reply(ctx.t("export-done"));
  audit(ctx.deps.logger, "export", userId);
}

export const dataFeature = new FeatureComposer<BotContext>();

dataFeature.command("export", sendExport);

dataFeature.callbackQuery(exportData.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  await sendExport(ctx);
});

dataFeature.command("delete", async (ctx) => {
  const userId = ctx.from!.id;
  const { userData, entries, plans } = ctx.deps.stores;
  const stored = await userData.stored(userId);
  if (stored !== "answers") {
    // Nothing to confirm: the language choice, or leftovers of an interrupted deletion (a queue entry, a counter).
    await userData.deleteAll(userId);
    await ctx.reply(ctx.t(stored === "language" ? "delete-language-done" : "data-nothing-stored"));
    return;
  }
  const [count, hasPlan] = await Promise.all([entries.list(userId).then((list) => list.length), plans.has(userId)]);
  const token = randomBytes(6).toString("base64url");
  await userData.newConfirmToken(userId, token);
  await ctx.reply(ctx.t("delete-confirm-question", { entries: count, plan: hasPlan ? "yes" : "no" }), {
    reply_markup: deleteConfirmKeyboard((k, v) => ctx.t(k, v), token),
  });
});

dataFeature.callbackQuery(deleteData.filter, async (ctx) => {
  const data = deleteData.unpack(ctx.callbackQuery.data);
  const userId = ctx.from.id;
  // Only the person whose chat it is can confirm; a forged payload is simply expired.
  if (!data || ctx.callbackQuery.message?.chat.id !== userId) {
    await ctx.answerCallbackQuery({ text: ctx.t("expired-button") });
    return;
  }
  const { userData } = ctx.deps.stores;
  const valid = await userData.takeConfirmToken(userId, data.token);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
  if (!valid) {
    await ctx.reply(ctx.t(data.action === "yes" ? "delete-expired" : "delete-cancelled"));
    return;
  }
  if (data.action === "no") {
    await ctx.reply(ctx.t("delete-cancelled"));
    return;
  }
  // Leave any conversation first, so the plugin does not write its state back afterwards.
  await ctx.conversation.exitAll();
  const removed = await userData.deleteAll(userId);
  ctx.deps.logger.info({ keys: removed }, "user data deleted on request");
  audit(ctx.deps.logger, "delete", userId);
  await ctx.reply(ctx.t("delete-done"), { reply_markup: { remove_keyboard: true } });
  ctx.profile = null;
});

/** Telegram tells us when a user blocks (kicked) or unblocks (member) the bot in their private chat. */
dataFeature.on("my_chat_member", async (ctx) => {
  if (ctx.chat.type !== "private") return;
  const status = ctx.myChatMember.new_chat_member.status;
  if (status === "kicked") await ctx.deps.stores.profiles.markInactive(ctx.from.id, ctx.deps.clock.now());
  else if (status === "member") {
    await ctx.deps.stores.profiles.markActive(ctx.from.id);
    if ((await ctx.deps.stores.profiles.get(ctx.from.id))?.consent) await rearmSchedule(ctx.deps, ctx.from.id);
  }
});
