import { num } from '../../helpers/expect-close';
import { describe, expect, it } from 'vitest';
import {
  evaluateDesignFully,
  type Design,
  type ImddDesign,
  type Scenario,
} from '../../../core/index';
import { optimize } from '../../../core/explore/optimize';
import { tornado } from '../../../core/explore/sensitivity';
import { nelderMead } from '../../../core/explore/nelder-mead';
import { propagation_ns_per_m } from '../../../core/latency/latency';
import { loadExample } from '../example-scenarios';

const scenario: Scenario = loadExample('datacenter-pmds.json');
const dr4 = scenario.designs.find((d) => d.id === '400gbase-dr4') as ImddDesign;

describe('downhill simplex', () => {
  it('finds the minimum of a shifted quadratic inside the unit box', () => {
    const result = nelderMead(
      (x) => ((x[0] as number) - 0.3) ** 2 + ((x[1] as number) - 0.7) ** 2,
      Float64Array.of(0.9, 0.1),
    );
    expect(result.x[0]).toBeCloseTo(0.3, 3);
    expect(result.x[1]).toBeCloseTo(0.7, 3);
  });

  it('stays inside the box when the minimum lies outside it', () => {
    const result = nelderMead((x) => ((x[0] as number) - 2) ** 2, Float64Array.of(0.5));
    expect(result.x[0]).toBeCloseTo(1, 12);
  });
});

describe('constrained optimisation', () => {
  it('puts the optimum on the binding criterion and reports it', () => {
    // Energy grows with length (the laser is sized to close the link); latency grows with length
    // too, so "minimum energy with latency ≥ 2000 ns" sits where latency = 2000 ns exactly.
    const result = optimize({
      design: dr4,
      assumptions: scenario.assumptions,
      objective: 'energy_pJ_per_bit',
      variables: [{ path: 'channel.length_m', kind: 'continuous', range: [100, 1400] }],
      criteria: { name: 'bar', criteria: [{ metric: 'latency_ns', op: '>=', value: 2000 }] },
    });
    const fixed_ns = num(
      evaluateDesignFully(
        { ...dr4, channel: { ...dr4.channel, length_m: 0 } } as Design,
        scenario.assumptions,
      ).metrics.values.latency_ns,
    );
    const expectedLength = (2000 - fixed_ns) / propagation_ns_per_m('fiber');
    expect(result.feasible).toBe(true);
    expect(result.values['channel.length_m']).toBeCloseTo(expectedLength, 0);
    expect(result.binding.map((b) => b.criterion.metric)).toEqual(['latency_ns']);
  });

  it('enumerates discrete variables and respects continuous bounds', () => {
    const result = optimize({
      design: dr4,
      assumptions: scenario.assumptions,
      objective: 'max_reach_m',
      variables: [
        { path: 'channel.connectors', kind: 'discrete', values: [1, 2, 3] },
        { path: 'tx.oma_dBm', kind: 'continuous', range: [-3, 2] },
      ],
      criteria: null,
    });
    expect(result.values['channel.connectors']).toBe(1);
    expect(result.values['tx.oma_dBm']).toBeCloseTo(2, 6);
  });

  it('says so when no point meets the bar', () => {
    const result = optimize({
      design: dr4,
      assumptions: scenario.assumptions,
      objective: 'energy_pJ_per_bit',
      variables: [{ path: 'channel.length_m', kind: 'continuous', range: [100, 500] }],
      criteria: {
        name: 'impossible',
        criteria: [{ metric: 'energy_pJ_per_bit', op: '<=', value: 0.001 }],
      },
    });
    expect(result.feasible).toBe(false);
  });
});

describe('tornado', () => {
  it('covers every parameter with a provenance range by default', () => {
    const paths = tornado(dr4, scenario.assumptions, 'energy_pJ_per_bit').bars.map((b) => b.path);
    const ranged = Object.entries(dr4.provenance ?? {})
      .filter(([, p]) => p.range !== undefined)
      .map(([path]) => path);
    expect([...paths].sort()).toEqual([...ranged].sort());
  });

  it('moves each ranged parameter to both ends, others nominal, largest swing first', () => {
    const result = tornado(dr4, scenario.assumptions, 'link_margin_dB', [
      'tx.oma_dBm',
      'channel.length_m',
    ]);
    expect(result.bars).toHaveLength(0); // neither path has a provenance range in the example
    const ranged: ImddDesign = {
      ...dr4,
      provenance: {
        ...dr4.provenance,
        'tx.oma_dBm': { source: 'EC_DR4', year: 2020, kind: 'datasheet', range: [-1.8, 0.2] },
        'channel.length_m': { source: 'TIA_DR8', year: 2024, kind: 'standard', range: [400, 600] },
      },
    };
    const bars = tornado(ranged, scenario.assumptions, 'link_margin_dB', [
      'channel.length_m',
      'tx.oma_dBm',
    ]).bars;
    expect(bars.map((b) => b.path)).toEqual(['tx.oma_dBm', 'channel.length_m']);
    // Tx OMA moves the margin dB for dB: swing 2 dB; 200 m at 0.5 dB/km moves it 0.1 dB (+ dispersion ≈ 0).
    expect(bars[0]?.swing).toBeCloseTo(2, 9);
    expect(bars[1]?.swing).toBeCloseTo(0.1, 4);
  });
});
