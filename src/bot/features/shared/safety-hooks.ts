/**
 * What other features call when a safety cue may have come up: a saved check-in note is scanned,
 * the check-in's "new symptom" button opens the list of cues. The answers are in cue-response.ts.
 */
import type { BotDeps, ConvContext } from "../../context.js";
import type { Entry } from "../../../trial/checkin/entry.js";
import { cueById, type Lang } from "../../../trial/safety/cues.js";
import { scanNote, type CueHit } from "../../../trial/safety/match.js";
import { crisisText, cueNames, numbersBlock, raiseCues, zoneOf, type RaiseResult, type SafetyIO } from "./cue-response.js";
import { localDateOf } from "../../../trial/time/next-occurrence.js";
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

/**
 * The cues named in `text`, read with the rules of the user's language (German, else English),
 * and the urgent ones also with the other language's: someone may write in either, and missing
 * "I want to die" from a German-speaking user costs more than a rare false alarm.
 */
function scanIn(text: string, lang: string): CueHit[] {
  const own: Lang = lang === "de" ? "de" : "en";
  const hits = scanNote(text, own);
  const seen = new Set(hits.map((h) => h.cueId));
  const other = scanNote(text, own === "de" ? "en" : "de").filter((h) => h.group === "urgent" && !seen.has(h.cueId));
  return other.length ? [...hits, ...other] : hits;
}

/** Scans a saved check-in note in the user's language and answers any cue it names. */
export async function safetyOnNoteSaved(ctx: SafetyCtx, entry: Pick<Entry, "date" | "note">): Promise<RaiseResult | null> {
  if (!ctx.from || !entry.note?.trim()) return null;
  const io = await ioOf(ctx);
  const hits = scanIn(entry.note, io.lang);
  if (!hits.length) return null;
  return raiseCues(io, hits, { date: entry.date, source: "note" });
}

/** The "new symptom" button of a check-in for `date`: open the list of cues. */
export async function safetyOnNewSymptom(ctx: SafetyCtx, date: string): Promise<void> {
  const t = tOf(ctx);
  await ctx.reply(`${t("safety-menu")}\n\n${t("safety-keyword-note")}`, { reply_markup: menuKeyboard(t, date) });
}

/**
 * A plain message outside any flow (or typed at a check-in question instead of a number), scanned with the same rules as a note, for today's local date
 * (the user's plan zone, else the default zone). Without consent nothing is recorded: the reply
 * still names the numbers. True when it answered a cue.
 */
export async function safetyOnPlainMessage(ctx: SafetyCtx & { profile?: { consent?: unknown } | null }, text: string): Promise<boolean> {
  if (!ctx.from || !text.trim()) return false;
  const io = await ioOf(ctx);
  const hits = scanIn(text, io.lang);
  if (!hits.length) return false;
  const zone = await zoneOf(ctx.deps, ctx.from.id);
  if (!ctx.profile?.consent) {
    const texts = urgentTextsOnly(tOf(ctx), hits, zone, io.lang);
    for (const text of texts) await ctx.reply(text);
    return texts.length > 0;
  }
  await raiseCues(io, hits, { date: localDateOf(ctx.deps.clock.now(), zone ?? ctx.deps.config.DEFAULT_TIMEZONE), source: "note" });
  return true;
}

/**
 * What to say about urgent warning signs when nothing is recorded (before consent, or typed in the
 * middle of plan setup): the crisis lines, or "seek care now" with the numbers. Empty: none urgent.
 */
export function urgentTextsOnly(t: Translate, hits: readonly CueHit[], zone: string | undefined, lang: string): string[] {
  const urgent = hits.filter((h) => h.group === "urgent");
  const texts: string[] = [];
  if (urgent.some((h) => cueById(h.cueId)?.crisis)) texts.push(crisisText(t, zone, false));
  const others = urgent.filter((h) => !cueById(h.cueId)?.crisis);
  if (others.length) {
    const cues = cueNames(t, others.map((h) => h.cueId), lang);
    texts.push([t("safety-urgent", { intro: t("safety-source-message"), cues, followUp: "no" }), numbersBlock(t, zone, false), t("safety-keyword-note")].join("\n\n"));
  }
  return texts;
}

/** Urgent warning signs in text typed during plan setup instead of an answer: what to say (nothing recorded). */
export async function setupTypedWarning(deps: BotDeps, userId: number, text: string, t: Translate, lang: string): Promise<string[]> {
  const hits = scanIn(text, lang);
  if (!hits.some((h) => h.group === "urgent")) return [];
  return urgentTextsOnly(t, hits, await zoneOf(deps, userId), lang);
}
