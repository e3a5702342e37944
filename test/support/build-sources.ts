/**
 * The app's sources compiled once per test run (esbuild, one .js per .ts, no bundling), for the
 * tests that start the bot as a real child process: `node <dir>/main.js` starts in about a quarter
 * of the CPU of `node --import tsx src/main.ts`, which compiles the sources again in every child.
 * The directory sits beside src/ (one level below the repository) so the paths the code resolves
 * from its own location (locales/, assets/) and node_modules/ are the same as from src/.
 */
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function sourceFiles(dir: string, skip: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skip) sourceFiles(path, skip, out);
    } else if (/\.(ts|json)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Compiles `<root>/src` into a fresh `<root>/.test-build-<pid>` and returns that directory. */
export async function buildSources(root: string): Promise<string> {
  const src = join(root, "src");
  const outdir = join(root, `.test-build-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  // src/webapp is the Mini App page, a browser bundle of its own (scripts/build-webapp.ts).
  const files = sourceFiles(src, join(src, "webapp"));
  await build({
    entryPoints: files.filter((f) => f.endsWith(".ts")),
    outdir,
    outbase: src,
    format: "esm",
    platform: "node",
    target: "node20.11", // package.json engines; keeps the JSON imports' `with { type: "json" }`
    logLevel: "error",
  });
  for (const json of files.filter((f) => f.endsWith(".json"))) {
    const to = join(outdir, relative(src, json));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(json, to);
  }
  return outdir;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** What buildSources returned for this run (see global-setup.ts). */
    builtSources: string;
  }
}
