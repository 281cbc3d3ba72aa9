import { describe, expect, it } from 'vitest';
import {
  OSNR_REFERENCE_BANDWIDTH_HZ,
  chainOsnr_dB,
  maxSpansForOsnr,
  osnrConstant_dB,
} from '../../../core/physics/osnr';
import { expectClose } from '../../helpers/expect-close';

/**
 * The "58 dB" rule [OSNR_58_RULE], by hand at 1550 nm with the exact SI constants:
 *   h·ν = 6.62607015e-34 · 299 792 458 / 1550e-9 = 1.281 566e-19 J
 *   h·ν·B_ref = 1.281 566e-19 · 12.5e9 = 1.601 957e-9 W = 1.601 957e-6 mW
 *   −10·log10(1.601 957e-6) = 57.9534 dB
 */
describe('OSNR constant', () => {
  it('is 58.0 ± 0.05 dB at 1550 nm in 0.1 nm', () => {
    const hand = -10 * Math.log10(((6.62607015e-34 * 299_792_458) / 1550e-9) * 12.5e9 * 1e3);
    expectClose(osnrConstant_dB(1550), hand, { atol: 1e-12 });
    expectClose(osnrConstant_dB(1550), 57.95344952801763, { atol: 1e-10 });
    expectClose(osnrConstant_dB(1550), 58.0, { atol: 0.05 });
    expect(OSNR_REFERENCE_BANDWIDTH_HZ).toBe(12.5e9);
  });

  it('grows with wavelength as 10·log10(λ) (lower photon energy)', () => {
    expectClose(osnrConstant_dB(1610) - osnrConstant_dB(1530), 10 * Math.log10(1610 / 1530), {
      atol: 1e-12,
    });
  });
});

describe('span chain', () => {
  const chain = {
    wavelength_nm: 1550,
    launch_power_dBm_per_ch: 1,
    span_loss_dB: 18.6,
    noise_figure_dB: 5.5,
  };

  it('OSNR = C + P_launch − span loss − NF − 10·log10 N', () => {
    expectClose(chainOsnr_dB({ ...chain, spans: 1 }), 57.95344952801763 + 1 - 18.6 - 5.5, {
      atol: 1e-10,
    });
  });

  it.each([
    [1, 2],
    [2, 4],
    [4, 8],
    [8, 16],
  ])('falls 3.0103 dB from %s to %s spans', (n, doubled) => {
    const drop = chainOsnr_dB({ ...chain, spans: n }) - chainOsnr_dB({ ...chain, spans: doubled });
    expectClose(drop, 10 * Math.log10(2), { atol: 1e-12 });
    expect(drop.toFixed(2)).toBe('3.01');
  });

  it.each([20, 27.3, 30, 34.85, 40])(
    'maxSpansForOsnr(required %s dB) is the last whole span count that still meets it',
    (required) => {
      const spans = maxSpansForOsnr(chain, required);
      if (spans >= 1) expect(chainOsnr_dB({ ...chain, spans })).toBeGreaterThanOrEqual(required);
      expect(chainOsnr_dB({ ...chain, spans: spans + 1 })).toBeLessThan(required);
    },
  );

  it('400ZR line: 5 spans of 80 km fit a 27.3 dB requirement (10^((34.853 − 27.3)/10) = 5.69)', () => {
    expect(maxSpansForOsnr(chain, 27.3)).toBe(5);
  });
});
