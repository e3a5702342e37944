import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAnalyze } from "../../src/local/analyze.js";

/** `npm run analyze` as a separate process: exit code, stdout, stderr. */
function analyzeProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/local/analyze.ts", ...args], { cwd: process.cwd() }, (error, out, err) => {
      resolve({ code: error ? ((error as NodeJS.ErrnoException & { code?: number }).code as unknown as number) : 0, out, err });
    });
  });
}

/**
 * The same run in this process: what the command prints and its exit code, without starting Node
 * and compiling the sources again. The tests marked "(process)" cover the command itself.
 */
async function analyze(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runAnalyze(args);
}

function clinicianCsv(block: (day: number) => string): string {
  const lines = ["date,phase,pain,marker"];
  const base = [6, 7, 6, 7, 6, 6, 7];
  base.forEach((p, i) => lines.push(`2025-03-0${i + 1},baseline,${p},${20 + (i % 2)}`));
  for (let d = 0; d < 21; d++) lines.push(`2025-03-${String(8 + d).padStart(2, "0")},block,${block(d)}`);
  return `${lines.join("\n")}\n`;
}

describe("npm run analyze", () => {
  const dir = mkdtempSync(join(tmpdir(), "mtb-analyze-"));
  const good = join(dir, "clinician.csv");
  writeFileSync(good, clinicianCsv((d) => (d === 4 ? "," : `${3 + (d % 2)},${27 + (d % 3)}`)));

  it("reads a clinician's date,phase,pain,marker CSV and prints the report (process)", async () => {
    const r = await analyzeProcess([good]);
    expect(r).toEqual(await analyze([good]));
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("End-of-block report");
    expect(r.out).toContain("Your numbers improved");
    expect(r.out).toContain("Sessions: not recorded in this file");
    expect(r.out).not.toContain("<b>");
  });

  it("--json gives one object with the outcome and, per measure, effect, interval, probabilities, NAP and baseline slope", async () => {
    const r = await analyze([good, "--json", "--marker-mcid", "5", "--pain-mcid", "25"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.outcome).toBe("go");
    for (const m of [json.pain, json.marker]) {
      expect(m).toMatchObject({ gate: "ok", verdict: "meaningful", mcidIsDefault: false });
      expect(m.interval[0]).toBeLessThan(m.effect);
      expect(m.interval[1]).toBeGreaterThan(m.effect);
      expect(m.pAnyImprovement).toBeGreaterThan(0.95);
      expect(m.nap.lower).toBeLessThanOrEqual(m.nap.value);
      expect(typeof m.baselineSlope).toBe("number");
    }
    expect(json.pain.mcid).toBe(25);
    expect(json.marker.mcid).toBe(5);
    expect(json.pain.lastWeekDays).toBe(7);
  });

  it("--lang de and --marker-direction lower", async () => {
    const de = await analyze([good, "--lang", "de"]);
    expect(de.out).toContain("Abschlussbericht");
    const lower = JSON.parse((await analyze([good, "--json", "--marker-direction", "lower"])).out);
    expect(lower.marker.verdict).toBe("no_benefit");
    expect(lower.outcome).toBe("partial");
  });

  it.each([
    ["a bad phase", "date,phase,pain,marker\n2025-03-01,baseline,6,20\n2025-03-02,basline,7,\n", "analyze: line 3: phase \"basline\" must be baseline, block, block-2..4, wash-in-2..4, withdrawal or follow-up\n"],
    ["a pain above 10", "date,phase,pain,marker\n2025-03-01,baseline,11,20\n", "analyze: line 2: pain 11 is outside 0-10\n"],
    ["a bad date", "date,phase,pain,marker\n2025-02-30,baseline,6,20\n", "analyze: line 2: date \"2025-02-30\" is not an ISO date (YYYY-MM-DD)\n"],
    ["a missing cell", "date,phase,pain,marker\n2025-03-01,baseline,6\n", "analyze: line 2: expected 4 cells (date,phase,pain,marker), found 3\n"],
    ["an unknown header", "day,pain\n", "analyze: line 1: unknown header \"day,pain\": expected date,phase,pain,marker or a /export CSV\n"],
    ["broken JSON", "{\n  \"format\": \n}", null],
  ])("a malformed file (%s) exits 1 with one line and writes nothing", async (_name, content, message) => {
    const bad = mkdtempSync(join(tmpdir(), "mtb-analyze-bad-"));
    const file = join(bad, "input.csv");
    writeFileSync(file, content);
    const r = await analyze([file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    if (message) expect(r.err).toBe(message);
    else expect(r.err).toMatch(/^analyze: (line \d+: )?not valid JSON/);
    expect(readdirSync(bad)).toEqual(["input.csv"]);
  });

  it("a bad option exits 1 with one line (process)", async () => {
    const r = await analyzeProcess([good, "--lang", "fr"]);
    expect(r).toMatchObject({ code: 1, out: "", err: "analyze: --lang must be en or de\n" });
  });
});
