import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import {
  andersonDarling,
  capability,
  clopperPearson,
  cpkBand,
  describeSample as describeValues,
  successRunSampleSize,
} from '../../../core/suppliers/statistics';

/** n values at the normal quantiles of (i − ½)/n: as normal as n values can be. */
function normalScores(n: number, mean: number, sigma: number): number[] {
  return Array.from({ length: n }, (_, i) => normalQuantile((i + 0.5) / n, mean, sigma));
}

describe('capability', () => {
  it('matches the textbook case: mean 10, σ 1, limits 7/14 → Cp 1.17, Cpk 1.00', () => {
    const c = capability({ mean: 10, sigma: 1 }, 7, 14);
    expect(c.cp).toBeCloseTo(7 / 6, 10);
    expect(c.cp?.toFixed(2)).toBe('1.17');
    expect(c.cpk).toBeCloseTo(1, 12);
    // Φ(−3) + 1 − Φ(4) = 1349.9 + 31.7 ppm.
    expect(c.ppm).toBeCloseTo(1349.898 + 31.671, 1);
  });

  it('is one-sided with a single limit (no Cp)', () => {
    const c = capability({ mean: 2, sigma: 0.4 }, undefined, 3.4);
    expect(c.cp).toBeNull();
    expect(c.cpk).toBeCloseTo(1.4 / 1.2, 12);
    expect(cpkBand(c.cpk)).toBe('marginal');
    expect(cpkBand(1.4)).toBe('capable');
    expect(cpkBand(0.99)).toBe('not-capable');
  });

  it('describes values with the n − 1 standard deviation', () => {
    const d = describeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(d.mean).toBe(5);
    expect(d.sigma).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([d.min, d.max, d.n]).toEqual([2, 9, 8]);
  });
});

describe('Clopper–Pearson', () => {
  it('0 failures in 59: one-sided 95 % upper bound 4.95 %, two-sided 6.06 %', () => {
    // Failures are the "successes" counted here: k = 0 of n = 59.
    expect(clopperPearson(0, 59, 0.95, 'one').upper).toBeCloseTo(1 - 0.05 ** (1 / 59), 10);
    expect(clopperPearson(0, 59, 0.95, 'one').upper).toBeCloseTo(0.0495, 4);
    expect(clopperPearson(0, 59, 0.95, 'two').upper).toBeCloseTo(0.0606, 4);
  });

  it('matches the tabulated 95 % interval of 5 in 20 (0.0866 … 0.4910)', () => {
    const { lower, upper } = clopperPearson(5, 20);
    expect(lower).toBeCloseTo(0.0866, 4);
    expect(upper).toBeCloseTo(0.491, 3);
  });
});

describe('success-run sample size', () => {
  it('R 0.95, C 0.95, 0 failures → 59; R 0.9, C 0.9, 1 failure → 38; R 0.95, C 0.95, 1 failure → 93', () => {
    expect(successRunSampleSize(0.95, 0.95, 0)).toBe(59);
    expect(successRunSampleSize(0.9, 0.9, 1)).toBe(38);
    expect(successRunSampleSize(0.95, 0.95, 1)).toBe(93);
  });
});

describe('Anderson–Darling', () => {
  it('passes normal scores and flags a skewed sample', () => {
    const normal = andersonDarling(normalScores(50, 2, 0.3));
    expect(normal.tooFew).toBe(false);
    expect(normal.p).toBeGreaterThan(0.5);
    // Exponential scores: strongly right-skewed.
    const skewed = andersonDarling(
      Array.from({ length: 50 }, (_, i) => -Math.log(1 - (i + 0.5) / 50)),
    );
    expect(skewed.p).toBeLessThan(0.01);
  });

  it('does not judge fewer than 8 values', () => {
    expect(andersonDarling([1, 2, 3]).tooFew).toBe(true);
  });
});
