import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBrief, parseScenarioText, type Scenario } from '../../../core/index';
import { suppliersBriefSection } from '../../../core/suppliers/brief-section';
import { quartiles } from '../../../core/suppliers/box-plot-svg';
import { supplierMilestones, supplierEvidence } from '../../../core/suppliers/milestones';
import { loadExample } from '../example-scenarios';

function example(): Scenario {
  const parsed = parseScenarioText(readFileSync('examples/suppliers/suppliers-dr8.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not parse');
  const suppliers = parsed.scenario.suppliers;
  if (!suppliers) throw new Error('example has no suppliers');
  return {
    ...parsed.scenario,
    suppliers: {
      ...suppliers,
      monte_carlo: { draws: 5000, seed: 1, mode: 'bootstrap' },
    },
  };
}

describe('suppliers brief section', () => {
  it('has the tables, a box plot per limited parameter, the matrix and the provenance', () => {
    const scenario = example();
    const section = suppliersBriefSection({ scenario, evaluations: [], generatedOn: '2026-12-07' });
    expect(section.html).toContain('<h2>Supplier qualification</h2>');
    expect(section.html).toContain('Interoperability: link yield, Tx supplier × Rx supplier');
    // Six limits; no report measures the average launch power, so it gets no chart.
    expect(section.html.match(/<svg /g)?.length).toBe(5);
    expect(section.html).toContain(scenario.suppliers?.suppliers[1]?.reports[0]?.sha256);
    expect(section.html).toMatch(
      /Not capable \(Cpk &lt; 1\.0\): Corvid Networks \(synthetic\) on TDECQ/,
    );
    expect(section.methods).toContain('supplier-link-yield');
    const brief = buildBrief(scenario, { generatedOn: '2026-12-07' });
    expect(brief).toContain('id="suppliers"');
    expect(brief).toContain('Link yield by Monte Carlo through the link budget');
  });

  it('is left out without suppliers', () => {
    const scenario = loadExample('datacenter-pmds.json');
    expect(
      suppliersBriefSection({ scenario, evaluations: [], generatedOn: '2026-12-07' }).html,
    ).toBe('');
    expect(supplierMilestones(scenario)).toEqual([]);
    expect(supplierEvidence(scenario)).toEqual([]);
  });
});

describe('roadmap hand-off', () => {
  it('lists each promised date as a milestone', () => {
    const milestones = supplierMilestones(example());
    expect(milestones).toHaveLength(9);
    expect(milestones[0]).toEqual({
      supplier: 'acme',
      supplier_name: 'Acme Photonics (synthetic)',
      milestone: 'sample',
      date_iso: '2026-10-15',
    });
  });
});

describe('quartiles', () => {
  it('interpolates like a spreadsheet (type 7)', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 });
  });
});
