import type { Metrics } from "../metrics.js";
import type { Context } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Clock } from "../clock.js";
import type { RedisClient } from "../store/redis.js";
import type { Profile } from "../store/profile-store.js";
import type { Stores } from "../store/stores.js";
import type { UserReads } from "../store/update-reads.js";
import type { CheckinReads } from "../store/checkin-reads.js";

export interface BotDeps {
  config: Config;
  logger: Logger;
  redis: RedisClient;
  clock: Clock;
  stores: Stores;
  /** Prometheus counters (METRICS=true); absent when off. */
  metrics?: Metrics;
}

interface Extras {
  deps: BotDeps;
  /** The stored profile, loaded once per update; null for a user we have never stored. */
  profile: Profile | null;
}

interface PipelineExtras {
  /**
   * The sender's state, read in the update's first round trip (see middlewares/read-ahead.ts);
   * null: no sender, or Redis did not answer; undefined: not read (each middleware reads its own).
   */
  reads?: UserReads | null;
  /** Writes sent together once the update was handled (e.g. the flood count), in one round trip. */
  finalWrites: (() => Promise<unknown>)[];
  /**
   * Checks that follow a saved answer but need not hold up its reply (the "does not settle" rule, the
   * follow-up note): run once the update is handled, their first reads beside its final writes.
   */
  afterUpdate: (() => Promise<void>)[];
  /** A check-in button's reads, started with the update's first read (taken once, see checkin/read-ahead.ts). */
  checkinReads?: Promise<CheckinReads | null>;
}

/** Context inside conversations: i18n and our deps come in through conversation plugins. */
export type ConvContext = Context & I18nFlavor & Extras;

export type BotContext = ConversationFlavor<Context & I18nFlavor & Extras & PipelineExtras>;
