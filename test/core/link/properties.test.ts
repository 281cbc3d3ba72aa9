import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateDesign, marginCurve } from '../../../core/index';
import type { ImddDesign, ImddLinkResult } from '../../../core/index';
import { imddMarginAt_dB, prepareImdd } from '../../../core/link/imdd-link';
import { sensitivityOma_dBm } from '../../../core/physics/receiver';
import { expectClose } from '../../helpers/expect-close';
import { allImddDesigns } from '../example-scenarios';

/** Fixed seed: a failure reproduces exactly; fast-check prints the counterexample. */
const RUNS = { seed: 424_242, numRuns: 300 } as const;

const examples = allImddDesigns();

/**
 * Random valid IM-DD designs: an example design with its numeric fields redrawn inside their
 * schema ranges (narrowed to physically sensible sub-ranges so the interesting regime is hit).
 */
const imddDesignArb: fc.Arbitrary<ImddDesign> = fc
  .record({
    base: fc.constantFrom(...examples),
    oma_dBm: fc.double({ min: -10, max: 6, noNaN: true }),
    width_nm: fc.double({ min: 0, max: 1, noNaN: true }),
    baud_GBd: fc.double({ min: 1, max: 120, noNaN: true }),
    pam_levels: fc.constantFrom(2 as const, 4 as const, 6 as const, 8 as const),
    smfWavelength_nm: fc.double({ min: 1260, max: 1625, noNaN: true }),
    mmfWavelength_nm: fc.double({ min: 840, max: 953, noNaN: true }),
    attenuation: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }),
    connectors: fc.integer({ min: 0, max: 8 }),
    connector_loss_dB: fc.double({ min: 0, max: 1, noNaN: true }),
    // a measurement within ±3 dB of the model, as a real OTDR or power-meter reading would be
    measuredOffset_dB: fc.option(fc.double({ min: -3, max: 3, noNaN: true }), { nil: undefined }),
    tdecq_dB: fc.double({ min: 0, max: 3.4, noNaN: true }),
    required_margin_dB: fc.double({ min: 0, max: 3, noNaN: true }),
    length_m: fc.double({ min: 0, max: 20_000, noNaN: true }),
    model_dispersion: fc.boolean(),
    model_modal: fc.boolean(),
  })
  .map((r): ImddDesign => {
    const design = buildDesign(r);
    if (r.measuredOffset_dB === undefined) return design;
    const p = prepareImdd(design);
    const modelled_dB = (p.attenuation_dB_per_km * design.channel.length_m) / 1000 + p.fixedLoss_dB;
    const measured_loss_dB = Math.min(100, Math.max(0, modelled_dB + r.measuredOffset_dB));
    return { ...design, channel: { ...design.channel, measured_loss_dB } };
  });

interface DesignDraw {
  readonly base: ImddDesign;
  readonly oma_dBm: number;
  readonly width_nm: number;
  readonly baud_GBd: number;
  readonly pam_levels: 2 | 4 | 6 | 8;
  readonly smfWavelength_nm: number;
  readonly mmfWavelength_nm: number;
  readonly attenuation: number | undefined;
  readonly connectors: number;
  readonly connector_loss_dB: number;
  readonly tdecq_dB: number;
  readonly required_margin_dB: number;
  readonly length_m: number;
  readonly model_dispersion: boolean;
  readonly model_modal: boolean;
}

function buildDesign(r: DesignDraw): ImddDesign {
  const multimode = r.base.fiber.type !== 'SMF';
  const { measured_loss_dB: _measured, ...channel } = r.base.channel;
  const { attenuation_dB_per_km: _attenuation, ...fiber } = r.base.fiber;
  return {
    ...r.base,
    required_margin_dB: r.required_margin_dB,
    lane: {
      ...r.base.lane,
      baud_GBd: r.baud_GBd,
      pam_levels: r.pam_levels,
      wavelength_nm: multimode ? r.mmfWavelength_nm : r.smfWavelength_nm,
    },
    tx: { oma_dBm: r.oma_dBm, rms_spectral_width_nm: r.width_nm },
    fiber: r.attenuation === undefined ? fiber : { ...fiber, attenuation_dB_per_km: r.attenuation },
    channel: {
      ...channel,
      length_m: r.length_m,
      connectors: r.connectors,
      connector_loss_dB: r.connector_loss_dB,
    },
    penalties: {
      ...r.base.penalties,
      tdecq_dB: r.tdecq_dB,
      model_dispersion: r.model_dispersion,
      model_modal: r.model_modal,
    },
  };
}

function imdd(design: ImddDesign): ImddLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'imdd') throw new Error('expected an IM-DD result');
  return result;
}

describe('IM-DD link invariants (fast-check)', () => {
  it('margin never rises with length', () => {
    fc.assert(
      fc.property(
        imddDesignArb,
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 50_000, noNaN: true }),
        (design, a, b) => {
          const [short, long] = marginCurve(design, [Math.min(a, b), Math.max(a, b)]);
          expect(long).toBeLessThanOrEqual(short ?? Number.NaN);
        },
      ),
      RUNS,
    );
  });

  it('marginCurve at the design length equals evaluateDesign link_margin_dB', () => {
    fc.assert(
      fc.property(imddDesignArb, (design) => {
        const [margin] = marginCurve(design, [design.channel.length_m]);
        const r = imdd(design);
        // Where the curve says the eye is closed (−∞) the result is infeasible with no margin.
        if (margin === Number.NEGATIVE_INFINITY) {
          expect(r.link_margin_dB).toBeNull();
          expect(r.infeasible).not.toBeNull();
        } else expectClose(margin ?? Number.NaN, r.link_margin_dB, { atol: 1e-9 });
      }),
      RUNS,
    );
  });

  it('max reach never exceeds the loss-only reach (margin(0) − required)/α', () => {
    fc.assert(
      fc.property(imddDesignArb, (design) => {
        const p = prepareImdd(design);
        fc.pre(p.attenuation_dB_per_km > 0);
        const lossOnly_m =
          Math.max(
            0,
            (imddMarginAt_dB(p, 0) - design.required_margin_dB) / p.attenuation_dB_per_km,
          ) * 1000;
        expect(imdd(design).max_reach_m).toBeLessThanOrEqual(lossOnly_m * (1 + 1e-12) + 1e-9);
      }),
      RUNS,
    );
  });

  it('at max reach the margin equals the required margin (loss, dispersion, modal limits)', () => {
    fc.assert(
      fc.property(imddDesignArb, (design) => {
        const r = imdd(design);
        fc.pre(['loss', 'dispersion', 'modal-bandwidth'].includes(r.limiting_mechanism));
        expectClose(
          imddMarginAt_dB(prepareImdd(design), r.max_reach_m),
          design.required_margin_dB,
          {
            atol: 1e-6,
          },
        );
      }),
      RUNS,
    );
  });

  it('margin never exceeds the power budget minus the fixed allocations', () => {
    fc.assert(
      fc.property(imddDesignArb, (design) => {
        const r = imdd(design);
        // An infeasible link has no margin at all, so nothing to bound.
        expect(r.link_margin_dB ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(
          r.power_budget_dB - r.channel_loss_dB - r.given_penalty_dB + 1e-12,
        );
      }),
      RUNS,
    );
  });
});

describe('receiver sensitivity (fast-check)', () => {
  it('required OMA rises as the BER target falls', () => {
    fc.assert(
      fc.property(
        fc.record({
          responsivity_A_per_W: fc.double({ min: 0.01, max: 20, noNaN: true }),
          noise_density_pA_per_rtHz: fc.double({ min: 0.1, max: 1000, noNaN: true }),
          bandwidth_GHz: fc.double({ min: 0.01, max: 500, noNaN: true }),
        }),
        fc.constantFrom(2, 4, 6, 8),
        fc.double({ min: -15, max: -2, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (rx, levels, log10Ber, decades) => {
          const looser = 10 ** log10Ber;
          const stricter = 10 ** (log10Ber - decades);
          expect(sensitivityOma_dBm(rx, levels, stricter)).toBeGreaterThan(
            sensitivityOma_dBm(rx, levels, looser),
          );
        },
      ),
      RUNS,
    );
  });
});
