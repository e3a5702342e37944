import type { Conversation } from "@grammyjs/conversations";
import { createConversation } from "@grammyjs/conversations";
import { DateTime } from "luxon";
import type { BotContext, BotDeps, ConvContext } from "../../context.js";
import { handleStep, type StepEnv, type StepInput, type StepResult, type Msg } from "../../../trial/plan/steps.js";
import { sectionOf, type Draft } from "../../../trial/plan/draft.js";
import { cueById, cuesInGroup } from "../../../trial/safety/cues.js";
import { setupData } from "./callback-data.js";
import { renderQuestion, type SetupEnv } from "./keyboards.js";
import { longDate, type Translate } from "../../ui/format.js";
import { completeSetup, urgentStop } from "./outcomes.js";
import { screenUrgentKeyboard } from "../shared/safety-keyboards.js";
import { setupTypedWarning } from "../shared/safety-hooks.js";
import type { Lang } from "../../../trial/time/time-parse.js";
import type { Plan } from "../../../trial/plan/plan.js";
import type { InlineKeyboardMarkup } from "grammy/types";
import { unlessExpected } from "../../telegram-errors.js";

export const PLAN_SETUP = "planSetup";

/** Bumping this drops conversations in flight; the draft in our own key carries the answers over. */
export const PLAN_SETUP_VERSION = 1;

export const SCREEN_CUES: StepEnv["cues"] = {
  urgent: cuesInGroup("urgent").map((c) => c.id),
  no_massage_area: cuesInGroup("no_massage_area").map((c) => c.id),
  see_clinician: cuesInGroup("see_clinician").map((c) => c.id),
};

export async function stepEnv(deps: BotDeps, userId: number, draft: Draft, lang: string): Promise<SetupEnv> {
  const zone = draft.answers.zone ?? draft.suggestedZone ?? deps.config.DEFAULT_TIMEZONE;
  const today = DateTime.fromJSDate(deps.clock.now()).setZone(zone).toISODate()!;
  const quiet = await deps.stores.schedule.quietHours(userId);
  const seenUrgent = sectionOf(draft.step) === "safety" ? await seenScreenUrgent(deps, userId) : undefined;
  return { lang: (lang === "de" ? "de" : "en") as Lang, today, cues: SCREEN_CUES, zone, quiet, seenUrgent };
}

/**
 * Urgent answers of an earlier setup screen that the user has since been seen for: the same answer
 * does not stop the setup again. Thoughts of self-harm always get the crisis reply.
 */
async function seenScreenUrgent(deps: BotDeps, userId: number): Promise<Record<string, string>> {
  const seen = (await deps.stores.safety.list(userId)).filter((e) => e.group === "urgent" && e.source === "screen" && e.status === "seen" && !cueById(e.cueId)?.crisis);
  return Object.fromEntries(seen.map((e) => [e.cueId, e.date]));
}

/** What the bot says when the setup is confirmed, and any buttons under it. */
export interface SetupReply {
  text: string;
  markup?: InlineKeyboardMarkup;
}

/** What the features above the setup decide: the plan of another block is confirmed by the reports feature. */
export interface SetupHooks {
  confirmNextBlock(deps: BotDeps, userId: number, draft: Draft, plan: Plan, t: Translate, lang: string): Promise<SetupReply>;
}

export type InputOf = StepInput | { kind: "stale" } | { kind: "command" } | { kind: "foreign" };

/** What an update means for the current step (a tap on another step's button is stale). */
export function inputOf(ctx: { message?: BotContext["message"]; callbackQuery?: BotContext["callbackQuery"] }, draft: Draft): InputOf {
  const cq = ctx.callbackQuery;
  if (cq) {
    const data = setupData.unpack(cq.data);
    if (!data) return { kind: "foreign" };
    return data.step === draft.step ? { kind: "button", value: data.value } : { kind: "stale" };
  }
  const m = ctx.message;
  if (!m) return { kind: "other" };
  if (m.text !== undefined) return m.entities?.some((e) => e.type === "bot_command" && e.offset === 0) ? { kind: "command" } : { kind: "text", text: m.text };
  if (m.location) return { kind: "location", lat: m.location.latitude, lon: m.location.longitude };
  return { kind: "other" };
}

export async function ask(ctx: { reply: BotContext["reply"] }, t: Translate, draft: Draft, env: SetupEnv): Promise<void> {
  const q = renderQuestion(t, draft, env);
  await ctx.reply(q.text, { reply_markup: q.markup });
}

/** Step messages name locale keys (`area-…`, `cue-…`) and ISO dates in their variables; render both. */
function say(t: Translate, m: Msg, lang: string): string {
  const render = (v: string | number) =>
    typeof v !== "string" ? v : /^(area|cue)-/.test(v) ? t(v) : /^\d{4}-\d{2}-\d{2}$/.test(v) ? longDate(v, lang) : v;
  const vars = Object.fromEntries(Object.entries(m.vars ?? {}).map(([k, v]) => [k, render(v)]));
  return t(m.key, vars);
}

/**
 * One section of the setup (a few questions) per conversation: answers are saved to the draft
 * after every step, and the next section is a fresh conversation, so replays stay short.
 */
const planSetup = (hooks: SetupHooks) => async (conversation: Conversation<BotContext, ConvContext>, ctx: ConvContext): Promise<void> => {
  const userId = ctx.from!.id;
  const deps = ctx.deps;
  const lang = await ctx.i18n.getLocale();
  const t: Translate = (k, v) => ctx.t(k, v);
  let draft = await conversation.external(() => deps.stores.drafts.get(userId));
  if (!draft) return;
  let env = await conversation.external(() => stepEnv(deps, userId, draft!, lang));
  const section = sectionOf(draft.step);

  for (;;) {
    const input = inputOf(ctx, draft);
    if (input.kind === "stale") {
      // A crash after a reply but before this conversation's state was saved leaves the replay
      // a step behind the draft, and the tap on the question the user actually sees looks stale.
      // The draft (saved before every reply) says where the user is: catch up with it.
      const stored = await conversation.external(() => deps.stores.drafts.get(userId));
      if (stored && stored.step !== draft.step && inputOf(ctx, stored).kind === "button") {
        draft = stored;
        env = await conversation.external(() => stepEnv(deps, userId, stored, lang));
        continue;
      }
      await ctx.answerCallbackQuery({ text: t("setup-expired") });
    } else if (input.kind === "command" || input.kind === "foreign") {
      await conversation.skip({ next: true });
    } else {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      // Warning signs typed instead of an answer get the safety reply, and are not taken as the answer.
      const typed = input.kind === "text" ? input.text : "";
      const warning = typed ? await conversation.external(() => setupTypedWarning(deps, userId, typed, t, lang)) : [];
      const res: StepResult | { kind: "warning"; texts: string[] } = warning.length
        ? { kind: "warning", texts: warning }
        : input.kind === "other"
          ? { kind: "invalid", error: { key: "setup-media-not-understood" } }
          : handleStep(draft, input, env);
      switch (res.kind) {
        case "invalid":
          await ctx.reply(say(t, res.error, lang));
          await ask(ctx, t, draft, env);
          break;
        case "warning":
          for (const text of res.texts) await ctx.reply(text);
          await ask(ctx, t, draft, env);
          break;
        case "stay": {
          draft = res.draft;
          const saved = draft;
          // No update id: a replay of this answer after a crash is handled again (the same toggle).
          await conversation.external(() => deps.stores.drafts.save(userId, saved));
          const q = renderQuestion(t, draft, env);
          await ctx.editMessageText(q.text, { reply_markup: q.markup as never }).catch(unlessExpected(ctx.deps.logger, "showing the question in place"));
          break;
        }
        case "next": {
          draft = res.draft;
          const saved = draft;
          // With the update id: a replay of this answer after a crash is skipped (dedupe.ts), so the
          // next question is not asked twice; the conversation catches up on the user's next tap.
          await conversation.external(() => deps.stores.drafts.save(userId, saved, ctx.update.update_id));
          if (ctx.callbackQuery) await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
          for (const n of res.notices ?? []) {
            // The zone question used a reply keyboard (for the location button): take it away again.
            await ctx.reply(say(t, n, lang), { reply_markup: n.key === "setup-zone-set" ? { remove_keyboard: true } : undefined });
          }
          // "Today" depends on the zone, which may just have been chosen.
          env = await conversation.external(() => stepEnv(deps, userId, saved, lang));
          await ask(ctx, t, draft, env);
          if (sectionOf(draft.step) !== section) return;
          break;
        }
        case "urgent": {
          const done = res.draft;
          if (ctx.callbackQuery) await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
          const text = await conversation.external(() => urgentStop(deps, userId, done, res.cueId, t));
          // Like every urgent cue message, it carries "I have been seen" and "that's not what I meant" (handled in features/safety).
          await ctx.reply(text, { reply_markup: screenUrgentKeyboard(t, cueById(res.cueId)?.crisis ? "crisis" : "urgent") });
          return;
        }
        case "confirm": {
          if (ctx.callbackQuery) await ctx.editMessageReplyMarkup().catch(unlessExpected(ctx.deps.logger, "removing the tapped keyboard"));
          const { plan, draft: finished } = res;
          const reply: SetupReply = await conversation.external(async () =>
            finished.nextBlock ? hooks.confirmNextBlock(deps, userId, finished, plan, t, lang) : { text: await completeSetup(deps, userId, finished, plan, t, lang) },
          );
          await ctx.reply(reply.text, reply.markup ? { reply_markup: reply.markup } : undefined);
          return;
        }
      }
    }
    ctx = await conversation.wait();
  }
};

export function planSetupConversation(hooks: SetupHooks) {
  return createConversation<BotContext, ConvContext>(planSetup(hooks), { id: PLAN_SETUP, maxMillisecondsToWait: undefined });
}
