/**
 * Builds the Mini App page into dist/webapp (index.html, app.js, app.css): one bundle with
 * uPlot inside, minified, and the page's strings (the app-page-* messages of locales/*.ftl).
 * Every file is then served by the bot's own HTTP server.
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const WEBAPP_OUT = join(ROOT, "dist/webapp");

/** The page's messages: single-line `app-page-*` entries of one locale file. */
export function pageMessages(ftl: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of ftl.split("\n")) {
    const m = /^(app-page-[a-z0-9-]+) = (.*)$/.exec(line);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

export async function buildWebapp(outDir = WEBAPP_OUT): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const messages = {
    en: pageMessages(readFileSync(join(ROOT, "locales/en.ftl"), "utf8")),
    de: pageMessages(readFileSync(join(ROOT, "locales/de.ftl"), "utf8")),
  };
  await build({
    entryPoints: { app: join(ROOT, "src/webapp/main.ts") },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    define: { __MESSAGES__: JSON.stringify(messages) },
    legalComments: "none",
    logLevel: "warning",
  });
  copyFileSync(join(ROOT, "src/webapp/index.html"), join(outDir, "index.html"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildWebapp(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`Mini App built into ${process.argv[2] ?? WEBAPP_OUT}`);
}
