import { num } from '../../helpers/expect-close';
import { describe, expect, it } from 'vitest';
import { buildBrief, evaluateScenario, setAtPath, type Scenario } from '../../../core/index';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../../core/index';

function load(file: string): Scenario {
  const parsed = parseScenarioText(
    readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(file);
  return parsed.scenario;
}

const scenario = load('technology-comparison.json');
const html = buildBrief(scenario, { generatedOn: '2026-11-24' });

describe('the trade-off brief', () => {
  it('is one self-contained HTML document: no scripts, no external stylesheets, images or fonts', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/<img[^>]+src="https?:/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('<svg');
    expect(html).toContain('<math');
  });

  it('is reproducible for the same scenario and date', () => {
    expect(buildBrief(scenario, { generatedOn: '2026-11-24' })).toBe(html);
  });

  it('answers the question with the scorecard of the launch criteria', () => {
    const evaluations = evaluateScenario(scenario);
    expect(html).toContain('<section id="summary">');
    expect(html).toContain(`Scorecard: ${scenario.launch_criteria?.[0]?.name}`);
    for (const e of evaluations) expect(html).toContain(e.design.name.replace(/&/g, '&amp;'));
    // The Bailly-class CPO passes the Scale-out 2027 bar and the 800G DR8 does not.
    const row = (name: string) =>
      html.slice(html.indexOf(`<th scope="row">${name}`)).split('</tr>')[0] ?? '';
    expect(row('CPO 51.2T switch')).toContain('<strong>PASS</strong>');
    expect(row('800G DR8')).toContain('<strong>FAIL</strong>');
  });

  it('shows the same numbers the core computes', () => {
    const dr8 = evaluateScenario(scenario).find((e) => e.design.id === 'dr8-800g');
    expect(html).toContain(`<td>${num(dr8?.metrics.values.energy_pJ_per_bit).toFixed(2)}</td>`);
  });

  it('lists every input with its source, year and kind, and what differs from the catalog', () => {
    expect(html).toContain('<section id="assumptions">');
    expect(html).toContain('Unchanged from the catalog entry');
    const edited: Scenario = {
      ...scenario,
      designs: scenario.designs.map((d, i) =>
        i === 0 ? setAtPath(d, 'technology.cost.module_usd', 77) : d,
      ),
    };
    const editedHtml = buildBrief(edited, { generatedOn: '2026-11-24' });
    expect(editedHtml).toMatch(
      /Changed from the catalog entry[\s\S]*?technology\.cost\.module_usd[\s\S]*?<strong>77<\/strong>/,
    );
    for (const design of scenario.designs) {
      for (const provenance of Object.values(design.provenance ?? {}))
        expect(html).toContain(`id="ref-${provenance.source}"`);
    }
  });

  it('links each metric to its method, and includes the methods with typeset equations', () => {
    expect(html).toContain('href="#method-energy-per-bit"');
    expect(html).toContain('id="method-energy-per-bit"');
    expect(html).toContain('id="method-link-budget"');
  });

  it('says so when there are no launch criteria', () => {
    const none = buildBrief({ ...scenario, launch_criteria: [] }, { generatedOn: '2026-11-24' });
    expect(none).toContain('The scenario sets no launch criteria.');
  });
});
