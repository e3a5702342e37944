/** What the Mini App's API returns: shared by the server (src/server/webapp) and the page (src/webapp). */

export interface DayView {
  date: string;
  /** Pain on the plan's scale; null when not scored. */
  pain: number | null;
  /**
   * The pain as it was entered, on the scale it was entered on: a day from before a change of the
   * pain scale keeps its own (the edit form asks on it); the plan's scale when the day has no score.
   */
  entered: { pain: number | null; scale: 10 | 100 };
  /** null = not measured (or not asked). */
  marker: number | null;
  session: boolean;
  /** Reactions after a session, already in the user's language. */
  reactions: string[];
  note: string | null;
  corrected: boolean;
  paused: boolean;
  /** Within the same window as /checkin: today and up to 3 days back, not before the baseline, not after the block was ended. */
  editable: boolean;
  /** "baseline", a trial week number, or null before the baseline / after the block. */
  week: number | "baseline" | null;
}

export interface WeekView {
  index: number;
  start: string;
  end: string;
  /** Mean pain on the plan's scale. */
  painMean: number | null;
  painDays: number;
  status: "on_track" | "worth_a_look" | "too_early";
  statusText: string;
}

export interface TrialView {
  lang: "en" | "de";
  today: string;
  scale: 10 | 100;
  /** `max`: the top of a rating marker (0-10), null for an open-ended count or duration. */
  marker: { name: string; unit: string; direction: "higher" | "lower"; max: number | null };
  calendar: { baselineStart: string; firstSession: string; blockEnd: string };
  baseline: { painMean: number | null; painLow: number | null; painHigh: number | null; recalled: boolean };
  days: DayView[];
  weeks: WeekView[];
  /** `stopped`: the block was ended by the "does not settle" stop, not by the user. */
  decision: { kind: "interim" | "final" | "ended"; stopped: boolean; outcome: string; headline: string; asOf: string; numbers: string[] };
  /** The text `/summary` sends, as plain text. */
  summary: string;
  plan: string[];
  reportReady: boolean;
  reportFrom: string;
}

export interface EntryEdit {
  date: string;
  pain?: number;
  /** The scale `pain` was given on (the day's own, see DayView.entered); the plan's when absent. */
  scale?: 10 | 100;
  marker?: number | null;
  session?: boolean;
}

export interface ApiError {
  error: string;
  message?: string;
}
