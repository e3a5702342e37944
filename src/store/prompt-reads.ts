import type { Stores } from "./stores.js";
import { readPauses, type TrialPauses } from "./pauses.js";
import type { Profile } from "./profile-store.js";
import type { PlanRead } from "./plan-store.js";
import type { TrialEnded } from "./report-store.js";
import type { Timeline } from "../trial/phases/timeline.js";
import type { Entry } from "../trial/checkin/entry.js";

/**
 * Everything the daily prompt and the checks before it (reports, the settle rule, phases, pauses,
 * the "pause?" question, reminders) read about the user: one command per key, sent together.
 */
export interface PromptInputs {
  profile: Profile | null;
  plan: PlanRead;
  /** Without notes. */
  entries: Entry[];
  /** The prompt date's entry, with its note. */
  day: Entry | null;
  pauses: TrialPauses;
  reports: { ended: TrialEnded | null; sent: Set<string> };
  timeline: Timeline;
  checkin: { prompted: string[]; pauseAsked: string | null; remindHours: number };
}

export async function readPromptInputs(stores: Stores, userId: number, date: string): Promise<PromptInputs> {
  const [profile, plan, entries, pauses, reports, timeline, checkin] = await Promise.all([
    stores.profiles.get(userId),
    stores.plans.read(userId),
    stores.entries.listWithDay(userId, date, { note: false }),
    readPauses(stores, userId),
    stores.reports.readAll(userId),
    stores.phases.read(userId),
    stores.checkins.promptFields(userId),
  ]);
  return { profile, plan, entries: entries.entries, day: entries.day, pauses, reports, timeline, checkin };
}
