import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../../../core/index';
import type { ImddDesign, ImddLinkResult } from '../../../core/index';
import { ieeeWorstCaseDispersion, laneDispersion } from '../../../core/physics/ieee-dispersion';
import {
  crosstalkPenalty_dB,
  mpiAmplitude,
  mpiPenalty_dB,
  rinPenalty_dB,
} from '../../../core/physics/imdd-impairments';
import { requiredQ } from '../../../core/physics/modulation';
import { parseScenario } from '../../../core/scenario/parse';
import { expectClose } from '../../helpers/expect-close';
import { imddDesign, loadExample } from '../example-scenarios';

function imdd(design: ImddDesign): ImddLinkResult {
  const result = evaluateDesign(design);
  if (result.kind !== 'imdd') throw new Error('expected an IM-DD result');
  return result;
}

describe('IEEE worst-case dispersion at the lane corners', () => {
  it('400GBASE-FR4 corners: −5.936 ps/(nm·km) at 1264.5 nm (λ0 1324), +3.344 at 1337.5 nm (λ0 1300)', () => {
    const cd = ieeeWorstCaseDispersion(1264.5, 1337.5);
    expectClose(cd.min_ps_per_nm_km, -5.936, { atol: 5e-4 }, 'D at 1264.5 nm');
    expectClose(cd.max_ps_per_nm_km, 3.344, { atol: 5e-4 }, 'D at 1337.5 nm');
    // Over 2 km: the FR4 table's −11.9 / +6.7 ps/nm.
    expectClose(cd.min_ps_per_nm_km * 2, -11.9, { atol: 0.05 });
    expectClose(cd.max_ps_per_nm_km * 2, 6.7, { atol: 0.05 });
    expect(cd.worst_wavelength_nm).toBe(1264.5);
    expect(cd.worst_zero_dispersion_nm).toBe(1324);
  });

  it('400GBASE-DR4 (1304.5–1317.5 nm, 500 m): −0.93 / +0.80 ps/nm as IEEE Table 124-11', () => {
    const cd = ieeeWorstCaseDispersion(1304.5, 1317.5);
    expectClose(cd.min_ps_per_nm_km * 0.5, -0.93, { atol: 0.005 });
    expectClose(cd.max_ps_per_nm_km * 0.5, 0.8, { atol: 0.005 });
  });

  it('the typical case is the default and keeps the old dispersion', () => {
    const fr4 = imddDesign('400gbase-fr4');
    const typical = laneDispersion(fr4.fiber, fr4.lane);
    expect(typical.case).toBe('typical');
    // G.652 typical λ0 1310, S0 0.092 at 1271 nm (hand: 0.023·1271·(1 − (1310/1271)⁴)).
    expectClose(typical.dispersion_ps_per_nm_km, 0.023 * 1271 * (1 - (1310 / 1271) ** 4), {
      rtol: 1e-12,
    });
    expect(imdd(fr4).dispersion_case).toBe('typical');
  });

  it('the FR4 budget with the IEEE worst case uses the outer lane and says so', () => {
    const fr4 = imddDesign('400gbase-fr4');
    const worst: ImddDesign = {
      ...fr4,
      lane: { ...fr4.lane, wavelength_min_nm: 1264.5, wavelength_max_nm: 1337.5 },
      fiber: { ...fr4.fiber, dispersion_case: 'ieee-worst-case' },
    };
    const before = imdd(fr4);
    const after = imdd(worst);
    expect(after.dispersion_case).toBe('ieee-worst-case');
    expect(after.dispersion_wavelength_nm).toBe(1264.5);
    expectClose(after.dispersion_ps_per_nm_km, -5.9365, { atol: 1e-4 });
    expect(Math.abs(after.dispersion_ps_per_nm_km)).toBeGreaterThan(
      Math.abs(before.dispersion_ps_per_nm_km),
    );
    expect(after.dispersion_penalty_dB).toBeGreaterThan(before.dispersion_penalty_dB);
    const step = after.waterfall.find((s) => s.label.startsWith('Dispersion penalty'));
    expect(step?.label).toBe('Dispersion penalty (IEEE worst case, 1264.5 nm)');
  });
});

describe('RIN penalty', () => {
  it('NRZ at 1e-12 (q = 7.034), RIN −130 dB/Hz, 7.5 GHz: −5·log10(1 − q²·RIN·B) = 0.0820 dB', () => {
    const q = requiredQ(2, 1e-12);
    expectClose(q, 7.034, { atol: 1e-3 });
    const x = q * q * 1e-13 * 7.5e9;
    expectClose(rinPenalty_dB(-130, 7.5, q), -5 * Math.log10(1 - x), { rtol: 1e-12 });
    expectClose(rinPenalty_dB(-130, 7.5, q), 0.082, { atol: 5e-4 });
  });

  it('400GBASE-FR4 Tx limit RIN17.1OMA −136 dB/Hz, PAM4 at KP4 2.4e-4, 26.5625 GHz: 0.158 dB', () => {
    const q = requiredQ(4, 2.4e-4);
    const hand = -5 * Math.log10(1 - q * q * 10 ** -13.6 * 26.5625e9);
    expectClose(rinPenalty_dB(-136, 26.5625, q), hand, { rtol: 1e-12 });
    expectClose(hand, 0.1576, { atol: 1e-4 });
  });

  it('3 dB where q²·RIN·B = 1 − 10^−0.6; an error floor (infinite) at one; vanishes for a quiet laser', () => {
    const q = 10;
    const rin = 10 * Math.log10((1 - 10 ** -0.6) / (q * q * 10e9));
    expectClose(rinPenalty_dB(rin, 10, q), 3, { atol: 1e-9 });
    expect(rinPenalty_dB(10 * Math.log10(1 / (q * q * 10e9)), 10, q)).toBe(Infinity);
    expect(rinPenalty_dB(-180, 10, q)).toBeLessThan(1e-4);
  });
});

describe('MPI penalty (upper bound over reflector pairs)', () => {
  it('one reflector makes no interferometer; two at −35 dB on NRZ (ER 6 dB) cost 0.0055 dB', () => {
    expect(mpiPenalty_dB([-26], 4, 6)).toBe(0);
    // A = √(R²) = 10^−3.5; r = 10^0.6, P0/d = 1/(r−1), top = P0/d + 1.
    const amplitude = 10 ** -3.5;
    const r = 10 ** 0.6;
    const bottom = 1 / (r - 1);
    const closure = 2 * amplitude * (bottom + 1 + Math.sqrt(bottom * (bottom + 1)));
    expectClose(mpiPenalty_dB([-35, -35], 2, 6), -10 * Math.log10(1 - closure), { rtol: 1e-12 });
    expectClose(mpiPenalty_dB([-35, -35], 2, 6), 0.0055, { atol: 1e-4 });
  });

  it('the IEEE reflector case (PAM4, ER 6 dB, 4 connectors + Tx + Rx at −26 dB): 3.60 dB, between the 802.3bm statistical (3.81) and simple upper-bound (6.2) figures in size', () => {
    const reflectors = [-26, -26, -26, -26, -26, -26];
    expectClose(mpiAmplitude(reflectors, 1), 15 * 10 ** -2.6, { rtol: 1e-12 });
    const penalty = mpiPenalty_dB(reflectors, 4, 6);
    expectClose(penalty, 3.599, { atol: 1e-3 });
    // The phase-randomisation discount of the 802.3 spreadsheet lowers it.
    expect(mpiPenalty_dB(reflectors, 4, 6, 0.6)).toBeLessThan(penalty);
  });

  it('grows with the reflectance and the number of reflectors', () => {
    expect(mpiPenalty_dB([-30, -30, -30], 4, 5)).toBeGreaterThan(mpiPenalty_dB([-30, -30], 4, 5));
    expect(mpiPenalty_dB([-25, -25], 4, 5)).toBeGreaterThan(mpiPenalty_dB([-30, -30], 4, 5));
  });
});

describe('adjacent-channel crosstalk', () => {
  it('NRZ, one neighbour at 10 dB isolation: −10·log10(0.9) = 0.458 dB (the textbook case)', () => {
    expectClose(crosstalkPenalty_dB(10, 1, 2), -10 * Math.log10(0.9), { rtol: 1e-12 });
  });
  it('PAM4, two neighbours at 20 dB: −10·log10(1 − 3·0.02) = 0.269 dB', () => {
    expectClose(crosstalkPenalty_dB(20, 2, 4), 0.2687, { atol: 1e-4 });
  });
});

describe('modelled impairments in the budget', () => {
  const dr4 = imddDesign('400gbase-dr4');
  const modelled: ImddDesign = {
    ...dr4,
    tx: { ...dr4.tx, rin_dB_per_Hz: -136 },
    penalties: {
      ...dr4.penalties,
      mpi_dB: 5,
      mpi_model: { connector_reflectance_dB: -35, extinction_ratio_dB: 3.5 },
      crosstalk_model: { isolation_dB: 25, adjacent_channels: 2 },
    },
  };

  it('each is its own waterfall step and the margin falls by their sum (a modelled MPI replaces mpi_dB)', () => {
    const base = imdd({ ...dr4, penalties: { ...dr4.penalties, mpi_dB: 0 } });
    const r = imdd(modelled);
    expect(r.mpi_source).toBe('modelled');
    const labels = r.waterfall.map((s) => s.label);
    expect(labels).toContain('RIN (modelled)');
    expect(labels).toContain(`MPI (modelled, ${dr4.channel.connectors} reflectors)`);
    expect(labels).toContain('Adjacent-channel crosstalk (modelled)');
    expect(r.rin_penalty_dB).toBeGreaterThan(0);
    expect(r.crosstalk_penalty_dB).toBeGreaterThan(0);
    expectClose(
      base.link_margin_dB - r.link_margin_dB,
      r.rin_penalty_dB + r.mpi_penalty_dB + r.crosstalk_penalty_dB,
      { atol: 1e-12 },
    );
    const sum = r.waterfall.reduce((level, step) => level + step.delta_dB, 0);
    expectClose(sum, r.received_oma_dBm, { atol: 1e-9 });
  });

  it('designs without the new fields keep their old waterfall labels', () => {
    for (const design of loadExample('datacenter-pmds.json').designs) {
      const r = evaluateDesign(design);
      if (r.kind !== 'imdd') continue;
      expect(r.waterfall.some((s) => s.label.includes('modelled)'))).toBe(false);
      expect(r.rin_penalty_dB).toBe(0);
      expect(r.crosstalk_penalty_dB).toBe(0);
      expect(r.mpi_penalty_dB).toBe((design as ImddDesign).penalties.mpi_dB);
    }
  });
});

describe('bad input names the field and the range', () => {
  const scenario = loadExample('datacenter-pmds.json');
  const index = scenario.designs.findIndex((d) => d.id === '400gbase-sr8');
  function withDesign(patch: (d: ImddDesign) => ImddDesign) {
    const designs = scenario.designs.map((d, i) => (i === index ? patch(d as ImddDesign) : d));
    return parseScenario({ ...scenario, designs });
  }

  it('the IEEE SMF window on multimode fibre', () => {
    const result = withDesign((d) => ({
      ...d,
      fiber: { ...d.fiber, dispersion_case: 'ieee-worst-case' },
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe(`designs[${index}].fiber.dispersion_case`);
    expect(result.issues[0]?.message).toMatch(/SMF.*1300–1324 nm/);
  });

  it('a lane corner on the wrong side of the lane wavelength', () => {
    const result = withDesign((d) => ({ ...d, lane: { ...d.lane, wavelength_min_nm: 900 } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe(`designs[${index}].lane.wavelength_min_nm`);
    expect(result.issues[0]?.message).toMatch(/allowed 400 … 850 nm/);
  });

  it('a RIN outside its range', () => {
    const result = withDesign((d) => ({ ...d, tx: { ...d.tx, rin_dB_per_Hz: -90 } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe(`designs[${index}].tx.rin_dB_per_Hz`);
    expect(result.issues[0]?.message).toMatch(/allowed -180 … -100 dB\/Hz/);
  });
});
