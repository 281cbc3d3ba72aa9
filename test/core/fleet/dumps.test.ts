import { describe, expect, it } from 'vitest';
import {
  compareFleet,
  createTelemetryImporter,
  dumpTelemetryCsv,
  findDumpEntry,
  parseDumpMap,
  parseEthtool,
  sniffTelemetry,
  type DumpMap,
} from '../../../core/index';
import { fleetScenario, readFixture, readFleetFile } from './fleet-helpers';

function moduleOf(name: string) {
  const parsed = parseEthtool(readFixture(name));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.module;
}

describe('ethtool dumps as fleet telemetry', () => {
  it('tells dumps (text and JSON, both module types) from the fleet CSV', () => {
    expect(sniffTelemetry(readFixture('sff8636-qsfp28.txt'))).toBe('ethtool-text');
    expect(sniffTelemetry(readFixture('cmis-qsfpdd.txt'))).toBe('ethtool-text');
    expect(sniffTelemetry(readFixture('sff8636-qsfp28.json'))).toBe('ethtool-json');
    expect(sniffTelemetry(readFixture('cmis-qsfpdd.json'))).toBe('ethtool-json');
    expect(sniffTelemetry(readFleetFile('telemetry-synthetic.csv'))).toBe('csv');
  });

  it('reads a dump map and rejects rows that cannot name a dump, with their lines', () => {
    const map = parseDumpMap(
      [
        '# which module is which link',
        'link_id,design_id,interface,vendor_sn,timestamp',
        'L1,dr8-hall-a,swp1,,2026-09-01T06:00:00Z',
        'L2,dr8-hall-a,,,',
        'L3,dr8-hall-a,swp3,,2026-09-31T00:00:00Z',
        ',dr8-hall-a,swp4,,',
        'L5,fr4-hall-b,,LB0000000001,',
      ].join('\n'),
    ) as DumpMap;
    expect(map.entries.map((e) => [e.line, e.link_id, e.time_ms])).toEqual([
      [3, 'L1', Date.UTC(2026, 8, 1, 6)],
      [7, 'L5', null],
    ]);
    expect(map.rejected.map((r) => [r.line, r.reason])).toEqual([
      [4, 'no file, interface, vendor_sn: nothing says which dump this row is'],
      [5, 'timestamp "2026-09-31T00:00:00Z" is not ISO 8601'],
      [6, 'no link_id'],
    ]);
    expect(findDumpEntry(map, 'swp1.txt', moduleOf('cmis-qsfpdd.txt'))?.link_id).toBe('L1');
    expect(findDumpEntry(map, 'x.json', moduleOf('sff8636-qsfp28.json'))?.link_id).toBe('L5');
    expect(findDumpEntry(map, 'x.json', moduleOf('cmis-qsfpdd.json'))).toBeNull();
    expect(parseDumpMap('link_id,design_id\nL1,d\n')).toContain('names no key column');
  });

  it('makes one fleet-CSV row per dump: Tx and Rx in dBm, a dead lane empty', () => {
    const module = moduleOf('sff8636-qsfp28.txt');
    const csv = dumpTelemetryCsv(module, { link_id: 'a,b', design_id: 'fr4-hall-b' }, 0);
    const [header, row] = csv.trim().split('\n');
    expect(header).toBe(
      'link_id,design_id,timestamp,tx1_dBm,tx2_dBm,tx3_dBm,tx4_dBm,rx1_dBm,rx2_dBm,rx3_dBm,rx4_dBm,temperature_C',
    );
    // 1.0965 mW → 0.4000 dBm; the third receiver reads 0 mW: no light, an empty cell.
    expect(row?.startsWith('"a,b",fr4-hall-b,1970-01-01T00:00:00.000Z,0.400')).toBe(true);
    expect(row?.split(',').at(-3)).toBe('');
    expect(row?.endsWith(',41.5')).toBe(true);
    const importer = createTelemetryImporter(fleetScenario(), 'swp1.txt');
    importer.push(csv);
    const result = compareFleet(importer.end());
    expect(result.accepted).toBe(1);
    expect(result.designs[0]?.rx_measured_dBm.n).toBe(3);
  });
});
