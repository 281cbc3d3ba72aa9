import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../core/link/evaluate';
import { parseScenarioText } from '../../../core/scenario/parse';
import type { ImddDesign } from '../../../core/scenario/schema';
import {
  designEye,
  designIsiPenalty,
  isiPenalty_dB,
  prepareIsiPenalty,
} from '../../../core/signal/design-signal';
import { designEqualizer } from '../../../core/signal/equalizer';
import { designRxFilter, designTxFilter } from '../../../core/signal/lane-signal';
import { pulseResponse } from '../../../core/signal/pulse-response';
import { isiPenaltyOfPulse } from '../../../core/signal/isi-penalty';
import { expectClose } from '../../helpers/expect-close';

const parsed = parseScenarioText(readFileSync('examples/datacenter-pmds.json', 'utf8'));
if (!parsed.ok) throw new Error('example scenario does not parse');
const designs = parsed.scenario.designs.filter((d): d is ImddDesign => d.kind === 'imdd');
function design(id: string): ImddDesign {
  const found = designs.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no design ${id}`);
  return found;
}
const fr4 = design('400gbase-fr4');
const sr8 = design('400gbase-sr8');

describe('design defaults', () => {
  it('Tx 0.7×baud Gaussian (estimate), Rx the TDECQ reference receiver at 0.5×baud', () => {
    expect(designTxFilter(fr4)).toEqual({ shape: 'gaussian', bandwidth_GHz: 0.7 * 53.125 });
    expect(designRxFilter(fr4)).toEqual({ shape: 'bessel-thomson', bandwidth_GHz: 0.5 * 53.125 });
  });

  it('reads tx.bandwidth_GHz / rx.filter_shape by name once the schema has them', () => {
    const future = {
      ...fr4,
      tx: { ...fr4.tx, bandwidth_GHz: 45 },
      rx: { ...fr4.rx, bandwidth_GHz: 30, filter_shape: 'gaussian' },
    } as ImddDesign;
    expect(designTxFilter(future).bandwidth_GHz).toBe(45);
    expect(designRxFilter(future)).toEqual({ shape: 'gaussian', bandwidth_GHz: 30 });
  });
});

describe('isiPenalty_dB(design, length)', () => {
  it('grows with length on dispersive fibre (property, seeded)', () => {
    // 1271 nm on G.652: D ≈ −3.9 ps/(nm·km), and SR8 on OM4 (modal bandwidth).
    fc.assert(
      fc.property(
        fc.constantFrom(fr4, sr8),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (d, from, grow) => {
          const scale = d.id === fr4.id ? 12_000 : 250;
          const short = from * scale;
          const long = short + grow * scale;
          return isiPenalty_dB(d, long) >= isiPenalty_dB(d, short) - 0.005;
        },
      ),
      { seed: 4242, numRuns: 20 },
    );
    expect(isiPenalty_dB(fr4, 10_000)).toBeGreaterThan(isiPenalty_dB(fr4, 0) + 0.5);
  });

  it('is flat with length near the zero-dispersion wavelength (1311 nm, 2 km)', () => {
    const dr = design('400gbase-dr4');
    expectClose(isiPenalty_dB(dr, 2000), isiPenalty_dB(dr, 0), { atol: 0.01 });
  });

  it('the reference FFE lowers the penalty of a band-limited lane, accounting its noise gain', () => {
    const narrow = { rxBandwidth_GHz: 0.4 * 53.125 };
    const equalised = isiPenalty_dB(fr4, 0, { ...narrow, equalizerTaps: 5 });
    const bare = isiPenalty_dB(fr4, 0, { ...narrow, equalizerTaps: 0 });
    expect(equalised).toBeLessThan(bare);
    const pulse = pulseResponse(
      {
        baud_GBd: 53.125,
        tx: designTxFilter(fr4),
        rx: { shape: 'bessel-thomson', bandwidth_GHz: 0.4 * 53.125 },
        fiber: null,
      },
      { samplesPerUi: 32 },
    );
    const ffe = designEqualizer(pulse, 5, 0.05, 4);
    expectClose(
      ffe.taps.reduce((a, b) => a + b, 0),
      1,
      { rtol: 1e-12 },
    );
    expect(ffe.noiseGain).toBeGreaterThan(1 / Math.sqrt(5));
    expect(isiPenaltyOfPulse(pulse, { levels: 4, targetBer: 2.4e-4 }).penalty_dB).toBeCloseTo(
      bare,
      1,
    );
  });

  it('the tabulated penalty follows the direct one within 0.03 dB', () => {
    const table = prepareIsiPenalty(fr4);
    for (const length of [0, 0.5, 37, 850, 2000, 6300, 9000]) {
      expectClose(table(length), isiPenalty_dB(fr4, length), { atol: 0.03 }, `${length} m`);
    }
    const closedFrom = prepareIsiPenalty(sr8);
    expect(closedFrom(1000)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('designEye', () => {
  it('the eye margin is the budget arithmetic: OMA above sensitivity minus the ISI penalty', () => {
    const result = evaluateDesign(fr4);
    if (result.kind !== 'imdd') throw new Error('not IM-DD');
    const signal = designEye(fr4, result, { length_m: fr4.channel.length_m, samplesPerUi: 32 });
    const above = signal.receivedOma_dBm - result.rx_sensitivity_oma_dBm;
    expectClose(signal.eyeMargin_dB, above - signal.penalty.penalty_dB, { atol: 1e-9 });
    // and the eye meets the target exactly when that margin is positive.
    expect(signal.eye.ber <= signal.eye.targetBer).toBe(signal.eyeMargin_dB > 0);
  });

  it('more noise power (−3 dB → +3 dB) lowers the eye and the margin', () => {
    const result = evaluateDesign(sr8);
    if (result.kind !== 'imdd') throw new Error('not IM-DD');
    const quiet = designEye(sr8, result, { length_m: 50, noiseOffset_dB: -3, samplesPerUi: 32 });
    const loud = designEye(sr8, result, { length_m: 50, noiseOffset_dB: 3, samplesPerUi: 32 });
    expect(loud.eye.eyeHeight).toBeLessThan(quiet.eye.eyeHeight);
    // 6 dB more noise power is 3 dB more noise σ: 3 dB more OMA for the same Q.
    expectClose(quiet.eyeMargin_dB - loud.eyeMargin_dB, 3, { atol: 1e-9 });
    expect(designIsiPenalty(sr8, 50).penalty_dB).toBe(quiet.penalty.penalty_dB);
  });
});
