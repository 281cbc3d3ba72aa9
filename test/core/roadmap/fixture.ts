import { readFileSync } from 'node:fs';
import { parseScenarioText, type Roadmap, type Scenario } from '../../../core/index';

/** The shipped roadmap example, parsed as the app and the CLI parse it. */
export const ROADMAP_EXAMPLE = 'examples/roadmap/dr8-lpo-cpo.json';

export function exampleJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(ROADMAP_EXAMPLE, 'utf8')) as Record<string, unknown>;
}

export function parse(json: unknown): ReturnType<typeof parseScenarioText> {
  return parseScenarioText(JSON.stringify(json));
}

export function loadRoadmapExample(): Scenario {
  const result = parse(exampleJson());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

/** The example scenario with its roadmap replaced (parsed, so the schema checks it). */
export function withRoadmap(roadmap: Roadmap): Scenario {
  const result = parse({ ...exampleJson(), roadmap });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

export const EST = { source: 'ROADMAP_EXAMPLE_EST', year: 2026, kind: 'estimate' as const };
