import { DateTime } from "luxon";
import { createHttpServer } from "../../src/server/http.js";
import { createWebappHandler, type WebappOptions } from "../../src/server/webapp/handler.js";
import { signInitData } from "../../src/server/webapp/init-data.js";
import { addDays } from "../../src/trial/time/calendar.js";
import { freePort } from "./redis.js";
import { translateFor } from "./checkin.js";
import { syntheticTrial, type SyntheticProfile, type SyntheticTrial } from "./trial-fixtures.js";
import type { Harness } from "./harness.js";
import type { ChatUser } from "../../src/local/chat-user.js";

export const FIRST_SESSION = "2025-03-03";

export interface WebappServer {
  url: string;
  close(): Promise<void>;
}

/** The bot's HTTP server with the Mini App on it, over the harness's stores and fake Bot API. */
export async function serveWebapp(h: Harness, opts: Partial<WebappOptions> = {}): Promise<WebappServer> {
  const port = await freePort();
  const http = createHttpServer({
    port,
    host: "127.0.0.1",
    health: async () => true,
    webapp: createWebappHandler({ deps: h.deps, api: h.bot.api, token: h.api.token, t: translateFor, ...opts }),
  });
  await http.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        http.server.closeAllConnections();
        http.server.close(() => resolve());
      }),
  };
}

/** initData for `userId` as Telegram signs it (auth_date `ageS` seconds ago, real time). */
export function initDataFor(h: Harness, userId: number, ageS = 0, languageCode = "en"): string {
  return signInitData({ id: userId, firstName: "Alex", languageCode }, h.api.token, new Date(Date.now() - ageS * 1000));
}

/** A consented user with a whole synthetic 6-week trial stored (baseline and six weeks of entries). */
export async function seedTrial(
  h: Harness,
  id: number,
  profile: SyntheticProfile = "responder",
  weeks = 6,
  languageCode = "en",
): Promise<{ user: ChatUser; trial: SyntheticTrial }> {
  const user = await h.consentedUser({ id, languageCode });
  const base = syntheticTrial(profile, id, FIRST_SESSION);
  const trial = weeks === 6 ? base : longerTrial(base, weeks);
  await h.deps.stores.plans.save(id, trial.plan, addDays(FIRST_SESSION, -7), h.clock.now());
  for (const entry of trial.entries) await h.deps.stores.entries.save(id, entry);
  user.replies();
  return { user, trial };
}

/** The same pattern stretched to `weeks` (the last week's values repeat). */
function longerTrial(base: SyntheticTrial, weeks: number): SyntheticTrial {
  const plan = { ...base.plan, weeks };
  const last = base.entries.slice(-7);
  const extra = Array.from({ length: (weeks - 6) * 7 }, (_, i) => {
    const e = last[i % 7];
    const date = addDays(e.date, 7 * (Math.floor(i / 7) + 1));
    return { ...e, date, answeredAt: `${date}T19:00:00.000Z` };
  });
  return { ...base, plan, versions: [{ ...base.versions[0], plan }], entries: [...base.entries, ...extra] };
}

/** 21:00 in Berlin on `date`: the day's question has been asked. */
export function eveningOf(date: string): Date {
  return DateTime.fromISO(`${date}T21:00`, { zone: "Europe/Berlin" }).toJSDate();
}
