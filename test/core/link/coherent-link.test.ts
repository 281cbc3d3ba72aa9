import { describe, expect, it } from 'vitest';
import { evaluateDesign, marginCurve } from '../../../core/index';
import type { CoherentDesign, CoherentLinkResult } from '../../../core/index';
import { coherentMarginAt_dB, coherentMaxReach } from '../../../core/link/coherent-link';
import { expectClose } from '../../helpers/expect-close';
import { coherentDesign } from '../example-scenarios';

function evaluateCoherent(design: CoherentDesign): CoherentLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'coherent') throw new Error('expected a coherent result');
  return result;
}

/**
 * 400ZR example by hand (launch 1 dBm/ch, 80 km × 0.22 dB/km + 1 dB, NF 5.5 dB, 26 dB required,
 * 1.3 dB penalties, CD tolerance 2400 ps/nm):
 *   spans        = ceil(80/80) = 1
 *   span loss    = 80 · 0.22 + 1 = 18.6 dB
 *   OSNR         = 57.9534 + 1 − 18.6 − 5.5 − 10·log10(1) = 34.8534 dB
 *   margin       = 34.8534 − 1.3 − 26 = 7.5534 dB
 *   CD at 80 km  = 17.46062 · 80 = 1396.85 ps/nm (within 2400)
 *   OSNR reach   = floor(10^((34.8534 − 27.3)/10)) = floor(5.69) = 5 spans = 400 km
 *   CD reach     = 2400 / 17.46062 = 137.452 km  → the limit
 */
describe('400ZR DCI example', () => {
  const zr = coherentDesign('400zr-dci');
  const r = evaluateCoherent(zr);

  it('has one 18.6 dB span and 34.853 dB OSNR', () => {
    expect(r.spans).toBe(1);
    expectClose(r.span_loss_dB, 18.6, { atol: 1e-12 });
    expectClose(r.channel_loss_dB, 18.6, { atol: 1e-12 });
    expectClose(r.osnr_dB, 34.85344952801763, { atol: 1e-9 });
  });

  it('has 7.553 dB of OSNR margin and meets its requirement', () => {
    expectClose(r.link_margin_dB, 7.553449528017627, { atol: 1e-9 });
    expectClose(r.link_margin_dB, r.osnr_dB - r.penalty_dB - r.required_osnr_dB, { atol: 1e-12 });
    expect(r.meets_required_margin).toBe(true);
  });

  it('accumulates 1396.85 ps/nm of dispersion over 80 km', () => {
    expectClose(r.accumulated_cd_ps_per_nm, 1396.8495058507604, { rtol: 1e-12 });
  });

  it('is limited by the DSP CD tolerance: 2400 / D(1550) = 137.452 km', () => {
    expect(r.limiting_mechanism).toBe('cd-tolerance');
    expectClose(r.max_reach_m, (2400 / 17.460618823134503) * 1000, { rtol: 1e-12 });
    expectClose(r.max_reach_m, 137_452.173_047_848_2, { rtol: 1e-12 });
  });

  it('is OSNR-limited to 5 whole spans when the CD tolerance is lifted', () => {
    const relaxed = { ...zr, cd_tolerance_ps_per_nm: 1_000_000 };
    expect(coherentMaxReach(relaxed)).toEqual({ max_reach_m: 400_000, limiting_mechanism: 'osnr' });
    expect(coherentMarginAt_dB(relaxed, 400_000)).toBeGreaterThanOrEqual(
      relaxed.required_margin_dB,
    );
    expect(coherentMarginAt_dB(relaxed, 400_001)).toBeLessThan(relaxed.required_margin_dB);
  });

  it('loses 3.0103 dB of OSNR per doubling of the span count (CD tolerance lifted)', () => {
    const relaxed = { ...zr, cd_tolerance_ps_per_nm: 1_000_000 };
    const [one, two, four, eight] = marginCurve(relaxed, [80_000, 160_000, 320_000, 640_000]);
    expectClose((one ?? 0) - (two ?? 0), 10 * Math.log10(2), { atol: 1e-12 });
    expectClose((two ?? 0) - (four ?? 0), 10 * Math.log10(2), { atol: 1e-12 });
    expectClose((four ?? 0) - (eight ?? 0), 10 * Math.log10(2), { atol: 1e-12 });
  });

  it('counts every started span in full, and at least one span', () => {
    expect(evaluateCoherent({ ...zr, length_km: 80.5 }).spans).toBe(2);
    expect(evaluateCoherent({ ...zr, length_km: 160 }).spans).toBe(2);
    expect(evaluateCoherent({ ...zr, length_km: 0 }).spans).toBe(1);
    expectClose(coherentMarginAt_dB(zr, 0), r.link_margin_dB, { atol: 1e-12 });
  });

  it('fails the requirement beyond the CD tolerance even with OSNR to spare', () => {
    const long = evaluateCoherent({ ...zr, length_km: 150 });
    expect(long.osnr_dB - long.penalty_dB - long.required_osnr_dB).toBeGreaterThan(0);
    // Beyond the DSP's CD tolerance no margin exists: infeasible, with the mechanism and figures.
    expect(long.link_margin_dB).toBeNull();
    expect(Math.abs(long.accumulated_cd_ps_per_nm)).toBeGreaterThan(2400);
    expect(long.meets_required_margin).toBe(false);
    expect(long.infeasible?.mechanism).toBe('cd-beyond-dsp-tolerance');
    expect(long.infeasible?.reason).toContain('> 2400 ps/nm');
    expect(long.infeasible?.reason).toContain('at 150 km');
    expect(r.infeasible).toBeNull();
  });

  it('the waterfall ends at the OSNR and its floor is the required OSNR', () => {
    const level = r.waterfall.reduce((sum, step) => sum + step.delta_dB, 0);
    expectClose(level, r.osnr_dB - r.penalty_dB, { atol: 1e-12 });
    expectClose(level - r.waterfall_floor.level, r.link_margin_dB, { atol: 1e-12 });
    expect(r.waterfall_floor.unit).toBe('dB');
  });
});
