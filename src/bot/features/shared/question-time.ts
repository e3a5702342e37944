/** When the daily question really comes: the chosen time, moved out of the user's quiet hours. */
import type { Stores } from "../../../store/stores.js";
import { promptTimeOutside, type QuietHours } from "../../../trial/time/quiet-hours.js";
import type { Translate } from "../../ui/format.js";

export interface QuestionTime {
  /** The time the user chose. */
  chosen: string;
  /** The time the question is sent at. */
  fires: string;
  quiet: QuietHours | null;
}

export async function questionTime(stores: Pick<Stores, "schedule">, userId: number, chosen: string): Promise<QuestionTime> {
  return questionTimeUnder(chosen, await stores.schedule.quietHours(userId));
}

/** The same, with the quiet hours already read. */
export function questionTimeUnder(chosen: string, quiet: QuietHours | null): QuestionTime {
  return { chosen, fires: promptTimeOutside(chosen, quiet), quiet };
}

/** "22:30 is inside your quiet hours … /settings changes them", or null when the time was not moved. */
export function quietMovedLine(t: Translate, qt: QuestionTime): string | null {
  if (!qt.quiet || qt.fires === qt.chosen) return null;
  return t("quiet-moved", { chosen: qt.chosen, from: qt.quiet.from, to: qt.quiet.to });
}
