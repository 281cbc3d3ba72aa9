import { describe, expect, it } from 'vitest';
import {
  defaultWorkload,
  defaultWorkloadFabrics,
  evaluateWorkload,
  workloadSchema,
} from '../../../core/index';
import { loadWorkloadExample } from './workload-example';

describe('the Workload view defaults', () => {
  it('the default job is the shipped dense example, and valid', () => {
    expect(defaultWorkload()).toEqual(loadWorkloadExample('dense-70b-16k.json').workload);
    expect(workloadSchema.safeParse(defaultWorkload()).success).toBe(true);
  });

  it('the default options are sized to the job and every one runs it', () => {
    const job = defaultWorkload();
    const fabrics = defaultWorkloadFabrics(job);
    expect(fabrics.map((f) => f.accelerators)).toEqual([16_384, 16_384, 16_384]);
    const outcomes = evaluateWorkload(job, {
      designs: [],
      assumptions: { energy_usd_per_kWh: 0.08, pue: 1.3, lifetime_years: 5 },
      fabrics,
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
  });
});
