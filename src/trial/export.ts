/**
 * The user's data as files: daily entries as a spreadsheet-safe CSV (RFC 4180, UTF-8 with BOM,
 * CRLF), and everything else as JSON. Pure: no Redis, no Telegram, no translations (labels are
 * passed in).
 */
import type { Entry } from "./checkin/entry.js";
import { toPain100, type PlanVersion } from "./plan/plan.js";
import { planOn } from "./analysis/analysis.js";
import { phaseLabel, phaseOn, type PhaseSpan } from "./phases/timeline.js";

/** Characters that make a spreadsheet read a cell as a formula (or hide content), ASCII and full-width. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, and any cell with a quote, comma, line break, edge whitespace or that
 * neutralisation is wrapped in double quotes with inner quotes doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // Numbers we produce are never negative; the check keeps a hypothetical one from becoming a formula.
    return value < 0 ? csvCell(String(value)) : String(value);
  }
  let s = String(value);
  let quote = NEEDS_QUOTES.test(s);
  if (FORMULA_START.test(s)) {
    s = `'${s}`;
    quote = true;
  }
  return quote ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole CSV document: byte-order mark (so spreadsheets read UTF-8), CRLF line ends, final CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return `\uFEFF${[csvRow(header), ...rows.map(csvRow)].join("\r\n")}\r\n`;
}

export const ENTRY_COLUMNS = [
  "date",
  "prompt_time",
  "time_zone",
  "pain",
  "pain_scale",
  "pain_0_100",
  "marker",
  "marker_unit",
  "session",
  "reactions",
  "note",
  "care_changed",
  "late",
  "corrected",
  "answered_at",
  "phase",
] as const;
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

export interface CsvLabels {
  /** Column titles, in ENTRY_COLUMNS order. */
  columns: Record<EntryColumn, string>;
  yes: string;
  no: string;
  /** Shown for "marker not measured today". */
  notMeasured: string;
  /** Body reactions in the reader's language (by reaction id, "none" included); the ids otherwise. */
  reactions?: Readonly<Record<string, string>>;
}

export const DEFAULT_CSV_LABELS: CsvLabels = {
  columns: Object.fromEntries(ENTRY_COLUMNS.map((c) => [c, c])) as Record<EntryColumn, string>,
  yes: "yes",
  no: "no",
  notMeasured: "not measured",
};

function yesNo(v: boolean | undefined, labels: CsvLabels): string {
  return v === undefined ? "" : v ? labels.yes : labels.no;
}

/** The plan in force on a date (the first version for dates before it), or null without a plan. */
function planFor(versions: readonly PlanVersion[], date: string) {
  return versions.length ? planOn(versions, date) : null;
}

/**
 * One row per entry (one entry per date), oldest first. `phases`: the trial's phase spans, for the
 * phase column (baseline, block-N, wash-in-N, withdrawal, follow-up; empty outside every phase).
 */
export function entryRows(
  entries: readonly Entry[],
  versions: readonly PlanVersion[],
  labels: CsvLabels = DEFAULT_CSV_LABELS,
  phases: readonly PhaseSpan[] = [],
) {
  return [...entries]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => {
      const plan = planFor(versions, e.date);
      const row: Record<EntryColumn, string | number | null> = {
        date: e.date,
        prompt_time: plan?.prompt.time ?? null,
        time_zone: plan?.prompt.zone ?? null,
        pain: e.pain ?? null,
        pain_scale: e.pain === undefined ? null : `0-${e.scale}`,
        pain_0_100: e.pain === undefined ? null : round2(toPain100(e.pain, e.scale)),
        marker: e.marker === null ? labels.notMeasured : (e.marker ?? null),
        marker_unit: e.marker === null || e.marker === undefined ? null : plan?.marker.unit || null,
        session: yesNo(e.session, labels),
        reactions: reactionsCell(e.reactions, labels),
        note: e.note ?? null,
        care_changed: yesNo(e.careChanged, labels),
        late: yesNo(e.late ?? false, labels),
        corrected: yesNo(e.corrected ?? false, labels),
        answered_at: e.answeredAt,
        phase: phaseLabel(phaseOn(phases, e.date)) || null,
      };
      return ENTRY_COLUMNS.map((c) => row[c]);
    });
}

function reactionsCell(reactions: readonly string[], labels: CsvLabels): string {
  const label = (r: string) => labels.reactions?.[r] ?? r;
  return reactions.filter((r) => r !== "none").map(label).join("; ") || (reactions.includes("none") ? label("none") : "");
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The daily entries as a CSV document. */
export function entriesCsv(
  entries: readonly Entry[],
  versions: readonly PlanVersion[],
  labels: CsvLabels = DEFAULT_CSV_LABELS,
  phases: readonly PhaseSpan[] = [],
): string {
  return toCsv(
    ENTRY_COLUMNS.map((c) => labels.columns[c]),
    entryRows(entries, versions, labels, phases),
  );
}

/** Parses CSV as written by `toCsv` (used by tests and to prove the file round-trips). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && src[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
