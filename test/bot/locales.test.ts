import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LOCALES, LOCALES_DIR } from "../../src/bot/i18n.js";

function keysOf(locale: string): Set<string> {
  const files: string[] = [];
  for (const name of readdirSync(LOCALES_DIR)) {
    const full = join(LOCALES_DIR, name);
    if (statSync(full).isDirectory()) {
      if (name === locale) for (const f of readdirSync(full)) if (f.endsWith(".ftl")) files.push(join(full, f));
    } else if (name.split(".")[0] === locale && name.endsWith(".ftl")) files.push(full);
  }
  const keys = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/^(-?[a-zA-Z][\w-]*)\s*=/gm)) keys.add(m[1]);
  }
  return keys;
}

describe("locale files", () => {
  it("every key exists in every language", () => {
    const all = LOCALES.map((l) => ({ l, keys: keysOf(l) }));
    for (const a of all) {
      for (const b of all) {
        const missing = [...a.keys].filter((k) => !b.keys.has(k));
        expect(missing, `in ${a.l} but not in ${b.l}`).toEqual([]);
      }
    }
    expect(all[0].keys.size).toBeGreaterThan(30);
  });

  it("no key is defined twice in a file (Fluent would silently keep one of them)", () => {
    for (const l of LOCALES) {
      const keys = [...readFileSync(join(LOCALES_DIR, `${l}.ftl`), "utf8").matchAll(/^(-?[a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), l).toEqual([]);
    }
  });

  it("no text credits the massage with a change: the numbers improved, nothing 'worked'", () => {
    // DOMAIN: "your numbers improved", never "massage works"; a before/after comparison shows no cause.
    const causal = /massage works|what worked|massage helped|hat gewirkt|Massage wirkt|Massage hat geholfen/i;
    for (const l of LOCALES) {
      const text = readFileSync(join(LOCALES_DIR, `${l}.ftl`), "utf8");
      const hits = text.split("\n").filter((line) => causal.test(line));
      expect(hits, l).toEqual([]);
    }
  });

  it("German quotes: every „ is closed by “ before the next „ opens", () => {
    const text = readFileSync(join(LOCALES_DIR, "de.ftl"), "utf8");
    // The text after each „ up to the next one: its first quotation mark must be “, not " or ”.
    const unclosed = text
      .split("„")
      .slice(1)
      .filter((quoted) => !/^[^"“”]*“/.test(quoted))
      .map((quoted) => `„${quoted.slice(0, 40)}`);
    expect(unclosed).toEqual([]);
  });
});
