/**
 * The clinician page of a later block: which block it is, that its baseline is the previous
 * block's last week, and where the trial started — the original baseline and each earlier block's
 * last week against it, from the same phase comparison the chat sends after a later block.
 */
import { phaseSummaryFor, sessionDaysIn } from "../../../trial/phases/summary.js";
import { blockPlans, phaseSpans, type PhaseSpan } from "../../../trial/phases/timeline.js";
import type { Lang, Translate } from "../../ui/format.js";
import { changeText } from "./phase-text.js";
import type { LoadedTrial } from "./service.js";

/** How the page writes a pain value (on the user's scale) and a date range. */
export interface PageFormat {
  value: (value: number | null) => string;
  range: (from: string, to: string) => string;
}

/** "Before block 2: pain 6.3 at the original baseline (…) → 2.7 in the last week of block 1 (…): −3.6 (…)"; null in block 1. */
export function earlierBlocksLine(t: Translate, lang: Lang, trial: LoadedTrial, format: PageFormat): string | null {
  const n = trial.block ?? 1;
  if (n < 2 || !trial.timeline) return null;
  const { plan } = trial.analysis;
  const { value } = format;
  const spanRange = (span: PhaseSpan) => format.range(span.start, span.end ?? span.start);
  const spans = phaseSpans(trial.versions, trial.timeline, trial.paused);
  const summary = phaseSummaryFor(plan, trial.entries, spans, trial.paused);
  const first = blockPlans(trial.versions, trial.timeline)[0]?.plan;
  const baseline = summary.levels.find((l) => l.span.kind === "baseline");
  const original =
    first?.baseline.kind === "recalled"
      ? t("cr-earlier-baseline-recalled", { base: value(first.baseline.pain10 * 10) })
      : t("cr-earlier-baseline", {
          base: value(baseline?.mean ?? null),
          range: baseline ? spanRange(baseline.span) : "–",
          days: baseline?.days ?? 0,
        });
  const blocks = summary.blocks
    .filter((b) => b.block < n)
    .map((b) => {
      const span = spans.find((s) => s.kind === "block" && s.block === b.block);
      const change = b.vsBaseline ? changeText(t, b.vsBaseline, plan.painScale, lang) : null;
      return t("cr-earlier-block", {
        n: b.block,
        last: value(b.end.mean),
        days: b.end.days,
        range: span ? spanRange(span) : "–",
        sessions: span ? sessionDaysIn(trial.entries, span) : 0,
        compared: change ? "yes" : "no",
        change: change ?? "",
      });
    });
  return t("cr-earlier", { n, baseline: original, blocks: blocks.join(" · ") });
}
