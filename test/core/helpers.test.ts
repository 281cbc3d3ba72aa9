import { describe, expect, it } from 'vitest';
import { expectClose } from '../helpers/expect-close';

/** The helper every numeric test leans on must itself be able to fail. */
describe('expectClose', () => {
  it.each([
    [1.0000001, 1, { rtol: 1e-6 }],
    [100.04, 100, { atol: 0.05 }],
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, { atol: 0 }],
    [0, 1e-13, { atol: 1e-12 }],
  ] as const)('accepts %s ≈ %s within %o', (actual, expected, tolerance) => {
    expect(() => expectClose(actual, expected, tolerance)).not.toThrow();
  });

  it.each([
    [1.00001, 1, { rtol: 1e-6 }],
    [100.06, 100, { atol: 0.05 }],
    [Number.NaN, Number.NaN, { atol: 1 }],
    [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, { atol: 1 }],
    [1e308, Number.POSITIVE_INFINITY, { rtol: 1 }],
  ] as const)('rejects %s vs %s within %o', (actual, expected, tolerance) => {
    expect(() => expectClose(actual, expected, tolerance)).toThrow();
  });

  it('names the quantity, the expected value, the tolerance and the miss in its message', () => {
    expect(() => expectClose(3.2, 3.0, { atol: 0.05 }, 'DR4 channel_loss_dB')).toThrow(
      /^DR4 channel_loss_dB: expected 3 ± 0\.0500 \(atol 0\.05\), got 3\.2 \(off by 0\.200, 4\.00× the tolerance\)$/,
    );
  });

  it('refuses negative tolerances', () => {
    expect(() => expectClose(1, 1, { rtol: -1 })).toThrow(/non-negative/);
  });
});
