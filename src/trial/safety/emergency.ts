/**
 * Emergency and crisis numbers, chosen by the country that the plan's IANA time zone identifies.
 * Language is not country: only the zone is used. When the country or its numbers are unknown the
 * caller says to use the local emergency number and names EXAMPLE_EMERGENCY_NUMBERS as examples.
 *
 * Only numbers we are sure of are listed; a country missing here is "unknown", never guessed.
 */
import zoneCountry from "../time/zone-country.json" with { type: "json" };

export interface CrisisLine {
  name: string;
  number: string;
}

export interface EmergencyInfo {
  /** ISO 3166-1 alpha-2 code when the zone names a country, else null. */
  country: string | null;
  /** Numbers for a medical emergency, most relevant first; empty when !known. */
  emergency: string[];
  /** Non-urgent medical advice line, where one exists nationwide. */
  nonUrgent?: string;
  /** Crisis line for thoughts of self-harm or suicide. */
  crisis?: CrisisLine;
  /** True when we have numbers for this country. */
  known: boolean;
}

interface CountryNumbers {
  emergency: readonly string[];
  nonUrgent?: string;
  crisis?: CrisisLine;
}

/** What the caller names, as examples only, when the country is unknown. */
export const EXAMPLE_EMERGENCY_NUMBERS = ["112", "911"] as const;

const EU_112: CountryNumbers = { emergency: ["112"] };

const NUMBERS: Readonly<Record<string, CountryNumbers>> = {
  // EU and EEA: 112 everywhere; extra numbers only where we are sure.
  AT: { emergency: ["112", "144"], nonUrgent: "1450", crisis: { name: "TelefonSeelsorge", number: "142" } },
  BE: EU_112,
  BG: EU_112,
  CY: EU_112,
  CZ: { emergency: ["112", "155"] },
  DE: { emergency: ["112"], nonUrgent: "116 117", crisis: { name: "TelefonSeelsorge", number: "0800 111 0 111" } },
  DK: EU_112,
  EE: EU_112,
  ES: { emergency: ["112"], crisis: { name: "Línea 024", number: "024" } },
  FI: EU_112,
  FR: { emergency: ["112", "15"], crisis: { name: "3114 – numéro national de prévention du suicide", number: "3114" } },
  GR: EU_112,
  HR: EU_112,
  HU: EU_112,
  IE: { emergency: ["112", "999"], crisis: { name: "Samaritans", number: "116 123" } },
  IS: EU_112,
  IT: { emergency: ["112", "118"] },
  LI: EU_112,
  LT: EU_112,
  LU: EU_112,
  LV: EU_112,
  MT: EU_112,
  NL: { emergency: ["112"], crisis: { name: "113 Zelfmoordpreventie", number: "0800-0113" } },
  NO: { emergency: ["113", "112"] },
  PL: EU_112,
  PT: EU_112,
  RO: EU_112,
  SE: { emergency: ["112"], nonUrgent: "1177" },
  SI: EU_112,
  SK: EU_112,
  // Rest of Europe
  CH: { emergency: ["112", "144"], crisis: { name: "Die Dargebotene Hand", number: "143" } },
  GB: { emergency: ["999"], nonUrgent: "111", crisis: { name: "Samaritans", number: "116 123" } },
  GG: { emergency: ["999"] },
  IM: { emergency: ["999"] },
  JE: { emergency: ["999"] },
  RU: { emergency: ["112", "103"] },
  TR: { emergency: ["112"] },
  UA: { emergency: ["112", "103"] },
  // Americas
  US: { emergency: ["911"], crisis: { name: "988 Suicide & Crisis Lifeline", number: "988" } },
  PR: { emergency: ["911"] },
  GU: { emergency: ["911"] },
  VI: { emergency: ["911"] },
  CA: { emergency: ["911"], crisis: { name: "9-8-8 Suicide Crisis Helpline", number: "988" } },
  MX: { emergency: ["911"] },
  BR: { emergency: ["192"], crisis: { name: "CVV", number: "188" } },
  // Asia-Pacific and Middle East
  AU: { emergency: ["000"], nonUrgent: "1800 022 222", crisis: { name: "Lifeline", number: "13 11 14" } },
  NZ: { emergency: ["111"], nonUrgent: "0800 611 116", crisis: { name: "Need to talk? 1737", number: "1737" } },
  IN: { emergency: ["112"], crisis: { name: "Tele-MANAS", number: "14416" } },
  JP: { emergency: ["119"] },
  KR: { emergency: ["119"] },
  CN: { emergency: ["120"] },
  HK: { emergency: ["999"] },
  TW: { emergency: ["119"] },
  SG: { emergency: ["995"] },
  PH: { emergency: ["911"] },
  IL: { emergency: ["101"] },
};

const ZONES: Readonly<Record<string, string>> = zoneCountry;
let zonesLower: Map<string, string> | undefined;

/** ISO country code for an IANA zone name (aliases included, case-insensitive), or null. */
export function countryOfZone(zone: string): string | null {
  const exact = ZONES[zone.trim()];
  if (exact) return exact;
  zonesLower ??= new Map(Object.entries(ZONES).map(([z, c]) => [z.toLowerCase(), c]));
  return zonesLower.get(zone.trim().toLowerCase()) ?? null;
}

export function emergencyInfo(zone: string): EmergencyInfo {
  const country = countryOfZone(zone);
  const numbers = country ? NUMBERS[country] : undefined;
  if (!numbers) return { country, emergency: [], known: false };
  const info: EmergencyInfo = { country, emergency: [...numbers.emergency], known: true };
  if (numbers.nonUrgent) info.nonUrgent = numbers.nonUrgent;
  if (numbers.crisis) info.crisis = { ...numbers.crisis };
  return info;
}
