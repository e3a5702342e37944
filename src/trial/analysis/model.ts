/**
 * The Bayesian N-of-1 model behind every verdict, small enough for a clinician to read.
 *
 *   y(t) = α + β·t + (δ_k + γ·(t − m_k))·[t in block period k] + e(t),   e AR(1): corr(e(s), e(t)) = ρ^|s−t|
 *
 * t is the day number (0 = first session, baseline days negative), so δ_k is how far period k
 * sits from where the baseline level and trend would have put it. m_k is the middle (mean scored
 * day) of period k and γ the slope that repeats inside every block week, such as relief after a
 * weekly session that wears off: the trend β is read from the baseline and the levels of the
 * weeks, never from that repeating pattern projected across the block. Missing days are gaps: the
 * AR(1) step between two scored days g days apart uses ρ^g, which is the exact likelihood of the
 * observed days (no day is ever filled in).
 *
 * Priors: α and the block's common shift μ flat; each week's own deviation η_k ~ Normal(0, τ_w²)
 * (δ_k = μ + η_k); γ ~ Normal(0, (τ_w/3)²), a swing over a week's ±3 days as large as a week's own
 * deviation; the slope β ~ Normal(0, τ²) with τ in points per day (a plain fit's residual
 * variance s₀² turns these into the conjugate form, e.g. β ~ N(0, σ²·τ²/s₀²)); σ²
 * gets a weak inverse-gamma prior (one pseudo-observation at the scale's rounding noise) so a flat
 * series still has an honest, finite posterior; ρ is uniform on a grid over [0, 0.95] (13 values).
 * Given ρ everything is conjugate, so each δ_k is a Student t in closed form, and over the grid
 * the posterior is a weighted mixture of those t's with weights ∝ p(y | ρ). No MCMC, no seeds.
 *
 * Why these packages: jstat (pinned 1.9.6) is the long-standing JavaScript library with the
 * Student-t and normal CDFs and inverses this needs; its Student-t CDF agreed with scipy to within
 * 2e-8 over x in [−3.2, 4.1] and 1-120 degrees of freedom, far below anything a verdict can feel.
 * simple-statistics (pinned 7.12.1) supplies the medians of the robustness numbers. Neither pulls
 * in dependencies, and no hand-written CDF lives here.
 */
import jstat from "jstat";
import { cholesky, cholLogDet, cholQuad, cholSolve } from "./linalg.js";

const { jStat } = jstat;

export interface SeriesPoint {
  /** Day number: 0 = first session, baseline days negative. Strictly increasing across points. */
  day: number;
  value: number;
  /** 0 = baseline, 1..K = block periods (weeks; the last is the last 7 unpaused days). */
  period: number;
}

export interface ModelOptions {
  /** Prior SD of the slope in points per day; null leaves the trend out. */
  trendPriorSd: number | null;
  /** The scale's smallest step (10 for a 0-10 score on 0-100); sets the σ² prior's scale. */
  resolution: number;
  /** A recalled baseline: a fixed number instead of baseline days (no intercept, no trend). */
  fixedBaseline?: number | null;
  rhoGrid?: readonly number[];
  /** Report only these block periods (and no slope): the weekly checks need one week each. */
  periods?: readonly number[];
  /** Overrides the reference variance s₀² that scales the priors (tests pin it). */
  referenceVariance?: number;
  /** Prior SD of how far one block week may sit from the block's common shift, in points. */
  weekSd?: number;
}

export interface TComponent {
  weight: number;
  mean: number;
  scale: number;
  df: number;
}

export interface EffectPosterior {
  period: number;
  components: TComponent[];
}

export interface ModelFit {
  points: number;
  /** Posterior weight of each ρ on the grid. */
  rho: { value: number; weight: number }[];
  /** One posterior per block period that has data, in period order. */
  effects: EffectPosterior[];
  /** Posterior of the slope (points per day), null without a trend term. */
  slope: EffectPosterior | null;
}

export const DEFAULT_WEEK_SD = 5;
/** ρ from 0 to 0.95: steps of 0.1, then 0.05 above 0.7, where the likelihood changes fastest. */
export const DEFAULT_RHO_GRID: readonly number[] = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/** Grid points with less posterior weight than this are left out of the mixture. */
const MIN_WEIGHT = 1e-7;

interface Design {
  columns: number;
  /** Contrast giving each block period's δ = μ + η_k. */
  contrasts: Map<number, Float64Array>;
  slopeColumn: number | null;
  /** Prior precision of each column relative to σ² / s₀² (0 = flat). */
  priorScale: Float64Array;
  /** A design row as (column, value) pairs: at most five are non-zero. */
  sparse: (point: SeriesPoint) => { idx: number[]; val: number[] };
}

/**
 * Columns: [α] [β] μ η_1 … η_K [γ], γ only with a trend and once a block week has two scored days.
 * δ_k = μ + η_k: μ is the block's common shift and η_k how week k differs from it, with
 * η_k ~ N(0, τ_w²). Tying the weeks together is what lets the model tell a shift that holds (flat
 * weeks) from a trend that was there anyway (weeks that keep sliding).
 */
function design(points: readonly SeriesPoint[], options: ModelOptions): Design {
  const periods = [...new Set(points.filter((p) => p.period > 0).map((p) => p.period))].sort((a, b) => a - b);
  const fixed = options.fixedBaseline !== undefined && options.fixedBaseline !== null;
  const trend = !fixed && options.trendPriorSd !== null;
  const base = (fixed ? 0 : 1) + (trend ? 1 : 0);
  const shift = base;
  let columns = base + 1 + periods.length;
  const periodColumn = new Map(periods.map((period, i) => [period, base + 1 + i]));
  const slopeColumn = trend ? 1 : null;
  // γ's value is the day's distance from its week's middle, so that it moves no week's level.
  const middle = new Map(periods.map((period) => [period, mean(points.filter((p) => p.period === period).map((p) => p.day))]));
  const withinWeek = trend && points.some((p) => p.period > 0 && p.day !== middle.get(p.period)) ? columns : null;
  if (withinWeek !== null) columns++;
  const contrasts = new Map<number, Float64Array>();
  for (const [period, column] of periodColumn) {
    const c = new Float64Array(columns);
    c[shift] = 1;
    c[column] = 1;
    contrasts.set(period, c);
  }
  const priorScale = new Float64Array(columns);
  if (slopeColumn !== null) priorScale[slopeColumn] = 1 / (options.trendPriorSd as number) ** 2;
  const weekSd = options.weekSd ?? DEFAULT_WEEK_SD;
  for (const column of periodColumn.values()) priorScale[column] = 1 / weekSd ** 2;
  if (withinWeek !== null) priorScale[withinWeek] = 1 / (weekSd / 3) ** 2;
  return {
    columns,
    contrasts,
    slopeColumn,
    priorScale,
    sparse: (point) => {
      const idx: number[] = [];
      const val: number[] = [];
      if (!fixed) {
        idx.push(0);
        val.push(1);
      }
      if (slopeColumn !== null) {
        idx.push(slopeColumn);
        val.push(point.day);
      }
      const column = periodColumn.get(point.period);
      if (column !== undefined) {
        idx.push(shift, column);
        val.push(1, 1);
        if (withinWeek !== null) {
          idx.push(withinWeek);
          val.push(point.day - (middle.get(point.period) as number));
        }
      }
      return { idx, val };
    },
  };
}

interface RhoFit {
  rho: number;
  logEvidence: number;
  /** Mean and c'A⁻¹c of each reported contrast. */
  contrasts: Map<number, { mean: number; quad: number }>;
  df: number;
  s2: number;
}

const SLOPE = -1;

type Row = { idx: number[]; val: number[] };

/**
 * The sums every ρ needs, gathered in one pass. The AR(1) transform of row i, g days after row
 * i−1, is s·(x_i − φx_{i−1}) with φ = ρ^g and s = 1/√(1−φ²), so XᵀX summed over the rows with gap
 * g is s²·(A − φ·(B + Bᵀ) + φ²·C) with A = Σ x_i x_iᵀ, B = Σ x_i x_{i−1}ᵀ, C = Σ x_{i−1} x_{i−1}ᵀ
 * (and alike for Xᵀy and yᵀy): each ρ then costs a few p×p sums instead of a pass over the days.
 */
interface GapSums {
  gap: number;
  count: number;
  a: Float64Array;
  /** B + Bᵀ */
  b: Float64Array;
  c: Float64Array;
  ay: Float64Array;
  /** Σ x_i y_{i−1} + Σ x_{i−1} y_i */
  by: Float64Array;
  cy: Float64Array;
  yy: number;
  yPrevY: number;
  prevYY: number;
}

interface Sums {
  /** The first row, untransformed. */
  first: { a: Float64Array; ay: Float64Array; yy: number };
  gaps: GapSums[];
}

function outer(into: Float64Array, p: number, u: Row, v: Row, weight = 1): void {
  for (let i = 0; i < u.idx.length; i++) {
    const row = u.idx[i] * p;
    const ui = u.val[i] * weight;
    for (let j = 0; j < v.idx.length; j++) into[row + v.idx[j]] += ui * v.val[j];
  }
}

function addScaled(into: Float64Array, row: Row, weight: number): void {
  for (let i = 0; i < row.idx.length; i++) into[row.idx[i]] += row.val[i] * weight;
}

function gatherSums(points: readonly SeriesPoint[], values: readonly number[], rows: readonly Row[], p: number): Sums {
  const first = { a: new Float64Array(p * p), ay: new Float64Array(p), yy: values[0] * values[0] };
  outer(first.a, p, rows[0], rows[0]);
  addScaled(first.ay, rows[0], values[0]);
  const byGap = new Map<number, GapSums>();
  for (let i = 1; i < points.length; i++) {
    const gap = points[i].day - points[i - 1].day;
    let g = byGap.get(gap);
    if (!g) {
      g = { gap, count: 0, a: new Float64Array(p * p), b: new Float64Array(p * p), c: new Float64Array(p * p), ay: new Float64Array(p), by: new Float64Array(p), cy: new Float64Array(p), yy: 0, yPrevY: 0, prevYY: 0 };
      byGap.set(gap, g);
    }
    const cur = rows[i];
    const prev = rows[i - 1];
    const y = values[i];
    const yPrev = values[i - 1];
    g.count++;
    outer(g.a, p, cur, cur);
    outer(g.b, p, cur, prev);
    outer(g.b, p, prev, cur);
    outer(g.c, p, prev, prev);
    addScaled(g.ay, cur, y);
    addScaled(g.by, cur, yPrev);
    addScaled(g.by, prev, y);
    addScaled(g.cy, prev, yPrev);
    g.yy += y * y;
    g.yPrevY += y * yPrev;
    g.prevYY += yPrev * yPrev;
  }
  return { first, gaps: [...byGap.values()] };
}

/** Residual variance of the plain (ρ = 0, near-flat priors) fit: the reference s₀² for the priors. */
function referenceVariance(rows: readonly Row[], p: number, values: readonly number[], resolution: number): number {
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  rows.forEach((row, i) => {
    for (let a = 0; a < row.idx.length; a++) {
      xty[row.idx[a]] += row.val[a] * values[i];
      for (let b = 0; b < row.idx.length; b++) xtx[row.idx[a] * p + row.idx[b]] += row.val[a] * row.val[b];
    }
  });
  for (let a = 0; a < p; a++) xtx[a * p + a] += 1e-6;
  const l = cholesky(xtx, p);
  const floor = (resolution * resolution) / 12;
  if (!l) return floor;
  const beta = cholSolve(l, p, xty);
  let ssr = 0;
  rows.forEach((row, i) => {
    let fit = 0;
    for (let a = 0; a < row.idx.length; a++) fit += row.val[a] * beta[row.idx[a]];
    ssr += (values[i] - fit) ** 2;
  });
  const df = Math.max(rows.length - (p - 1), 1);
  return Math.max(ssr / df, floor);
}

function fitAtRho(
  n: number,
  sums: Sums,
  d: Design,
  rho: number,
  s0: number,
  resolution: number,
  report: readonly (readonly [number, Float64Array])[],
): RhoFit | null {
  const p = d.columns;
  const xtx = Float64Array.from(sums.first.a);
  const xtz = Float64Array.from(sums.first.ay);
  let ztz = sums.first.yy;
  let logJacobian = 0;
  for (const g of sums.gaps) {
    const phi = rho === 0 ? 0 : Math.pow(rho, g.gap);
    const phi2 = phi * phi;
    const s2 = 1 / (1 - phi2);
    for (let k = 0; k < p * p; k++) xtx[k] += s2 * (g.a[k] - phi * g.b[k] + phi2 * g.c[k]);
    for (let k = 0; k < p; k++) xtz[k] += s2 * (g.ay[k] - phi * g.by[k] + phi2 * g.cy[k]);
    ztz += s2 * (g.yy - 2 * phi * g.yPrevY + phi2 * g.prevYY);
    logJacobian += g.count * -0.5 * Math.log(1 - phi2);
  }
  let flat = 0;
  for (let a = 0; a < p; a++) {
    xtx[a * p + a] += s0 * d.priorScale[a];
    if (d.priorScale[a] === 0) flat++;
  }
  const l = cholesky(xtx, p);
  if (!l) return null;
  const estimate = cholSolve(l, p, xtz);
  let fitted = 0;
  for (let a = 0; a < p; a++) fitted += estimate[a] * xtz[a];
  const ssr = Math.max(ztz - fitted, 0);
  // σ² ~ Inv-Gamma(ν₀/2, ν₀ s_min²/2) with ν₀ = 1 and s_min the rounding noise of the scale.
  const ss = ssr + (resolution * resolution) / 12;
  const df = n - flat + 1;
  if (df <= 0) return null;
  const contrasts = new Map<number, { mean: number; quad: number }>();
  for (const [key, c] of report) {
    let mean = 0;
    for (let a = 0; a < p; a++) mean += c[a] * estimate[a];
    contrasts.set(key, { mean, quad: cholQuad(l, p, c) });
  }
  // The transform scales the density by ∏ 1/√(1−φ²), hence + logJacobian.
  const logEvidence = logJacobian - 0.5 * cholLogDet(l, p) - (df / 2) * Math.log(ss);
  return { rho, logEvidence, contrasts, df, s2: ss / df };
}

/**
 * Fits the model. Needs at least one block period with data and, unless the baseline is fixed,
 * at least one baseline point; returns null when the data cannot identify the effects.
 */
export function fitModel(points: readonly SeriesPoint[], options: ModelOptions): ModelFit | null {
  const sorted = [...points].sort((a, b) => a.day - b.day);
  if (sorted.length === 0 || !sorted.some((p) => p.period > 0)) return null;
  const fixed = options.fixedBaseline !== undefined && options.fixedBaseline !== null;
  if (!fixed && !sorted.some((p) => p.period === 0)) return null;
  const values = sorted.map((p) => (fixed ? p.value - (options.fixedBaseline as number) : p.value));
  const d = design(sorted, options);
  const rows = sorted.map((point) => d.sparse(point));
  const sums = gatherSums(sorted, values, rows, d.columns);
  const s0 = options.referenceVariance ?? referenceVariance(rows, d.columns, values, options.resolution);
  const report: [number, Float64Array][] = [...d.contrasts.entries()].filter(([period]) => !options.periods || options.periods.includes(period));
  if (d.slopeColumn !== null && !options.periods) {
    const c = new Float64Array(d.columns);
    c[d.slopeColumn] = 1;
    report.push([SLOPE, c]);
  }
  const fits = (options.rhoGrid ?? DEFAULT_RHO_GRID)
    .map((rho) => fitAtRho(sorted.length, sums, d, rho, s0, options.resolution, report))
    .filter((fit): fit is RhoFit => fit !== null);
  if (fits.length === 0) return null;
  const top = Math.max(...fits.map((f) => f.logEvidence));
  const raw = fits.map((f) => Math.exp(f.logEvidence - top));
  const total = raw.reduce((sum, w) => sum + w, 0);
  const weights = raw.map((w) => w / total);
  const posterior = (key: number, period: number): EffectPosterior => ({
    period,
    components: fits
      .map((fit, i) => {
        const c = fit.contrasts.get(key)!;
        return { weight: weights[i], mean: c.mean, scale: Math.sqrt(fit.s2 * c.quad), df: fit.df };
      })
      .filter((c) => c.weight > MIN_WEIGHT),
  });
  return {
    points: sorted.length,
    rho: fits.map((fit, i) => ({ value: fit.rho, weight: weights[i] })),
    effects: report.filter(([key]) => key !== SLOPE).map(([period]) => posterior(period, period)),
    slope: d.slopeColumn === null || options.periods ? null : posterior(SLOPE, 0),
  };
}

/** P(X ≤ x) under the mixture. */
export function mixtureCdf(posterior: EffectPosterior, x: number): number {
  let p = 0;
  for (const c of posterior.components) p += c.weight * jStat.studentt.cdf((x - c.mean) / c.scale, c.df);
  return Math.min(Math.max(p, 0), 1);
}

/** Density of the mixture at x. */
export function mixturePdf(posterior: EffectPosterior, x: number): number {
  let f = 0;
  for (const c of posterior.components) f += (c.weight * jStat.studentt.pdf((x - c.mean) / c.scale, c.df)) / c.scale;
  return f;
}

/**
 * The p-quantile of the mixture: Newton steps on the CDF, kept inside a bracket that shrinks
 * with every evaluation (bisection when a step would leave it), to 1e-9 in probability.
 */
export function mixtureQuantile(posterior: EffectPosterior, p: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  let mean = 0;
  for (const c of posterior.components) {
    const reach = c.scale * Math.max(jStat.studentt.inv(0.9995, c.df), 4);
    lo = Math.min(lo, c.mean - reach);
    hi = Math.max(hi, c.mean + reach);
    mean += c.weight * c.mean;
  }
  let x = Math.min(Math.max(mean, lo), hi);
  for (let i = 0; i < 100; i++) {
    const gap = mixtureCdf(posterior, x) - p;
    if (Math.abs(gap) < 1e-9 || hi - lo < 1e-9) break;
    if (gap < 0) lo = x;
    else hi = x;
    const f = mixturePdf(posterior, x);
    const next = f > 0 ? x - gap / f : NaN;
    x = next > lo && next < hi ? next : (lo + hi) / 2;
  }
  return x;
}

/** Posterior mean of ρ: how strongly one day's pain carries over to the next. */
export function rhoMean(fit: ModelFit): number {
  return fit.rho.reduce((sum, r) => sum + r.value * r.weight, 0);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
