import { z } from "zod";
import type { Api } from "grammy";
import type { BotDeps } from "../../bot/context.js";
import { entrySchema, type Entry } from "../../trial/checkin/entry.js";
import { emptyEntry, isAnswerable, isLateAnswer, MAX_DAYS_BACK, validMarker, validPain } from "../../trial/checkin/checkin.js";
import { markerMax } from "../../trial/plan/markers.js";
import { trialCalendar } from "../../trial/time/calendar.js";
import { localDateOf } from "../../trial/time/next-occurrence.js";
import { settleInputChanged } from "../../bot/features/reports/changes.js";
import { checkSettleRule } from "../../bot/features/reports/scheduled.js";
import { readPausedDates } from "../../bot/features/reports/paused.js";
import { audit } from "../../logger.js";
import { longDate, type Lang, type Translate } from "../../bot/ui/format.js";
import { endedMarkOf } from "../../bot/features/reports/service.js";

/** The edit's fields, checked with the entry's own schema (the same as every check-in answer). */
export const entryEditSchema = z
  .object({
    date: entrySchema.shape.date,
    pain: entrySchema.shape.pain,
    scale: entrySchema.shape.scale.optional(),
    marker: entrySchema.shape.marker,
    session: entrySchema.shape.session,
  })
  .strict();

export type EditResult = { ok: true; entry: Entry } | { ok: false; status: 400 | 404; message: string };

const FIELD_MESSAGES: Record<string, string> = { pain: "app-err-pain", marker: "app-err-marker", date: "app-err-date" };

/** The same pain on two scales (45 on 0-100 is 4.5 on 0-10). */
function samePain(a: number, aScale: 10 | 100, b: number, bScale: 10 | 100): boolean {
  return Math.abs((a * 100) / aScale - (b * 100) / bScale) < 1e-9;
}

/**
 * Saves an edit of one day's entry from the Mini App under the rules of /checkin: today or up to
 * MAX_DAYS_BACK days back, not before the baseline, not after the block was ended, pain a whole
 * number on the scale it is given on. The replaced value goes to the entry history; the audit line
 * names the user, never the values.
 */
export async function editEntry(deps: BotDeps, api: Api, userId: number, body: unknown, t: Translate, lang: Lang): Promise<EditResult> {
  const read = await deps.stores.plans.read(userId);
  if (read.status !== "ok") return { ok: false, status: 404, message: t("app-err-no-trial") };
  const plan = read.current.plan;
  const bad = (key: string, vars?: Record<string, string | number>) => ({ ok: false as const, status: 400 as const, message: t(key, vars) });
  const parsed = entryEditSchema.safeParse(body);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    const scale = (body as { scale?: unknown } | null)?.scale;
    const painMax = scale === 10 || scale === 100 ? scale : plan.painScale;
    return bad(FIELD_MESSAGES[field] ?? "app-err-bad-request", { max: field === "marker" ? markerMax(plan.marker) : painMax });
  }
  const edit = parsed.data;
  if (edit.pain === undefined && edit.marker === undefined && edit.session === undefined) return bad("app-err-bad-request");
  const now = deps.clock.now();
  const today = localDateOf(now, plan.prompt.zone);
  const { paused } = await readPausedDates(deps, userId, today, plan.prompt.zone);
  const calendar = trialCalendar(plan, paused);
  if (edit.date > today) return bad("app-err-future");
  if (edit.date < calendar.baseline.start) return bad("app-err-before-trial");
  const ended = endedMarkOf(await deps.stores.reports.ended(userId), plan.firstSession);
  if (ended && edit.date > ended.date) return bad("app-err-after-end", { date: longDate(ended.date, lang) });
  if (!isAnswerable(edit.date, today, calendar.baseline.start)) return bad("app-err-too-old", { days: MAX_DAYS_BACK });

  const existing = await deps.stores.entries.get(userId, edit.date);
  const entry: Entry = {
    ...(existing ?? { ...emptyEntry(edit.date, plan.painScale, now), late: isLateAnswer(edit.date, now, plan.prompt) || undefined }),
    answeredAt: now.toISOString(),
  };
  // Pain comes on the scale the form asked on: the day's own when it was scored before the plan's
  // scale changed (then an unchanged value keeps the old score), else the plan's.
  const asked = edit.scale ?? plan.painScale;
  const scored = existing?.pain !== undefined ? { pain: existing.pain, scale: existing.scale } : null;
  if (edit.pain !== undefined && !(scored && samePain(edit.pain, asked, scored.pain, scored.scale))) {
    if (asked !== plan.painScale && asked !== scored?.scale) return bad("app-err-old-scale");
    const pain = validPain(edit.pain, asked);
    if (pain === null) return bad("app-err-pain", { max: asked });
    entry.pain = pain;
    entry.scale = asked;
  }
  if (edit.marker !== undefined) {
    const marker = edit.marker === null ? null : validMarker(edit.marker, markerMax(plan.marker));
    if (edit.marker !== null && marker === null) return bad("app-err-marker", { max: markerMax(plan.marker) });
    entry.marker = marker;
  }
  if (edit.session !== undefined) {
    entry.session = edit.session;
    if (!edit.session) entry.reactions = [];
  }
  if (existing) entry.corrected = true;
  const checked = entrySchema.parse(entry);
  await deps.stores.checkins.saveAnswer(userId, checked, { archive: existing !== null });
  audit(deps.logger, "entry-edited-in-app", userId);
  if (settleInputChanged(existing, checked)) {
    await checkSettleRule(deps, api, userId, { versions: read.versions }).catch((err) =>
      deps.logger.error({ err, userId }, "webapp: settle check after an edit failed"),
    );
  }
  return { ok: true, entry: checked };
}
