import { describe, expect, it } from 'vitest';
import {
  berPrefactor,
  pamBitErrorRate,
  pamSymbolErrorRate,
  requiredQ,
} from '../../../core/physics/modulation';
import { qFunction, qInverse } from '../../../core/physics/q-function';
import { expectClose } from '../../helpers/expect-close';

/**
 * Gray-coded M-PAM with equal Gaussian noise on every level [Proakis]:
 *   SER = 2(M−1)/M · Q(d/2σ),  BER = SER / log2 M,  d/2σ = q/(M−1) with q the NRZ Q-factor.
 */
describe('berPrefactor = 2(M−1)/(M·log2 M)', () => {
  it.each([
    [2, 1],
    [4, 3 / 4], // PAM4: (3/2)/2
    [6, 10 / (6 * Math.log2(6))], // 0.6447…, non-integer bits per symbol
    [8, 7 / 12], // (14/8)/3
  ])('M = %s → %s', (levels, prefactor) => {
    expectClose(berPrefactor(levels), prefactor, { rtol: 1e-15 });
  });
});

describe('pamSymbolErrorRate', () => {
  it('reproduces the TDECQ reference: (3/2)·Q(3.414) = 4.8e-4 for PAM4 [LABPRO_STD, VITEX_TDECQ]', () => {
    // q = 3·3.414 so that the argument q/(M−1) is 3.414; mpmath gives 1.5·Q(3.414) = 4.80124e-4.
    const ser = pamSymbolErrorRate(4, 3 * 3.414);
    expectClose(ser, 0.00048012431827573504, { rtol: 1e-11 });
    expectClose(ser, 4.8e-4, { rtol: 5e-4 });
  });

  it('is Q(q) for NRZ: one threshold, two one-sided tails averaged', () => {
    for (const q of [1, 3.49, 7.034])
      expectClose(pamSymbolErrorRate(2, q), qFunction(q), { rtol: 1e-15 });
  });

  it('BER = SER / log2 M for Gray coding', () => {
    for (const levels of [2, 4, 8]) {
      const q = 9;
      expectClose(pamBitErrorRate(levels, q), pamSymbolErrorRate(levels, q) / Math.log2(levels), {
        rtol: 1e-14,
      });
    }
  });
});

describe('requiredQ', () => {
  it.each([
    // NRZ: requiredQ = Qinv(BER)
    [2, 1e-12, 7.034483825301132],
    [2, 5e-5, 3.890591886413094],
    [2, 2.4e-4, 3.4916760634039634],
    // PAM4 at KP4: 3·Qinv(2.4e-4 / 0.75) = 3·Qinv(3.2e-4) = 3·3.41407055… — the TDECQ Q_t again
    [4, 2.4e-4, 3 * 3.4140705542274294],
  ])('M = %s at BER %s → %s', (levels, ber, q) => {
    expectClose(requiredQ(levels, ber), q, { rtol: 1e-12 });
  });

  it('PAM4 requires (M−1)·Qinv(BER/prefactor), never the NRZ Q', () => {
    expectClose(requiredQ(4, 1e-12), 3 * qInverse(1e-12 / 0.75), { rtol: 1e-15 });
  });

  const targets = [1e-15, 1e-13, 1e-12, 1e-9, 1e-6, 5e-5, 2.4e-4, 1e-3, 1e-2];
  const cases = [2, 4, 6, 8].flatMap((levels) => targets.map((ber) => [levels, ber] as const));
  it.each(cases)('round-trips pamBitErrorRate(M = %s, requiredQ) = %s to 1e-9', (levels, ber) => {
    expectClose(pamBitErrorRate(levels, requiredQ(levels, ber)), ber, { rtol: 1e-9 });
  });

  it('needs more Q for more levels at the same BER', () => {
    for (const ber of targets) {
      expect(requiredQ(4, ber)).toBeGreaterThan(requiredQ(2, ber));
      expect(requiredQ(6, ber)).toBeGreaterThan(requiredQ(4, ber));
      expect(requiredQ(8, ber)).toBeGreaterThan(requiredQ(6, ber));
    }
  });
});
