/** Days a back-fill can still offer: prompted, unanswered, inside the late-entry window. */
import { answerableDates } from "./checkin.js";

/**
 * The prompted dates before `today` that are still answerable and have no answer, oldest first;
 * `just` (the day just finished) is left out, and so is any date before `first` (the baseline start).
 */
export function missedDays(prompted: readonly string[], answered: ReadonlySet<string>, today: string, just: string, first: string): string[] {
  const window = new Set(answerableDates(today, first));
  return [...new Set(prompted)].filter((d) => d < today && d !== just && window.has(d) && !answered.has(d)).sort();
}
