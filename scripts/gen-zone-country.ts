/**
 * Generates src/trial/safety/zone-country.json: IANA time zone → ISO 3166-1 alpha-2 country code.
 *
 *   npx tsx scripts/gen-zone-country.ts [zoneinfo dir, default /usr/share/zoneinfo]
 *
 * Sources:
 * - zone.tab: every geographic zone with its country (authoritative, taken first);
 * - tzdata.zi "L target alias" link lines: old and renamed names (US/Eastern, Europe/Kiev, Asia/Calcutta…)
 *   get the country of the zone they point to, unless zone.tab already names them.
 *
 * Some links point into a different country only because the clocks agree (tzdata merges zones that
 * share history since 1970). Those aliases get their real country from ALIAS_COUNTRY below, which was
 * checked by hand. Non-geographic names (UTC, Etc/*, EST5EDT, CET…) have no country and are left out,
 * so the bot treats them as "country unknown".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const zoneinfo = process.argv[2] ?? "/usr/share/zoneinfo";
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "trial", "safety", "zone-country.json");

/** Links whose target lies in another country: alias → the alias's own country. */
const ALIAS_COUNTRY: Record<string, string> = {
  "Africa/Asmera": "ER", // old spelling of Africa/Asmara (link → Africa/Nairobi)
  "Africa/Timbuktu": "ML", // link → Africa/Abidjan
  "America/Coral_Harbour": "CA", // Nunavut (link → America/Panama)
  "America/Virgin": "VI", // US Virgin Islands (link → America/Puerto_Rico)
  "Antarctica/South_Pole": "AQ", // link → Pacific/Auckland
  "Atlantic/Jan_Mayen": "SJ", // Svalbard and Jan Mayen (link → Europe/Berlin)
  Iceland: "IS", // link → Africa/Abidjan
  "Pacific/Johnston": "UM", // Johnston Atoll (link → Pacific/Honolulu)
  "Pacific/Ponape": "FM", // old name of Pacific/Pohnpei (link → Pacific/Guadalcanal)
  "Pacific/Truk": "FM", // old name of Pacific/Chuuk (link → Pacific/Port_Moresby)
  "Pacific/Yap": "FM", // link → Pacific/Port_Moresby
};

/** Names that are not places; never given a country even if they link to one. */
const NOT_A_PLACE = /^(Etc\/|GMT|UTC|UCT|Universal|Zulu|Greenwich|Factory|EST|MST|HST|CST6CDT|EST5EDT|MST7MDT|PST8PDT|CET|EET|MET|WET)/;

const result: Record<string, string> = {};

for (const line of readFileSync(join(zoneinfo, "zone.tab"), "utf8").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const [country, , zone] = line.split("\t");
  if (country && zone) result[zone] = country;
}

const links: Array<[target: string, alias: string]> = [];
for (const line of readFileSync(join(zoneinfo, "tzdata.zi"), "utf8").split("\n")) {
  const m = /^L (\S+) (\S+)/.exec(line);
  if (m) links.push([m[1], m[2]]);
}

// Links can point at other links; resolve until nothing changes.
let changed = true;
while (changed) {
  changed = false;
  for (const [target, alias] of links) {
    if (alias in result || NOT_A_PLACE.test(alias)) continue;
    const country = ALIAS_COUNTRY[alias] ?? result[target];
    if (country) {
      result[alias] = country;
      changed = true;
    }
  }
}

for (const alias of Object.keys(ALIAS_COUNTRY)) {
  if (!(alias in result)) console.warn(`note: ${alias} is not a link in this tzdata; override unused`);
}

const sorted = Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(out, JSON.stringify(sorted, null, 1) + "\n");
console.log(`wrote ${Object.keys(sorted).length} zones to ${out}`);
