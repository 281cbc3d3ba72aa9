import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateLinks,
  goodput,
  longestReach_m,
  representativeLength_m,
  youngDalyInterval_s,
} from '../../../core/index';
import { expectClose } from '../../helpers/expect-close';

/** The value, or a failed test naming what was missing (no non-null assertions). */
function defined<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

describe('reach bins', () => {
  it('splits links in whole numbers that add up exactly (largest remainder)', () => {
    expect(allocateLinks(10, [0.5, 0.5])).toEqual([5, 5]);
    expect(allocateLinks(100_032, [0.4, 0.6])).toEqual([40_013, 60_019]);
    expect(allocateLinks(10, [1 / 3, 1 / 3, 1 / 3])).toEqual([4, 3, 3]);
    expect(allocateLinks(7, [0, 1])).toEqual([0, 7]);
  });

  it('conserves links for any shares (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (links, shares) => {
          const counts = allocateLinks(links, shares);
          const total = shares.reduce((sum, share) => sum + share, 0);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total > 0 ? links : 0);
          expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('evaluates a bin at its midpoint and a tier at its longest link', () => {
    const bins = [
      { label: 'in-rack', share: 0.5, length_m: [0.5, 3] as [number, number] },
      { label: 'hall', share: 0.5, length_m: [30, 300] as [number, number] },
      { label: 'unused', share: 0, length_m: [300, 2000] as [number, number] },
    ];
    expect(representativeLength_m(defined(bins[0]))).toBe(1.75);
    expect(longestReach_m(bins)).toBe(300);
  });
});

describe('checkpoint/restart (Young–Daly)', () => {
  it('hand-computed: 24 interruptions a day, δ = 60 s, R = 600 s', () => {
    // M = 86400/24 = 3600 s; τ = √(2·60·3600) = √432000 = 657.267 s;
    // lost = 60/657.267 + 657.267/7200 + 600/3600 = 0.091287 + 0.091287 + 0.166667 = 0.349241
    const result = goodput(24, 60, 600);
    expect(result.mtbi_s).toBe(3600);
    expectClose(result.checkpoint_interval_s, 657.2671, { rtol: 1e-6 }, 'τ');
    expectClose(result.checkpoint_loss_fraction, 0.0912871, { rtol: 1e-5 }, 'δ/τ');
    expectClose(result.rework_loss_fraction, 0.0912871, { rtol: 1e-5 }, 'τ/2M');
    expectClose(result.restart_loss_fraction, 1 / 6, { rtol: 1e-12 }, 'R/M');
    expectClose(result.lost_fraction, 0.3492409, { rtol: 1e-5 }, 'lost');
    expectClose(youngDalyInterval_s(60, 3600), Math.sqrt(432_000), { rtol: 1e-12 });
  });

  it("Meta's 16k-GPU run (1 interruption per 3 h) loses ≈ 10 % with δ = 30 s, R = 300 s", () => {
    // M = 10800 s; τ = √(2·30·10800) = 804.98 s; 30/805 + 805/21600 + 300/10800 = 0.1023
    expectClose(goodput(8, 30, 300).lost_fraction, 0.10231, { rtol: 1e-3 });
  });

  it('no interruptions lose nothing; free checkpoints lose only restarts; the loss caps at 1', () => {
    expect(goodput(0, 30, 300).lost_fraction).toBe(0);
    expect(goodput(0, 30, 300).mtbi_s).toBe(Number.POSITIVE_INFINITY);
    expect(goodput(24, 0, 360).lost_fraction).toBeCloseTo(0.1, 12);
    expect(goodput(10_000, 600, 3600).lost_fraction).toBe(1);
  });
});
