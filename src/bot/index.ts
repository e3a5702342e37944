import { FeatureComposer } from "./feature-composer.js";
import type { Metrics } from "../metrics.js";
import { Bot, type BotConfig, type Middleware } from "grammy";
import { conversations } from "@grammyjs/conversations";
import { markBlockedUsers, telegramRetry } from "./telegram-retry.js";
import { parseMode } from "./parse-mode.js";
import { sequentialize } from "@grammyjs/runner";
import type { BotContext, BotDeps, ConvContext } from "./context.js";
import { createI18n, type Locale } from "./i18n.js";
import { updateLogger } from "./middlewares/update-logger.js";
import { dedupeUpdates, forgetWhenAnswered } from "./middlewares/dedupe.js";
import { chatLock } from "./middlewares/chat-lock.js";
import { ChatLockStore } from "../store/chat-lock-store.js";
import { privateChatsOnly } from "./middlewares/private-only.js";
import { loadProfile, storedLocale } from "./middlewares/load-profile.js";
import { conversationSource, readUserState } from "./middlewares/read-ahead.js";
import { createErrorHandler } from "./error-handler.js";
import { conversationStorage } from "../store/conversation-storage.js";
import { basicsFeature } from "./features/basics/feature.js";
import { unhandledFeature } from "./features/basics/unhandled.js";
import { dataFeature } from "./features/data/feature.js";
import { methodFeature } from "./features/reports/method-command.js";
import { reportFeature } from "./features/reports/report-command.js";
import { floodGuard } from "./middlewares/flood.js";
import { ownButtonsOnly } from "./middlewares/foreign-buttons.js";
import { corruptNotice } from "./middlewares/corrupt-notice.js";
import { planFeature } from "./features/setup/feature.js";
import { summaryFeature } from "./features/reports/feature.js";
import { safetyFeature } from "./features/safety/feature.js";
import { checkinFeature } from "./features/checkin/feature.js";
import { phasesFeature } from "./features/phases/feature.js";
import { startCheckinReads } from "./features/checkin/read-ahead.js";
import { PLAN_SETUP_VERSION, planSetupConversation } from "./features/setup/conversation.js";
import { confirmNextBlock } from "./features/reports/next-block-plan.js";

export interface CreateBotOptions {
  deps: BotDeps;
  token: string;
  apiRoot?: string;
  /** Skips getMe at start (tests and the local mode know who the bot is). */
  botInfo?: BotConfig<BotContext>["botInfo"];
  /** Feature composers added by later layers (plan setup, check-ins, …), before the fallback. */
  features?: Middleware<BotContext>[];
  /** Conversations registered inside the conversations plugin. */
  conversations?: Middleware<BotContext>[];
  /** Serialize each chat's updates across instances through Redis (default: in webhook mode). */
  chatLock?: boolean;
}

/** 429 honoured, 5xx and network errors retried with backoff — all a bounded number of times. */
export function retryTransformer(metrics?: Metrics) {
  return telegramRetry({ maxRetries: 4, maxRetryAfterSeconds: 60, onRetry: metrics && ((reason, ms) => metrics.telegramRetry(reason, ms)) });
}

export function createBot(opts: CreateBotOptions) {
  const { deps } = opts;
  const bot = new Bot<BotContext>(opts.token, {
    botInfo: opts.botInfo,
    client: { apiRoot: opts.apiRoot ?? deps.config.BOT_API_ROOT, timeoutSeconds: 30 },
  });
  bot.api.config.use(retryTransformer(deps.metrics));
  bot.api.config.use(markBlockedUsers(deps));
  bot.api.config.use(parseMode("HTML"));

  const i18n = createI18n<BotContext>(deps.config.DEFAULT_LOCALE as Locale, storedLocale);
  // Inside conversations there is no outer middleware: give them deps, the stored locale, retries and the parse mode.
  const convI18n = createI18n<ConvContext>(deps.config.DEFAULT_LOCALE as Locale, async (ctx) => {
    if (!ctx.from) return undefined;
    const profile = await deps.stores.profiles.get(ctx.from.id);
    if (profile?.consent) return profile.locale;
    return (await deps.stores.profiles.chosenLocale(ctx.from.id)) ?? profile?.locale;
  });

  // Everything runs in one FeatureComposer (one loop over its steps, not grammY's nesting per `use`).
  const root = new FeatureComposer<BotContext>();
  bot.use(root);
  root.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.profile = null;
    ctx.finalWrites = [];
    ctx.afterUpdate = [];
    await next();
  });
  // One update at a time per chat, so a fast double tap cannot race itself.
  root.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
  root.use(updateLogger());
  // Behind a load balancer, one chat's updates may reach different instances at the same time.
  const locked = opts.chatLock ?? deps.config.BOT_MODE === "webhook";
  root.use(dedupeUpdates({ readAhead: !locked, extraReads: startCheckinReads }));
  if (locked) root.use(chatLock(new ChatLockStore(deps.redis, deps.config.REDIS_PREFIX), deps.stores.updates), readUserState(startCheckinReads));

  const guarded = new FeatureComposer<BotContext>();
  guarded.use(corruptNotice());
  guarded.use(loadProfile());
  guarded.use(i18n);
  guarded.use(privateChatsOnly());
  guarded.use(floodGuard());
  guarded.use(ownButtonsOnly());
  guarded.use(
    conversations<BotContext, ConvContext>({
      storage: {
        type: "context",
        version: PLAN_SETUP_VERSION,
        adapter: conversationStorage(deps.redis, deps.config.REDIS_PREFIX, conversationSource),
      },
      plugins: [
        async (ctx, next) => {
          ctx.deps = deps;
          ctx.profile = null;
          ctx.api.config.use(retryTransformer(deps.metrics));
          ctx.api.config.use(markBlockedUsers(deps));
          if (deps.stores.journal.isEnabled) ctx.api.config.use(forgetWhenAnswered(deps, ctx.update.update_id));
          ctx.api.config.use(parseMode("HTML"));
          await next();
        },
        convI18n,
      ],
    }),
  );
  guarded.use(planSetupConversation({ confirmNextBlock }));
  for (const c of opts.conversations ?? []) guarded.use(c);
  guarded.use(basicsFeature);
  guarded.use(dataFeature);
  // Safety before the check-in features: its /resume answers first while an urgent cue pauses the trial.
  guarded.use(safetyFeature);
  guarded.use(planFeature);
  // Before the reports: /endtrial stops a running follow-up first; its after-answer note wraps the check-ins.
  guarded.use(phasesFeature);
  guarded.use(summaryFeature, methodFeature, reportFeature);
  // Daily check-in: answers (buttons carry their date; typed answers follow the waiting question), /checkin, /session, /history, /pause, /resume, /settime, /settings.
  guarded.use(checkinFeature);
  for (const f of opts.features ?? []) guarded.use(f);
  guarded.use(unhandledFeature);

  root.errorBoundary(createErrorHandler(i18n, deps.config.DEFAULT_LOCALE)).use(guarded);
  bot.catch((err) => {
    deps.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, "unhandled bot error");
  });
  return { bot, i18n };
}
