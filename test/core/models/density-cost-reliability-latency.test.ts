import { describe, expect, it } from 'vitest';
import { densityOf, fiberPitchShoreline_gbps_per_mm } from '../../../core/density/density';
import { wrightCost } from '../../../core/cost/learning-curve';
import { linkCost } from '../../../core/cost/bom';
import { HOURS_PER_YEAR, totalCostOfOwnership } from '../../../core/cost/tco';
import { failuresPerYear, linkReliability } from '../../../core/reliability/fit';
import { linkLatency, propagation_ns_per_m } from '../../../core/latency/latency';
import { expectClose } from '../../helpers/expect-close';

describe('density', () => {
  // 250 µm pitch → 4 fibres/mm, half transmit → 2 Tx fibres/mm × 1 λ × 106.25 Gb/s = 212.5 Gb/s/mm.
  it('shoreline from fibre pitch', () => {
    expectClose(fiberPitchShoreline_gbps_per_mm(250, 1, 106.25), 212.5, { rtol: 1e-12 });
    // 127 µm pitch, 8 λ of 32 Gb/s: (1000/127)/2 × 8 × 32 = 1007.87 Gb/s/mm.
    expectClose(fiberPitchShoreline_gbps_per_mm(127, 8, 32), 1007.874, { rtol: 1e-6 });
  });

  it('faceplate, engine-edge shoreline and area', () => {
    const result = densityOf({
      moduleRate_gbps: 800,
      portsPerRu: 32,
      engineRate_gbps: 6400,
      engineEdge_mm: 10,
      engineArea_mm2: 200,
      fiberPitch_um: 250,
      wavelengthsPerFiber: 1,
      laneRate_gbps: 106.25,
    });
    expect(result.faceplate_tbps_per_ru).toBeCloseTo(25.6, 12); // 32 × 800 Gb/s
    expect(result.shoreline_gbps_per_mm).toBeCloseTo(640, 12); // engine edge wins over fibre pitch
    expect(result.shoreline_method).toBe('engine-edge');
    expect(result.area_tbps_per_mm2).toBeCloseTo(0.032, 12); // 6.4 Tb/s ÷ 200 mm²
  });

  it('reports null where a density does not apply', () => {
    const result = densityOf({
      moduleRate_gbps: 800,
      portsPerRu: null,
      engineRate_gbps: null,
      engineEdge_mm: null,
      engineArea_mm2: null,
      fiberPitch_um: null,
      wavelengthsPerFiber: 1,
      laneRate_gbps: 100,
    });
    expect(result).toEqual({
      faceplate_tbps_per_ru: null,
      shoreline_gbps_per_mm: null,
      shoreline_method: null,
      area_tbps_per_mm2: null,
    });
  });
});

describe('cost', () => {
  it("Wright's law: 15 % cheaper per doubling at a learning rate of 0.85", () => {
    expectClose(wrightCost(1000, 1e6, 2e6, 0.85), 850, { rtol: 1e-12 });
    expectClose(wrightCost(1000, 1e6, 4e6, 0.85), 722.5, { rtol: 1e-12 });
    expectClose(wrightCost(1000, 1e6, 5e5, 0.85), 1000 / 0.85, { rtol: 1e-12 });
  });

  it('bill of materials: two ends, laser shares, cable by length, shuffle; $/Gb/s', () => {
    const cost = linkCost({
      moduleRate_gbps: 800,
      length_m: 30,
      moduleUsd: 1200,
      externalLaserUsd: 100,
      cableFixedUsd: 40,
      cableUsdPerM: 2,
      shuffleUsd: 10,
      learningRate: 0.85,
      referenceVolume: 1e6,
      volume: 1e6,
    });
    // 2 × 1200 + 2 × 100 + (40 + 2 × 30) + 10 = 2710 USD; ÷ 800 Gb/s = 3.3875 $/Gb/s.
    expect(cost.link_capex_usd).toBe(2710);
    expect(cost.cost_usd_per_gbps).toBeCloseTo(3.3875, 12);
    expect(cost.lines.reduce((s, l) => s + l.totalUsd, 0)).toBe(cost.link_capex_usd);
  });

  it('TCO: capex + energy with PUE over the lifetime + replacements', () => {
    // 10 W × 1.3 × 8766 h × 5 yr = 569.79 kWh × 0.08 = 45.5832 USD; 0.01 failures/yr × 5 × 1000 = 50 USD.
    const tco = totalCostOfOwnership({
      capexUsd: 2000,
      linkPower_W: 10,
      pue: 1.3,
      energyUsdPerKwh: 0.08,
      lifetimeYears: 5,
      failuresPerYear: 0.01,
      replacementUsd: 1000,
    });
    expectClose(tco.energy_usd, 45.5832, { rtol: 1e-9 });
    expectClose(tco.replacement_usd, 50, { rtol: 1e-12 });
    expectClose(tco.tco_usd, 2095.5832, { rtol: 1e-9 });
    expect(HOURS_PER_YEAR).toBe(8766);
  });
});

describe('reliability', () => {
  it('adds FIT over both ends, their lasers and the cable', () => {
    // 2 × (100 + 8 × 50) + 10 = 1010 FIT → 1010e-9 × 8766 h = 0.00885366 failures per year.
    const r = linkReliability({
      moduleFit: 100,
      laserFit: 50,
      lasersPerEnd: 8,
      cableFit: 10,
      blastRadiusPorts: 8,
    });
    expect(r.fit).toBe(1010);
    expectClose(r.failures_per_year, 0.00885366, { rtol: 1e-9 });
    expectClose(r.mtbf_hours, 1e9 / 1010, { rtol: 1e-12 });
    expectClose(r.port_outages_per_year, 8 * 0.00885366, { rtol: 1e-9 });
  });

  it('1 FIT is one failure per 10⁹ hours', () => {
    expectClose(failuresPerYear(1e9 / 8766), 1, { rtol: 1e-12 });
  });
});

describe('latency', () => {
  it('propagation from the group index: 1.468 / c = 4.89672 ns/m in fibre', () => {
    expectClose(propagation_ns_per_m('fiber'), 4.896721, { rtol: 1e-6 });
    // Twinax with a velocity factor of 0.7 is slightly faster than glass: 1/0.7/c = 4.7652 ns/m.
    expectClose(propagation_ns_per_m('copper'), 4.765201, { rtol: 1e-6 });
  });

  it('adds serialization, FEC, DSP at both ends and propagation', () => {
    // 512 bits ÷ 800 Gb/s = 0.64 ns; FEC 100; DSP 2 × 50; 10 m × 4.896721 ns/m.
    const l = linkLatency({
      moduleRate_gbps: 800,
      length_m: 10,
      medium: 'fiber',
      fec_ns: 100,
      dspPerEnd_ns: 50,
    });
    expectClose(l.serialization_ns, 0.64, { rtol: 1e-12 });
    expectClose(l.latency_ns, 0.64 + 100 + 100 + 48.96721, { rtol: 1e-6 });
  });
});
