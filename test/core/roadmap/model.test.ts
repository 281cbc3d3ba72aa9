import { describe, expect, it } from 'vitest';
import {
  computeSchedule,
  cumulativeVolumeAt,
  designAt,
  evaluateRoadmap,
  formatMonth,
  monthsOf,
  parseDate,
  trajectoryValueAt,
  evaluateDesignFully,
  type Design,
  type Roadmap,
} from '../../../core/index';
import { catalogDesign } from '../../../core/catalog/index';
import { wrightCost } from '../../../core/cost/learning-curve';
import { EST, withRoadmap } from './fixture';

const forecast = {
  shipped_before_units: 1000,
  per_year: [
    { year: 2025, units: 1000, provenance: EST },
    { year: 2026, units: 2000, provenance: EST },
  ],
};

describe('roadmap dates', () => {
  it('reads quarters, months and days as months since year 0', () => {
    expect(parseDate('2028-Q2')).toBe(2028 * 12 + 3);
    expect(parseDate('2028-05')).toBe(2028 * 12 + 4);
    expect(parseDate('2028-02-15')).toBeCloseTo(2028 * 12 + 1 + 14 / 29, 12);
    expect(parseDate('2028-13')).toBeNull();
    expect(parseDate('2028-Q5')).toBeNull();
    expect(parseDate('1800-Q1')).toBeNull();
    expect(formatMonth(monthsOf('2027-Q4'))).toBe('2027-10');
  });
});

describe("cost by date: Wright's law over the cumulative-volume forecast", () => {
  it('sums shipments by date by hand: 1000 before, 1000 in 2025, half of 2026’s 2000 by 2026-07', () => {
    expect(cumulativeVolumeAt(forecast, monthsOf('2025-01'))).toBe(1000);
    expect(cumulativeVolumeAt(forecast, monthsOf('2026-01'))).toBe(2000);
    expect(cumulativeVolumeAt(forecast, monthsOf('2026-07'))).toBe(3000);
    // After the last forecast year the last rate continues: 2027 adds another 2000.
    expect(cumulativeVolumeAt(forecast, monthsOf('2028-01'))).toBe(6000);
  });

  it('sets the design volume so module cost follows C_ref (V/V_ref)^log2 λ: $1250 × 3^log2 0.8 = $877.63', () => {
    const base = catalogDesign('dr8-800g') as Design;
    const design = {
      ...base,
      technology: {
        ...base.technology,
        cost: {
          ...base.technology.cost,
          module_usd: 1250,
          reference_volume: 1000,
          learning_rate: 0.8,
        },
      },
    } as Design;
    const technology = { id: 'x', name: 'x', design_id: 'dr8-800g', volume: forecast };
    const dated = designAt(design, technology, monthsOf('2026-07'));
    expect(dated.technology.cost.volume).toBe(3000);
    expect(wrightCost(1250, 1000, dated.technology.cost.volume, 0.8)).toBeCloseTo(877.6296, 3);
    // Both ends' modules and the $100 trunk over 800 Gb/s: (2 × 877.63 + 100) / 800.
    const metrics = evaluateDesignFully(dated, {
      energy_usd_per_kWh: 0.08,
      pue: 1.3,
      lifetime_years: 5,
    });
    expect(metrics.metrics.values.cost_usd_per_gbps).toBeCloseTo((2 * 877.6296 + 100) / 800, 4);
  });
});

describe('dated trajectories', () => {
  const points = (a: number, b: number) => [
    { date: '2025-Q1', value: a, provenance: EST },
    { date: '2027-Q1', value: b, provenance: EST },
  ];
  it('interpolates linearly in the value and holds the end values outside the points', () => {
    const t = { path: 'technology.power.driver_pJ_per_bit', points: points(4, 2) };
    expect(trajectoryValueAt(t, monthsOf('2026-Q1'))).toBeCloseTo(3, 12);
    expect(trajectoryValueAt(t, monthsOf('2024-Q1'))).toBe(4);
    expect(trajectoryValueAt(t, monthsOf('2030-Q1'))).toBe(2);
  });
  it('interpolates FIT and dollars on a log scale: halfway between 100 and 25 FIT is 50 FIT', () => {
    const t = { path: 'technology.reliability.laser_fit', points: points(100, 25) };
    expect(trajectoryValueAt(t, monthsOf('2026-Q1'))).toBeCloseTo(50, 9);
    const usd = { path: 'technology.cost.module_usd', points: points(1000, 250) };
    expect(trajectoryValueAt(usd, monthsOf('2026-Q1'))).toBeCloseTo(500, 9);
  });
});

const twoTechnologies = (driverX: [number, number], driverY: [number, number]): Roadmap => ({
  bar: 'Scale-out 2027',
  technologies: (
    [
      ['y', driverY],
      ['x', driverX],
    ] as const
  ).map(([id, [a, b]]) => ({
    id,
    name: id,
    design_id: 'cpo-51t-bailly-class',
    trajectories: [
      {
        path: 'technology.power.driver_pJ_per_bit',
        points: [
          { date: '2025-01', value: a, provenance: EST },
          { date: '2029-01', value: b, provenance: EST },
        ],
      },
    ],
  })),
  crossovers: [{ challenger: 'x', incumbent: 'y', metric: 'energy_pJ_per_bit' }],
});

describe('crossover date, solved', () => {
  it('X (8 → 2 pJ/bit driver over 2025–2029) beats Y (5.3 flat) when 8 − 1.5 (t − 2025) = 5.3: t = 2026.8', () => {
    const evaluation = evaluateRoadmap(withRoadmap(twoTechnologies([8, 2], [5.3, 5.3])));
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
    const result = evaluation.crossovers[0]?.result;
    expect(result?.kind).toBe('at');
    // Closed form: 2026.8 years = month 2026 × 12 + 9.6; a quarter grid would say 2027-Q1.
    if (result?.kind === 'at') expect(result.at).toBeCloseTo(2026 * 12 + 9.6, 6);
  });
  it('says when the challenger is ahead from the start, or never overtakes', () => {
    const ahead = evaluateRoadmap(withRoadmap(twoTechnologies([1, 1], [5, 5])));
    const never = evaluateRoadmap(withRoadmap(twoTechnologies([6, 6], [5, 5])));
    expect(ahead.ok && ahead.crossovers[0]?.result.kind).toBe('from-start');
    expect(never.ok && never.crossovers[0]?.result.kind).toBe('never');
  });
});

describe('schedule: critical path and slips on a small graph worked by hand', () => {
  const milestone = (id: string, p50: string, p90: string) => ({
    id,
    name: id,
    kind: 'dvt' as const,
    trl: 7,
    mrl: 7,
    p50,
    p90,
  });
  const roadmap = (slips: Roadmap['slips'] = []): Roadmap => ({
    technologies: [
      {
        id: 't',
        name: 't',
        design_id: 'dr8-800g',
        milestones: [milestone('a', '2026-01', '2026-03')],
      },
    ],
    suppliers: [
      {
        id: 's',
        name: 's',
        technology_id: 't',
        milestones: [milestone('b', '2026-06', '2026-09')],
      },
    ],
    gates: [
      {
        id: 'g1',
        name: 'g1',
        technology_id: 't',
        depends_on: ['a', 'b'],
        duration_months: 2,
        criteria: [],
      },
      {
        id: 'g2',
        name: 'g2',
        technology_id: 't',
        depends_on: ['g1'],
        duration_months: 3,
        criteria: [],
      },
    ],
    slips,
  });
  it('g1 = max(a 2026-01, b 2026-06) + 2 = 2026-08; g2 = 2026-11; the path runs b → g1 → g2', () => {
    const schedule = computeSchedule(roadmap());
    expect(formatMonth(schedule.launch?.p50 ?? 0)).toBe('2026-11');
    expect(formatMonth(schedule.launch?.p90 ?? 0)).toBe('2027-02');
    expect(schedule.critical_path).toEqual(['b', 'g1', 'g2']);
  });
  it('a +3 months is absorbed by its 5 months of slack; a +7 moves the launch 2 months and takes the path', () => {
    const absorbed = computeSchedule(roadmap([{ milestone_id: 'a', months: 3 }]));
    expect(absorbed.launch?.delay_months).toBe(0);
    const late = computeSchedule(roadmap(), [{ milestone_id: 'a', months: 7 }]);
    expect(late.launch?.delay_months).toBe(2);
    expect(formatMonth(late.launch?.p50 ?? 0)).toBe('2027-01');
    expect(late.critical_path).toEqual(['a', 'g1', 'g2']);
    expect(late.nodes.find((n) => n.node.id === 'b')?.delay_months).toBe(0);
  });
});
