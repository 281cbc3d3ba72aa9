import { describe, expect, it } from 'vitest';
import { designLength_m, evaluateDesign, marginCurve } from '../../../core/index';
import { expectClose } from '../../helpers/expect-close';
import { allExampleDesigns, coherentDesign } from '../example-scenarios';

const examples = allExampleDesigns().map((design) => [design.id, design] as const);

describe('evaluateDesign and marginCurve', () => {
  it.each(examples)('%s: marginCurve at the design length equals link_margin_dB', (_id, design) => {
    const result = evaluateDesign(design);
    expect(result.kind).toBe(design.kind);
    expect(result.length_m).toBe(designLength_m(design));
    const [margin] = marginCurve(design, [designLength_m(design)]);
    expectClose(margin ?? Number.NaN, result.link_margin_dB, { atol: 1e-12 });
  });

  it.each(examples)('%s: marginCurve returns one Float64 per length, in order', (_id, design) => {
    const lengths = [0, 100, 1000, 50_000];
    const curve = marginCurve(design, lengths);
    expect(curve).toBeInstanceOf(Float64Array);
    expect(curve.length).toBe(lengths.length);
    lengths.forEach((length, i) => {
      expect(curve[i]).toBe(marginCurve(design, [length])[0]);
    });
  });

  // coherentMarginAt_dB now returns −Infinity beyond the CD tolerance, but evaluateCoherent still
  // reports the finite OSNR margin there, so the curve and the result disagree at the design length.
  it('400ZR at 150 km (beyond the 2400 ps/nm CD tolerance): curve and result agree', () => {
    const design = { ...coherentDesign('400zr-dci'), length_km: 150 };
    const [margin] = marginCurve(design, [150_000]);
    // The curve is a chart's input (−∞ draws as a gap); the result says the margin does not exist.
    expect(margin).toBe(Number.NEGATIVE_INFINITY);
    expect(evaluateDesign(design).link_margin_dB).toBeNull();
    expect(evaluateDesign(design).infeasible?.mechanism).toBe('cd-beyond-dsp-tolerance');
  });

  it('designLength_m converts coherent kilometres to metres', () => {
    const zr = allExampleDesigns().find((d) => d.kind === 'coherent');
    if (!zr || zr.kind !== 'coherent') throw new Error('no coherent example');
    expect(designLength_m(zr)).toBe(zr.length_km * 1000);
  });
});
