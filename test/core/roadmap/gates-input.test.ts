import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  evaluateRoadmap,
  mergeEvidence,
  parseScenarioText,
  type Gate,
  type GateEvidence,
} from '../../../core/index';
import { runCli } from '../../../core/cli/main';
import { exampleJson, loadRoadmapExample, parse, ROADMAP_EXAMPLE } from './fixture';

const gate: Gate = {
  id: 'pvt',
  name: 'PVT',
  technology_id: 'cpo',
  supplier_id: 'supplier-a',
  depends_on: [],
  duration_months: 0,
  criteria: [{ key: 'cpk', op: '>=', value: 1.33 }],
};
const cpk = (p50: number, p90: number): GateEvidence => ({
  subject: 'supplier-a',
  key: 'cpk',
  p50,
  p90,
  origin: 'supplier',
  note: 'test',
});
const status = (evidence: GateEvidence[]) =>
  evaluateGate(gate, 0, 0, mergeEvidence(evidence), () => null, 0);

describe('gate status on the P50/P90 boundaries', () => {
  it('passes exactly at the threshold at both confidences', () => {
    expect(status([cpk(1.33, 1.33)]).status).toBe('pass');
  });
  it('is at risk when P50 meets the bar and P90 falls short by 0.01', () => {
    const outcome = status([cpk(1.33, 1.32)]);
    expect(outcome.status).toBe('at-risk');
    expect(outcome.criteria[0]?.margin_p90).toBeCloseTo(-0.01, 12);
  });
  it('fails when P50 falls short, and has no data (naming what is missing) without evidence', () => {
    expect(status([cpk(1.32, 1.5)]).status).toBe('fail');
    const none = status([]);
    expect(none.status).toBe('no-data');
    expect(none.missing).toEqual(['cpk for supplier-a (supplier data)']);
  });
  it('merges producers so that the later one wins for the same subject and key', () => {
    const merged = mergeEvidence([cpk(1.0, 0.9)], [{ ...cpk(1.5, 1.4), origin: 'manual' }]);
    expect(status([...merged.values()]).status).toBe('pass');
    expect(merged.size).toBe(1);
  });
});

describe('the shipped roadmap example', () => {
  const evaluation = evaluateRoadmap(loadRoadmapExample());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.issues));
  it('only CPO clears the 15 pJ/bit, $2/Gb/s bar in the window; DR8 and LPO stay above 15 pJ/bit', () => {
    const clears = Object.fromEntries(
      evaluation.technologies.map((t) => [t.technology.id, t.clears_bar.kind]),
    );
    expect(clears).toEqual({ dr8: 'never', lpo: 'never', cpo: 'at' });
  });
  it('the launch waits on supplier B’s laser: supb-dvt → supb-pvt → pvt → ga, P50 2028-01', () => {
    expect(evaluation.schedule.critical_path).toEqual(['supb-dvt', 'supb-pvt', 'pvt', 'ga']);
    expect(evaluation.gates.map((g) => g.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'at-risk',
      'no-data',
    ]);
  });
  it('supplier B DVT +3 months delays the DVT, PVT and GA gates by 3 months and leaves EVT alone', () => {
    const slipped = evaluateRoadmap(loadRoadmapExample(), {
      slips: [{ milestone_id: 'supb-dvt', months: 3 }],
    });
    if (!slipped.ok) throw new Error('slipped roadmap did not evaluate');
    const delay = (id: string) =>
      slipped.schedule.nodes.find((n) => n.node.id === id)?.delay_months;
    expect([delay('evt'), delay('dvt'), delay('pvt'), delay('ga')]).toEqual([0, 3, 3, 3]);
  });
});

describe('bad roadmap input: a message naming the field and the allowed range; nothing lost', () => {
  /** The example's roadmap as its file holds it, to break one field at a time. */
  const roadmapOf = () => structuredClone(exampleJson()['roadmap']);
  /** Sets one value deep in the raw JSON (lists by index). */
  const put = (root: unknown, path: readonly (string | number)[], value: unknown) => {
    let node = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (last === undefined) throw new Error('empty path');
    node[last] = value;
  };
  const issuesWith = (edit: (roadmap: unknown) => void) => {
    const roadmap = roadmapOf();
    edit(roadmap);
    const result = parse({ ...exampleJson(), roadmap });
    return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };
  it('names a dependency cycle by its milestone ids', () => {
    const issues = issuesWith((r) =>
      put(r, ['suppliers', 1, 'milestones', 1, 'depends_on'], ['supb-pvt']),
    );
    expect(issues).toContainEqual(
      expect.stringContaining('dependency cycle: supb-dvt → supb-pvt → supb-dvt'),
    );
  });
  it('reports a P90 before its P50 and stages out of order with the allowed dates', () => {
    const p90 = issuesWith((r) => put(r, ['technologies', 2, 'milestones', 2, 'p90'], '2026-Q1'));
    expect(p90).toEqual([
      'roadmap.technologies[2].milestones[2].p90: 2026-Q1 is before its P50 date 2026-Q3 (allowed: on or after 2026-07)',
    ]);
    const order = issuesWith((r) => put(r, ['technologies', 2, 'milestones', 3, 'p50'], '2026-Q1'));
    expect(order.join('\n')).toContain(
      'cpo-pvt (PVT) at 2026-Q1 is before cpo-dvt (DVT) at 2026-Q3',
    );
  });
  it('reports a bad date, trajectory dates out of order and a window that ends before it starts', () => {
    expect(issuesWith((r) => put(r, ['window', 'end'], '2024-Q4'))).toEqual([
      "roadmap.window.end: 2024-Q4 is not after the window's start 2025-Q1 (allowed: after 2025-Q1)",
    ]);
    expect(issuesWith((r) => put(r, ['gates', 0, 'not_before'], '2027-Q7'))[0]).toContain(
      'is not a date (allowed "YYYY-Qn", "YYYY-MM" or "YYYY-MM-DD"',
    );
    const order = issuesWith((r) =>
      put(r, ['technologies', 0, 'trajectories', 0, 'points', 1, 'date'], '2024-Q1'),
    );
    expect(order[0]).toContain(
      'roadmap.technologies[0].trajectories[0].points[1].date: 2024-Q1 is not after',
    );
  });
  it('reports a trajectory point outside its field’s range when evaluated', () => {
    const roadmap = roadmapOf();
    put(roadmap, ['technologies', 2, 'trajectories', 1, 'points', 0, 'value'], 2e9);
    const parsed = parseScenarioText(JSON.stringify({ ...exampleJson(), roadmap }));
    if (!parsed.ok) throw new Error('should parse');
    const evaluation = evaluateRoadmap(parsed.scenario);
    expect(evaluation.ok ? [] : evaluation.issues).toEqual([
      {
        path: 'roadmap.technologies[2].trajectories[1].points[0].value',
        message:
          '2000000000 is outside technology.reliability.laser_fit (allowed 0 … 1000000000 FIT)',
      },
    ]);
  });
});

describe('lightbench roadmap', () => {
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };
  it('prints the crossovers, the critical path and the gate table; --slip moves the launch', async () => {
    const base = await run('roadmap', ROADMAP_EXAMPLE);
    expect(base.code).toBe(0);
    expect(base.out).toContain('critical path: supb-dvt → supb-pvt → pvt → ga');
    expect(base.out).toContain('launch (GA (launch)): P50 2028-01, P90 2028-07');
    const slipped = await run('roadmap', ROADMAP_EXAMPLE, '--slip', 'supb-dvt=3', '--json');
    const json = JSON.parse(slipped.out) as {
      schedule: { launch: { p50: string; delay_months: number } };
    };
    expect(json.schedule.launch).toMatchObject({ p50: '2028-04', delay_months: 3 });
  });
  it('rejects a date outside the window, an unknown slip id and an unknown metric (exit 2)', async () => {
    const outside = await run('roadmap', ROADMAP_EXAMPLE, '--at', '2040-Q1');
    expect(outside.code).toBe(2);
    expect(outside.err).toContain(
      '--at 2040-Q1: outside the roadmap window (allowed 2025-Q1 … 2032-Q4)',
    );
    const slip = await run('roadmap', ROADMAP_EXAMPLE, '--slip', 'nope=3');
    expect(slip.err).toContain('--slip nope: no milestone or gate by that id');
    const metric = await run('roadmap', ROADMAP_EXAMPLE, '--metric', 'speed');
    expect(metric.err).toContain('--metric "speed": allowed energy_pJ_per_bit');
  });
});
