import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRoadmap, parseScenarioText } from '../../../core/index';

const files = [
  ...readdirSync('examples')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `examples/${f}`),
  ...readdirSync('examples/roadmap')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `examples/roadmap/${f}`),
];

describe('every shipped example under the roadmap schema', () => {
  it.each(files)(
    '%s migrates to version 3, keeps every value, and any roadmap evaluates',
    (file) => {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const parsed = parseScenarioText(JSON.stringify(raw));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      expect(parsed.scenario.schemaVersion).toBe(3);
      const { schemaVersion: _before, ...kept } = raw;
      const { schemaVersion: _after, ...loaded } = parsed.scenario;
      expect(loaded).toEqual(kept);
      if (parsed.scenario.roadmap) expect(evaluateRoadmap(parsed.scenario).ok).toBe(true);
    },
  );
  it('includes the roadmap example', () => {
    expect(files).toContain('examples/roadmap/dr8-lpo-cpo.json');
  });
});
