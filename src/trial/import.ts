/**
 * Reads trial data for `npm run analyze`: the bot's /export JSON, the /export CSV (English or
 * German labels), or a plain clinician CSV `date,phase,pain,marker`. Pure: text in, a trial
 * out, or an ImportError naming the line and what is wrong.
 */
import { z } from "zod";
import { addDays, daysBetween } from "./time/calendar.js";
import { entrySchema, type Entry } from "./checkin/entry.js";
import { planVersionSchema, type Plan, type PlanVersion } from "./plan/plan.js";
import { parseCsv, ENTRY_COLUMNS } from "./export.js";
import type { SafetyEvent } from "./safety/safety-event.js";
import { EMPTY_TIMELINE, parsePhaseLabel, phaseLabel, phaseSpans, spansFromLabels, timelineSchema, type PhaseSpan, type Timeline } from "./phases/timeline.js";

export class ImportError extends Error {
  constructor(
    readonly line: number | null,
    message: string,
  ) {
    super(line === null ? message : `line ${line}: ${message}`);
  }
}

export interface ImportOptions {
  markerDirection?: "higher" | "lower";
  /** The marker's smallest change that matters, in its own unit. */
  markerMcid?: number;
  /** Pain MCID on 0-100. */
  painMcid?: number;
}

export interface ImportedTrial {
  source: "export-json" | "export-csv" | "clinician-csv";
  versions: PlanVersion[];
  entries: Entry[];
  pausedDates: string[];
  safetyEvents: SafetyEvent[];
  /** The file says nothing about sessions: adherence is not judged. */
  sessionsUnknown: boolean;
  notes: string[];
  /** Later blocks, withdrawal checks, follow-up (the JSON export's record; empty otherwise). */
  timeline: Timeline;
  /** Each day's phase: from the file's phase column, or worked out from the JSON export's record. */
  phases: PhaseSpan[];
}

/** The /export CSV before it had a phase column (still read). */
const LEGACY_COLUMNS = ENTRY_COLUMNS.length - 1;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const YES = new Set(["yes", "ja"]);
const NOT_MEASURED = new Set(["not measured", "nicht gemessen"]);

function validDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  try {
    return addDays(value, 0) === value;
  } catch {
    return false;
  }
}

function number(cell: string, line: number, what: string, min: number, max: number): number | undefined {
  const text = cell.trim();
  if (text === "") return undefined;
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) throw new ImportError(line, `${what} "${cell}" is not a number`);
  if (value < min || value > max) throw new ImportError(line, `${what} ${value} is outside ${min}-${max}`);
  return value;
}

/** A plan for data that came without one: the analysis needs only the calendar, scale and marker. */
function planFor(firstSession: string, lastDate: string, scale: 10 | 100, options: ImportOptions): Plan {
  const weeks = Math.min(20, Math.max(1, Math.ceil((daysBetween(firstSession, lastDate) + 1) / 7)));
  return {
    areas: ["other"],
    goal: "pain",
    minutesPerSession: 30,
    sessionsPerWeek: 1,
    weekdays: [],
    weeks,
    pressure: "moderate",
    otherCare: { kinds: ["none"] },
    prompt: { time: "20:00", zone: "UTC" },
    painScale: scale,
    marker: {
      preset: "custom",
      name: "marker",
      unit: "",
      direction: options.markerDirection ?? "higher",
      ...(options.markerMcid !== undefined ? { minChange: options.markerMcid } : {}),
    },
    ...(options.painMcid !== undefined ? { painMinChange: options.painMcid } : {}),
    excludedAreas: [],
    firstSession,
    baseline: { kind: "daily" },
  };
}

function version(plan: Plan): PlanVersion {
  return { version: 1, effectiveFrom: addDays(plan.firstSession, -7), savedAt: "", plan };
}

function answeredAt(date: string): string {
  return `${date}T20:00:00.000Z`;
}

/**
 * `date,phase,pain,marker` with pain on 0-10 and phase baseline|block (block 1), or any phase the
 * /export writes (block-2, wash-in-2, withdrawal, follow-up): the decision is about block 1, the
 * later phases are compared with it.
 */
function clinicianCsv(rows: string[][], options: ImportOptions): ImportedTrial {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const labels: Record<string, string> = {};
  let firstBlock: string | null = null;
  let lastBlock1: string | null = null;
  let last: string | null = null;
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length === 1 && row[0].trim() === "") return;
    if (row.length !== 4) throw new ImportError(line, `expected 4 cells (date,phase,pain,marker), found ${row.length}`);
    const [date, phase, pain, marker] = row.map((c) => c.trim());
    if (!validDate(date)) throw new ImportError(line, `date "${date}" is not an ISO date (YYYY-MM-DD)`);
    if (seen.has(date)) throw new ImportError(line, `date ${date} appears twice`);
    if (last && date < last) throw new ImportError(line, `date ${date} comes before the line above (${last})`);
    const kind = parsePhaseLabel(phase);
    if (!kind) throw new ImportError(line, `phase "${phase}" must be baseline, block, block-2..4, wash-in-2..4, withdrawal or follow-up`);
    if (kind.kind === "baseline" && firstBlock) throw new ImportError(line, `a baseline day after the block started (${firstBlock})`);
    const block1 = kind.kind === "block" && kind.block === 1;
    if (block1 && !firstBlock) firstBlock = date;
    if (block1) lastBlock1 = date;
    labels[date] = phaseLabel(kind);
    seen.add(date);
    last = date;
    const painValue = number(pain, line, "pain", 0, 10);
    const markerValue = number(marker, line, "marker", 0, 100000);
    if (painValue === undefined && markerValue === undefined) return;
    entries.push({ date, pain: painValue, scale: 10, marker: markerValue ?? null, reactions: [], answeredAt: answeredAt(date) });
  });
  if (!firstBlock) throw new ImportError(null, "no block days: at least one line needs phase block");
  const plan = planFor(firstBlock, lastBlock1!, 10, options);
  const notes: string[] = [];
  const early = entries.filter((e) => e.date < addDays(firstBlock!, -7)).length;
  if (early > 0) notes.push(`${early} baseline day(s) more than 7 days before the first block day are not used`);
  return {
    source: "clinician-csv",
    versions: [version(plan)],
    entries,
    pausedDates: [],
    safetyEvents: [],
    sessionsUnknown: true,
    notes,
    timeline: EMPTY_TIMELINE,
    phases: spansFromLabels(labels),
  };
}

/** The bot's /export CSV: its fixed column order, labels in English or German. */
function exportCsv(rows: string[][], options: ImportOptions & { firstSession?: string }): ImportedTrial {
  const entries: Entry[] = [];
  const labels: Record<string, string> = {};
  const width = rows[0].length;
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length === 1 && row[0] === "") return;
    if (row.length !== width) throw new ImportError(line, `expected ${width} cells, found ${row.length}`);
    const cell = (name: (typeof ENTRY_COLUMNS)[number]) => (row[ENTRY_COLUMNS.indexOf(name)] ?? "").trim();
    const date = cell("date");
    if (!validDate(date)) throw new ImportError(line, `date "${date}" is not an ISO date (YYYY-MM-DD)`);
    const scaleText = cell("pain_scale");
    const scale = scaleText === "" ? 10 : scaleText === "0-10" ? 10 : scaleText === "0-100" ? 100 : null;
    if (scale === null) throw new ImportError(line, `pain scale "${scaleText}" must be 0-10 or 0-100`);
    const pain = number(cell("pain"), line, "pain", 0, scale);
    const markerText = cell("marker");
    const marker = NOT_MEASURED.has(markerText.toLowerCase()) ? null : number(markerText, line, "marker", 0, 100000);
    const parsed = entrySchema.safeParse({
      date,
      pain,
      scale,
      marker: marker ?? null,
      session: YES.has(cell("session").toLowerCase()),
      reactions: [],
      answeredAt: cell("answered_at") || answeredAt(date),
    });
    if (!parsed.success) throw new ImportError(line, parsed.error.issues[0]?.message ?? "not a valid day");
    const phaseText = cell("phase");
    if (phaseText !== "") {
      const kind = parsePhaseLabel(phaseText);
      if (!kind) throw new ImportError(line, `phase "${phaseText}" is not one the export writes`);
      labels[date] = phaseLabel(kind);
    }
    entries.push(parsed.data);
  });
  if (entries.length === 0) throw new ImportError(null, "the file has no days");
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const phases = spansFromLabels(labels);
  const block1 = phases.filter((span) => span.kind === "block" && span.block === 1);
  const firstSession = options.firstSession ?? block1[0]?.start ?? sorted.find((e) => e.session)?.date;
  if (!firstSession) throw new ImportError(null, "no session day in the file: pass --first-session YYYY-MM-DD");
  const scale = sorted.find((e) => e.pain !== undefined)?.scale ?? 10;
  // With a phase column, block 1 ends where the file says; later phases are compared, not judged as block 1.
  const plan = planFor(firstSession, block1.at(-1)?.end ?? sorted.at(-1)!.date, scale, options);
  return {
    source: "export-csv",
    versions: [version(plan)],
    entries: sorted,
    pausedDates: [],
    safetyEvents: [],
    sessionsUnknown: false,
    notes: options.firstSession || block1.length ? [] : [`first session taken as the first logged session, ${firstSession}`],
    timeline: EMPTY_TIMELINE,
    phases,
  };
}

const exportJsonSchema = z.object({
  format: z.literal("massage-trial-bot/export"),
  planVersions: z.array(planVersionSchema).min(1),
  entries: z.array(entrySchema),
  pausedDates: z.array(z.string()).optional(),
  safetyEvents: z.array(z.any()).optional(),
  /** Absent in exports made before the trial had phases after block 1. */
  phases: timelineSchema.optional(),
});

function exportJson(text: string, options: ImportOptions): ImportedTrial {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // One line: some engines quote the offending text across lines.
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ").trim();
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split("\n").length : null;
    throw new ImportError(line, `not valid JSON (${message})`);
  }
  const parsed = exportJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(null, `not a /export file: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const { planVersions, entries } = parsed.data;
  const versions = planVersions.map((v) => ({
    ...v,
    plan: {
      ...v.plan,
      ...(options.painMcid !== undefined ? { painMinChange: options.painMcid } : {}),
      marker: {
        ...v.plan.marker,
        ...(options.markerDirection ? { direction: options.markerDirection } : {}),
        ...(options.markerMcid !== undefined ? { minChange: options.markerMcid } : {}),
      },
    },
  }));
  const timeline = parsed.data.phases ?? EMPTY_TIMELINE;
  const pausedDates = parsed.data.pausedDates ?? [];
  return {
    source: "export-json",
    versions,
    entries,
    pausedDates,
    safetyEvents: (parsed.data.safetyEvents ?? []) as SafetyEvent[],
    sessionsUnknown: false,
    notes: [],
    timeline,
    phases: phaseSpans(versions, timeline, pausedDates),
  };
}

/** Detects the format from the content. */
export function importTrial(text: string, options: ImportOptions & { firstSession?: string } = {}): ImportedTrial {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trimStart().startsWith("{")) return exportJson(body, options);
  const normalised = body.replace(/\r?\n/g, "\r\n");
  const rows = parseCsv(normalised);
  if (rows.length === 0) throw new ImportError(1, "the file is empty");
  const header = rows[0].map((c) => c.trim().toLowerCase());
  if (header.join(",") === "date,phase,pain,marker") return clinicianCsv(rows, options);
  if (header.length === ENTRY_COLUMNS.length || header.length === LEGACY_COLUMNS) return exportCsv(rows, options);
  throw new ImportError(1, `unknown header "${rows[0].join(",")}": expected date,phase,pain,marker or a /export CSV`);
}
