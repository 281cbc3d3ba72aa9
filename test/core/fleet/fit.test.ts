import { describe, expect, it } from 'vitest';
import { countInterval, fieldFit, fitUpperBound } from '../../../core/index';
import { expectClose } from '../../helpers/expect-close';

// One-sided 90 % upper bounds on a Poisson mean, χ²₀.₉(2n+2)/2, as tabulated in reliability
// handbooks (MIL-HDBK-338B Table 8.3-5; JESD85): 2.303, 3.890, 5.322, 6.681 for n = 0…3.
const TABULATED_90 = [2.303, 3.89, 5.322, 6.681];

describe('field FIT with χ² limits', () => {
  it('0 failures in 1e9 device-hours: one-sided 90 % upper bound 2.30 FIT', () => {
    const fit = fieldFit(0, 1e9, 0.9);
    expect(fit.fit).toBe(0);
    expectClose(fit.upper_one_sided ?? Number.NaN, 2.302585, { atol: 1e-5 }, 'upper');
    expect(fit.interval?.[0]).toBe(0);
  });

  it('matches the tabulated 90 % bounds for 1–3 failures', () => {
    TABULATED_90.forEach((bound, n) =>
      expectClose(fitUpperBound(n, 1e9, 0.9), bound, { atol: 1e-3 }, `n = ${n}`),
    );
  });

  it('scales inversely with the device-hours and brackets the point estimate', () => {
    const fit = fieldFit(12, 3e8, 0.9);
    expectClose(fit.fit ?? 0, 40, { rtol: 1e-12 }, 'point');
    const [low, high] = fit.interval ?? [0, 0];
    expect(low).toBeLessThan(40);
    expect(high).toBeGreaterThan(40);
    expectClose(fitUpperBound(12, 3e8, 0.9) * 3, fitUpperBound(12, 1e9, 0.9) * 10, { rtol: 1e-12 });
  });

  it('gives no rate without exposure', () => {
    expect(fieldFit(3, 0).fit).toBeNull();
  });

  it('a count interval of 35 events (90 %) is about [25.9, 46.4]', () => {
    const [low, high] = countInterval(35, 0.9);
    expectClose(low, 25.87, { atol: 0.01 });
    expectClose(high, 46.4, { atol: 0.01 });
  });
});
