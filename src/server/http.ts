import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpOptions {
  port: number;
  host?: string;
  /** GET /healthz: the process answers (and, for older probes, Redis is reachable). */
  health: () => Promise<boolean>;
  /** GET /readyz: Redis reachable and the scheduler ticking. Without it /readyz is /healthz. */
  ready?: () => Promise<boolean>;
  /** GET /metrics in Prometheus text format; 404 without it, 401 without the bearer token when one is set. */
  metrics?: { text: () => Promise<string>; contentType: string; token?: string };
  webhook?: { path: string; secret: string; handle: (update: Update) => Promise<void> };
  /** The Mini App (page and API, see webapp/handler.ts): true when it answered the request. */
  webapp?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  // Hash first so both sides have the same length for the constant-time compare.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too_large"> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return "too_large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return "too_large";
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The bot's HTTP face: `GET /healthz` in every mode, and in webhook mode Telegram's POSTs on the
 * path of WEBHOOK_URL — secret checked first, then size, then JSON; only then is anything processed.
 */
export function createHttpServer(opts: HttpOptions): { server: Server; inFlight: () => number; listen: () => Promise<void> } {
  let inFlight = 0;
  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    try {
      if (req.method === "GET" && path === "/healthz") {
        const ok = await opts.health();
        return send(res, ok ? 200 : 503, { status: ok ? "ok" : "redis unavailable" });
      }
      if (req.method === "GET" && path === "/readyz") {
        const ok = await (opts.ready ?? opts.health)();
        return send(res, ok ? 200 : 503, { status: ok ? "ready" : "not ready" });
      }
      if (req.method === "GET" && path === "/metrics" && opts.metrics) {
        const { token } = opts.metrics;
        if (token && !sameSecret(/^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1], token)) return send(res, 401, { error: "unauthorized" });
        const body = await opts.metrics.text();
        res.writeHead(200, { "content-type": opts.metrics.contentType });
        return res.end(body);
      }
      if (opts.webapp && (await opts.webapp(req, res, path))) return;
      const hook = opts.webhook;
      if (!hook || path !== hook.path) return send(res, 404, { error: "not found" });
      if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
      const header = req.headers["x-telegram-bot-api-secret-token"];
      if (!sameSecret(Array.isArray(header) ? header[0] : header, hook.secret)) {
        req.resume();
        return send(res, 401, { error: "unauthorized" });
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === "too_large") {
        res.setHeader("connection", "close");
        return send(res, 413, { error: "payload too large" });
      }
      let update: Update;
      try {
        update = JSON.parse(body.toString("utf8"));
      } catch {
        return send(res, 400, { error: "invalid JSON" });
      }
      if (typeof update !== "object" || update === null || !Number.isSafeInteger(update.update_id) || update.update_id < 0) {
        return send(res, 400, { error: "not a Telegram update" });
      }
      inFlight++;
      try {
        await hook.handle(update);
      } finally {
        inFlight--;
      }
      send(res, 200, { ok: true });
    } catch {
      if (!res.headersSent) send(res, 500, { error: "internal error" });
    }
  });
  return {
    server,
    inFlight: () => inFlight,
    listen: () => new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? "0.0.0.0", resolve)),
  };
}
