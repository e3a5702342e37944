import { FeatureComposer } from "../../feature-composer.js";
import { InputFile, type Api } from "grammy";
import type { BotContext, BotDeps } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { renderReport } from "../../ui/report-pdf.js";
import { longDate, toLang, type Lang, type Translate } from "../../ui/format.js";
import { clinicianReport, pageDate, reportAvailableFrom, reportFileName } from "./clinician.js";
import { loadTrial, type LoadedTrial } from "./service.js";

/** The report rendered, with its file name; null before the first trial week is over. */
export async function clinicianFiles(t: Translate, lang: Lang, trial: LoadedTrial, name?: string) {
  const report = clinicianReport(t, lang, trial, { name, generatedOn: trial.today });
  const { pdf, png } = await renderReport(report.page);
  return { report, pdf, png, file: reportFileName(report) };
}

/** Whether the report can be made today (the first trial week is over, or the trial was ended). */
export function reportReady(trial: LoadedTrial): boolean {
  return trial.today >= reportAvailableFrom(trial.analysis) || trial.ended !== null;
}

/**
 * Sends the one-page clinician report: the PDF as a document, then the same page as a photo.
 * `name`: how the user wants to be named on the page (else "Patient").
 */
export async function sendClinicianReport(deps: BotDeps, api: Api, chatId: number, t: Translate, lang: Lang, trial: LoadedTrial, name?: string): Promise<void> {
  const { report, pdf, png, file } = await clinicianFiles(t, lang, trial, name);
  await api.sendDocument(chatId, new InputFile(pdf, file), {
    caption: t("report-caption", { range: `${pageDate(report.from, lang)} – ${pageDate(report.to, lang)}` }),
  });
  await api.sendPhoto(chatId, new InputFile(png, file.replace(/\.pdf$/, ".png")), { caption: t("report-png-caption") });
  deps.logger.info({ kind: "clinician-report", bytes: pdf.length }, "reports: clinician report sent");
}

/** The end-of-block report's attachment: a failure is logged, never thrown (the report itself went out). */
export async function attachClinicianReport(deps: BotDeps, api: Api, chatId: number, t: Translate, lang: Lang, trial: LoadedTrial): Promise<void> {
  try {
    await sendClinicianReport(deps, api, chatId, t, lang, trial);
  } catch (err) {
    deps.logger.error({ err }, "reports: clinician report attachment failed");
  }
}

/** /report [name]: the one-page report for a clinician, any time after the first trial week. */
export const reportFeature = new FeatureComposer<BotContext>();

reportFeature.command("report", requireConsent(), async (ctx) => {
  const lang = toLang(await ctx.i18n.getLocale());
  const t = ctx.t as Translate;
  const trial = await loadTrial(ctx.deps, ctx.from!.id);
  if (!trial) return ctx.reply(t("sum-no-plan"));
  const from = reportAvailableFrom(trial.analysis);
  if (!reportReady(trial)) return ctx.reply(t("report-not-yet", { date: longDate(from, lang) }));
  await ctx.replyWithChatAction("upload_document").catch(() => undefined);
  const name = (typeof ctx.match === "string" ? ctx.match : "").replace(/\s+/g, " ").trim().slice(0, 60);
  try {
    await sendClinicianReport(ctx.deps, ctx.api, ctx.chat?.id ?? ctx.from!.id, t, lang, trial, name || undefined);
  } catch (err) {
    ctx.deps.logger.error({ err }, "reports: clinician report failed");
    return ctx.reply(t("report-failed"));
  }
});
