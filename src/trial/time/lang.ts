/** The languages the bot speaks; locales/<lang>.ftl holds its messages. */
export type Lang = "en" | "de";
