import { describe, expect, it } from 'vitest';
import {
  berAtOma,
  berFromSensitivity,
  receivedQ,
  sensitivityOma_dBm,
  thermalNoiseCurrent_A,
  type ThermalReceiver,
} from '../../../core/physics/receiver';
import { qInverse } from '../../../core/physics/q-function';
import { expectClose } from '../../helpers/expect-close';

/**
 * Hand derivation for the reference receiver (R = 0.8 A/W, i_n = 20 pA/√Hz, B = 25 GHz):
 *   σ = i_n·√B = 20e-12 · √(25e9) = 20e-12 · 158 113.883 = 3.16227766e-6 A
 *   NRZ at BER 1e-12: Q = Qinv(1e-12) = 7.0344838253
 *   OMA = 2σQ/R = 2 · 3.16227766e-6 · 7.0344838253 / 0.8 = 5.56124776e-5 W = 0.0556124776 mW
 *       = 10·log10(0.0556124776) = −12.548277559 dBm
 *   PAM4 at 1e-12: Q = 3·Qinv(1e-12/0.75) = 20.982773641 → OMA = −7.801970958 dBm
 *   PAM4 − NRZ = 10·log10(3·Qinv(4/3·1e-12) / Qinv(1e-12)) = 4.746306602 dB
 *   (10·log10, not 20: OMA is an optical power and the photocurrent swing is linear in it.)
 * All values re-derived with mpmath at 40 digits.
 */
const RX: ThermalReceiver = {
  responsivity_A_per_W: 0.8,
  noise_density_pA_per_rtHz: 20,
  bandwidth_GHz: 25,
};

describe('thermal-noise receiver', () => {
  it('σ = i_n·√B', () => {
    expectClose(thermalNoiseCurrent_A(RX), 3.162277660168379e-6, { rtol: 1e-14 });
  });

  it('NRZ sensitivity at 1e-12 is OMA = 2σQ/R = −12.5483 dBm', () => {
    expectClose(sensitivityOma_dBm(RX, 2, 1e-12), -12.548277559463704, { atol: 1e-9 });
  });

  it('PAM4 sensitivity at 1e-12 is −7.8020 dBm', () => {
    expectClose(sensitivityOma_dBm(RX, 4, 1e-12), -7.801970957670793, { atol: 1e-9 });
  });

  it.each([
    // BER, 10·log10(3·Qinv(BER/0.75)/Qinv(BER)) from mpmath
    [1e-12, 4.746306601792912],
    [5e-5, 4.691938170422447],
    [2.4e-4, 4.673598009135162],
  ])('PAM4 needs 10·log10(3·Qinv4/Qinv2) more OMA than NRZ at BER %s: %s dB', (ber, penalty_dB) => {
    const difference = sensitivityOma_dBm(RX, 4, ber) - sensitivityOma_dBm(RX, 2, ber);
    expectClose(difference, penalty_dB, { atol: 1e-9 });
    expectClose(difference, 10 * Math.log10((3 * qInverse(ber / 0.75)) / qInverse(ber)), {
      atol: 1e-12,
    });
  });

  it('doubling the bandwidth costs 1.505 dB (σ ∝ √B)', () => {
    const wide = { ...RX, bandwidth_GHz: 50 };
    expectClose(
      sensitivityOma_dBm(wide, 4, 2.4e-4) - sensitivityOma_dBm(RX, 4, 2.4e-4),
      5 * Math.log10(2),
      { atol: 1e-12 },
    );
  });

  it('Q is linear in OMA power: +3.0103 dB doubles it', () => {
    expectClose(receivedQ(RX, -10 + 10 * Math.log10(2)) / receivedQ(RX, -10), 2, { rtol: 1e-13 });
  });

  const cases = [2, 4, 6, 8].flatMap((levels) =>
    [1e-15, 1e-12, 5e-5, 2.4e-4, 1e-2].map((ber) => [levels, ber] as const),
  );

  it.each(cases)(
    'berAtOma at the sensitivity equals the target (M = %s, BER %s)',
    (levels, ber) => {
      expectClose(berAtOma(RX, levels, sensitivityOma_dBm(RX, levels, ber)), ber, { rtol: 1e-9 });
    },
  );

  it.each(cases)(
    'berFromSensitivity at the sensitivity equals the target (M = %s, BER %s)',
    (levels, ber) => {
      expectClose(berFromSensitivity(-6.5, levels, ber, -6.5), ber, { rtol: 1e-9 });
    },
  );

  it('berFromSensitivity infers the same noise as the physical receiver at every OMA', () => {
    for (const levels of [2, 4]) {
      const sensitivity = sensitivityOma_dBm(RX, levels, 2.4e-4);
      for (const offset_dB of [-2, -1, 0.5, 1, 2, 3]) {
        const oma = sensitivity + offset_dB;
        expectClose(
          berFromSensitivity(sensitivity, levels, 2.4e-4, oma),
          berAtOma(RX, levels, oma),
          { rtol: 1e-8 },
        );
      }
    }
  });

  it('more OMA than the sensitivity gives a lower BER, less gives a higher one', () => {
    expect(berFromSensitivity(-4.4, 4, 2.4e-4, -3.4)).toBeLessThan(2.4e-4);
    expect(berFromSensitivity(-4.4, 4, 2.4e-4, -5.4)).toBeGreaterThan(2.4e-4);
  });
});
