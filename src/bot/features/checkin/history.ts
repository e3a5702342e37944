/** /history: the last 14 days, one line each, with what was saved, late and corrected marks. */
import { FeatureComposer } from "../../feature-composer.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { addDays, trialCalendar } from "../../../trial/time/calendar.js";
import { envOf } from "./env.js";
import { allPausedDates } from "../../../store/pauses.js";
import { entrySummary } from "./keyboards.js";
import { weekdayDate } from "../../ui/format.js";

export const HISTORY_DAYS = 14;

export const historyFeature = new FeatureComposer<BotContext>();

historyFeature.command("history", requireConsent(), async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  const { t, lang, plan } = env;
  const dates = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(env.today, -i));
  const [entries, paused] = await Promise.all([
    ctx.deps.stores.checkins.entriesOn(env.userId, dates),
    allPausedDates(ctx.deps.stores, env.userId, env.today, plan.prompt.zone),
  ]);
  const start = trialCalendar(plan, paused).baseline.start;
  const lines: string[] = [];
  for (const d of dates) {
    const e = entries.get(d);
    if (!e && d < start) continue;
    let text = e ? entrySummary(t, e, plan, lang) : paused.includes(d) ? t("ci-history-paused") : t("ci-history-missing");
    if (e?.late) text += ` · ${t("ci-history-late")}`;
    if (e?.corrected) text += ` · ${t("ci-history-corrected")}`;
    lines.push(t("ci-history-line", { date: weekdayDate(d, lang), text }));
  }
  const body = lines.length ? lines.join("\n") : t("ci-history-empty");
  await ctx.reply([t("ci-history-title", { days: HISTORY_DAYS }), body, t("ci-history-footer")].join("\n\n"));
});
