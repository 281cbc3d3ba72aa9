import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './sweep-fixture';

const example = 'examples/datacenter-pmds.json';

describe('lightbench eval', () => {
  it('prints a table with every design of the example and its limiting mechanism', async () => {
    const { code, out } = await run('eval', example);
    expect(code).toBe(0);
    for (const name of [
      '100GBASE-DR',
      '400GBASE-DR4',
      '400GBASE-FR4',
      '800GBASE-DR8',
      '400GBASE-SR8 (OM4)',
      '400ZR DCI (80 km)',
    ]) {
      expect(out).toContain(name);
    }
    expect(out).toMatch(/400GBASE-SR8 \(OM4\).*dispersion/);
    expect(out).toMatch(/400ZR DCI.*cd-tolerance/);
  });

  it('prints JSON with the DESIGN.md output names', async () => {
    const { code, out } = await run('eval', example, '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { designs: Record<string, unknown>[] };
    const dr4 = parsed.designs.find((d) => d['id'] === '400gbase-dr4');
    expect(dr4).toBeDefined();
    for (const key of [
      'power_budget_dB',
      'channel_loss_dB',
      'penalty_dB',
      'link_margin_dB',
      'max_reach_m',
      'rx_sensitivity_oma_dBm',
      'limiting_mechanism',
    ]) {
      expect(dr4).toHaveProperty(key);
    }
    expect(dr4?.['power_budget_dB']).toBeCloseTo(3.6, 9);
    expect(dr4?.['channel_loss_dB']).toBeCloseTo(3.0, 9);
    expect(dr4).not.toHaveProperty('waterfall');
  });

  it('exits 2 with a message naming the file when it does not exist', async () => {
    const { code, err } = await run('eval', 'no/such/file.json');
    expect(code).toBe(2);
    expect(err).toBe('lightbench: cannot read no/such/file.json: no such file\n');
  });

  it('exits 2 and names the field, the value and the allowed range for a bad value', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-cli-'));
    const file = join(folder, 'bad.json');
    const scenario = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync(example, 'utf8')),
    ) as {
      designs: { channel?: { length_m: number } }[];
    };
    const first = scenario.designs[0];
    if (first?.channel) first.channel.length_m = -5;
    writeFileSync(file, JSON.stringify(scenario));
    const { code, err } = await run('eval', file);
    expect(code).toBe(2);
    expect(err).toContain(
      'designs[0].channel.length_m: -5 is below the minimum (allowed 0 … 10000000 m)',
    );
  });

  it('exits 2 on malformed JSON and on a usage error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-cli-'));
    const file = join(folder, 'broken.json');
    writeFileSync(file, '{"schemaVersion": 1,');
    expect((await run('eval', file)).code).toBe(2);
    expect((await run('eval', file)).err).toContain('not valid JSON');
    expect((await run('frobnicate')).code).toBe(2);
  });
});

describe('lightbench brief', () => {
  it('writes the HTML brief and names unknown criteria with exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-brief-'));
    const out = join(folder, 'brief.html');
    const ok = await run(
      'brief',
      'examples/technology-comparison.json',
      '--out',
      out,
      '--date',
      '2026-11-24',
    );
    expect(ok.code).toBe(0);
    const html = await import('node:fs').then((fs) => fs.readFileSync(out, 'utf8'));
    expect(html).toContain('Scorecard: Scale-out 2027');
    const bad = await run(
      'brief',
      'examples/technology-comparison.json',
      '--out',
      out,
      '--criteria',
      'nope',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no launch criteria named "nope"');
  });
});

describe('lightbench eval with the physics-depth models', () => {
  it('shows the receiver GSNR for GN/transceiver designs and the new output names in JSON', async () => {
    const table = await run('eval', 'examples/physics-depth.json');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/10 × 80 km SSMF.*GSNR 21\.9.*osnr/);
    const { out } = await run('eval', 'examples/physics-depth.json', '--json');
    const parsed = JSON.parse(out) as { designs: Record<string, unknown>[] };
    const line = parsed.designs.find((d) => d['id'] === 'ssmf-10x80-gn');
    for (const key of [
      'osnr_ase_0p1nm_dB',
      'snr_nli_signal_dB',
      'gsnr_signal_dB',
      'optimum_launch_power_dBm_per_ch',
    ])
      expect(typeof line?.[key], key).toBe('number');
    const fr4 = parsed.designs.find((d) => d['id'] === '400gbase-fr4-ieee-worst');
    expect(fr4?.['dispersion_case']).toBe('ieee-worst-case');
    expect(fr4?.['dispersion_wavelength_nm']).toBe(1264.5);
  });
});
