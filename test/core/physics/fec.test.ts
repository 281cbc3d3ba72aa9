import { describe, expect, it } from 'vitest';
import { FEC_PRESETS, fecOverhead } from '../../../core/physics/fec';
import { expectClose } from '../../helpers/expect-close';

/**
 * Pre-FEC BER thresholds [LABPRO_STD]: KP4 2.4e-4 (PAM4 PMDs of 802.3bs/cd/ck/cu/db/df), KR4 5e-5
 * (802.3bm Clause 95). Codes [INTEL_KP4, INTEL_KR4]: RS(544,514) and RS(528,514), 10-bit symbols.
 */
describe('FEC presets', () => {
  it.each([
    // id, threshold, n, k, overhead n/k − 1, correctable symbols t = (n − k)/2
    ['kp4', 2.4e-4, 544, 514, 0.058365758754863814, 15],
    ['kr4', 5e-5, 528, 514, 0.027237354085603113, 7],
    ['none', 1e-12, 1, 1, 0, 0],
  ] as const)('%s: BER %s, RS(%s,%s), overhead %s, t = %s', (id, threshold, n, k, overhead, t) => {
    const preset = FEC_PRESETS[id];
    expect(preset.id).toBe(id);
    expect(preset.preFecBerThreshold.value).toBe(threshold);
    expect([preset.n, preset.k]).toEqual([n, k]);
    expectClose(fecOverhead(preset), overhead, { rtol: 1e-14, atol: 1e-15 });
    expect((preset.n - preset.k) / 2).toBe(t);
  });

  it('quotes the published overheads: KP4 5.84 %, KR4 2.72 %', () => {
    expect((fecOverhead(FEC_PRESETS.kp4) * 100).toFixed(2)).toBe('5.84');
    expect((fecOverhead(FEC_PRESETS.kr4) * 100).toFixed(2)).toBe('2.72');
  });

  it('carries a provenance for every threshold', () => {
    for (const preset of Object.values(FEC_PRESETS)) {
      expect(preset.preFecBerThreshold.source).toMatch(/\S/);
      expect(preset.preFecBerThreshold.kind).toBe('standard');
    }
  });
});
