/** /settime: change the daily question's time or time zone (or both: "19:30 Vienna"). */
import { FeatureComposer } from "../../feature-composer.js";
import { audit } from "../../../logger.js";

import { zonedDateTime } from "../../ui/format.js";
import type { BotContext } from "../../context.js";
import { requireConsent } from "../../middlewares/load-profile.js";
import { parseTime, parseZone, type ZoneResult } from "../../../trial/time/time-parse.js";
import { envOf, type CheckinEnv } from "./env.js";
import { questionTime, quietMovedLine } from "../shared/question-time.js";
import { owedToday } from "../../../store/schedule-store.js";
import { deliverToday, stillToAsk } from "./today-now.js";

export const settimeFeature = new FeatureComposer<BotContext>();

type Parsed = { time?: string; zone?: Extract<ZoneResult, { ok: true }> };

/** A time, a zone, or "time zone" / "zone time". */
export function parseSettime(input: string, lang: "en" | "de"): Parsed | null {
  const text = input.trim();
  const time = parseTime(text);
  if (time) return { time };
  const zone = parseZone(text, lang);
  if (zone.ok) return { zone };
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const pairs: [string, string][] = [
      [words.slice(0, i).join(" "), words.slice(i).join(" ")],
      [words.slice(i).join(" "), words.slice(0, i).join(" ")],
    ];
    for (const [t, z] of pairs) {
      const pt = parseTime(t);
      const pz = pt ? parseZone(z, lang) : null;
      if (pt && pz?.ok) return { time: pt, zone: pz };
    }
  }
  return null;
}

async function apply(ctx: BotContext, env: CheckinEnv, input: string) {
  const { t, lang, plan, userId } = env;
  const parsed = parseSettime(input, lang === "de" ? "de" : "en");
  if (!parsed) return ctx.reply(t("ci-settime-invalid"));
  const prompt = { time: parsed.time ?? plan.prompt.time, zone: parsed.zone?.zone ?? plan.prompt.zone };
  // A zone typed here is the user's own choice: from now on it picks their emergency numbers.
  const changed = { ...plan, prompt, ...(parsed.zone ? { zoneConfirmed: true } : {}) };
  const stores = ctx.deps.stores;
  await stores.plans.save(userId, changed, env.today, env.now);
  audit(ctx.deps.logger, "plan-changed", userId);
  const next = await stores.schedule.upsert(userId, prompt);
  await stores.checkins.setState(userId, null);
  // Moved to a time of day already past while today's question has not gone out: the daily job
  // would not ask today any more, so today's question comes now and the day counts as asked.
  const sched = await stores.schedule.get(userId);
  const owed = sched ? owedToday(sched, env.now) : null;
  const today = owed ? { ...env, plan: changed, today: owed.localDate } : null;
  const askNow = today ? await stillToAsk(stores, userId, changed, today.today) : false;
  if (owed) await stores.schedule.markSent(userId, owed.localDate);
  const when = zonedDateTime(next.at, prompt.zone, lang);
  const qt = await questionTime(stores, userId, prompt.time);
  const lines = [t(askNow ? "ci-settime-done-today" : "ci-settime-done", { time: qt.fires, zone: prompt.zone, next: when })];
  const moved = quietMovedLine(t, qt);
  if (moved) lines.push(moved);
  if (parsed.zone?.fixedOffset) lines.push(t("setup-zone-fixed-offset"));
  await ctx.reply(lines.join("\n\n"));
  if (today) await deliverToday(ctx, today, askNow);
}

settimeFeature.command("settime", requireConsent(), async (ctx) => {
  const env = await envOf(ctx);
  if (!env) return;
  const arg = typeof ctx.match === "string" ? ctx.match.trim() : "";
  if (arg) return apply(ctx, env, arg);
  await ctx.deps.stores.checkins.setState(env.userId, { kind: "settime" });
  const qt = await questionTime(ctx.deps.stores, env.userId, env.plan.prompt.time);
  const moved = quietMovedLine(env.t, qt);
  await ctx.reply([env.t("ci-settime-ask", { time: qt.fires, zone: env.plan.prompt.zone }), ...(moved ? [moved] : [])].join("\n\n"));
});

settimeFeature.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/") || !ctx.profile?.consent) return next();
  const state = await ctx.deps.stores.checkins.state(ctx.from.id);
  if (state?.kind !== "settime") return next();
  const env = await envOf(ctx);
  if (env) await apply(ctx, env, ctx.message.text);
});
