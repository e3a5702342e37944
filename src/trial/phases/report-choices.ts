/**
 * What an end-of-block report offers next, by its outcome (DOMAIN's decision table):
 * - stop: nothing but ending — the sessions stop and a clinician comes first;
 * - no-go: change the plan for another block, or switch (end) — not more weeks of the same, and no
 *   withdrawal check, which has no improvement to test;
 * - not enough data, or unclear with an extension likely to settle it: extending comes first;
 * - otherwise another block, the withdrawal check, one more week, or ending.
 * While a withdrawal check runs, only ending: its report comes before any other next step.
 */
import type { Outcome } from "../analysis/decision.js";

export type ReportChoice = "extend_n" | "extend" | "block" | "withdraw" | "end";

export function reportChoices(outcome: Outcome, extendWeeks: number | null, withdrawalRunning = false): ReportChoice[] {
  if (outcome === "stop" || withdrawalRunning) return ["end"];
  if (outcome === "no_go") return ["block", "end"];
  const suggested = outcome === "unclear" ? extendWeeks : outcome === "not_enough_data" ? 1 : null;
  if (suggested === null) return ["block", "withdraw", "extend", "end"];
  if (suggested > 1) return ["extend_n", "block", "withdraw", "extend", "end"];
  return ["extend", "block", "withdraw", "end"];
}
