import { createInterface } from "node:readline";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { FakeBotApi, type BotMessage } from "./bot-api-server.js";
import { ChatUser } from "./chat-user.js";
import { OffsetClock } from "./offset-clock.js";
import { choicesOf, formatChoices, htmlToTerminal, pickChoice, type Choice } from "./render.js";
import { openRedis, redactUrl, RedisStartupError } from "../store/startup.js";
import { startApp } from "../app.js";
import { toLocale } from "../bot/i18n.js";
import { startLocalWebapp, type LocalWebapp } from "./webapp-link.js";

export interface LocalModeOptions {
  input?: Readable;
  output?: Writable;
  outDir?: string;
  /** Where the log goes (named in the banner). */
  logFile?: string;
  /** The simulated Telegram user id (the same id keeps the same data between runs). */
  userId?: number;
}

const HELP = [
  "Type a message or a /command; type a button's number to tap it.",
  ":next  jump to the next daily question     :day N  move the clock N days",
  ":now   show the simulated time             :loc LAT LON  share a location",
  ":app   open your trial as a web page (the Mini App) in a desktop browser",
  ":quit  leave (Ctrl+D works too; your data stays for the next run)",
].join("\n");

/**
 * `npm start` without a BOT_TOKEN: the real bot — same handlers, conversations, scheduler and
 * Redis — talking to an in-process Bot API stand-in, shown as a chat in the terminal.
 */
export async function startLocalMode(config: Config, logger: Logger, opts: LocalModeOptions = {}): Promise<{ stop(): Promise<void>; done: Promise<void> }> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const color = (output as { isTTY?: boolean }).isTTY === true;
  const write = (s: string) => output.write(s + "\n");
  const outDir = resolve(opts.outDir ?? "out");
  const localConfig: Config = { ...config, BOT_MODE: "polling", REDIS_PREFIX: `${config.REDIS_PREFIX}local:` };

  let opened;
  try {
    opened = await openRedis(localConfig, logger);
  } catch (err) {
    if (err instanceof RedisStartupError) {
      write(err.message);
      process.exitCode = 1;
      return { stop: async () => undefined, done: Promise.resolve() };
    }
    throw err;
  }
  const { redis, embedded } = opened;
  // Update ids go on from the last run: the bot remembers handled ids for a day, and ids that
  // started at 1 again would all be taken for repeats.
  const api = new FakeBotApi(undefined, Date.now());
  await api.start();
  const clock = new OffsetClock();
  const app = await startApp({ config: localConfig, logger, redis, clock, token: api.token, apiRoot: api.apiRoot, botInfo: api.botInfo, http: false });

  const userId = opts.userId ?? 1;
  const language = toLocale(process.env.LANG) ?? config.DEFAULT_LOCALE;
  const user = new ChatUser(api, async (u) => api.pushUpdate(u), { id: userId, firstName: "You", languageCode: language });

  write(
    [
      "─".repeat(64),
      " Massage Trial Bot — local mode (no Telegram involved)",
      " This is the real bot talking to a stand-in for Telegram inside this process.",
      " To run it on Telegram: put BOT_TOKEN=<token from @BotFather> in .env and run npm start.",
      ` Redis: ${embedded ? `embedded redis-server, data in ${config.DATA_DIR}` : redactUrl(config.redisUrl)} (keys under "${localConfig.REDIS_PREFIX}")`,
      ...(opts.logFile ? [` Log: ${opts.logFile}`] : []),
      "─".repeat(64),
      HELP,
      "",
    ].join("\n"),
  );

  let choices: Choice[] = [];
  let choicesFrom: BotMessage | undefined;
  api.onMessage((m) => {
    if (m.chat_id !== userId) return;
    const body = htmlToTerminal(m.text ?? m.caption ?? "", color);
    write(`\n${m.edited ? "bot (updated)" : "bot"}: ${body}`);
    for (const [kind, file] of [["photo", m.photo], ["document", m.document]] as const) {
      if (!file) continue;
      mkdirSync(outDir, { recursive: true });
      const name = file.filename && file.filename !== "blob" ? file.filename : `${kind}-${m.message_id}.${kind === "photo" ? "png" : "bin"}`;
      const path = join(outDir, `${m.message_id}-${name}`);
      writeFileSync(path, file.data);
      write(`     [${kind} saved: ${path}]`);
    }
    const c = choicesOf(m);
    if (c.length) {
      choices = c;
      choicesFrom = m;
      write(`     ${formatChoices(c)}`);
    } else if (!m.edited && m.reply_markup?.remove_keyboard) {
      choices = [];
    }
  });

  let webapp: LocalWebapp | undefined;
  const rl = createInterface({ input, terminal: false });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    rl.close();
    await webapp?.close();
    await app.stop();
    await api.stop();
    await redis.quit().catch(() => redis.disconnect());
    embedded?.kill("SIGTERM");
  };
  const done = new Promise<void>((resolveDone) => {
    rl.on("close", () => void stop().then(resolveDone));
  });
  process.once("SIGINT", () => rl.close());

  const settle = () => new Promise((r) => setTimeout(r, 150));
  rl.on("line", (line) => {
    void (async () => {
      const text = line.trim();
      if (!text) return;
      if (text === ":quit") return rl.close();
      if (text === ":help") return write(HELP);
      if (text === ":now") return write(`now: ${clock.now().toISOString()}`);
      if (text === ":app") {
        if (!webapp) {
          const started = await startLocalWebapp(app, localConfig, api.token, { id: userId, languageCode: language });
          if (typeof started === "string") return write(started);
          webapp = started;
        }
        return write(`Open in a browser (valid for an hour; :app makes a new link):\n${webapp.link()}`);
      }
      const day = /^:day\s+(-?\d+)$/.exec(text);
      if (day) {
        clock.advanceDays(Number(day[1]));
        write(`(clock moved to ${clock.now().toISOString()})`);
        await app.tick();
        return;
      }
      if (text === ":next") {
        // The last tick may still be recording its prompt (markSent moves nextAt): let it finish.
        await app.tick();
        const sched = await app.deps.stores.schedule.get(userId);
        if (!sched) return write("(no daily question scheduled yet — set up a plan with /plan)");
        clock.jumpTo(new Date(sched.nextAt));
        write(`(clock moved to ${clock.now().toISOString()})`);
        await app.tick();
        return;
      }
      const loc = /^:loc\s+(-?[\d.]+)\s+(-?[\d.]+)$/.exec(text);
      if (loc) return void (await user.sendLocation(Number(loc[1]), Number(loc[2])));
      const picked = pickChoice(text, choices);
      if (picked?.data && choicesFrom) return void (await user.tapData(choicesFrom, picked.data));
      if (picked?.requestLocation) return write("(type :loc LAT LON to share a location, e.g. :loc 52.52 13.40)");
      await user.send(picked ? picked.label : text);
      await settle();
    })();
  });
  return { stop, done };
}
