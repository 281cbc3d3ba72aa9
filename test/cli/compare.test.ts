import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../core/catalog/index';
import { COMPARE_CSV_COLUMNS, compareCsv } from '../../core/cli/commands/compare';
import { DEFAULT_ASSUMPTIONS } from '../../core/scenario/defaults';
import { SCENARIO_SCHEMA_VERSION, type Design, type Scenario } from '../../core/scenario/schema';

const scenarioOf = (designs: Design[]): Scenario => ({
  schemaVersion: SCENARIO_SCHEMA_VERSION,
  name: 'compare',
  assumptions: DEFAULT_ASSUMPTIONS,
  designs,
});

describe('compare --csv', () => {
  it('writes the header row even for a scenario with no designs (fuzz finding, issue 18)', () => {
    const csv = compareCsv(scenarioOf([]));
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([[...COMPARE_CSV_COLUMNS]]);
    expect(COMPARE_CSV_COLUMNS.slice(0, 3)).toEqual(['id', 'name', 'category']);
    expect(COMPARE_CSV_COLUMNS).toContain('energy_pJ_per_bit');
  });

  it('has the same columns, in the same order, when there are designs', () => {
    const designs = CATALOG.slice(0, 2);
    const rows = Papa.parse<string[]>(compareCsv(scenarioOf(designs)).trim()).data;
    expect(rows[0]).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(designs.map((d) => d.id));
  });
});
