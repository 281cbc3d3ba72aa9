import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { sourced } from '../provenance';

/** Sigmas each side of the mean in a capable process's natural tolerance (Cp = tolerance / 6σ). */
const SIGMAS_PER_SIDE = 3;
const PPM = 1e6;

export interface Descriptive {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); NaN below two values. */
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
}

export function describeSample(values: readonly number[]): Descriptive {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, sigma: Number.NaN, min: Number.NaN, max: Number.NaN };
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { n, mean, sigma: n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN, min, max };
}

export interface Capability {
  /** (USL − LSL) / 6σ; null with a one-sided limit. */
  readonly cp: number | null;
  /** Distance from the mean to the nearer limit in units of 3σ. */
  readonly cpk: number;
  /** Parts per million out of spec predicted by the normal fit. */
  readonly ppm: number;
}

/**
 * @method supplier-cpk Process capability and predicted out-of-spec rate
 * With sample mean μ and standard deviation σ against the limits LSL and USL (either may be absent):
 * $$ C_p = \frac{USL - LSL}{6\sigma}, \qquad C_{pk} = \min\left(\frac{USL-\mu}{3\sigma}, \frac{\mu-LSL}{3\sigma}\right) $$
 * and the fraction out of spec from the normal fit, in parts per million:
 * $$ \mathrm{ppm} = 10^6\left[\Phi\left(\frac{LSL-\mu}{\sigma}\right) + 1 - \Phi\left(\frac{USL-\mu}{\sigma}\right)\right] $$
 * The usual thresholds: C_pk ≥ 1.33 capable, 1.0–1.33 marginal, below 1.0 not capable.
 * @assumes The parameter is normally distributed (checked by Anderson–Darling; see supplier-normality).
 * @ref MONTGOMERY_SQC
 */
export function capability(
  stats: Pick<Descriptive, 'mean' | 'sigma'>,
  lsl: number | undefined,
  usl: number | undefined,
): Capability {
  const { mean, sigma } = stats;
  const spread = SIGMAS_PER_SIDE * sigma;
  const upper = usl === undefined ? Number.POSITIVE_INFINITY : (usl - mean) / spread;
  const lower = lsl === undefined ? Number.POSITIVE_INFINITY : (mean - lsl) / spread;
  const below = lsl === undefined ? 0 : normalCdf(lsl, mean, sigma);
  const above = usl === undefined ? 0 : 1 - normalCdf(usl, mean, sigma);
  return {
    cp: lsl === undefined || usl === undefined ? null : (usl - lsl) / (2 * spread),
    cpk: Math.min(upper, lower),
    ppm: (below + above) * PPM,
  };
}

/** Cpk bands of the usual qualification practice. */
export const CPK_CAPABLE = sourced(1.33, {
  source: 'MONTGOMERY_SQC',
  year: 2019,
  kind: 'paper',
  note: 'Cpk ≥ 1.33 (4σ to the nearer limit) is the usual bar for an existing process',
});
export const CPK_MARGINAL = sourced(1.0, {
  source: 'MONTGOMERY_SQC',
  year: 2019,
  kind: 'paper',
  note: 'Cpk 1.0: the nearer limit at 3σ, about 1350 ppm out on that side',
});

export type CpkBand = 'capable' | 'marginal' | 'not-capable';

export function cpkBand(cpk: number): CpkBand {
  if (cpk >= CPK_CAPABLE.value) return 'capable';
  if (cpk >= CPK_MARGINAL.value) return 'marginal';
  return 'not-capable';
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * @method supplier-clopper-pearson Exact binomial interval of a proportion
 * For k successes in n trials the Clopper–Pearson interval at confidence 1 − α (two-sided) is
 * $$ p_L = B^{-1}\left(\tfrac{\alpha}{2}; k, n-k+1\right), \qquad p_U = B^{-1}\left(1-\tfrac{\alpha}{2}; k+1, n-k\right) $$
 * with B⁻¹ the beta quantile (p_L = 0 at k = 0, p_U = 1 at k = n). One-sided bounds use α in place of α/2.
 * @ref CLOPPER_PEARSON_1934
 */
export function clopperPearson(
  successes: number,
  trials: number,
  confidence = 0.95,
  sided: 'two' | 'one' = 'two',
): Interval {
  if (!(trials > 0)) return { lower: 0, upper: 1 };
  const alpha = sided === 'two' ? (1 - confidence) / 2 : 1 - confidence;
  const k = successes;
  const lower = k === 0 ? 0 : betaQuantile(alpha, k, trials - k + 1);
  const upper = k === trials ? 1 : betaQuantile(1 - alpha, k + 1, trials - k);
  return { lower, upper };
}

/**
 * @method supplier-success-run Samples needed to demonstrate a reliability
 * The smallest n for which seeing at most f failures is evidence, at confidence C, that the
 * reliability is at least R (binomial; f = 0 is the success-run formula n = ⌈ln(1−C)/ln R⌉):
 * $$ \sum_{i=0}^{f} \binom{n}{i}(1-R)^i R^{n-i} \le 1 - C $$
 * @ref CLOPPER_PEARSON_1934
 */
export function successRunSampleSize(
  reliability: number,
  confidence: number,
  failures = 0,
): number {
  const p = 1 - reliability;
  const alpha = 1 - confidence;
  // The success-run closed form starts the search; failures only add samples.
  let n = Math.max(failures + 1, Math.ceil(Math.log(alpha) / Math.log(reliability) - 1e-9));
  while (binomialCdf(failures, n, p) > alpha) n++;
  return n;
}

export interface Normality {
  /** Anderson–Darling statistic adjusted for estimated mean and σ (A*²). */
  readonly a2: number;
  /** Approximate p-value (D'Agostino & Stephens); small: the normal fit should not be trusted. */
  readonly p: number;
  /** Too few values for the check to mean anything. */
  readonly tooFew: boolean;
}

/** Below this many values the normality check is not reported as a pass. */
export const NORMALITY_MIN_N = 8;
/** p below this: the normal fit (Cpk, ppm) gets a warning. */
export const NORMALITY_ALPHA = 0.05;

/**
 * @method supplier-normality Anderson–Darling normality check
 * With z_(i) the ordered standardised values, the statistic
 * $$ A^2 = -n - \frac{1}{n}\sum_{i=1}^{n}(2i-1)\left[\ln\Phi(z_{(i)}) + \ln\left(1-\Phi(z_{(n+1-i)})\right)\right] $$
 * is adjusted for estimating μ and σ, A*² = A²(1 + 0.75/n + 2.25/n²), and turned into a p-value
 * by D'Agostino & Stephens' piecewise fit. p < 0.05 flags the normal-fit Cpk and ppm as untrustworthy.
 * @ref DAGOSTINO_STEPHENS_1986
 */
export function andersonDarling(values: readonly number[]): Normality {
  const n = values.length;
  const { mean, sigma } = describeSample(values);
  if (n < NORMALITY_MIN_N || !(sigma > 0)) return { a2: Number.NaN, p: Number.NaN, tooFew: true };
  const sorted = [...values].sort((a, b) => a - b);
  // Clamp so a far outlier gives a large statistic instead of log(0).
  const cdf = sorted.map((v) => Math.min(1 - 1e-15, Math.max(1e-15, normalCdf(v, mean, sigma))));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += (2 * i + 1) * (Math.log(cdf[i] ?? 0.5) + Math.log(1 - (cdf[n - 1 - i] ?? 0.5)));
  }
  const a2 = (-n - sum / n) * (1 + 0.75 / n + 2.25 / (n * n));
  return { a2, p: andersonDarlingP(a2), tooFew: false };
}

/** D'Agostino & Stephens (1986), Table 4.9: p-value of the adjusted statistic, normal case. */
function andersonDarlingP(a2: number): number {
  if (a2 >= 0.6) return Math.exp(1.2937 - 5.709 * a2 + 0.0186 * a2 * a2);
  if (a2 >= 0.34) return Math.exp(0.9177 - 4.279 * a2 - 1.38 * a2 * a2);
  if (a2 >= 0.2) return 1 - Math.exp(-8.318 + 42.796 * a2 - 59.938 * a2 * a2);
  return 1 - Math.exp(-13.436 + 101.14 * a2 - 223.73 * a2 * a2);
}
