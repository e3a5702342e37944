/**
 * What other features call when a safety cue may have come up: a saved check-in note is scanned,
 * the check-in's "new symptom" button opens the list of cues. The answers are in cue-response.ts.
 */
import type { ConvContext } from "../../context.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import type { Lang } from "../../../trial/safety/cues.js";
import { scanNote } from "../../../trial/safety/match.js";
import { raiseCues, type RaiseResult, type SafetyIO } from "./cue-response.js";
import { menuKeyboard } from "./safety-keyboards.js";
import type { Translate } from "../../ui/format.js";

/** What the hooks need from a context; a bot context and a conversation context both fit. */
export type SafetyCtx = Pick<ConvContext, "deps" | "from" | "t" | "i18n" | "reply">;

export async function ioOf(ctx: SafetyCtx): Promise<SafetyIO> {
  const lang = await ctx.i18n.getLocale();
  return {
    deps: ctx.deps,
    userId: ctx.from!.id,
    t: (k, v) => ctx.t(k, v),
    lang,
    reply: (text, markup) => ctx.reply(text, { reply_markup: markup }),
  };
}

export const tOf = (ctx: SafetyCtx): Translate => (k, v) => ctx.t(k, v);

/** Scans a saved check-in note in the user's language and answers any cue it names. */
export async function safetyOnNoteSaved(ctx: SafetyCtx, entry: Pick<Entry, "date" | "note">): Promise<RaiseResult | null> {
  if (!ctx.from || !entry.note?.trim()) return null;
  const io = await ioOf(ctx);
  const hits = scanNote(entry.note, (io.lang === "de" ? "de" : "en") as Lang);
  if (!hits.length) return null;
  return raiseCues(io, hits, { date: entry.date, source: "note" });
}

/** The "new symptom" button of a check-in for `date`: open the list of cues. */
export async function safetyOnNewSymptom(ctx: SafetyCtx, date: string): Promise<void> {
  const t = tOf(ctx);
  await ctx.reply(`${t("safety-menu")}\n\n${t("safety-keyword-note")}`, { reply_markup: menuKeyboard(t, date) });
}
