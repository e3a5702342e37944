import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";

/** The built page (see scripts/build-webapp.ts): every file the Mini App loads, served by us. */
export const WEBAPP_FILES = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
} as const;

export const DEFAULT_ASSETS_DIR = resolve("dist/webapp");

export interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  etag: string;
}

/** Reads the built files once; null when the page was not built (`npm run build`). */
export function loadAssets(dir: string = DEFAULT_ASSETS_DIR): Map<string, Asset> | null {
  const out = new Map<string, Asset>();
  try {
    for (const [name, type] of Object.entries(WEBAPP_FILES)) {
      const body = readFileSync(join(dir, name));
      out.set(name, { body, gzip: gzipSync(body, { level: 9 }), type, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"` });
    }
  } catch {
    return null;
  }
  return out;
}

/** The page's Content-Security-Policy: only our own files, no inline code, framed only by Telegram's web clients. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org",
].join("; ");
