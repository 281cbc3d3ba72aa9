import { describe, expect, it } from 'vitest';
import {
  BESSEL_THOMSON_PROTOTYPE_W3DB,
  filterResponse,
  gaussianBandwidthFromRiseTime_GHz,
  groupDelay_ps,
  type LowPassFilter,
} from '../../../core/signal/filters';
import { pulseResponse } from '../../../core/signal/pulse-response';
import { expectClose } from '../../helpers/expect-close';

const magnitude = (filter: LowPassFilter, f: number) => Math.hypot(...filterResponse(filter, f));

describe('low-pass filters [THOMSON_1949, GAUSSIAN_FILTER]', () => {
  it('the Bessel–Thomson prototype is −3 dB at 2.1139 rad/s (normalised delay 1 s)', () => {
    expectClose(BESSEL_THOMSON_PROTOTYPE_W3DB, 2.11391767490422, { rtol: 1e-9 });
  });

  it.each([
    ['bessel-thomson', 26.5625],
    ['bessel-thomson', 10],
    ['gaussian', 37.1875],
    ['gaussian', 1],
  ] as const)('%s at %s GHz: |H| = 1/√2 at f3dB and 1 at DC', (shape, f3) => {
    const filter = { shape, bandwidth_GHz: f3 };
    expectClose(magnitude(filter, f3), Math.SQRT1_2, { rtol: 1e-9 });
    expectClose(magnitude(filter, 0), 1, { rtol: 1e-15 });
    expect(magnitude(filter, 2 * f3)).toBeLessThan(Math.SQRT1_2);
  });

  it('Bessel–Thomson group delay is flat: within 0.2 % of DC to 0.5·f3dB and 3 % to f3dB', () => {
    const filter = { shape: 'bessel-thomson', bandwidth_GHz: 26.5625 } as const;
    const dc = groupDelay_ps(filter, 0);
    // τ(0) = 1/ω_n = ω3/(2π·f3dB)
    expectClose(dc, (BESSEL_THOMSON_PROTOTYPE_W3DB / (2 * Math.PI * 26.5625e9)) * 1e12, {
      rtol: 1e-12,
    });
    for (let f = 0; f <= 0.5 * 26.5625; f += 0.5) {
      expect(Math.abs(groupDelay_ps(filter, f) / dc - 1)).toBeLessThan(2e-3);
    }
    expect(Math.abs(groupDelay_ps(filter, 26.5625) / dc - 1)).toBeLessThan(0.03);
  });

  it('group delay matches the numerical derivative of the phase', () => {
    const filter = { shape: 'bessel-thomson', bandwidth_GHz: 20 } as const;
    const phase = (f: number) => {
      const [re, im] = filterResponse(filter, f);
      return Math.atan2(im, re);
    };
    const f = 12;
    const df = 1e-4;
    const numeric_ps = (-(phase(f + df) - phase(f - df)) / (2 * Math.PI * 2 * df)) * 1e3;
    expectClose(groupDelay_ps(filter, f), numeric_ps, { rtol: 1e-6 });
  });

  it('Gaussian rise time: 20–80 % in 0.2230/f3dB', () => {
    expectClose(gaussianBandwidthFromRiseTime_GHz(10), 22.304, { rtol: 1e-4 });
  });

  it.each([
    ['gaussian', 'none'],
    ['bessel-thomson', 'gaussian'],
    ['bessel-thomson', 'bessel-thomson'],
  ] as const)('unit-area impulse responses: a %s + %s lane passes DC (Σ cursors = 1)', (tx, rx) => {
    const pulse = pulseResponse(
      {
        baud_GBd: 53.125,
        tx: { shape: tx, bandwidth_GHz: 30 },
        rx: { shape: rx, bandwidth_GHz: 20 },
        fiber: null,
      },
      { samplesPerUi: 32 },
    );
    // Every phase: the sum over one sample per UI is the response to all-ones, i.e. H(0) = 1.
    for (let phase = 0; phase < pulse.samplesPerUi; phase += 7) {
      let sum = 0;
      for (let k = phase; k < pulse.samples.length; k += pulse.samplesPerUi)
        sum += pulse.samples[k] ?? 0;
      expectClose(sum, 1, { atol: 1e-12 });
    }
    // and the pulse's area is one UI.
    const area = pulse.samples.reduce((a, b) => a + b, 0) / pulse.samplesPerUi;
    expectClose(area, 1, { atol: 1e-12 });
  });

  it('with every element transparent the pulse is the one-UI rectangle', () => {
    const none = { shape: 'none', bandwidth_GHz: Number.POSITIVE_INFINITY } as const;
    const pulse = pulseResponse(
      { baud_GBd: 25, tx: none, rx: none, fiber: null },
      { samplesPerUi: 16 },
    );
    const ones = pulse.samples.filter((v) => Math.abs(v - 1) < 1e-12).length;
    const zeros = pulse.samples.filter((v) => Math.abs(v) < 1e-12).length;
    expect(ones).toBe(16);
    expect(zeros).toBe(pulse.samples.length - 16);
  });

  it('rejects an unusable sampling', () => {
    const none = { shape: 'none', bandwidth_GHz: 1 } as const;
    expect(() =>
      pulseResponse({ baud_GBd: 25, tx: none, rx: none, fiber: null }, { samplesPerUi: 3 }),
    ).toThrow('pulseResponse: samplesPerUi must be an integer 4…1024, got 3');
  });
});
