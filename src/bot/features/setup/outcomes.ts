import { audit } from "../../../logger.js";
import { setupRuleText } from "./method.js";
import { DateTime } from "luxon";
import type { BotDeps } from "../../context.js";
import type { Plan } from "../../../trial/plan/plan.js";
import type { Draft } from "../../../trial/plan/draft.js";
import { cueById } from "../../../trial/safety/cues.js";
import { crisisLine, emergencyLine } from "../shared/emergency-lines.js";
import { trialCalendar, addDays } from "../../../trial/time/calendar.js";
import { questionTime, quietMovedLine } from "../shared/question-time.js";
import { longDate, type Translate } from "../../ui/format.js";
import type { SafetyEvent } from "../../../trial/safety/safety-event.js";

/** Urgent answer on the setup screen: record it, stop the setup, tell the user to seek care now ("I have been seen" goes on past it). */
export async function urgentStop(deps: BotDeps, userId: number, draft: Draft, cueId: string, t: Translate): Promise<string> {
  const now = deps.clock.now();
  const zone = draft.answers.zone ?? deps.config.DEFAULT_TIMEZONE;
  await deps.stores.safety.add(userId, {
    cueId,
    group: "urgent",
    date: DateTime.fromJSDate(now).setZone(zone).toISODate()!,
    at: now.toISOString(),
    source: "screen",
    status: "active",
  });
  await deps.stores.drafts.remove(userId);
  const crisis = cueById(cueId)?.crisis === true;
  const numbersZone = draft.answers.zoneConfirmed ? draft.answers.zone : undefined;
  const lines = [t("setup-urgent-stop", { cue: t(`cue-${cueId}`), numbers: emergencyLine(t, numbersZone), crisis: crisis ? "yes" : "no" })];
  if (crisis) lines.push(crisisLine(t, numbersZone));
  return lines.join("\n\n");
}

/** The review was confirmed: save the plan version, the screen answers and the schedule. */
export async function completeSetup(deps: BotDeps, userId: number, draft: Draft, plan: Plan, t: Translate, lang: string): Promise<string> {
  const now = deps.clock.now();
  const today = DateTime.fromJSDate(now).setZone(plan.prompt.zone).toISODate()!;
  const baselineStart = addDays(plan.firstSession, -7);
  const effectiveFrom = draft.mode === "new" ? (baselineStart < today ? baselineStart : today) : today;
  await deps.stores.plans.save(userId, plan, effectiveFrom, now);
  audit(deps.logger, draft.mode === "new" ? "plan-saved" : "plan-changed", userId);
  if (draft.mode === "new") {
    const events: Omit<SafetyEvent, "id">[] = [
      ...draft.screen.areaCues.map((c) => ({ cueId: c.cueId, group: "no_massage_area" as const, area: c.area })),
      ...draft.screen.clinician.map((cueId) => ({ cueId, group: "see_clinician" as const })),
    ].map((e) => ({ ...e, date: today, at: now.toISOString(), source: "screen" as const, status: "active" as const }));
    await deps.stores.safety.addMany(userId, events);
  }
  const next = await deps.stores.schedule.upsert(userId, plan.prompt);
  await deps.stores.drafts.remove(userId);
  if (draft.mode === "edit") return t("setup-saved-edit", { date: longDate(today, lang) });
  const cal = trialCalendar(plan);
  const start = plan.baseline.kind === "daily" ? baselineStart : today;
  const firstDay = start < today ? today : start;
  // Saved after today's question time (as moved by quiet hours): no question comes today, so say so, and offer today at once.
  const todayMissed = firstDay === today && next.localDate > today;
  const qt = await questionTime(deps.stores, userId, plan.prompt.time);
  const saved = t("setup-saved", {
    time: qt.fires,
    zone: plan.prompt.zone,
    start: longDate(todayMissed ? next.localDate : firstDay, lang),
    end: longDate(cal.blockEnd, lang),
  });
  const moved = quietMovedLine(t, qt);
  const late = todayMissed ? [t(today < plan.firstSession ? "setup-saved-late-baseline" : "setup-saved-late", { time: qt.fires })] : [];
  return [saved, ...(moved ? [moved] : []), ...late, setupRuleText(t, plan, lang)].join("\n\n");
}
