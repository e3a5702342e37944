import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { Context } from "grammy";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export function toLocale(code: string | undefined): Locale | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? "") ? (base as Locale) : undefined;
}

/** One I18n instance; `negotiate` picks the stored choice, then Telegram's language, then the default. */
export function createI18n<C extends Context>(defaultLocale: Locale, negotiate: (ctx: C) => Locale | undefined | Promise<Locale | undefined>) {
  return new I18n<C>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => (await negotiate(ctx)) ?? toLocale(ctx.from?.language_code) ?? defaultLocale,
  });
}
