/**
 * 2. Conversation replay: the plan setup runs in the conversations plugin, which replays a
 *    conversation's history on every update. CPU of one update at each step of the setup,
 *    median over many users: the first answer vs the last (the confirmation that saves the plan).
 */
import { Redis } from "ioredis";
import { ManualClock } from "../src/clock.js";
import { FakeBotApi } from "../src/local/bot-api-server.js";
import { ChatUser } from "../src/local/chat-user.js";
import { connectRedis, createRedis } from "../src/store/redis.js";
import { keys } from "../src/store/keys.js";
import { createInstance } from "../test/support/instance.js";
import { SETUP_STEPS, runStep } from "./setup-steps.js";
import { log, median, round } from "./support.js";

export interface ReplayResult {
  users: number;
  steps: number;
  /** Median CPU ms of the first answer inside the conversation (the first screening question). */
  firstStepMs: number;
  /** Median CPU ms of the last step (the confirmation that saves the plan). */
  lastStepMs: number;
  lastOverFirst: number;
  /** The most expensive step and its median. */
  maxStep: { index: number; step: string; ms: number };
  /** Median CPU ms per step, in order (index 0 = /plan). */
  perStepMs: number[];
  /** Largest conversation state stored for a user during the setup (bytes). */
  maxConversationStateBytes: number;
}

export async function benchReplay(opts: { redisUrl: string; prefix: string; users: number }): Promise<ReplayResult> {
  const api = new FakeBotApi();
  await api.start();
  const clock = new ManualClock("2027-01-04T08:00:00Z");
  const redis = createRedis(opts.redisUrl) as Redis;
  await connectRedis(redis);
  const inst = await createInstance({ redis, prefix: opts.prefix, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, clock });
  const k = keys(opts.prefix);
  const samples: number[][] = SETUP_STEPS.map(() => []);
  let maxState = 0;
  log(`replay: ${opts.users} users through the ${SETUP_STEPS.length}-step plan setup`);
  for (let n = 0; n < opts.users; n++) {
    const id = 8_000_001 + n;
    let cpu = 0;
    const u = new ChatUser(
      api,
      async (update) => {
        const c = process.cpuUsage();
        await inst.handle(update);
        const d = process.cpuUsage(c);
        cpu += (d.user + d.system) / 1000;
      },
      { id, languageCode: "en", firstName: "Alex" },
    );
    await u.send("/start");
    await u.tap(/18\+/);
    for (const [i, step] of SETUP_STEPS.entries()) {
      cpu = 0;
      await runStep(u, step);
      // The first users warm the JIT up.
      if (n >= 5) samples[i].push(cpu);
      maxState = Math.max(maxState, (await redis.strlen(k.conv(id))) ?? 0);
    }
    if (!/Your plan is saved/.test(u.replyText())) throw new Error("replay bench: setup did not finish");
  }
  redis.disconnect();
  await api.stop();
  const perStep = samples.map((s) => round(median(s), 3));
  const first = perStep[1];
  const last = perStep[perStep.length - 1];
  let maxIndex = 1;
  for (let i = 1; i < perStep.length; i++) if (perStep[i] > perStep[maxIndex]) maxIndex = i;
  const label = (i: number) => {
    const s = SETUP_STEPS[i];
    return "tap" in s ? `tap ${String(s.tap)}` : `send ${s.send}`;
  };
  return {
    users: opts.users,
    steps: SETUP_STEPS.length,
    firstStepMs: first,
    lastStepMs: last,
    lastOverFirst: round(last / first, 2),
    maxStep: { index: maxIndex, step: label(maxIndex), ms: perStep[maxIndex] },
    perStepMs: perStep,
    maxConversationStateBytes: maxState,
  };
}
