import { describe, expect, it } from 'vitest';
import { compareFleet, createTelemetryImporter, syntheticHeader } from '../../../core/index';
import { fleetScenario, readFleetFile } from './fleet-helpers';

const scenario = fleetScenario();
const HEADER = 'link_id,design_id,timestamp,tx1_dBm,rx1,pre_fec_ber,temperature_C';

function run(lines: readonly string[], chunkSize = 7) {
  const importer = createTelemetryImporter(scenario, 'test.csv');
  const text = `${lines.join('\n')}\n`;
  // Tiny chunks: rows split across chunk boundaries must come out whole.
  for (let at = 0; at < text.length; at += chunkSize) importer.push(text.slice(at, at + chunkSize));
  return compareFleet(importer.end());
}

describe('the fleet telemetry import', () => {
  it('lists lines that do not parse with their line numbers and imports the rest', () => {
    const result = run([
      HEADER,
      'L1,dr8-hall-a,2026-01-01T00:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-01-01T01:00:00Z,0.5,-2.5,1e-6,40',
      'L2,nope,2026-01-01T00:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-02-30T00:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-01-01T02:00:00Z,0.5,0.56 mW,1e-6,40',
    ]);
    expect(result.accepted).toBe(2);
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(result.rejected[0]?.reason).toContain('mW and dBm are both possible');
    expect(result.rejected[1]?.reason).toContain('no design "nope"');
    expect(result.rejected[2]?.reason).toContain('ISO 8601');
  });

  it('sorts late samples in and reports duplicates without counting them twice', () => {
    const result = run([
      HEADER,
      'L1,dr8-hall-a,2026-01-01T02:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-01-01T00:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-01-01T01:00:00Z,0.5,-2.5 dBm,1e-6,40',
      'L1,dr8-hall-a,2026-01-01T01:00:00Z,0.5,-2.5 dBm,1e-6,40',
    ]);
    expect(result.accepted).toBe(3);
    expect(result.out_of_order).toBe(2);
    expect(result.duplicates).toEqual([
      { line: 5, link_id: 'L1', timestamp: '2026-01-01T01:00:00Z' },
    ]);
    expect(result.first).toBe('2026-01-01T00:00:00.000Z');
    expect(result.designs[0]?.link_hours).toBe(2);
  });

  it('computes excess loss from Tx − Rx against the model channel loss', () => {
    const result = run([HEADER, 'L1,dr8-hall-a,2026-01-01T00:00:00Z,0.5,-2.5 dBm,,']);
    const design = result.designs[0];
    expect(design?.excess_loss_dB.median).toBeCloseTo(3 - (design?.predicted_loss_dB ?? 0), 1);
  });

  it('says what is missing from a header', () => {
    const result = run(['link,design_id,timestamp', 'x,y,z']);
    expect(result.rejected[0]).toMatchObject({ line: 1, reason: 'header lacks link_id' });
  });

  it('reads the shipped synthetic example and reports its planted bad lines', () => {
    const importer = createTelemetryImporter(scenario, 'telemetry-synthetic.csv');
    importer.push(readFleetFile('telemetry-synthetic.csv'));
    const result = compareFleet(importer.end());
    expect(result.rejected_count).toBe(1);
    expect(result.rejected[0]?.reason).toContain('rx1');
    expect(result.duplicates_count).toBe(1);
    expect(result.out_of_order).toBe(1);
    expect(result.designs.map((d) => d.design_id)).toEqual(['dr8-hall-a', 'fr4-hall-b']);
    const b = result.designs[1];
    expect(b?.excess_loss_dB.median ?? 0).toBeGreaterThan(1.4);
    expect(b?.excess_loss_dB.median ?? 0).toBeLessThan(1.6);
    expect(syntheticHeader(1)).toContain('rx1_dBm');
  });
});
