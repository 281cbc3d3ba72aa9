import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEthtool, parseScenarioText } from '../../core/index';
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
    // The comparison against the calibrated scenario: the planted 1.5 dB is explained.
    expect(out).toContain('Residual after calibration');
    const residual =
      /fr4-hall-b: excess loss ([-+]\d\.\d\d) dB \(p10.*penalty offset ([-+]\d\.\d\d) dB; model loss [\d.]+ dB \(\+1\.5\d\)/.exec(
        out,
      );
    expect(residual).not.toBeNull();
    expect(Math.abs(Number(residual?.[1]))).toBeLessThan(0.1);
    expect(Math.abs(Number(residual?.[2]))).toBeLessThan(0.1);
  });

  it('prints JSON and writes the calibrated scenario with provenance kind measured', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lightbench-fleet-'));
    const written = join(folder, 'calibrated.json');
    const { code, out } = await run('fleet', SCENARIO, TELEMETRY, '--json', '--write', written);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      hash: string;
      calibrations: { design_id: string; excess_loss_dB: number }[];
      residual: { design_id: string; excess_loss_dB: { median: number }; loss_change_dB: number }[];
    };
    const residual = json.residual.find((r) => r.design_id === 'fr4-hall-b');
    expect(Math.abs(residual?.excess_loss_dB.median ?? Number.NaN)).toBeLessThan(0.1);
    expect(residual?.loss_change_dB).toBeCloseTo(1.5, 0);
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

  describe('ethtool dumps as telemetry', () => {
    const FIXTURES = 'test/fixtures/fleet';
    /** Four dumps of two modules (SFF-8636 QSFP28 and CMIS QSFP-DD), text and JSON, in a folder. */
    function dumpFolder(map: string | null) {
      const folder = mkdtempSync(join(tmpdir(), 'lightbench-dumps-'));
      const files = {
        'swp1.txt': 'sff8636-qsfp28.txt',
        'swp1-later.json': 'sff8636-qsfp28.json',
        'swp3.txt': 'cmis-qsfpdd.txt',
        'module-b.json': 'cmis-qsfpdd.json',
      };
      for (const [name, fixture] of Object.entries(files))
        copyFileSync(join(FIXTURES, fixture), join(folder, name));
      if (map !== null) writeFileSync(join(folder, 'map.csv'), map);
      const path = (name: string) => join(folder, name);
      return { path, dumps: Object.keys(files).map(path) };
    }
    const MAP = [
      'link_id,design_id,file,interface,vendor_sn,timestamp',
      'hall-b/r01/swp1,fr4-hall-b,,swp1,,2026-09-01T06:00:00Z',
      'hall-b/r01/swp1,fr4-hall-b,swp1-later.json,,,2026-09-01T07:00:00Z',
      'hall-a/r02/swp3,dr8-hall-a,,swp3,,2026-09-01T06:00:00Z',
      'hall-a/r02/swp4,dr8-hall-a,,,LB0000000002,2026-09-01T06:00:00Z',
      '',
    ].join('\n');

    /** Mean over lanes with light of Tx − Rx (dBm), straight from the fixture's JSON (mW). */
    function measuredLoss(fixture: string): number {
      const parsed = parseEthtool(readFileSync(join(FIXTURES, fixture), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.message);
      const json = JSON.parse(readFileSync(join(FIXTURES, fixture), 'utf8')) as [
        { transmit_avg_optical_power: number[]; rx_power: { values: number[] } },
      ];
      const { transmit_avg_optical_power: tx, rx_power: rx } = json[0];
      const losses = tx
        .map((t, k) => [t, rx.values[k] ?? 0])
        .filter(([, r]) => (r ?? 0) > 0)
        .map(([t, r]) => 10 * Math.log10((t ?? 0) / (r ?? 1)));
      return losses.reduce((a, b) => a + b, 0) / losses.length;
    }

    it('reads text and JSON dumps of SFF-8636 and CMIS modules through --map', async () => {
      const { path, dumps } = dumpFolder(MAP);
      const { code, out, err } = await run(
        'fleet',
        SCENARIO,
        ...dumps,
        '--map',
        path('map.csv'),
        '--json',
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      const json = JSON.parse(out) as {
        dumps: { file: string; management: string; link_id: string; time_from: string }[];
        comparison: {
          accepted: number;
          links: number;
          rejected_count: number;
          designs: {
            design_id: string;
            rows: number;
            predicted_loss_dB: number;
            excess_loss_dB: { mean: number };
          }[];
        };
      };
      expect(json.dumps.map((d) => [d.file, d.management, d.link_id])).toEqual([
        ['swp1.txt', 'SFF-8636', 'hall-b/r01/swp1'],
        ['swp1-later.json', 'SFF-8636', 'hall-b/r01/swp1'],
        ['swp3.txt', 'CMIS', 'hall-a/r02/swp3'],
        ['module-b.json', 'CMIS', 'hall-a/r02/swp4'],
      ]);
      expect(json.comparison.accepted).toBe(4);
      expect(json.comparison.links).toBe(3);
      expect(json.comparison.rejected_count).toBe(0);
      // Excess loss = mean over lanes of (Tx − Rx) − the model's channel loss; the dead lane of
      // the QSFP28 (0 mW) is left out. Text (mW to 4 decimals) and JSON agree to 1e-3 dB.
      for (const [id, fixture] of [
        ['fr4-hall-b', 'sff8636-qsfp28.json'],
        ['dr8-hall-a', 'cmis-qsfpdd.json'],
      ] as const) {
        const design = json.comparison.designs.find((d) => d.design_id === id);
        expect(design?.rows).toBe(2);
        expect(design?.excess_loss_dB.mean).toBeCloseTo(
          measuredLoss(fixture) - (design?.predicted_loss_dB ?? 0),
          3,
        );
      }
    });

    it('says which dump has no link and design (exit 2, the file and the keys)', async () => {
      const { path, dumps } = dumpFolder(MAP.split('\n').slice(0, 3).join('\n'));
      const unmapped = await run('fleet', SCENARIO, ...dumps, '--map', path('map.csv'));
      expect(unmapped.code).toBe(2);
      expect(unmapped.err).toContain(`${path('swp3.txt')}: no row of --map`);
      expect(unmapped.err).toContain('interface "swp3", vendor_sn "LB0000000002"');
      const noMap = await run('fleet', SCENARIO, TELEMETRY, path('swp1.txt'));
      expect(noMap.code).toBe(2);
      expect(noMap.err).toContain('swp1.txt is `ethtool -m` output (SFF-8636 module');
      expect(noMap.err).toContain('--map FILE');
      writeFileSync(path('bad-map.csv'), 'link_id,interface\nx,swp1\n');
      const badMap = await run('fleet', SCENARIO, path('swp1.txt'), '--map', path('bad-map.csv'));
      expect(badMap.code).toBe(2);
      expect(badMap.err).toContain('the header lacks design_id');
    });

    it('prints each dump beside the fleet CSV in the text output', async () => {
      const { path, dumps } = dumpFolder(MAP);
      const { code, out } = await run(
        'fleet',
        SCENARIO,
        TELEMETRY,
        ...dumps.slice(0, 1),
        '--map',
        path('map.csv'),
      );
      expect(code).toBe(0);
      expect(out).toContain(
        'ethtool dump swp1.txt: SFF-8636 module LB0000000001, 4 lanes → link hall-b/r01/swp1, design fr4-hall-b, 2026-09-01T06:00:00.000Z (map)',
      );
      expect(out).toMatch(/fr4-hall-b +49 +5761/);
    });
  });
});
