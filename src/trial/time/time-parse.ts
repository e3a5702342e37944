/**
 * Pure parsing of what people type during setup and check-ins: time zones, clock times,
 * calendar dates and numbers. No I/O, no clock: "today" is always passed in.
 */
import { DateTime, FixedOffsetZone, IANAZone, Info } from "luxon";
import tzLookup from "@photostructure/tz-lookup";
import type { Lang } from "./lang.js";
import { daysBetween } from "./calendar.js";

export type { Lang };

export type ZoneResult = { ok: true; zone: string; fixedOffset: boolean } | { ok: false };

export type DateResult =
  | { ok: true; date: string; ambiguous?: { alternatives: [string, string] } }
  | { ok: false };

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

/** Value of a Unicode decimal digit (any script), or -1. Nd digits come in runs of 0..9. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (!/^\p{Nd}$/u.test(ch)) return -1;
  let start = cp;
  while (start > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * NFKC (full-width forms, compatibility characters), then every decimal digit of any script
 * to ASCII, the Arabic decimal separator to '.', the minus sign to '-', odd spaces to ' '.
 */
export function normalizeDigits(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFKC")) {
    const d = digitValue(ch);
    if (d >= 0) out += String(d);
    else if (ch === "\u066B") out += ".";
    else if (ch === "\u066C") out += ",";
    else if (ch === "\u2212") out += "-";
    else if (/^\s$/u.test(ch)) out += " ";
    else out += ch;
  }
  return out;
}

/** Lower case, ß → ss, accents stripped, punctuation → spaces, collapsed. */
function foldName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[._,'’()/-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** German transliteration variant: ä → ae, ö → oe, ü → ue (then folded). */
function foldGermanVariant(s: string): string {
  return foldName(s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"));
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

/** Big cities (English and German names) → IANA zone. Several names may share one zone. */
const CITY_TABLE: ReadonlyArray<readonly [string, readonly string[]]> = [
  // German-speaking
  ["Europe/Berlin", ["Berlin", "Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Dusseldorf", "Leipzig", "Dresden", "Hannover", "Hanover", "Nürnberg", "Nuremberg", "Bremen", "Dortmund", "Essen", "Bonn", "Germany", "Deutschland"]],
  ["Europe/Vienna", ["Wien", "Vienna", "Graz", "Linz", "Salzburg", "Innsbruck", "Austria", "Österreich"]],
  ["Europe/Zurich", ["Zürich", "Zurich", "Bern", "Berne", "Basel", "Genf", "Geneva", "Genève", "Lausanne", "Luzern", "Lucerne", "Switzerland", "Schweiz"]],
  ["Europe/Vaduz", ["Vaduz", "Liechtenstein"]],
  ["Europe/Luxembourg", ["Luxemburg", "Luxembourg"]],
  // Rest of Europe
  ["Europe/London", ["London", "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Edinburg", "Liverpool", "Leeds", "Bristol", "Cardiff", "Belfast", "UK", "United Kingdom", "England", "Scotland", "Wales", "Großbritannien", "Vereinigtes Königreich"]],
  ["Europe/Dublin", ["Dublin", "Cork", "Ireland", "Irland"]],
  ["Europe/Paris", ["Paris", "Lyon", "Marseille", "Toulouse", "Nizza", "Nice", "France", "Frankreich"]],
  ["Europe/Brussels", ["Brüssel", "Brussels", "Bruxelles", "Antwerpen", "Antwerp", "Belgium", "Belgien"]],
  ["Europe/Amsterdam", ["Amsterdam", "Rotterdam", "Den Haag", "The Hague", "Utrecht", "Netherlands", "Niederlande", "Holland"]],
  ["Europe/Madrid", ["Madrid", "Barcelona", "Valencia", "Sevilla", "Seville", "Spain", "Spanien"]],
  ["Atlantic/Canary", ["Las Palmas", "Teneriffa", "Tenerife", "Gran Canaria"]],
  ["Europe/Lisbon", ["Lissabon", "Lisbon", "Lisboa", "Porto", "Portugal"]],
  ["Europe/Rome", ["Rom", "Rome", "Roma", "Mailand", "Milan", "Milano", "Neapel", "Naples", "Turin", "Torino", "Florenz", "Florence", "Venedig", "Venice", "Italy", "Italien"]],
  ["Europe/Copenhagen", ["Kopenhagen", "Copenhagen", "København", "Denmark", "Dänemark"]],
  ["Europe/Stockholm", ["Stockholm", "Göteborg", "Gothenburg", "Sweden", "Schweden"]],
  ["Europe/Oslo", ["Oslo", "Bergen", "Norway", "Norwegen"]],
  ["Europe/Helsinki", ["Helsinki", "Finland", "Finnland"]],
  ["Europe/Warsaw", ["Warschau", "Warsaw", "Warszawa", "Krakau", "Krakow", "Kraków", "Breslau", "Wroclaw", "Wrocław", "Poland", "Polen"]],
  ["Europe/Prague", ["Prag", "Prague", "Praha", "Brünn", "Brno", "Czechia", "Tschechien"]],
  ["Europe/Budapest", ["Budapest", "Hungary", "Ungarn"]],
  ["Europe/Bratislava", ["Bratislava", "Pressburg"]],
  ["Europe/Ljubljana", ["Ljubljana", "Laibach"]],
  ["Europe/Zagreb", ["Zagreb"]],
  ["Europe/Belgrade", ["Belgrad", "Belgrade", "Beograd"]],
  ["Europe/Bucharest", ["Bukarest", "Bucharest", "București", "Romania", "Rumänien"]],
  ["Europe/Sofia", ["Sofia"]],
  ["Europe/Athens", ["Athen", "Athens", "Thessaloniki", "Greece", "Griechenland"]],
  ["Europe/Istanbul", ["Istanbul", "Ankara", "Izmir", "İzmir", "Antalya", "Turkey", "Türkei"]],
  ["Europe/Kyiv", ["Kiew", "Kyiv", "Kiev", "Lwiw", "Lviv", "Odessa", "Odesa", "Ukraine"]],
  ["Europe/Moscow", ["Moskau", "Moscow", "Moskva", "Sankt Petersburg", "St Petersburg", "Saint Petersburg"]],
  ["Europe/Riga", ["Riga"]],
  ["Europe/Vilnius", ["Vilnius", "Wilna"]],
  ["Europe/Tallinn", ["Tallinn", "Reval"]],
  ["Atlantic/Reykjavik", ["Reykjavik", "Reykjavík", "Iceland", "Island"]],
  // Americas
  ["America/New_York", ["New York", "New York City", "NYC", "Boston", "Philadelphia", "Philadelphia", "Washington", "Washington DC", "Miami", "Atlanta", "Detroit", "Pittsburgh", "Baltimore", "Orlando", "Charlotte"]],
  ["America/Toronto", ["Toronto", "Ottawa", "Montreal", "Montréal", "Quebec", "Québec"]],
  ["America/Chicago", ["Chicago", "Houston", "Dallas", "Austin", "San Antonio", "New Orleans", "Minneapolis", "St Louis", "Saint Louis", "Kansas City", "Nashville", "Milwaukee"]],
  ["America/Denver", ["Denver", "Salt Lake City", "Albuquerque", "Boise"]],
  ["America/Phoenix", ["Phoenix", "Tucson"]],
  ["America/Los_Angeles", ["Los Angeles", "LA", "San Francisco", "San Diego", "San Jose", "Seattle", "Portland", "Las Vegas", "Sacramento"]],
  ["America/Vancouver", ["Vancouver"]],
  ["America/Edmonton", ["Calgary", "Edmonton"]],
  ["America/Winnipeg", ["Winnipeg"]],
  ["America/Halifax", ["Halifax"]],
  ["America/Anchorage", ["Anchorage", "Alaska"]],
  ["Pacific/Honolulu", ["Honolulu", "Hawaii"]],
  ["America/Mexico_City", ["Mexico City", "Mexiko Stadt", "Mexiko City", "Ciudad de México", "Guadalajara", "Monterrey"]],
  ["America/Bogota", ["Bogotá", "Bogota", "Kolumbien", "Colombia"]],
  ["America/Lima", ["Lima", "Peru"]],
  ["America/Santiago", ["Santiago", "Santiago de Chile", "Chile"]],
  ["America/Argentina/Buenos_Aires", ["Buenos Aires", "Argentinien", "Argentina"]],
  ["America/Sao_Paulo", ["São Paulo", "Sao Paulo", "Rio de Janeiro", "Rio", "Brasília", "Brasilia"]],
  ["America/Caracas", ["Caracas"]],
  // Africa and Middle East
  ["Africa/Cairo", ["Kairo", "Cairo", "Egypt", "Ägypten"]],
  ["Africa/Johannesburg", ["Johannesburg", "Kapstadt", "Cape Town", "Pretoria", "Durban", "South Africa", "Südafrika"]],
  ["Africa/Lagos", ["Lagos", "Abuja", "Nigeria"]],
  ["Africa/Nairobi", ["Nairobi", "Kenya", "Kenia"]],
  ["Africa/Casablanca", ["Casablanca", "Rabat", "Marrakesch", "Marrakech", "Morocco", "Marokko"]],
  ["Africa/Algiers", ["Algier", "Algiers"]],
  ["Africa/Tunis", ["Tunis"]],
  ["Asia/Jerusalem", ["Jerusalem", "Tel Aviv", "Israel"]],
  ["Asia/Beirut", ["Beirut"]],
  ["Asia/Amman", ["Amman"]],
  ["Asia/Riyadh", ["Riad", "Riyadh", "Dschidda", "Jeddah", "Mekka", "Mecca"]],
  ["Asia/Dubai", ["Dubai", "Abu Dhabi", "Abu Dhabi"]],
  ["Asia/Qatar", ["Doha", "Katar", "Qatar"]],
  ["Asia/Tehran", ["Teheran", "Tehran", "Iran"]],
  // Asia and Oceania
  ["Asia/Karachi", ["Karatschi", "Karachi", "Lahore", "Islamabad", "Pakistan"]],
  ["Asia/Kolkata", ["Mumbai", "Bombay", "Delhi", "New Delhi", "Neu Delhi", "Bangalore", "Bengaluru", "Kolkata", "Kalkutta", "Calcutta", "Chennai", "Madras", "Hyderabad", "Pune", "India", "Indien"]],
  ["Asia/Kathmandu", ["Kathmandu", "Katmandu", "Nepal"]],
  ["Asia/Dhaka", ["Dhaka", "Dakka", "Bangladesh", "Bangladesch"]],
  ["Asia/Bangkok", ["Bangkok", "Thailand"]],
  ["Asia/Ho_Chi_Minh", ["Ho Chi Minh", "Ho Chi Minh City", "Ho-Chi-Minh-Stadt", "Saigon", "Hanoi", "Vietnam"]],
  ["Asia/Jakarta", ["Jakarta", "Dschakarta"]],
  ["Asia/Singapore", ["Singapur", "Singapore"]],
  ["Asia/Kuala_Lumpur", ["Kuala Lumpur", "Malaysia"]],
  ["Asia/Manila", ["Manila", "Philippines", "Philippinen"]],
  ["Asia/Shanghai", ["Shanghai", "Schanghai", "Peking", "Beijing", "Shenzhen", "Guangzhou", "Kanton", "Chengdu", "China"]],
  ["Asia/Hong_Kong", ["Hongkong", "Hong Kong"]],
  ["Asia/Taipei", ["Taipeh", "Taipei", "Taiwan"]],
  ["Asia/Seoul", ["Seoul", "Busan", "Südkorea", "South Korea", "Korea"]],
  ["Asia/Tokyo", ["Tokio", "Tokyo", "Osaka", "Kyoto", "Yokohama", "Japan"]],
  ["Australia/Sydney", ["Sydney", "Canberra"]],
  ["Australia/Melbourne", ["Melbourne"]],
  ["Australia/Brisbane", ["Brisbane"]],
  ["Australia/Adelaide", ["Adelaide"]],
  ["Australia/Perth", ["Perth"]],
  ["Pacific/Auckland", ["Auckland", "Wellington", "Christchurch", "New Zealand", "Neuseeland"]],
];

/** Modern IANA names that an older ICU may not list in Intl.supportedValuesOf. */
const EXTRA_IANA = [
  "Asia/Kolkata",
  "Europe/Kyiv",
  "Asia/Ho_Chi_Minh",
  "Asia/Kathmandu",
  "Asia/Yangon",
  "America/Nuuk",
  "Pacific/Kanton",
  "Atlantic/Faroe",
  "America/Argentina/Buenos_Aires",
  "America/Indiana/Indianapolis",
  "America/Kentucky/Louisville",
  "Etc/UTC",
  "Etc/GMT",
  "UTC",
];

let cityIndex: Map<string, string> | undefined;
let ianaIndex: Map<string, string> | undefined;

function ianaByLower(): Map<string, string> {
  if (!ianaIndex) {
    ianaIndex = new Map();
    const all = [...Intl.supportedValuesOf("timeZone"), ...EXTRA_IANA];
    for (const z of all) if (IANAZone.isValidZone(z)) ianaIndex.set(z.toLowerCase(), z);
    for (let h = -14; h <= 12; h++) {
      const z = h === 0 ? "Etc/GMT" : `Etc/GMT${h > 0 ? "+" : "-"}${Math.abs(h)}`;
      if (IANAZone.isValidZone(z)) ianaIndex.set(z.toLowerCase(), z);
    }
  }
  return ianaIndex;
}

function cities(): Map<string, string> {
  if (!cityIndex) {
    cityIndex = new Map();
    // IANA location names first ("Halifax", "Winnipeg", "Kolkata"), unique ones only …
    const seen = new Map<string, string | null>();
    for (const zone of ianaByLower().values()) {
      const parts = zone.split("/");
      if (parts.length < 2 || parts[0] === "Etc") continue;
      const key = foldName(parts[parts.length - 1].replace(/_/g, " "));
      seen.set(key, seen.has(key) && seen.get(key) !== zone ? null : zone);
    }
    for (const [k, z] of seen) if (z) cityIndex.set(k, z);
    // … then the hand-made table, which wins.
    for (const [zone, names] of CITY_TABLE) {
      for (const n of names) {
        cityIndex.set(foldName(n), zone);
        cityIndex.set(foldGermanVariant(n), zone);
      }
    }
  }
  return cityIndex;
}

/** The city table as data (for tests and for a "which city?" hint). */
export function cityTable(): ReadonlyArray<readonly [string, readonly string[]]> {
  return CITY_TABLE;
}

/** Offset in minutes from "UTC+2", "GMT-5", "+02:00", "+2", "UTC+5:30", "UTC+0530"; null if not one (a sign is required). */
function parseOffsetMinutes(s: string): number | null {
  const m = /^(?:(?:utc|gmt)\s*)?([+-])\s*(\d{1,2})(?:(?::|\.)?(\d{2}))?(?:\s*(?:h|std|hrs?|hours?|stunden?))?$/i.exec(s);
  if (!m) return null;
  const h = Number(m[2]);
  const min = m[3] ? Number(m[3]) : 0;
  if (min >= 60) return null;
  const total = (m[1] === "-" ? -1 : 1) * (h * 60 + min);
  if (total < -12 * 60 || total > 14 * 60) return null;
  return total;
}

/**
 * A zone the scheduler can use: an IANA name or a luxon fixed-offset name ("UTC+2", "UTC+5:30").
 */
export function isValidZone(zone: string): boolean {
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  const valid = IANAZone.isValidZone(zone) || isFixedOffsetZone(zone);
  // Every stored plan is validated on every read; luxon builds an Intl.DateTimeFormat per check.
  if (zoneValidity.size >= 1000) zoneValidity.clear();
  zoneValidity.set(zone, valid);
  return valid;
}

const zoneValidity = new Map<string, boolean>();

function isFixedOffsetZone(zone: string): boolean {
  const z = Info.normalizeZone(zone);
  return !!z && z.isValid && z.type === "fixed" && /^UTC[+-]\d/.test(zone);
}

/**
 * Parse a typed time zone: IANA name (any case), a city or country (English or German), or an
 * offset ("UTC+2", "GMT-5", "+02:00", "UTC+5:30"). Offsets and UTC/GMT/Etc zones come back with
 * fixedOffset: true (they never follow daylight saving).
 */
export function parseZone(input: string, _lang: Lang): ZoneResult {
  const raw = normalizeDigits(input).trim().replace(/\s+/g, " ");
  if (!raw || raw.length > 80) return { ok: false };

  // UTC / GMT / Z alone, or with a zero offset.
  if (/^(utc|gmt|z|zulu|etc\/utc|etc\/gmt)$/i.test(raw)) return { ok: true, zone: "UTC", fixedOffset: true };

  const off = parseOffsetMinutes(raw);
  if (off !== null) {
    const zone = FixedOffsetZone.instance(off).name; // "UTC", "UTC+2", "UTC-5", "UTC+5:30"
    return { ok: true, zone, fixedOffset: true };
  }

  // IANA names, case-insensitively (spaces typed for underscores are fine).
  if (raw.includes("/")) {
    const key = raw.toLowerCase().replace(/ /g, "_");
    const known = ianaByLower().get(key);
    if (known) return { ok: true, zone: known, fixedOffset: known.startsWith("Etc/") || known === "UTC" };
    if (IANAZone.isValidZone(key)) {
      const canonical = new Intl.DateTimeFormat("en", { timeZone: key }).resolvedOptions().timeZone;
      return { ok: true, zone: canonical, fixedOffset: canonical.startsWith("Etc/") || canonical === "UTC" };
    }
    return { ok: false };
  }

  // Cities and countries; "Berlin, Germany" → try "Berlin".
  const index = cities();
  const candidates = [raw, raw.split(",")[0]];
  for (const c of candidates) {
    for (const key of [foldName(c), foldGermanVariant(c)]) {
      const zone = key && index.get(key);
      if (zone) return { ok: true, zone, fixedOffset: false };
    }
  }
  return { ok: false };
}

/** Time zone for a shared Telegram location (offline lookup). null for impossible coordinates. */
export function zoneFromLocation(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  try {
    const zone = tzLookup(lat, lon);
    return isValidZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

const COMMON_ZONES: Record<Lang, readonly string[]> = {
  de: ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
  en: [
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Australia/Sydney",
  ],
};

/** A few zones to offer as buttons. Language is not country: the user can always type a city. */
export function commonZones(lang: Lang): string[] {
  return [...COMMON_ZONES[lang]];
}

// ---------------------------------------------------------------------------------------------
// Clock times
// ---------------------------------------------------------------------------------------------

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * "19:30", "7:30 pm", "7pm", "1930", "930", "19.30", "19h30", "19 Uhr", "19:30 Uhr", "19" → "HH:MM".
 * 12 am = 00:xx, 12 pm = 12:xx. Anything else → null.
 */
export function parseTime(input: string): string | null {
  let s = normalizeDigits(input).trim().toLowerCase().replace(/\s+/g, " ");
  if (!s || s.length > 20) return null;

  let meridiem: "am" | "pm" | null = null;
  const mer = /^(.*?)\s*(a\.?\s?m\.?|p\.?\s?m\.?)$/.exec(s);
  if (mer) {
    meridiem = mer[2].startsWith("a") ? "am" : "pm";
    s = mer[1].trim();
  }
  s = s.replace(/\s*(uhr|h|o'?clock)$/, "").trim();

  let h: number;
  let m: number;
  let mm: RegExpExecArray | null;
  if ((mm = /^(\d{1,2})(?:[:.h]|\s?uhr\s?)(\d{2})$/.exec(s))) {
    h = Number(mm[1]);
    m = Number(mm[2]);
  } else if ((mm = /^(\d{1,2})(\d{2})$/.exec(s)) && !meridiem) {
    h = Number(mm[1]);
    m = Number(mm[2]);
  } else if ((mm = /^(\d{1,2})$/.exec(s))) {
    h = Number(mm[1]);
    m = 0;
  } else {
    return null;
  }
  if (m > 59) return null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (meridiem === "am") h = h === 12 ? 0 : h;
    else h = h === 12 ? 12 : h + 12;
  }
  if (h > 23) return null;
  return `${pad2(h)}:${pad2(m)}`;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {};
(
  [
    [1, ["jan", "january", "januar", "jänner", "janner", "jaenner"]],
    [2, ["feb", "february", "februar", "feber"]],
    [3, ["mar", "march", "mär", "maerz", "märz", "marz", "mrz"]],
    [4, ["apr", "april"]],
    [5, ["may", "mai"]],
    [6, ["jun", "june", "juni"]],
    [7, ["jul", "july", "juli"]],
    [8, ["aug", "august"]],
    [9, ["sep", "sept", "september"]],
    [10, ["oct", "october", "okt", "oktober"]],
    [11, ["nov", "november"]],
    [12, ["dec", "december", "dez", "dezember"]],
  ] as const
).forEach(([n, names]) => names.forEach((name) => (MONTHS[name] = n)));

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  return MONTHS[w] ?? MONTHS[w.normalize("NFD").replace(/\p{M}/gu, "")] ?? null;
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199) return null;
  const dt = DateTime.utc(y, m, d);
  if (!dt.isValid || dt.month !== m || dt.day !== d) return null;
  return dt.toISODate();
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** Next occurrence of day/month on or after `today` (up to 8 years ahead, for 29 Feb). */
function nextOccurrence(m: number, d: number, today: string): string | null {
  const t = DateTime.fromISO(today, { zone: "utc" });
  if (!t.isValid) return null;
  for (let y = t.year; y <= t.year + 8; y++) {
    const iso = isoOf(y, m, d);
    if (iso && iso >= today) return iso;
  }
  return null;
}

/** Last occurrence of day/month before `today` (up to 8 years back, for 29 Feb). */
function lastOccurrence(m: number, d: number, today: string): string | null {
  const t = DateTime.fromISO(today, { zone: "utc" });
  if (!t.isValid) return null;
  for (let y = t.year; y >= t.year - 8; y--) {
    const iso = isoOf(y, m, d);
    if (iso && iso < today) return iso;
  }
  return null;
}

/**
 * Where a date typed without a year goes: to its last occurrence when that is at most
 * `recentDays` back, else to its next one when that is at most `soonDays` ahead; otherwise
 * either could be meant, and both come back, the nearer first.
 */
export interface YearlessWindow {
  recentDays: number;
  soonDays: number;
}

/** A date without a year is always the next occurrence on or after today. */
export const NEXT_OCCURRENCE: YearlessWindow = { recentDays: 0, soonDays: Infinity };

interface Placed {
  date: string;
  /** The same day and month in another year, when either could be meant. */
  other?: string;
}

function placeYearless(m: number, d: number, today: string, window: YearlessWindow): Placed | null {
  const next = nextOccurrence(m, d, today);
  const last = lastOccurrence(m, d, today);
  const back = last ? daysBetween(last, today) : Infinity;
  const ahead = next ? daysBetween(today, next) : Infinity;
  if (last && back <= window.recentDays) return { date: last };
  if (next && ahead <= window.soonDays) return { date: next };
  if (!next || !last) return next || last ? { date: (next ?? last)! } : null;
  return back < ahead ? { date: last, other: next } : { date: next, other: last };
}

function resolve(m: number, d: number, year: string | undefined, today: string, window: YearlessWindow): Placed | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (year === undefined) return placeYearless(m, d, today, window);
  const date = isoOf(fullYear(year), m, d);
  return date ? { date } : null;
}

function placedResult(p: Placed | null): DateResult {
  if (!p) return { ok: false };
  return p.other ? { ok: true, date: p.date, ambiguous: { alternatives: [p.date, p.other] } } : { ok: true, date: p.date };
}

/**
 * Parse a typed date. `today` is the user's local date (YYYY-MM-DD); a date without a year is
 * placed by `window` (by default the next occurrence on or after today). Slash dates where both
 * readings are valid and different ("01/04/2027") come back with `ambiguous`; `date` is then the
 * language's usual reading (en: month first, de: day first), alternatives[0] === date. A date
 * without a year that the window cannot place comes back with both years, the nearer first.
 */
export function parseDate(input: string, lang: Lang, today: string, window: YearlessWindow = NEXT_OCCURRENCE): DateResult {
  const s = normalizeDigits(input).trim().toLowerCase().replace(/\s+/g, " ").replace(/,/g, " ").replace(/\s+/g, " ");
  if (!s || s.length > 40 || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return { ok: false };
  const shift = (days: number) => placedResult({ date: DateTime.fromISO(today, { zone: "utc" }).plus({ days }).toISODate()! });
  const at = (month: number, day: number, year: string | undefined) => resolve(month, day, year, today, window);
  let m: RegExpExecArray | null;

  // Words
  if (/^(today|heute)$/.test(s)) return shift(0);
  if (/^(tomorrow|morgen)$/.test(s)) return shift(1);
  if (/^(day after tomorrow|übermorgen|uebermorgen)$/.test(s)) return shift(2);
  if (/^(yesterday|gestern)$/.test(s)) return shift(-1);

  // ISO, always: 2027-01-04 (also 2027-1-4)
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) return placedResult(at(Number(m[2]), Number(m[3]), m[1]));

  // Day-first with dots: 4.1.2027, 04.01.27, 4.1., 4.1
  if ((m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})?)?$/.exec(s))) return placedResult(at(Number(m[2]), Number(m[1]), m[3]));

  // Slash (or dash with a trailing year): ambiguous between D/M and M/D
  if ((m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/.exec(s)) || (m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const monthFirst = at(a, b, m[3]);
    const dayFirst = at(b, a, m[3]);
    const preferred = lang === "en" ? monthFirst : dayFirst;
    const other = lang === "en" ? dayFirst : monthFirst;
    // Day or month first is asked about first; each reading then stands for its nearer year.
    if (preferred && other && preferred.date !== other.date) {
      return { ok: true, date: preferred.date, ambiguous: { alternatives: [preferred.date, other.date] } };
    }
    return placedResult(preferred ?? other);
  }

  // Month names: "4 Jan", "4. Januar 2027", "4th of January", "January 4", "Jan 4 2027", "Jan 4th, 2027"
  const ord = "(?:st|nd|rd|th)?\\.?";
  if ((m = new RegExp(`^(\\d{1,2})${ord} (?:of )?([\\p{L}]+\\.?)(?: (\\d{4}))?$`, "u").exec(s))) {
    const month = monthNumber(m[2]);
    return month ? placedResult(at(month, Number(m[1]), m[3])) : { ok: false };
  }
  if ((m = new RegExp(`^([\\p{L}]+\\.?) (\\d{1,2})${ord}(?: (\\d{4}))?$`, "u").exec(s))) {
    const month = monthNumber(m[1]);
    return month ? placedResult(at(month, Number(m[2]), m[3])) : { ok: false };
  }
  return { ok: false };
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/**
 * A typed number: "4", " 4 ", "4.5", "4,5", "-2", digits of any script ("٣", "४", "４").
 * A decimal comma is accepted in both languages. A separator followed by exactly three digits
 * that is the language's thousands separator ("1,000" in en, "1.000" in de) is ambiguous → null,
 * so a typo never records a value 1000 times too small. Exponents, NaN, Infinity, "", "4 5" → null.
 */
export function parseNumber(input: string, lang: Lang): number | null {
  const s = normalizeDigits(input).trim();
  const m = /^([+-]?)(\d+)(?:([.,])(\d+))?$/.exec(s);
  if (!m) return null;
  const [, sign, int, sep, frac] = m;
  if (sep && frac.length === 3 && int.length <= 3 && sep === (lang === "en" ? "," : ".")) return null;
  const n = Number(`${sign}${int}${sep ? "." + frac : ""}`);
  return Number.isFinite(n) ? n : null;
}
