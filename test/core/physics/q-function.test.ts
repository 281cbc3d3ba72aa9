import { describe, expect, it } from 'vitest';
import { qFunction, qInverse } from '../../../core/physics/q-function';
import { expectClose } from '../../helpers/expect-close';

/**
 * Reference values of Q(x) = ½·erfc(x/√2) were computed with mpmath at 30 significant digits
 * (`erfc(mpf(x)/sqrt(2))/2`). Deep in the tail the library erfc must keep relative precision:
 * 1 − erf(x) would round to 0 beyond x ≈ 8.3.
 */
describe('qFunction', () => {
  it.each([
    [0, 0.5],
    [1, 0.15865525393145705],
    [3, 0.0013498980316300946],
    [3.414, 0.00032008287885049],
    [5, 2.866515718791939e-7],
    [7, 1.279812543885835e-12],
    [7.034, 1.0034756170348594e-12], // NRZ BER 1e-12 ↔ Q ≈ 7.03
    [10, 7.619853024160525e-24],
    [20, 2.7536241186062337e-89],
    [30, 4.906713927148187e-198],
  ])('Q(%s) = %s', (x, expected) => {
    expectClose(qFunction(x), expected, { rtol: 1e-12 });
  });

  it('is symmetric: Q(−x) = 1 − Q(x)', () => {
    for (const x of [0.1, 0.5, 1, 2, 3])
      expectClose(qFunction(-x) + qFunction(x), 1, { atol: 1e-15 });
  });

  it('is strictly decreasing across the BER range of interest', () => {
    let previous = qFunction(0);
    for (let x = 0.25; x <= 12; x += 0.25) {
      const q = qFunction(x);
      expect(q).toBeLessThan(previous);
      previous = q;
    }
  });
});

describe('qInverse', () => {
  it.each([
    // textbook: NRZ BER 1e-12 ↔ Q = 7.03; KR4 5e-5 → 3.89; KP4 2.4e-4 → 3.49 (NRZ)
    [1e-12, 7.034483825301132],
    [5e-5, 3.890591886413094],
    [2.4e-4, 3.4916760634039634],
    // TDECQ: PAM4 SER 4.8e-4 = (3/2)·Q(Q_t) → Q_t = Qinv(3.2e-4) = 3.41407
    [3.2e-4, 3.4140705542274294],
    [0.5, 0],
  ])('qInverse(%s) = %s', (probability, x) => {
    expectClose(qInverse(probability), x, { rtol: 1e-12, atol: 1e-15 });
  });

  it('rounds to the published two-decimal Q values', () => {
    expect(qInverse(1e-12).toFixed(2)).toBe('7.03');
    expect(qInverse(5e-5).toFixed(2)).toBe('3.89');
    expect(qInverse(2.4e-4).toFixed(2)).toBe('3.49');
  });

  it('inverts qFunction to full relative precision from 1e-30 to 0.49', () => {
    for (let exponent = -30; exponent <= -1; exponent += 0.25) {
      const probability = 10 ** exponent;
      expectClose(qFunction(qInverse(probability)), probability, { rtol: 1e-12 });
    }
    expectClose(qFunction(qInverse(0.49)), 0.49, { rtol: 1e-13 });
  });
});
