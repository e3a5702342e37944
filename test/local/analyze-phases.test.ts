import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAnalyze } from "../../src/local/analyze.js";
import { addDays } from "../../src/trial/time/calendar.js";

/** Baseline 7 days at ~6/10, block 1 four weeks at ~3, then two weeks without sessions at `off`. */
function file(off: number): string {
  const wave = [0, 1, -1, 0, 1, -1, 0];
  const lines = ["date,phase,pain,marker"];
  for (let i = 0; i < 7; i++) lines.push(`${addDays("2025-02-24", i)},baseline,${6 + wave[i]},`);
  for (let i = 0; i < 28; i++) lines.push(`${addDays("2025-03-03", i)},block,${3 + wave[i % 7]},`);
  for (let i = 0; i < 14; i++) lines.push(`${addDays("2025-03-31", i)},withdrawal,${(i < 7 ? 3 : off) + wave[i % 7]},`);
  return `${lines.join("\n")}\n`;
}

describe("npm run analyze with phases after block 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "mtb-analyze-phases-"));

  it("prints the phases and the withdrawal verdict after the block 1 report", () => {
    const path = join(dir, "returned.csv");
    writeFileSync(path, file(6));
    const r = runAnalyze([path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("End-of-block report");
    expect(r.out).toContain("Your phases (pain, average on 0-10):");
    expect(r.out).toMatch(/Without sessions: [\d.]+ from 14 days/);
    expect(r.out).toContain("Withdrawal check: Pain came back when you stopped.");
  });

  it("--json carries the phases on 0-100: levels, block 1 against the baseline, the withdrawal with its numbers", () => {
    const path = join(dir, "stayed.csv");
    writeFileSync(path, file(3));
    const json = JSON.parse(runAnalyze([path, "--json"]).out);
    expect(json.outcome).toBeDefined();
    expect(json.phases.levels.map((l: { phase: string }) => l.phase)).toEqual(["baseline", "block-1", "withdrawal"]);
    const [block1] = json.phases.blocks;
    expect(block1.vsBaseline.effect).toBeGreaterThan(20);
    expect(block1.vsBaseline.interval[0]).toBeLessThan(block1.vsBaseline.effect);
    const [w] = json.phases.withdrawals;
    expect(w.verdict).toBe("stayed_low");
    expect(w.gain).toBeCloseTo(30, 0);
    expect(w.pReturned).toBeLessThanOrEqual(0.2);
  });

  it("a file without later phases prints no phase section (as before)", () => {
    const path = join(dir, "plain.csv");
    writeFileSync(
      path,
      file(3)
        .split("\n")
        .filter((l) => !l.includes("withdrawal"))
        .join("\n"),
    );
    const r = runAnalyze([path]);
    expect(r.out).not.toContain("Your phases");
    expect(JSON.parse(runAnalyze([path, "--json"]).out).phases).toBeUndefined();
  });
});
