import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSuppliers, formatIssues, parseScenarioText } from '../../../core/index';

const example = JSON.parse(readFileSync('examples/suppliers/suppliers-dr8.json', 'utf8')) as Record<
  string,
  unknown
> & {
  suppliers: {
    suppliers: { reports: { sha256: string }[] }[];
    limits: unknown[];
    monte_carlo: Record<string, unknown>;
  };
};

function messages(scenario: unknown): string {
  const parsed = parseScenarioText(JSON.stringify(scenario));
  return parsed.ok ? '' : formatIssues(parsed.issues);
}

describe('the suppliers section of the scenario', () => {
  it('a version-2 file migrates with no suppliers section, and there is nothing to analyse', () => {
    const parsed = parseScenarioText(
      readFileSync('test/fixtures/scenarios/v2/datacenter-pmds.json', 'utf8'),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.scenario.suppliers).toBeUndefined();
      expect(analyzeSuppliers(parsed.scenario)).toBeNull();
    }
  });

  it('names the field and the allowed range of a bad value', () => {
    const bad = structuredClone(example);
    const report = bad.suppliers.suppliers[0]?.reports[0];
    if (report) report.sha256 = 'abc';
    bad.suppliers.limits = [{ parameter: 'tdecq_dB', source: 'typed' }];
    bad.suppliers.monte_carlo = { ...bad.suppliers.monte_carlo, draws: 10, length_m: [500, 2] };
    const text = messages(bad);
    expect(text).toContain(
      'suppliers.suppliers[0].reports[0].sha256: must be 64 lower-case hex digits',
    );
    expect(text).toContain(
      'suppliers.monte_carlo.draws: 10 is below the minimum (allowed 1000 … 10000000 draws, whole number)',
    );
    expect(text).toContain('suppliers.limits[0]: tdecq_dB: give lsl, usl or both');
    expect(text).toContain(
      'suppliers.monte_carlo.length_m: the range [500, 2] runs backwards (allowed min ≤ max)',
    );
  });
});
