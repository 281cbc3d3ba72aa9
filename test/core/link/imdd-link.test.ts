import { describe, expect, it } from 'vitest';
import { evaluateDesign, marginCurve } from '../../../core/index';
import type { ImddDesign, ImddLinkResult } from '../../../core/index';
import { imddMarginAt_dB, imddMaxReach, prepareImdd } from '../../../core/link/imdd-link';
import { expectClose, num } from '../../helpers/expect-close';
import { allImddDesigns, atLength, imddDesign, withoutMeasuredLoss } from '../example-scenarios';

function evaluateImdd(design: ImddDesign): ImddLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'imdd') throw new Error('expected an IM-DD result');
  return result;
}

const imddExamples = allImddDesigns().map((design) => [design.id, design] as const);

describe('IM-DD budget identities on every example design', () => {
  it.each(imddExamples)(
    '%s: margin = Tx OMA − channel loss − penalties − sensitivity',
    (_id, design) => {
      const r = evaluateImdd(design);
      expectClose(
        r.link_margin_dB,
        r.tx_oma_dBm - r.channel_loss_dB - num(r.penalty_dB) - r.rx_sensitivity_oma_dBm,
        { atol: 1e-12 },
      );
      expectClose(r.power_budget_dB, r.tx_oma_dBm - r.rx_sensitivity_oma_dBm, { atol: 1e-12 });
      expectClose(
        num(r.penalty_dB),
        num(r.dispersion_penalty_dB) + num(r.modal_penalty_dB) + r.given_penalty_dB,
        {
          atol: 1e-12,
        },
      );
      expectClose(
        r.given_penalty_dB,
        design.penalties.tdecq_dB + design.penalties.mpi_dB + design.penalties.other_dB,
        { atol: 1e-12 },
      );
      expect(r.meets_required_margin).toBe(num(r.link_margin_dB) >= r.required_margin_dB);
    },
  );

  it.each(imddExamples)(
    '%s: computed channel loss = α·L + connections + mux + coupling',
    (_id, design) => {
      const r = evaluateImdd(withoutMeasuredLoss(design));
      expect(r.channel_loss_source).toBe('computed');
      expectClose(
        r.fiber_loss_dB,
        r.fiber_attenuation_dB_per_km * (design.channel.length_m / 1000),
        {
          atol: 1e-12,
        },
      );
      expectClose(
        r.connection_loss_dB,
        design.channel.connectors * design.channel.connector_loss_dB +
          design.channel.splices * design.channel.splice_loss_dB,
        { atol: 1e-12 },
      );
      expectClose(
        r.channel_loss_dB,
        r.fiber_loss_dB + r.connection_loss_dB + r.mux_demux_loss_dB + r.coupling_loss_dB,
        { atol: 1e-12 },
      );
    },
  );

  it.each(imddExamples)('%s: the waterfall steps sum to the received OMA', (_id, design) => {
    const r = evaluateImdd(design);
    const [launch, ...rest] = r.waterfall;
    expect(launch).toEqual({ label: 'Tx OMA', delta_dB: r.tx_oma_dBm, kind: 'launch' });
    expect(rest.every((step) => step.kind === 'loss' || step.kind === 'penalty')).toBe(true);
    const level = r.waterfall.reduce((sum, step) => sum + step.delta_dB, 0);
    expectClose(level, r.received_oma_dBm, { atol: 1e-12 });
    expect(r.waterfall_floor).toEqual({
      label: 'Rx sensitivity (OMA)',
      level: r.rx_sensitivity_oma_dBm,
      unit: 'dBm',
    });
    expectClose(level - r.waterfall_floor.level, r.link_margin_dB, { atol: 1e-12 });
  });

  it.each(imddExamples)('%s: the BER estimate equals the target at zero margin', (_id, design) => {
    const r = evaluateImdd(design);
    const atZero = evaluateImdd({
      ...design,
      tx: { ...design.tx, oma_dBm: r.tx_oma_dBm - num(r.link_margin_dB) },
    });
    expectClose(atZero.link_margin_dB, 0, { atol: 1e-12 });
    expectClose(atZero.ber_estimate, r.target_ber, { rtol: 1e-9 });
    expect(num(r.ber_estimate) < r.target_ber).toBe(num(r.link_margin_dB) > 0);
  });
});

describe('measured channel loss', () => {
  const campus = imddDesign('campus-lr4-measured');

  it('replaces the computed loss in the budget and the waterfall', () => {
    const r = evaluateImdd(campus);
    expect(r.channel_loss_source).toBe('measured');
    expect(r.channel_loss_dB).toBe(5.1);
    expect(r.waterfall.filter((s) => s.kind === 'loss')).toEqual([
      { label: 'Measured channel loss', delta_dB: -5.1, kind: 'loss' },
    ]);
    // without the measurement: 6 km × 0.35 dB/km (O band) + 4 × 0.5 + 4 × 0.1 = 2.1 + 2.4 = 4.5 dB
    const computed = evaluateImdd(withoutMeasuredLoss(campus));
    expect(computed.channel_loss_source).toBe('computed');
    expectClose(computed.channel_loss_dB, 4.5, { atol: 1e-12 });
    expectClose(num(computed.link_margin_dB) - num(r.link_margin_dB), 5.1 - 4.5, { atol: 1e-12 });
  });

  it('makes the margin curve pass through the measured point and keep the fibre slope', () => {
    const r = evaluateImdd(campus);
    const [atDesign, before, after] = marginCurve(campus, [6000, 5000, 7000]);
    expectClose(atDesign ?? Number.NaN, r.link_margin_dB, { atol: 1e-12 });
    // away from the measured point the curve moves by α·ΔL plus the (tiny) change in dispersion
    const p = prepareImdd(campus);
    expectClose((before ?? 0) - (atDesign ?? 0), 0.35 + dispersionDelta(p, 5000, 6000), {
      atol: 1e-12,
    });
    expectClose((atDesign ?? 0) - (after ?? 0), 0.35 + dispersionDelta(p, 6000, 7000), {
      atol: 1e-12,
    });
  });
});

/** Dispersion penalty at `to` minus at `from`, from the prepared design. */
function dispersionDelta(p: ReturnType<typeof prepareImdd>, from_m: number, to_m: number): number {
  const penalty = (length_m: number) =>
    num(evaluateImdd(atLength(withoutMeasuredLoss(p.design), length_m)).dispersion_penalty_dB);
  return penalty(to_m) - penalty(from_m);
}

describe('maximum reach', () => {
  it.each(imddExamples)('%s: margin at max_reach_m equals the required margin', (_id, design) => {
    const r = evaluateImdd(design);
    expect(['loss', 'dispersion', 'modal-bandwidth']).toContain(r.limiting_mechanism);
    expectClose(imddMarginAt_dB(prepareImdd(design), r.max_reach_m), r.required_margin_dB, {
      atol: 1e-6,
    });
    const [beyond] = marginCurve(design, [r.max_reach_m * 1.001 + 1e-3]);
    expect(beyond).toBeLessThan(r.required_margin_dB);
  });

  it.each([
    // DR4, dispersion off: (3.6 budget − 2.75 connection − 0.1 MPI − required)/0.5 dB/km
    [0, 1500],
    [0.5, 500],
    [0.75, 0],
  ])(
    'with dispersion off, reach = (budget − fixed − penalties − %s dB)/α = %s m',
    (required, reach) => {
      const dr4 = imddDesign('400gbase-dr4');
      const design: ImddDesign = {
        ...dr4,
        required_margin_dB: required,
        penalties: { ...dr4.penalties, model_dispersion: false },
      };
      const r = evaluateImdd(design);
      expectClose(r.max_reach_m, reach, { atol: 1e-9 });
      expect(r.limiting_mechanism).toBe('loss');
    },
  );

  it('is 0 and limited by fixed losses when the margin is short at zero length', () => {
    const dr4 = imddDesign('400gbase-dr4');
    const r = evaluateImdd({ ...dr4, tx: { ...dr4.tx, oma_dBm: -2 } });
    expect(imddMaxReach(prepareImdd({ ...dr4, tx: { ...dr4.tx, oma_dBm: -2 } }))).toEqual({
      max_reach_m: 0,
      limiting_mechanism: 'fixed-losses',
    });
    expect(r.max_reach_m).toBe(0);
  });

  it('reports beyond-search-range for a lossless, dispersion-free channel', () => {
    const dr4 = imddDesign('400gbase-dr4');
    const r = evaluateImdd({
      ...dr4,
      fiber: { ...dr4.fiber, attenuation_dB_per_km: 0 },
      penalties: { ...dr4.penalties, model_dispersion: false },
    });
    expect(r.limiting_mechanism).toBe('beyond-search-range');
    expect(r.max_reach_m).toBe(1e7);
  });
});

describe('broadening-limited links', () => {
  const sr8 = imddDesign('400gbase-sr8');
  const onFiber = (type: 'OM3' | 'OM4', length_m: number): ImddDesign => ({
    ...atLength(sr8, length_m),
    fiber: { type },
  });

  it('SR8 on OM4 at 850 nm is dispersion-limited: σ_c = 60.59 ps/km > σ_m = 39.87 ps/km', () => {
    // σ_c = |D(850)|·σ_λ = 100.8475 · 0.6008531 = 60.5945 ps/km; σ_m = 0.187391/4700 MHz = 39.870 ps/km
    const p = prepareImdd(onFiber('OM4', 100));
    expectClose(p.chromaticSpread_ps_per_km, 60.59454029922089, { rtol: 1e-12 });
    expectClose(p.modalSpread_ps_per_km, 39.87034577218672, { rtol: 1e-12 });
    expect(p.chromaticSpread_ps_per_km).toBeGreaterThan(p.modalSpread_ps_per_km);
    expect(evaluateImdd(onFiber('OM4', 100)).limiting_mechanism).toBe('dispersion');
  });

  it('SR8 on OM3 at 850 nm is modal-bandwidth-limited: σ_m = 93.70 ps/km > σ_c = 60.59 ps/km', () => {
    const p = prepareImdd(onFiber('OM3', 70));
    expectClose(p.modalSpread_ps_per_km, 93.6953125646388, { rtol: 1e-12 });
    expect(p.modalSpread_ps_per_km).toBeGreaterThan(p.chromaticSpread_ps_per_km);
    const r = evaluateImdd(onFiber('OM3', 70));
    expect(r.limiting_mechanism).toBe('modal-bandwidth');
    expect(num(r.modal_penalty_dB)).toBeGreaterThan(num(r.dispersion_penalty_dB));
  });

  // Both spreads grow linearly with L, so σ_c/σ_m is fixed by the fibre and the source and cannot
  // depend on launch power. fiberPenalties (core/physics/dispersion-penalty.ts) charges dispersion
  // δ(σ_c) and gives modal the remainder δ(√(σ_c²+σ_m²)) − δ(σ_c): near the wall, where δ is steep,
  // the remainder dominates even when σ_m < σ_c, so a stronger transmitter (longer reach, closer to
  // the wall) flips the reported mechanism to modal-bandwidth on the same OM4 fibre.
  it.each([-2.6, 0, 2, 4])(
    'SR8 on OM4 stays dispersion-limited at any Tx OMA (%s dBm): σ_c > σ_m whatever the length',
    (oma_dBm) => {
      const design = { ...onFiber('OM4', 100), tx: { ...sr8.tx, oma_dBm } };
      const p = prepareImdd(design);
      expect(p.chromaticSpread_ps_per_km).toBeGreaterThan(1.5 * p.modalSpread_ps_per_km);
      expect(evaluateImdd(design).limiting_mechanism).toBe('dispersion');
    },
  );

  it('never lets the reach pass the broadening wall 1/(4·B·σ_per_km)', () => {
    for (const type of ['OM3', 'OM4'] as const) {
      const p = prepareImdd(onFiber(type, 100));
      const wall_m =
        (9.411764705882353 / Math.hypot(p.chromaticSpread_ps_per_km, p.modalSpread_ps_per_km)) *
        1000;
      expect(imddMaxReach(p).max_reach_m).toBeLessThan(wall_m);
      expect(imddMarginAt_dB(p, wall_m)).toBe(Number.NEGATIVE_INFINITY);
    }
  });

  it('53 GBd PAM4 over 10 km: closed eye at 1550 nm, ≈0 dB penalty at 1311 nm', () => {
    const dr4 = atLength(imddDesign('400gbase-dr4'), 10_000);
    // 1550 nm: σ = 17.4606 · 10 km · 0.23519 nm = 41.07 ps ≫ 1/(4·53.125 GBd) = 4.71 ps
    const cband = evaluateImdd({ ...dr4, lane: { ...dr4.lane, wavelength_nm: 1550 } });
    // 4Bσ = 4 · 53.125 GBd · 41.07 ps = 8.73 ≥ 1: the eye is closed, the design is infeasible and
    // the numbers that do not exist are null (never ±∞).
    expect(cband.dispersion_penalty_dB).toBeNull();
    expect(cband.link_margin_dB).toBeNull();
    expect(cband.penalty_dB).toBeNull();
    expect(cband.received_oma_dBm).toBeNull();
    expect(cband.ber_estimate).toBeNull();
    expect(cband.meets_required_margin).toBe(false);
    expect(cband.infeasible?.mechanism).toBe('eye-closed-dispersion');
    expect(cband.infeasible?.reason).toContain('4·B·σ = 8.73 ≥ 1 (σ = 41.1 ps at 53.13 GBd)');
    expect(cband.waterfall.every((step) => Number.isFinite(step.delta_dB))).toBe(true);
    expect(cband.waterfall.some((step) => step.label === 'Dispersion penalty')).toBe(false);
    expect(cband.limiting_mechanism).toBe('dispersion');
    // 1311 nm: σ = 0.091895 · 10 · 0.18218 = 0.16742 ps → 4Bσ = 0.03557 → −5·log10(1 − 0.001265) = 0.00275 dB
    const oband = evaluateImdd(dr4);
    expectClose(oband.dispersion_penalty_dB, 0.002750050962959021, { rtol: 1e-9 });
    expect(oband.infeasible).toBeNull();
  });
});
