import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allToAll_s,
  busBandwidth_Bps,
  busBandwidthFactor,
  hierarchicalAllReduce_s,
  ringAllReduce_s,
  ringReduceScatter_s,
  treeAllReduce_s,
  type LinkCost,
} from '../../../core/index';

/** α = 10 µs, 100 GB/s one way per rank: a 800G port. */
const LINK: LinkCost = { alpha_s: 10e-6, bandwidth_Bps: 100e9 };
const GB = 1e9;

describe('ring all-reduce against the closed form 2(n−1)α + 2(n−1)/n · S/B', () => {
  it.each([
    // n, S, hand-worked time
    [1, GB, 0], // one rank: nothing to send
    [2, GB, 2 * 10e-6 + 1 * 0.01], // 20 µs + 10 ms
    [4, GB, 6 * 10e-6 + 1.5 * 0.01], // 60 µs + 15 ms = 15.06 ms
    [8, 0, 14 * 10e-6], // an empty buffer still pays the 14 steps of latency
    [1024, 4 * GB, 2046 * 10e-6 + ((2 * 1023) / 1024) * 0.04], // 20.46 ms + 79.92 ms
  ])('n = %i, S = %d B: %d s', (ranks, bytes, expected) => {
    expect(ringAllReduce_s(ranks, bytes, LINK)).toBeCloseTo(expected, 12);
  });

  it('reduce-scatter and all-to-all are one half: (n−1)α + (n−1)/n · S/B', () => {
    // n = 4, 1 GB: 30 µs + 7.5 ms
    expect(ringReduceScatter_s(4, GB, LINK)).toBeCloseTo(30e-6 + 0.0075, 12);
    expect(allToAll_s(64, GB, LINK)).toBeCloseTo(63 * 10e-6 + (63 / 64) * 0.01, 12);
    // A reduce-scatter and an all-gather are one all-reduce (ZeRO's equal volume).
    expect(2 * ringReduceScatter_s(16, GB, LINK)).toBeCloseTo(ringAllReduce_s(16, GB, LINK), 12);
  });

  it('the double binary tree: 2⌈log₂ n⌉α + 2S/B', () => {
    // n = 8: 6 steps of α; n = 9 rounds up to 4 levels.
    expect(treeAllReduce_s(8, GB, LINK)).toBeCloseTo(6 * 10e-6 + 0.02, 12);
    expect(treeAllReduce_s(9, GB, LINK)).toBeCloseTo(8 * 10e-6 + 0.02, 12);
    // Small messages at scale: the tree's log depth beats the ring's 2(n−1) steps.
    expect(treeAllReduce_s(4096, 1e6, LINK)).toBeLessThan(ringAllReduce_s(4096, 1e6, LINK));
    // Large messages: the ring's 2(n−1)/n < 2 wins.
    expect(ringAllReduce_s(16, 10 * GB, LINK)).toBeLessThan(treeAllReduce_s(16, 10 * GB, LINK));
  });
});

describe('bus bandwidth (nccl-tests)', () => {
  it('all-reduce: busbw = algbw × 2(n−1)/n; the others × (n−1)/n', () => {
    expect(busBandwidthFactor('all-reduce', 8)).toBe(1.75);
    expect(busBandwidthFactor('reduce-scatter', 8)).toBe(0.875);
    expect(busBandwidthFactor('all-to-all', 2)).toBe(0.5);
    expect(busBandwidthFactor('all-reduce', 1)).toBe(0);
    // 1 GB in 17.5 ms on 8 ranks: algbw 57.14 GB/s, busbw 100 GB/s.
    expect(busBandwidth_Bps('all-reduce', 8, GB, 0.0175)).toBeCloseTo(100e9, 0);
  });

  it('property: with α = 0 the ring reaches bus bandwidth = link bandwidth for any n and S', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100_000 }),
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        (ranks, bytes, bandwidth) => {
          const link = { alpha_s: 0, bandwidth_Bps: bandwidth };
          const time = ringAllReduce_s(ranks, bytes, link);
          const algbw = bytes / time;
          const busbw = busBandwidth_Bps('all-reduce', ranks, bytes, time);
          expect(busbw / (algbw * ((2 * (ranks - 1)) / ranks))).toBeCloseTo(1, 9);
          expect(busbw / bandwidth).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('hierarchical all-reduce', () => {
  const inside: LinkCost = { alpha_s: 3.5e-6, bandwidth_Bps: 450e9 };

  it('property: equals the ring across domains when the scale-up domain is 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1e-4, noNaN: true }),
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        (ranks, bytes, alpha, bandwidth) => {
          const across = { alpha_s: alpha, bandwidth_Bps: bandwidth };
          expect(hierarchicalAllReduce_s(ranks, 1, bytes, inside, across)).toBeCloseTo(
            ringAllReduce_s(ranks, bytes, across),
            12,
          );
        },
      ),
    );
  });

  it('hand-worked: 64 ranks as 8 domains of 8, 1 GB', () => {
    // inside: 2 × (7 × 3.5 µs + 7/8 × 1 GB ÷ 450 GB/s) = 2 × (24.5 µs + 1.9444 ms)
    // across: ring of 8 on 125 MB: 14 × 10 µs + 7/4 × 1.25 ms
    const expected = 2 * (7 * 3.5e-6 + (7 / 8) * (GB / 450e9)) + (14 * 10e-6 + 1.75 * 0.00125);
    expect(hierarchicalAllReduce_s(64, 8, GB, inside, LINK)).toBeCloseTo(expected, 12);
    // …which beats the flat ring of 64 on the scale-out links.
    expect(expected).toBeLessThan(ringAllReduce_s(64, GB, LINK));
  });
});
