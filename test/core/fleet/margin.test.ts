import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berToMargin_dB, marginToBer } from '../../../core/index';

describe('BER ↔ margin through the core inversion', () => {
  it('round-trips the forward model within 0.01 dB', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 8),
        fc.double({ min: -3, max: 6, noNaN: true }),
        fc.constantFrom(2.4e-4, 5e-5, 1e-12),
        (levels, margin, threshold) => {
          const ber = marginToBer(levels, margin, threshold);
          const back = berToMargin_dB(levels, ber, threshold);
          expect(back).not.toBeNull();
          expect(Math.abs((back ?? 0) - margin)).toBeLessThan(0.01);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it('is zero at the FEC threshold and positive below it', () => {
    expect(berToMargin_dB(4, 2.4e-4, 2.4e-4)).toBeCloseTo(0, 12);
    // NRZ: Q(7.03) = 1e-12 and Q(3.09) = 1e-3 → 10·log10(7.034/3.090) = 3.57 dB.
    expect(berToMargin_dB(2, 1e-12, 1e-3)).toBeCloseTo(3.572, 2);
  });

  it('has no finite margin for zero errors or a coin-flip BER', () => {
    expect(berToMargin_dB(4, 0, 2.4e-4)).toBeNull();
    expect(berToMargin_dB(4, 0.4, 2.4e-4)).toBeNull();
  });
});
