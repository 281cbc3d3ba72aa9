import { describe, expect, it } from 'vitest';
import {
  buildBrief,
  parseScenarioText,
  referenceFor,
  roadmapBriefSection,
} from '../../../core/index';
import { exampleJson, loadRoadmapExample } from './fixture';

describe('the brief’s "Roadmap and gates"', () => {
  const scenario = loadRoadmapExample();
  const section = roadmapBriefSection({ scenario, evaluations: [], generatedOn: '2026-12-07' });

  it('says the crossover in one sentence with its date, then the bar and the launch', () => {
    expect(section.html).toContain(
      'Co-packaged optics (51.2T engine) overtakes Pluggable 800G DR8 (DSP) on cost per Gb/s in 2026-05; Co-packaged optics (51.2T engine) clears “Scale-out 2027” in 2026-06; the launch (GA (launch)) is due 2028-01 at P50 and 2028-07 at P90.',
    );
  });
  it('tabulates the gates with their status and names the critical path', () => {
    expect(section.html).toContain(
      '<th scope="row">PVT</th><td>2027-10</td><td>2028-04</td><td>at risk</td>',
    );
    expect(section.html).toContain('fit_demonstrated for supplier-a (supplier data)');
    expect(section.html).toContain(
      'Supplier B laser DVT (2026-10) → Supplier B laser PVT (2027-07) → PVT (2027-10) → GA (launch) (2028-01)',
    );
  });
  it('cites only references the app knows, and its methods appear in the full brief', () => {
    for (const key of section.references) expect(referenceFor(key), key).toBeDefined();
    const brief = buildBrief(scenario, { generatedOn: '2026-12-07' });
    expect(brief).toContain('<h2>Roadmap and gates</h2>');
    expect(brief).toContain('id="method-roadmap-crossover"');
  });
  it('is left out of a scenario without a roadmap', () => {
    const { roadmap: _roadmap, ...rest } = exampleJson();
    const parsed = parseScenarioText(JSON.stringify(rest));
    if (!parsed.ok) throw new Error('should parse');
    expect(
      roadmapBriefSection({ scenario: parsed.scenario, evaluations: [], generatedOn: '2026-12-07' })
        .html,
    ).toBe('');
  });
});
