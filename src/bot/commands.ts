import type { Api } from "grammy";
import { LOCALES } from "./i18n.js";

export const COMMANDS = [
  "start", "help", "plan", "checkin", "session", "summary", "history", "pause", "resume",
  "settime", "settings", "safety", "endtrial", "method", "report", "export", "delete", "privacy", "language", "cancel",
] as const;

/** The command menu in every language we speak, plus the default for everyone else. */
export async function setCommandMenus(api: Api, i18n: { t(locale: string, key: string): string }, defaultLocale: string): Promise<void> {
  const list = (locale: string) => COMMANDS.map((c) => ({ command: c, description: i18n.t(locale, `cmd-${c}`) }));
  await api.setMyCommands(list(defaultLocale));
  for (const locale of LOCALES) await api.setMyCommands(list(locale), { language_code: locale });
}
