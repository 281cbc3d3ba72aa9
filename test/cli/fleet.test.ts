import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../core/index';
import { run } from './sweep-fixture';

const SCENARIO = 'examples/fleet/fleet-scenario.json';
const TELEMETRY = 'examples/fleet/telemetry-synthetic.csv';

describe('lightbench fleet', () => {
  it('prints the comparison, the calibration and the field FIT', async () => {
    const { code, out } = await run(
      'fleet',
      SCENARIO,
      TELEMETRY,
      '--failures',
      'examples/fleet/failures-synthetic.csv',
      '--reference',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/fr4-hall-b +48 +5760/);
    expect(out).toContain('telemetry-synthetic.csv:11: rx1');
    expect(out).toMatch(/fr4-hall-b: excess loss \+1\.5\d dB/);
    expect(out).toContain('link (optics + fibre/connector): FIT 2840.5');
    expect(out).toMatch(/network +observed +35 \[25\.9 … 46\.4\]/);
  });

  it('prints JSON and writes the calibrated scenario with provenance kind measured', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-fleet-'));
    const written = join(folder, 'calibrated.json');
    const { code, out } = await run('fleet', SCENARIO, TELEMETRY, '--json', '--write', written);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      hash: string;
      calibrations: { design_id: string; excess_loss_dB: number }[];
    };
    expect(json.hash).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(json.calibrations.find((c) => c.design_id === 'fr4-hall-b')?.excess_loss_dB).toBeCloseTo(
      1.5,
      0,
    );
    const parsed = parseScenarioText(readFileSync(written, 'utf8'));
    if (!parsed.ok) throw new Error('the written scenario does not parse');
    const design = parsed.scenario.designs.find((d) => d.id === 'fr4-hall-b');
    expect(design?.provenance?.['channel.measured_loss_dB']?.kind).toBe('measured');
    expect(design?.provenance?.['channel.measured_loss_dB']?.note).toContain(json.hash);
  });

  it('exits 2 on a missing telemetry file', async () => {
    const { code, err } = await run('fleet', SCENARIO, 'no-such.csv');
    expect(code).toBe(2);
    expect(err).toContain('cannot read no-such.csv');
  });
});
