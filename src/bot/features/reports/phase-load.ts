import type { BotDeps } from "../../context.js";
import { loadTrial, type LoadedTrial } from "./service.js";
import { blockPlans, phaseSpans, type PhaseSpan, type Timeline } from "../../../trial/phases/timeline.js";

export interface LoadedPhases {
  trial: LoadedTrial;
  timeline: Timeline;
  spans: PhaseSpan[];
  /** The current (latest) block's number. */
  block: number;
}

/** The trial with its phases, read once; null without a (readable) plan. */
export async function loadPhases(deps: BotDeps, userId: number): Promise<LoadedPhases | null> {
  const [trial, timeline] = await Promise.all([loadTrial(deps, userId), deps.stores.phases.read(userId)]);
  if (!trial) return null;
  const spans = phaseSpans(trial.versions, timeline, trial.paused);
  return { trial, timeline, spans, block: blockPlans(trial.versions, timeline).at(-1)?.n ?? 1 };
}
