import { Fluent, I18n, type I18nConfig } from "@grammyjs/i18n";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context } from "grammy";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

const BUNDLE_OPTIONS = { useIsolating: false };

export function toLocale(code: string | undefined): Locale | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? "") ? (base as Locale) : undefined;
}

interface ParsedLocales {
  /** The locale files as read (locales/<lang>.ftl, one per language): name and bytes. */
  files: { name: string; bytes: Buffer }[];
  fluent: Fluent;
  locales: string[];
}

/**
 * Parsed Fluent bundles by default locale, with the locale files they were parsed from. Parsing
 * both files takes milliseconds, and every bot parsed them twice (updates, conversations); the
 * bundles are only read once built. A file whose bytes changed is parsed afresh.
 */
const parsed = new Map<Locale, ParsedLocales>();

function readLocaleFiles(): ParsedLocales["files"] {
  return readdirSync(LOCALES_DIR)
    .filter((name) => name.endsWith(".ftl"))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(LOCALES_DIR, name)) }));
}

function parsedLocales(defaultLocale: Locale): ParsedLocales {
  const files = readLocaleFiles();
  const hit = parsed.get(defaultLocale);
  if (hit && hit.files.length === files.length && hit.files.every((f, i) => f.name === files[i].name && f.bytes.equals(files[i].bytes))) return hit;
  const fluent = new Fluent();
  const locales = files.map((f) => f.name.slice(0, -".ftl".length));
  files.forEach((f, i) =>
    fluent.addTranslationSync({
      locales: locales[i],
      source: f.bytes.toString("utf8"),
      isDefault: locales[i] === defaultLocale,
      bundleOptions: BUNDLE_OPTIONS,
    }),
  );
  const entry = { files, fluent, locales };
  parsed.set(defaultLocale, entry);
  return entry;
}

/** An I18n on bundles parsed before (the library would parse the directory in its constructor). */
class ParsedI18n<C extends Context> extends I18n<C> {
  override readonly fluent: Fluent;
  constructor(config: Partial<I18nConfig<C>>, locales: ParsedLocales) {
    super(config);
    this.fluent = locales.fluent;
    this.locales.push(...locales.locales);
  }
}

/** One I18n instance; `negotiate` picks the stored choice, then Telegram's language, then the default. */
export function createI18n<C extends Context>(defaultLocale: Locale, negotiate: (ctx: C) => Locale | undefined | Promise<Locale | undefined>): I18n<C> {
  return new ParsedI18n<C>(
    {
      defaultLocale,
      useSession: false,
      fluentBundleOptions: BUNDLE_OPTIONS,
      localeNegotiator: async (ctx) => (await negotiate(ctx)) ?? toLocale(ctx.from?.language_code) ?? defaultLocale,
    },
    parsedLocales(defaultLocale),
  );
}
