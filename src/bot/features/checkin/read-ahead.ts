/**
 * A check-in button names the date it answers, so what answering it reads (plan, phases, the
 * waiting question, that date's entry, the days before it for the usual marker range and the days
 * after it a back-fill offer looks at) can go out with the update's first read instead of one round
 * trip after another. envOf takes it once; the answer uses the waiting question and the date's entry
 * once (takeAnswerReads); the other dates stay valid, as this update writes only the tapped date.
 */
import type { BotContext } from "../../context.js";
import type { CheckinReads } from "../../../store/checkin-reads.js";
import { addDays } from "../../../trial/time/calendar.js";
import { MAX_DAYS_BACK } from "../../../trial/checkin/checkin.js";
import { isoDate } from "../../../trial/plan/plan.js";
import {
  changeData,
  dayData,
  markerNoneData,
  markerValueData,
  noteData,
  painData,
  reactionData,
  replaceData,
  sessionData,
  symptomData,
  typedPairData,
} from "./callback-data.js";

/** The days before an answered date whose markers give the usual range. */
export const USUAL_MARKER_DAYS = 14;

export function usualMarkerDates(date: string): string[] {
  return Array.from({ length: USUAL_MARKER_DAYS }, (_, i) => addDays(date, -(i + 1)));
}

/** The dates read beside a tapped one: its usual-marker days, and the later days still answerable when it is. */
function nearbyDates(date: string): string[] {
  return [...usualMarkerDates(date), ...Array.from({ length: MAX_DAYS_BACK }, (_, i) => addDays(date, i + 1))];
}

const DATED_TAPS = new Set(
  [painData, markerNoneData, markerValueData, sessionData, reactionData, noteData, changeData, typedPairData, replaceData, dayData, symptomData].map((d) => d.kind),
);

/** The date a check-in button answers, from its payload's shape (the handler validates it fully). */
function tappedDate(data: string | undefined): string | null {
  if (!data) return null;
  const [kind, date] = data.split(":", 2);
  return DATED_TAPS.has(kind) && isoDate.safeParse(date).success ? date : null;
}

/** Starts a check-in button's reads beside the sender's state (an ExtraReads hook). */
export function startCheckinReads(ctx: BotContext): void {
  const userId = ctx.from?.id;
  const date = tappedDate(ctx.callbackQuery?.data);
  if (userId === undefined || date === null) return;
  ctx.checkinReads = ctx.deps.stores.checkinReads.read(userId, date, nearbyDates(date)).catch(() => null);
}

/** The reads started for this update's button, once; null when none were started or Redis did not answer. */
export async function takeCheckinReads(ctx: BotContext): Promise<CheckinReads | null> {
  const reads = ctx.checkinReads;
  ctx.checkinReads = undefined;
  return reads ? await reads : null;
}
