import type { IncomingMessage, ServerResponse } from "node:http";
import type { Api } from "grammy";
import type { BotDeps } from "../../bot/context.js";
import { toLocale } from "../../bot/i18n.js";
import { toLang, type Translate, type TranslateFor } from "../../bot/ui/format.js";
import { loadTrial } from "../../bot/features/reports/service.js";
import { clinicianFiles, reportReady, sendClinicianReport } from "../../bot/features/reports/report-command.js";
import { WebappRateStore } from "../../store/webapp-rate-store.js";
import { checkInitData, type WebappUser } from "./init-data.js";
import { trialView } from "./trial-view.js";
import { firingTime } from "../../store/schedule-store.js";
import { editEntry } from "./entry-edit.js";
import { loadAssets, PAGE_CSP, type Asset } from "./static-assets.js";

/** Where the page and its API live on the bot's HTTP server. */
export const WEBAPP_PATH = "/app/";
/** An edit is a few numbers: anything larger is refused before it is read. */
export const WEBAPP_MAX_BODY = 4096;
/** API calls per user and minute (a page load is one; an edit two). */
export const WEBAPP_CALLS_PER_MINUTE = 60;

export interface WebappOptions {
  deps: BotDeps;
  api: Api;
  token: string;
  t: TranslateFor;
  assetsDir?: string;
  /** Real time for auth_date (Telegram signs it with real time); defaults to Date.now. */
  wallClock?: () => number;
  callsPerMinute?: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

const API_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, API_HEADERS);
  res.end(JSON.stringify(body));
}

/** Same-origin only: a browser sends Origin on cross-site calls, and no CORS header is ever given. */
function crossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown | "too_large" | "invalid"> {
  if (Number(req.headers["content-length"] ?? 0) > WEBAPP_MAX_BODY) return "too_large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > WEBAPP_MAX_BODY) return "too_large";
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return "invalid";
  }
}

/** What the build writes; before a build only these answer "not built" (anything else is not found). */
const PAGE_FILES = new Set(["index.html", "app.js", "app.css"]);

/**
 * The Mini App on the bot's HTTP server: the built page under /app/ and its API under /app/api/.
 * Every API call carries Telegram's initData (`Authorization: tma <initData>`), checked before
 * anything else; the user it names is the only one served. No cookies, no CORS, per-user rate
 * limit, and access lines without any health data.
 */
export function createWebappHandler(opts: WebappOptions): Handler {
  const { deps, api } = opts;
  const rate = new WebappRateStore(deps.redis, deps.config.REDIS_PREFIX);
  const wallClock = opts.wallClock ?? Date.now;
  const limit = opts.callsPerMinute ?? WEBAPP_CALLS_PER_MINUTE;
  let assets: Map<string, Asset> | null | undefined;

  const serveAsset = (req: IncomingMessage, res: ServerResponse, name: string) => {
    assets ??= loadAssets(opts.assetsDir);
    if (!assets) {
      if (!PAGE_FILES.has(name)) return json(res, 404, { error: "not found" });
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      return res.end("The Mini App page is not built: run npm run build.");
    }
    const asset = assets.get(name);
    if (!asset) return json(res, 404, { error: "not found" });
    const headers: Record<string, string> = {
      "content-type": asset.type,
      etag: asset.etag,
      "cache-control": name === "index.html" ? "no-cache" : "public, max-age=300",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "content-security-policy": PAGE_CSP,
      vary: "accept-encoding",
    };
    if (req.headers["if-none-match"] === asset.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, gzip ? { ...headers, "content-encoding": "gzip" } : headers);
    res.end(gzip ? asset.gzip : asset.body);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, route: string, user: WebappUser): Promise<number> => {
    const profile = await deps.stores.profiles.get(user.id);
    // The bot's language for this user (their /language choice), else Telegram's.
    const lang = toLang(toLocale(profile?.locale) ?? toLocale(user.languageCode) ?? deps.config.DEFAULT_LOCALE);
    const t: Translate = (key, vars) => opts.t(lang, key, vars);
    const reply = (status: number, body: unknown) => {
      json(res, status, body);
      return status;
    };
    if (!profile?.consent) return reply(404, { error: "no_trial", message: t("app-err-no-trial") });

    if (route === "trial" && req.method === "GET") {
      const [trial, entries, sched, pause] = await Promise.all([
        loadTrial(deps, user.id),
        deps.stores.entries.list(user.id),
        deps.stores.schedule.get(user.id),
        deps.stores.trial.pauseState(user.id),
      ]);
      if (!trial) return reply(404, { error: "no_trial", message: t("app-err-no-trial") });
      const questions = !sched ? "none" : pause.open ? "paused" : { at: firingTime(sched) };
      return reply(200, trialView(trial, entries, t, lang, questions));
    }
    if (route === "entry" && req.method === "POST") {
      const body = await readJson(req);
      if (body === "too_large") {
        res.setHeader("connection", "close");
        return reply(413, { error: "too_large", message: t("app-err-too-large") });
      }
      if (body === "invalid") return reply(400, { error: "invalid", message: t("app-err-bad-request") });
      const result = await editEntry(deps, api, user.id, body, t, lang);
      return result.ok ? reply(200, { ok: true }) : reply(result.status, { error: "invalid", message: result.message });
    }
    if (route === "report" && req.method === "POST") {
      const body = await readJson(req);
      if (body === "too_large") {
        res.setHeader("connection", "close");
        return reply(413, { error: "too_large", message: t("app-err-too-large") });
      }
      const trial = await loadTrial(deps, user.id);
      if (!trial) return reply(404, { error: "no_trial", message: t("app-err-no-trial") });
      if (!reportReady(trial)) return reply(409, { error: "not_yet", message: t("app-err-report-not-yet") });
      if ((body as { send?: unknown } | null)?.send === "chat") {
        await sendClinicianReport(deps, api, user.id, t, lang, trial);
        return reply(200, { ok: true, message: t("app-report-sent") });
      }
      const { pdf, file } = await clinicianFiles(t, lang, trial);
      res.writeHead(200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${file.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(pdf);
      return 200;
    }
    return reply(404, { error: "not found" });
  };

  return async (req, res, path) => {
    if (path === "/app") {
      res.writeHead(308, { location: WEBAPP_PATH });
      res.end();
      return true;
    }
    if (!path.startsWith(WEBAPP_PATH)) return false;
    const rest = path.slice(WEBAPP_PATH.length);
    if (!rest.startsWith("api/")) {
      if (req.method !== "GET" && req.method !== "HEAD") json(res, 405, { error: "method not allowed" });
      else serveAsset(req, res, rest === "" ? "index.html" : rest);
      return true;
    }
    const route = rest.slice("api/".length);
    const started = performance.now();
    let status: number;
    let userId: number | undefined;
    try {
      if (req.method === "OPTIONS" || crossOrigin(req)) {
        status = 403;
        json(res, status, { error: "cross-origin requests are not allowed" });
      } else {
        const auth = /^tma (.+)$/.exec(req.headers.authorization ?? "")?.[1];
        const check = checkInitData(auth, opts.token, wallClock());
        const asked = new URL(req.url ?? "/", "http://x").searchParams.get("user");
        if (!check.ok) {
          status = 401;
          json(res, status, { error: "unauthorized", reason: check.reason });
        } else if (asked !== null && asked !== String(check.user.id)) {
          userId = check.user.id;
          status = 403;
          json(res, status, { error: "forbidden" });
        } else if (!(await rate.allow(check.user.id, limit, 60_000, wallClock()))) {
          userId = check.user.id;
          status = 429;
          res.setHeader("retry-after", "60");
          json(res, status, { error: "too many requests" });
        } else {
          userId = check.user.id;
          status = await handleApi(req, res, route, check.user);
        }
      }
    } catch (err) {
      status = 500;
      deps.logger.error({ err, route }, "webapp: request failed");
      if (!res.headersSent) json(res, status, { error: "internal error" });
    }
    if (status >= 400 && !req.complete) req.resume();
    // The access line: route, status and time. Never the query, the body or anything in them.
    deps.logger.info({ webapp: route.slice(0, 20), method: req.method, status, userId, ms: Math.round(performance.now() - started) }, "webapp api");
    return true;
  };
}
