import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { fitModel, mixtureCdf, mixtureQuantile, rhoMean, type SeriesPoint } from "../../../src/trial/analysis/model.js";

const A = [60, 70, 60, 50, 60, 70, 60];
const B = [40, 50, 40, 30, 50, 40, 40];
function twoPhase(a: number[], b: number[]): SeriesPoint[] {
  return [...a.map((value, i) => ({ day: i - a.length, value, period: 0 })), ...b.map((value, i) => ({ day: i, value, period: 1 }))];
}

describe("fitModel: the closed form against hand-computed values", () => {
  it("with ρ = 0, no trend and free weeks it is the pooled two-sample t posterior", () => {
    // By hand: Δ = 41.43 − 61.43 = −20; SSR = 371.43 + 200 = 571.43; the σ² prior adds 10²/12 and one
    // degree of freedom: s² = 579.76 / 13, scale = √(s²(1/7 + 1/7)) = 3.569597. Tail values from
    // scipy.stats.t(df = 13): P(δ < 0) = 0.9999570828, P(δ ≤ −18) = 0.7075949494, t₀.₉₇₅ = 2.160369.
    const fit = fitModel(twoPhase(A, B), { trendPriorSd: null, resolution: 10, rhoGrid: [0], weekSd: 1e4 })!;
    const [effect] = fit.effects;
    expect(effect.components).toHaveLength(1);
    expect(effect.components[0].df).toBe(13);
    expect(effect.components[0].mean).toBeCloseTo(-20, 4);
    expect(effect.components[0].scale).toBeCloseTo(3.569597, 4);
    expect(mixtureCdf(effect, 0)).toBeCloseTo(0.9999570828, 6);
    expect(mixtureCdf(effect, -18)).toBeCloseTo(0.7075949494, 4);
    expect(mixtureQuantile(effect, 0.975)).toBeCloseTo(-20 + 2.160369 * 3.569597, 3);
  });

  it("returns null without baseline or block data", () => {
    expect(fitModel(twoPhase(A, []), { trendPriorSd: 0.25, resolution: 10 })).toBeNull();
    expect(fitModel(twoPhase([], B), { trendPriorSd: 0.25, resolution: 10 })).toBeNull();
  });

  it("a recalled baseline is a fixed number: the effect is the block mean minus it", () => {
    const fit = fitModel(twoPhase([], B), { trendPriorSd: null, resolution: 10, fixedBaseline: 60, rhoGrid: [0], weekSd: 1e4 })!;
    // 290 / 7 − 60 = −18.5714
    expect(fit.effects[0].components[0].mean).toBeCloseTo(290 / 7 - 60, 3);
  });

  it("gives strongly autocorrelated series a high ρ and independent ones a low ρ", () => {
    const slow = Array.from({ length: 35 }, (_, i) => ({ day: i - 7, value: 50 + 20 * Math.sin(i / 4), period: i < 7 ? 0 : Math.floor((i - 7) / 7) + 1 }));
    const fast = slow.map((p, i) => ({ ...p, value: 50 + (i % 2 === 0 ? 10 : -10) }));
    expect(rhoMean(fitModel(slow, { trendPriorSd: 0.25, resolution: 1 })!)).toBeGreaterThan(0.7);
    expect(rhoMean(fitModel(fast, { trendPriorSd: 0.25, resolution: 1 })!)).toBeLessThan(0.2);
  });
});

/** Dense generalised least squares with Σ = ρ^|tᵢ−tⱼ|: an independent route to the same posterior. */
function denseReference(points: SeriesPoint[], rho: number, s0: number, trendSd: number, weekSd: number) {
  const periods = [...new Set(points.filter((p) => p.period > 0).map((p) => p.period))].sort((a, b) => a - b);
  const middle = (period: number) => {
    const days = points.filter((p) => p.period === period).map((p) => p.day);
    return days.reduce((s, d) => s + d, 0) / days.length;
  };
  // The within-week slope exists once some block week has two scored days; prior SD weekSd / 3 per day.
  const within = points.some((p) => p.period > 0 && p.day !== middle(p.period));
  const cols = 3 + periods.length + (within ? 1 : 0);
  const x = points.map((p) => {
    const row = new Array(cols).fill(0);
    row[0] = 1;
    row[1] = p.day;
    if (p.period > 0) {
      row[2] = 1;
      row[3 + periods.indexOf(p.period)] = 1;
      if (within) row[cols - 1] = p.day - middle(p.period);
    }
    return row;
  });
  const n = points.length;
  const sigma = points.map((p) => points.map((q) => Math.pow(rho, Math.abs(p.day - q.day))));
  const sInv = invert(sigma);
  const xtx = Array.from({ length: cols }, (_, a) => Array.from({ length: cols }, (_, b) => sum(n, (i) => sum(n, (j) => x[i][a] * sInv[i][j] * x[j][b]))));
  const xty = Array.from({ length: cols }, (_, a) => sum(n, (i) => sum(n, (j) => x[i][a] * sInv[i][j] * points[j].value)));
  xtx[1][1] += s0 / trendSd ** 2;
  for (let k = 3; k < 3 + periods.length; k++) xtx[k][k] += s0 / weekSd ** 2;
  if (within) xtx[cols - 1][cols - 1] += s0 / (weekSd / 3) ** 2;
  const aInv = invert(xtx);
  const theta = aInv.map((row) => sum(cols, (b) => row[b] * xty[b]));
  const yty = sum(n, (i) => sum(n, (j) => points[i].value * sInv[i][j] * points[j].value));
  const ss = yty - sum(cols, (a) => theta[a] * xty[a]) + 100 / 12;
  const df = n - 2 + 1;
  const last = 3 + periods.length - 1;
  const mean = theta[2] + theta[last];
  const quad = aInv[2][2] + aInv[last][last] + 2 * aInv[2][last];
  // log p(y | ρ) up to a constant shared by every ρ: −½ log|Σ| − ½ log|A| − (df/2) log ss.
  const logEvidence = -0.5 * logDet(sigma) - 0.5 * logDet(xtx) - (df / 2) * Math.log(ss);
  return { mean, scale: Math.sqrt((ss / df) * quad), df, logEvidence };
}

function logDet(m: number[][]): number {
  const n = m.length;
  const a = m.map((row) => [...row]);
  let log = 0;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    log += Math.log(Math.abs(a[c][c]));
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c];
      for (let k = c; k < n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return log;
}

function sum(n: number, f: (i: number) => number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += f(i);
  return s;
}

function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    const d = a[c][c];
    for (let k = 0; k < 2 * n; k++) a[c][k] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let k = 0; k < 2 * n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row) => row.slice(n));
}

/** A baseline and 1-3 block weeks of 0-100 scores with random missing days. */
const series = fc
  .tuple(
    fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 }), { minLength: 28, maxLength: 28 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([values, weeks]) =>
    values
      .slice(0, 7 + 7 * weeks)
      .map((value, i) => ({ day: i - 7, value, period: i < 7 ? 0 : Math.floor((i - 7) / 7) + 1 }))
      .filter((p): p is SeriesPoint => p.value !== null),
  )
  .filter((points) => points.filter((p) => p.period === 0).length >= 3 && new Set(points.map((p) => p.period)).size >= 2 && points.length >= 8);

describe("fitModel: properties", () => {
  it("with gaps, the AR(1) transform equals dense GLS with correlation ρ^gap (every ρ)", () => {
    fc.assert(
      fc.property(series, fc.constantFrom(0, 0.3, 0.6, 0.85), (points, rho) => {
        const fit = fitModel(points, { trendPriorSd: 0.25, resolution: 10, rhoGrid: [rho], referenceVariance: 150, weekSd: 5 })!;
        const ref = denseReference(points, rho, 150, 0.25, 5);
        const last = fit.effects.at(-1)!.components[0];
        expect(last.mean).toBeCloseTo(ref.mean, 6);
        expect(last.scale).toBeCloseTo(ref.scale, 6);
        expect(last.df).toBe(ref.df);
      }),
      { numRuns: 60 },
    );
  });

  it("weighs the ρ grid by the evidence of dense GLS (gaps included, up to ρ = 0.95)", () => {
    fc.assert(
      fc.property(series, fc.subarray([0, 0.2, 0.5, 0.75, 0.9, 0.95], { minLength: 2 }), (points, grid) => {
        const fit = fitModel(points, { trendPriorSd: 0.25, resolution: 10, rhoGrid: grid, referenceVariance: 150, weekSd: 5 })!;
        const evidence = grid.map((rho) => denseReference(points, rho, 150, 0.25, 5).logEvidence);
        const top = Math.max(...evidence);
        const raw = evidence.map((e) => Math.exp(e - top));
        const total = raw.reduce((a, b) => a + b, 0);
        fit.rho.forEach((r, i) => expect(r.weight).toBeCloseTo(raw[i] / total, 7));
      }),
      { numRuns: 60 },
    );
  });

  it("is shift-equivariant: adding c to every day leaves the effects, adding c to the block moves them by c", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -30, max: 30 }), (points, c) => {
        const options = { trendPriorSd: 0.25, resolution: 10, referenceVariance: 150 };
        const base = fitModel(points, options)!;
        const all = fitModel(points.map((p) => ({ ...p, value: p.value + c })), options)!;
        const block = fitModel(points.map((p) => ({ ...p, value: p.value + (p.period > 0 ? c : 0) })), options)!;
        const median = (f: typeof base) => mixtureQuantile(f.effects.at(-1)!, 0.5);
        expect(median(all)).toBeCloseTo(median(base), 5);
        expect(median(block)).toBeCloseTo(median(base) + c, 5);
      }),
      { numRuns: 40 },
    );
  });

  it("weights ρ into a distribution, and the quantile inverts the CDF", () => {
    fc.assert(
      fc.property(series, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (points, p) => {
        const fit = fitModel(points, { trendPriorSd: 0.25, resolution: 10 })!;
        expect(fit.rho.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(1, 9);
        const effect = fit.effects.at(-1)!;
        expect(mixtureCdf(effect, mixtureQuantile(effect, p))).toBeCloseTo(p, 5);
      }),
      { numRuns: 40 },
    );
  });
});
