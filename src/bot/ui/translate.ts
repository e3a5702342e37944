import type { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { BotDeps } from "../context.js";
import { createI18n, type Locale } from "../i18n.js";
import { toLang, type Lang, type Translate } from "./format.js";

let shared: I18n<Context> | null = null;

/** One I18n instance for messages sent outside an update (scheduled reports), loaded once. */
function i18n(defaultLocale: Lang): I18n<Context> {
  shared ??= createI18n<Context>(defaultLocale as Locale, () => undefined);
  return shared;
}

export function translatorFor(lang: Lang): Translate {
  const instance = i18n(lang);
  return (key, vars) => instance.t(lang, key, vars);
}

/** The user's language as stored with their consent, else the configured default. */
export async function userLang(deps: BotDeps, userId: number): Promise<Lang> {
  const profile = await deps.stores.profiles.get(userId);
  return toLang(profile?.locale ?? deps.config.DEFAULT_LOCALE);
}
