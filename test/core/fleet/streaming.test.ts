import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFleet, createTelemetryImporter } from '../../../core/index';
import { LineFields } from '../../../core/fleet/fast-fields';
import { LinkTable } from '../../../core/fleet/link-table';
import { placeTime, type RecentTimes } from '../../../core/fleet/telemetry-columns';
import { RECENT_TIMES } from '../../../core/fleet/constants';
import { parseIsoTime, parseIsoTimeAt } from '../../../core/fleet/time';
import { fleetScenario } from './fleet-helpers';

const MS_PER_YEAR = 365.25 * 86_400_000;
const newLink = (): RecentTimes => ({
  times: new Float64Array(0),
  count: 0,
  first: Number.NaN,
  last: Number.NaN,
});

describe('bounded per-link state', () => {
  it('keeps at most 2 × RECENT_TIMES sample times however many arrive', () => {
    const link = newLink();
    for (let k = 0; k < 10_000; k++) expect(placeTime(link, k * 900_000)).toBe('new');
    expect(link.times.length).toBe(2 * RECENT_TIMES);
    expect(link.count).toBeLessThanOrEqual(2 * RECENT_TIMES);
    expect(link.count).toBeGreaterThanOrEqual(RECENT_TIMES);
    expect(link.first).toBe(0);
    expect(link.last).toBe(9999 * 900_000);
  });

  it('finds every duplicate and sorts in every late sample within the window', () => {
    const link = newLink();
    for (let k = 0; k < 1000; k++) placeTime(link, k * 10);
    // The last RECENT_TIMES samples are always held: a repeat of any is a duplicate.
    for (let k = 1000 - RECENT_TIMES; k < 1000; k++)
      expect(placeTime(link, k * 10)).toBe('duplicate');
    // A late sample between two recent ones is new, and then a duplicate.
    expect(placeTime(link, 9985)).toBe('late');
    expect(placeTime(link, 9985)).toBe('duplicate');
    // Older than the window: accepted, but said to be unchecked; before the first: surely new.
    expect(placeTime(link, 15)).toBe('unchecked');
    expect(placeTime(link, -10)).toBe('late');
    expect(link.first).toBe(-10);
  });

  it('before the window ever drops, checks every sample, however late', () => {
    const link = newLink();
    for (const t of [50, 10, 30, 20, 40]) expect(placeTime(link, t)).not.toBe('duplicate');
    for (const t of [10, 20, 30, 40, 50]) expect(placeTime(link, t)).toBe('duplicate');
    expect(Array.from(link.times.subarray(0, link.count))).toEqual([10, 20, 30, 40, 50]);
  });

  it('finds links by the field in place, across table growth', () => {
    const table = new LinkTable<{ id: string; n: number }>();
    const fields = new LineFields();
    for (let k = 0; k < 5000; k++) {
      const line = `link-${k},x`;
      fields.load(line, 0, line.length, false);
      expect(table.find(fields, 0, fields.hash(0))).toBeUndefined();
      table.add({ id: `link-${k}`, n: k }, fields.hash(0));
    }
    for (const k of [0, 1, 1023, 1024, 4999]) {
      const line = `  link-${k} ,x`;
      fields.load(line, 0, line.length, false);
      expect(table.find(fields, 0, fields.hash(0))?.n).toBe(k);
    }
  });
});

describe('ISO 8601 times read in place', () => {
  it('agree with the strict parser on every millisecond-precision UTC time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30 * MS_PER_YEAR, max: 100 * MS_PER_YEAR }),
        fc.boolean(),
        fc.boolean(),
        (ms, zone, fraction) => {
          const iso = new Date(ms).toISOString();
          const text = `${fraction ? iso.slice(0, 23) : iso.slice(0, 19)}${zone ? 'Z' : ''}`;
          expect(parseIsoTimeAt(text, 0, text.length)).toBe(parseIsoTime(text));
        },
      ),
      { seed: 15, numRuns: 2000 },
    );
  });

  it('hand back what they do not read exactly (NaN), and refuse days that do not exist', () => {
    for (const text of [
      '2026-01-01',
      '2026-01-01T00:00:00+02:00',
      '2026-01-01T00:00:00.1Z',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T00:00:60Z',
    ])
      expect(parseIsoTimeAt(text, 0, text.length), text).toBeNaN();
    expect(parseIsoTimeAt('x,2024-02-29 12:00:00,y', 2, 21)).toBe(Date.UTC(2024, 1, 29, 12));
  });
});

describe('the importer on a long link-sorted file', () => {
  it('counts samples per link beyond the window and keeps link-hours exact', () => {
    const importer = createTelemetryImporter(fleetScenario(), 'sorted.csv');
    importer.push('link_id,design_id,timestamp_s,tx1_dBm,rx1_dBm\n');
    const samples = 1000;
    for (let k = 0; k < samples; k++) importer.push(`L1,dr8-hall-a,${k * 3600},0.5,-2.5\n`);
    importer.push('L1,dr8-hall-a,0,0.5,-2.5\n');
    const result = compareFleet(importer.end());
    expect(result.accepted).toBe(samples + 1);
    expect(result.late_unchecked).toBe(1);
    expect(result.designs[0]?.worst_links).toEqual([]);
    expect(result.designs[0]?.link_hours).toBe(samples - 1);
  });
});
