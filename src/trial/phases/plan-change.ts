/**
 * Whether a later block's plan changes the technique or the dose of the block before it. After a
 * "change or switch" result another block of the same is not advised, and a longer block of the
 * same sessions is still the same: the number of weeks alone does not count, and neither do fixed
 * days moved without changing the gaps between sessions (Mon/Thu → Tue/Fri).
 */
import type { Plan } from "../plan/plan.js";

type Dose = Pick<Plan, "minutesPerSession" | "sessionsPerWeek" | "weekdays" | "pressure" | "therapistPlan">;

export function changesTechniqueOrDose(before: Dose, after: Dose): boolean {
  return (
    before.minutesPerSession !== after.minutesPerSession ||
    before.sessionsPerWeek !== after.sessionsPerWeek ||
    before.pressure !== after.pressure ||
    techniqueOf(before) !== techniqueOf(after) ||
    spacingChanged(before.weekdays, after.weekdays)
  );
}

/** The therapist's plan says what they will do: the technique, as written (case and spacing aside). */
function techniqueOf(plan: Dose): string {
  return (plan.therapistPlan ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Both with fixed days, and the days between sessions round the week differ. */
function spacingChanged(before: readonly number[], after: readonly number[]): boolean {
  if (!before.length || !after.length) return false;
  return gaps(before) !== gaps(after);
}

function gaps(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  const between = days.map((d, i) => (i + 1 < days.length ? days[i + 1] - d : days[0] + 7 - d));
  return between.sort((a, b) => a - b).join(",");
}
