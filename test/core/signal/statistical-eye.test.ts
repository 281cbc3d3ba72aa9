import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pamBitErrorRate, requiredQ } from '../../../core/physics/modulation';
import { idealNoiseSigma, isiPenaltyOfPulse } from '../../../core/signal/isi-penalty';
import { pulseResponse, type LaneChannel } from '../../../core/signal/pulse-response';
import { statisticalEye } from '../../../core/signal/statistical-eye';
import { expectClose } from '../../helpers/expect-close';

const NONE = { shape: 'none', bandwidth_GHz: Number.POSITIVE_INFINITY } as const;
const TARGET = 2.4e-4;
const BAUD = 53.125;

function lane(
  rxPerBaud: number,
  shape: 'gaussian' | 'bessel-thomson' = 'bessel-thomson',
): LaneChannel {
  return { baud_GBd: BAUD, tx: NONE, rx: { shape, bandwidth_GHz: rxPerBaud * BAUD }, fiber: null };
}

const ideal = pulseResponse(
  { baud_GBd: BAUD, tx: NONE, rx: NONE, fiber: null },
  { samplesPerUi: 64 },
);

describe('statistical eye without ISI equals the closed-form M-PAM BER [PROAKIS_DIGCOMM]', () => {
  it.each([2, 4, 8])(
    '%i-PAM: the OMA that reaches the target BER is the closed form within 0.1 dB',
    (levels) => {
      // The penalty is exactly the OMA (dB) the eye needs beyond the closed form at the same BER.
      const penalty = isiPenaltyOfPulse(ideal, { levels, targetBer: TARGET });
      expect(Math.abs(penalty.penalty_dB)).toBeLessThan(0.1);
      expect(Math.abs(penalty.penalty_dB)).toBeLessThan(0.01);
    },
  );

  it.each([
    [2, 1.0],
    [4, 1.0],
    [4, 0.8],
    [4, 0.6],
  ])('%i-PAM at %s × the tolerable noise: eye BER = closed form', (levels, scale) => {
    const q = requiredQ(levels, TARGET) / scale;
    const eye = statisticalEye(ideal, { levels, noiseSigma: 1 / (2 * q), targetBer: TARGET });
    expectClose(eye.ber, pamBitErrorRate(levels, q), { rtol: 0.01 });
  });

  it('PAM4 at SER 4.8e-4 reproduces TDECQ’s Q_t = 3.414 [IEEE_8023_TDECQ]', () => {
    // σ_ideal = OMA/(6·Q_t) for PAM4 with OMA = 1.
    expectClose(idealNoiseSigma(4, 2.4e-4), 1 / (6 * 3.414), { rtol: 2e-4 });
  });

  it('eye height at the target for an ideal NRZ eye: 1 − 2·σ·Q(target) of OMA', () => {
    const sigma = 0.05;
    const eye = statisticalEye(ideal, { levels: 2, noiseSigma: sigma, targetBer: TARGET });
    // Each rail's tail reaches the target share at Q_req·σ from the rail (ties of both tails aside).
    expectClose(eye.eyeHeight, 1 - (2 * sigma * requiredQ(2, TARGET / 0.5)) / 1, { atol: 0.02 });
    expect(eye.open).toBe(true);
    expect(eye.eyeWidth_UI).toBeGreaterThan(0.95);
  });
});

describe('eye closure and penalties', () => {
  it.each([0.3, 0.25, 0.2])('PAM4 behind a %s×baud receiver is closed at the target', (ratio) => {
    for (const shape of ['gaussian', 'bessel-thomson'] as const) {
      const pulse = pulseResponse(lane(ratio, shape), { samplesPerUi: 32 });
      expect(isiPenaltyOfPulse(pulse, { levels: 4, targetBer: TARGET }).penalty_dB).toBe(
        Number.POSITIVE_INFINITY,
      );
      const eye = statisticalEye(pulse, {
        levels: 4,
        noiseSigma: idealNoiseSigma(4, TARGET) / 2,
        targetBer: TARGET,
      });
      expect(eye.open).toBe(false);
      expect(eye.eyeHeight).toBe(0);
    }
  });

  it('NRZ, with three times the level spacing, tolerates less bandwidth: open but > 3 dB at 0.25×baud, closed at 0.15×baud', () => {
    const narrow = pulseResponse(lane(0.25), { samplesPerUi: 32 });
    const penalty = isiPenaltyOfPulse(narrow, { levels: 2, targetBer: TARGET }).penalty_dB;
    expect(penalty).toBeGreaterThan(3);
    expect(penalty).toBeLessThan(Number.POSITIVE_INFINITY);
    const closed = pulseResponse(lane(0.15), { samplesPerUi: 32 });
    expect(isiPenaltyOfPulse(closed, { levels: 2, targetBer: TARGET }).penalty_dB).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('the penalty grows as the bandwidth-to-baud ratio falls (property, seeded)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.36, max: 1.2, noNaN: true }),
        fc.double({ min: 0.03, max: 0.3, noNaN: true }),
        fc.constantFrom('gaussian', 'bessel-thomson'),
        fc.constantFrom(2, 4),
        (ratio, drop, shape, levels) => {
          const wide = pulseResponse(lane(ratio, shape), { samplesPerUi: 16 });
          const narrow = pulseResponse(lane(ratio * (1 - drop), shape), { samplesPerUi: 16 });
          const settings = { levels, targetBer: TARGET, amplitudeBins: 128 };
          const a = isiPenaltyOfPulse(wide, settings).penalty_dB;
          const b = isiPenaltyOfPulse(narrow, settings).penalty_dB;
          return b >= a - 0.01;
        },
      ),
      { seed: 20260412, numRuns: 25 },
    );
  });

  it('eye height shrinks monotonically as noise grows', () => {
    const pulse = pulseResponse(lane(0.6, 'gaussian'), { samplesPerUi: 32 });
    let previous = Number.POSITIVE_INFINITY;
    for (let sigma = 0.002; sigma < 0.06; sigma *= 1.25) {
      const eye = statisticalEye(pulse, { levels: 4, noiseSigma: sigma, targetBer: TARGET });
      expect(eye.eyeHeight).toBeLessThanOrEqual(previous);
      previous = eye.eyeHeight;
    }
    expect(previous).toBe(0);
  });

  it('densities integrate to one at every phase and the bathtubs bottom out at the best point', () => {
    const pulse = pulseResponse(lane(0.5), { samplesPerUi: 16 });
    const eye = statisticalEye(pulse, { levels: 4, noiseSigma: 0.03, targetBer: TARGET });
    const bins = eye.amplitudes.length;
    const step = (eye.amplitudes[1] ?? 0) - (eye.amplitudes[0] ?? 0);
    for (let phase = 0; phase < 16; phase++) {
      let sum = 0;
      for (let b = 0; b < bins; b++) sum += (eye.density[phase * bins + b] ?? 0) * step;
      expectClose(sum, 1, { atol: 0.01 });
    }
    expectClose(Math.min(...eye.berVsPhase), eye.ber, { rtol: 1e-6 });
    expect(eye.thresholds).toHaveLength(3);
  });

  it('rejects a target BER outside (0, 0.5)', () => {
    expect(() => statisticalEye(ideal, { levels: 2, noiseSigma: 0.1, targetBer: 0.6 })).toThrow(
      'statistical eye: targetBer must be in (0, 0.5), got 0.6',
    );
  });
});
