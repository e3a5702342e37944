/** The page's strings: the app-page-* messages of locales/*.ftl, put in at build time (scripts/build-webapp.ts). */
declare const __MESSAGES__: Record<"en" | "de", Record<string, string>>;

export type PageLang = "en" | "de";
let lang: PageLang = "en";

export function setLang(l: string | undefined): void {
  lang = l === "de" ? "de" : "en";
  document.documentElement.lang = lang;
}

export function getLang(): PageLang {
  return lang;
}

export function tr(key: string, vars: Record<string, string | number> = {}): string {
  const text = __MESSAGES__[lang][`app-page-${key}`] ?? __MESSAGES__.en[`app-page-${key}`] ?? key;
  return text.replace(/\{ *\$([a-zA-Z0-9_]+) *\}/g, (_, name: string) => String(vars[name] ?? ""));
}

/** "Tue 4 Mar" in the page's language; dates are calendar dates, formatted in UTC so no zone shifts them. */
export function dayLabel(iso: string, opts: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" }): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(lang, { ...opts, timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function numberLabel(n: number, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
}
