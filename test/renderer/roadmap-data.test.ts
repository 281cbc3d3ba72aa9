import { describe, expect, it } from 'vitest';
import { evaluateRoadmap } from '../../core/index';
import { gatesCsv, timelineCsv, withSlip } from '../../renderer/src/views/roadmap/roadmapData';
import { loadRoadmapExample } from '../core/roadmap/fixture';

describe('Roadmap view data', () => {
  const scenario = loadRoadmapExample();
  const roadmap = scenario.roadmap;
  if (!roadmap) throw new Error('the example has a roadmap');

  it('adds up slips on one milestone and drops a slip that returns to zero', () => {
    const once = withSlip(roadmap, 'supb-dvt', 3);
    expect(once.slips).toEqual([{ milestone_id: 'supb-dvt', months: 3 }]);
    expect(withSlip(once, 'supb-dvt', 2).slips).toEqual([{ milestone_id: 'supb-dvt', months: 5 }]);
    expect(withSlip(once, 'supb-dvt', -3).slips).toBeUndefined();
  });

  it('writes one CSV row per gate criterion and one per technology and quarter', () => {
    const evaluation = evaluateRoadmap(scenario);
    if (!evaluation.ok) throw new Error('evaluates');
    const gates = gatesCsv(evaluation.gates).trim().split('\n');
    const criteria = evaluation.gates.reduce((sum, gate) => sum + gate.criteria.length, 0);
    expect(gates).toHaveLength(1 + criteria);
    expect(gates).toContain(
      'ga,2028-01,2028-07,no-data,fit_demonstrated,<=,500,,,,,,no-data,fit_demonstrated for supplier-a (supplier data)',
    );
    const timeline = timelineCsv(evaluation).trim().split('\n');
    // 3 technologies × 32 quarters of 2025–2032.
    expect(timeline).toHaveLength(1 + 3 * 32);
  });
});
