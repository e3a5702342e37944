/**
 * What the bot does when a safety cue fires during the trial (the "new symptom" button or a
 * check-in note): record it, say so plainly with the right numbers, and pause for urgent cues.
 *
 * The bot never diagnoses and never reassures: messages name what triggered the cue and point to
 * a clinician; every one carries "that's not what I meant". The words live in locales/<lang>.ftl.
 */
import type { InlineKeyboard } from "grammy";
import type { BotDeps } from "../../context.js";
import { numbersZone, type Area } from "../../../trial/plan/plan.js";
import type { CueGroup, SafetyEvent } from "../../../trial/safety/safety-event.js";
import { CUE_GROUP_ORDER, cueById, type RULE_CUE_IDS } from "../../../trial/safety/cues.js";
import { emergencyInfo } from "../../../trial/safety/emergency.js";
import { daysBetween } from "../../../trial/time/calendar.js";
import { followUpRunning } from "../../../trial/phases/followup.js";
import { crisisLine, emergencyLine } from "./emergency-lines.js";
import { areaKeyboard, dismissKeyboard, urgentKeyboard, type PauseKind } from "./safety-keyboards.js";
import { longDate, type Translate } from "../../ui/format.js";

/** A see-a-clinician (or area) cue is not messaged again within this many days of the last time. */
export const REPEAT_AFTER_DAYS = 7;

export type CueSource = "note" | "button";

export interface CueHitLike {
  cueId: string;
  group: CueGroup;
}

/** Everything the safety responses need, from a bot context or a conversation context alike. */
export interface SafetyIO {
  deps: BotDeps;
  userId: number;
  t: Translate;
  lang: string;
  reply(text: string, markup?: InlineKeyboard): Promise<unknown>;
}

export interface RaiseResult {
  /** Events written (one per cue that was messaged). */
  recorded: SafetyEvent[];
  /** Cues not messaged again because the same cue was messaged within REPEAT_AFTER_DAYS. */
  suppressed: string[];
  /** True when an urgent cue paused the trial. */
  paused: boolean;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** "a, b and c" in the user's language. */
export function joinList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(items);
}

export function cueNames(t: Translate, ids: readonly string[], lang: string): string {
  return joinList([...new Set(ids)].map((id) => t(`cue-${id}`)), lang);
}

/**
 * The numbers block of an urgent message: the emergency number for the user's country (from the
 * time zone the user chose or confirmed; otherwise 112 / 911 named as examples), a non-urgent
 * advice line where one exists, and for self-harm a crisis line.
 */
export function numbersBlock(t: Translate, zone: string | undefined, crisis: boolean): string {
  const lines = [emergencyLine(t, zone)];
  const nonUrgent = zone ? emergencyInfo(zone).nonUrgent : undefined;
  if (nonUrgent) lines.push(t("safety-non-urgent-line", { number: nonUrgent }));
  if (crisis) lines.push(crisisLine(t, zone));
  return lines.join("\n");
}

/** The zone that picks the user's emergency numbers: one they chose or confirmed, else undefined. */
export async function zoneOf(deps: BotDeps, userId: number): Promise<string | undefined> {
  const current = await deps.stores.plans.current(userId);
  return current ? numbersZone(current.plan) : undefined;
}

export function areaLabel(t: Translate, area: Area | undefined): string {
  return area ? t(`area-${area}`) : "";
}

// ---------------------------------------------------------------------------------------------
// Events

/**
 * The events written together for one message: same time stamp, date, source and group as the
 * anchor. Thoughts of self-harm have a message of their own, apart from other urgent cues.
 */
export function batchOf(events: readonly SafetyEvent[], anchor: SafetyEvent): SafetyEvent[] {
  return events.filter(
    (e) => e.at === anchor.at && e.date === anchor.date && e.source === anchor.source && e.group === anchor.group && isCrisisEvent(e) === isCrisisEvent(anchor),
  );
}

export function isCrisisEvent(e: SafetyEvent): boolean {
  return cueById(e.cueId)?.crisis === true;
}

/** What lifting these events waits for: being seen, having talked to someone (self-harm), or either. */
export function pauseKindOf(events: readonly SafetyEvent[]): PauseKind {
  const crisis = events.filter(isCrisisEvent).length;
  return crisis === 0 ? "urgent" : crisis === events.length ? "crisis" : "both";
}

/** The most recent earlier event of the same cue within the repeat window (any status), if any. */
export function recentSameCue(events: readonly SafetyEvent[], cueId: string, date: string): SafetyEvent | undefined {
  return events
    .filter((e) => e.cueId === cueId && Math.abs(daysBetween(e.date, date)) < REPEAT_AFTER_DAYS)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/**
 * Records and answers the cues that fired for one check-in date. Urgent cues are never held back;
 * see-a-clinician and area cues are messaged once per REPEAT_AFTER_DAYS for the same cue.
 */
export async function raiseCues(io: SafetyIO, hits: readonly CueHitLike[], opts: { date: string; source: CueSource }): Promise<RaiseResult> {
  const { deps, userId, t, lang } = io;
  const result: RaiseResult = { recorded: [], suppressed: [], paused: false };
  if (!hits.length) return result;
  const [before, current, timeline] = await Promise.all([deps.stores.safety.list(userId), deps.stores.plans.current(userId), deps.stores.phases.read(userId)]);
  const zone = current ? numbersZone(current.plan) : undefined;
  const intro = t(opts.source === "note" ? "safety-source-note" : "safety-source-button");
  // In the follow-up there are no sessions and no daily questions to speak of, only its weekly ones.
  const followUp = followUpRunning(timeline.followUp, opts.date) ? "yes" : "no";
  const at = deps.clock.now().toISOString();
  const repeats: SafetyEvent[] = [];

  for (const group of CUE_GROUP_ORDER) {
    let ids = [...new Set(hits.filter((h) => h.group === group).map((h) => h.cueId))];
    if (group === "urgent") {
      // The same urgent cue for the same day is already open (e.g. a note saved twice): the pause stands.
      const openOn = (id: string) => before.find((e) => e.cueId === id && e.date === opts.date && e.status === "active" && e.source !== "screen");
      const open = (id: string) => openOn(id) !== undefined;
      // Thoughts of self-harm get their own reply first, every time (crisis lines, nothing about
      // massage), and pause the trial like any urgent cue; an open one is not recorded twice.
      const crisisIds = ids.filter((id) => cueById(id)?.crisis);
      ids = ids.filter((id) => !cueById(id)?.crisis);
      if (crisisIds.length) {
        const events: SafetyEvent[] = [];
        for (const cueId of crisisIds.filter((id) => !open(id))) {
          events.push(await deps.stores.safety.add(userId, { cueId, group, date: opts.date, at, source: opts.source, status: "active" }));
        }
        result.recorded.push(...events);
        result.paused = true;
        const anchor = events[0] ?? openOn(crisisIds[0])!;
        await io.reply(crisisText(t, zone, true), urgentKeyboard(t, anchor.id, "crisis"));
      }
      if (ids.some(open)) result.paused = true;
      result.suppressed.push(...ids.filter(open));
      ids = ids.filter((id) => !open(id));
    } else {
      ids = ids.filter((id) => {
        const recent = recentSameCue(before, id, opts.date);
        if (!recent) return true;
        result.suppressed.push(id);
        repeats.push(recent);
        return false;
      });
    }
    if (!ids.length) continue;
    const events: SafetyEvent[] = [];
    for (const cueId of ids) {
      events.push(await deps.stores.safety.add(userId, { cueId, group, date: opts.date, at, source: opts.source, status: "active" }));
    }
    result.recorded.push(...events);
    const anchor = events[0].id;
    const cues = cueNames(t, ids, lang);
    const note = t("safety-keyword-note");
    if (group === "urgent") {
      result.paused = true;
      const text = [t("safety-urgent", { intro, cues, followUp }), numbersBlock(t, zone, false), t("safety-urgent-paused", { followUp }), note].join("\n\n");
      await io.reply(text, urgentKeyboard(t, anchor));
    } else if (group === "no_massage_area") {
      await io.reply([t("safety-area", { intro, cues }), note].join("\n\n"), areaKeyboard(t, anchor, current?.plan.areas ?? []));
    } else {
      await io.reply([t("safety-clinician", { intro, cues }), note].join("\n\n"), dismissKeyboard(t, anchor));
    }
  }

  // A tap on the list always gets an answer, even when the message itself is not repeated.
  if (opts.source === "button" && repeats.length && !result.recorded.length) {
    const last = repeats.sort((a, b) => b.date.localeCompare(a.date))[0];
    await io.reply(t("safety-repeat", { cues: cueNames(t, result.suppressed, lang), date: longDate(last.date, lang) }), dismissKeyboard(t, last.id));
  }
  return result;
}

/**
 * The reply to thoughts of self-harm: the crisis line for the user's country (or a generic hint),
 * the emergency number, that the daily questions wait (when `paused`: there is a trial to pause),
 * and that no one reads along in real time. Nothing about massage.
 */
export function crisisText(t: Translate, zone: string | undefined, paused: boolean): string {
  const lines = [t("safety-crisis"), crisisLine(t, zone), emergencyLine(t, zone)];
  if (paused) lines.push(t("safety-crisis-paused"));
  lines.push(t("safety-crisis-note"));
  return lines.join("\n\n");
}

/** Resolves every event of the anchor's batch that is still active; returns the ones changed. */
export async function resolveBatch(deps: BotDeps, userId: number, anchorId: string, status: "seen" | "dismissed"): Promise<SafetyEvent[]> {
  const events = await deps.stores.safety.list(userId);
  const anchor = events.find((e) => e.id === anchorId);
  if (!anchor) return [];
  const now = deps.clock.now();
  const changed: SafetyEvent[] = [];
  for (const e of batchOf(events, anchor)) {
    if (e.status !== "active") continue;
    const next = await deps.stores.safety.resolve(userId, e.id, status, now);
    if (next) changed.push(next);
  }
  return changed;
}

/** The setup screen's urgent answers that still stand (neither seen nor dismissed). */
export async function openScreenUrgent(deps: BotDeps, userId: number): Promise<SafetyEvent[]> {
  return (await deps.stores.safety.list(userId)).filter((e) => e.group === "urgent" && e.source === "screen" && e.status === "active");
}

/** Resolves a list of events (all open urgent ones, or the setup screen's) at once. */
export async function resolveAll(deps: BotDeps, userId: number, events: readonly SafetyEvent[], status: "seen" | "dismissed"): Promise<SafetyEvent[]> {
  const now = deps.clock.now();
  const changed: SafetyEvent[] = [];
  for (const e of events) {
    const next = await deps.stores.safety.resolve(userId, e.id, status, now);
    if (next) changed.push(next);
  }
  return changed;
}

/** Cue id of the "does not settle" stop (a rule cue, named by `cue-does_not_settle`). */
export const SETTLE_STOP_CUE: (typeof RULE_CUE_IDS)[number] = "does_not_settle";

/**
 * The "does not settle" rule fired a second time (the stop outcome, sent at once by the
 * summaries): pause the trial like an urgent cue. Recorded as a see-a-clinician event from a
 * rule, so the decision keeps its own reason (the second firing) and the report lists the date.
 * Attach `urgentKeyboard(t, event.id)` to the stop message: "I have been seen" and "that's not
 * what I meant" end the pause, and /resume asks the same. Idempotent per firing date.
 */
export async function pauseForSettleStop(deps: BotDeps, userId: number, date: string): Promise<SafetyEvent> {
  const existing = (await deps.stores.safety.list(userId)).find((e) => e.source === "rule" && e.cueId === SETTLE_STOP_CUE && e.date === date);
  if (existing) return existing;
  return deps.stores.safety.add(userId, {
    cueId: SETTLE_STOP_CUE,
    group: "see_clinician",
    date,
    at: deps.clock.now().toISOString(),
    source: "rule",
    status: "active",
  });
}
