import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../core/cli/main';
import { buildBrief, evaluateWorkload, workloadBriefSection } from '../../../core/index';
import { REPO_ROOT } from '../example-scenarios';
import { loadWorkloadExample } from './workload-example';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const DENSE = `${REPO_ROOT}examples/workload/dense-70b-16k.json`;
const MOE = `${REPO_ROOT}examples/workload/moe-671b-16k.json`;

describe('brief section "Impact on training"', () => {
  const scenario = loadWorkloadExample('moe-671b-16k.json');
  const html = buildBrief(scenario, { generatedOn: '2026-12-07' });

  it('names the fastest and cheapest option, with the step chart and the Methods it uses', () => {
    const runs = evaluateWorkload(scenario.workload, scenario).flatMap((o) =>
      o.ok ? [o.run] : [],
    );
    const fastest = runs.reduce((a, b) => (b.days_to_train < a.days_to_train ? b : a));
    expect(html).toContain('<h2>Impact on training</h2>');
    expect(html).toContain(`<strong>${fastest.fabric_name}</strong> trains fastest`);
    expect(html).toContain('Wall-clock time per training step');
    for (const id of ['collective-alpha-beta', 'workload-step', 'workload-run'])
      expect(html).toContain(`id="method-${id}"`);
    expect(html).toContain('id="ref-DEEPSEEK_V3_2024"');
    // Every input's source or estimate label, as the scenario gives it.
    expect(html).toContain('Job inputs and their sources');
    expect(html).toContain('<code>parallelism</code> — estimate (DEEPSEEK_V3_2024: PP 16, EP 64');
  });

  it('is empty for a scenario without a workload', () => {
    const { workload: _omit, ...rest } = scenario;
    expect(
      workloadBriefSection({ scenario: rest, evaluations: [], generatedOn: '2026-12-07' }).html,
    ).toBe('');
  });
});

describe('lightbench workload', () => {
  it('prints every option side by side with the step parts, days and dollars', async () => {
    const { code, out } = await run('workload', DENSE);
    expect(code).toBe(0);
    for (const id of [
      'pluggable-dsp-800g',
      'lpo-800g',
      'cpo-800g',
      'pluggable-dsp-1600g',
      'cpo-1600g',
    ])
      expect(out).toContain(id);
    expect(out).toContain('894,070 steps of 16,777,216 tokens');
    expect(out).toMatch(/compute\s+877\.2\s+877\.2/);
    expect(out).toContain('Tensor-parallel all-reduce');
  });

  it('--json carries the runs; JSON has no Infinity or NaN', async () => {
    const { code, out } = await run('workload', MOE, '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { runs: { fabric_id: string; step: { step_s: number } }[] };
    expect(parsed.runs).toHaveLength(5);
    expect(parsed.runs.every((r) => r.step.step_s > 1.5)).toBe(true);
    expect(out).not.toMatch(/Infinity|NaN/);
  });

  it('a scenario without a workload, and a job that breaks a rule, are bad input (exit 2)', async () => {
    const none = await run('workload', `${REPO_ROOT}examples/fabric-100k.json`);
    expect(none.code).toBe(2);
    expect(none.err).toContain('has no workload');

    const scenario = loadWorkloadExample('dense-70b-16k.json');
    const dir = mkdtempSync(join(tmpdir(), 'lightbench-workload-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...scenario,
        workload: {
          ...scenario.workload,
          parallelism: { ...scenario.workload.parallelism, data: 500 },
        },
      }),
    );
    const broken = await run('workload', bad);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('data × tensor × pipeline = 500 × 8 × 4 = 16000');
    expect(broken.err).toContain('global_batch_sequences');
  });
});
