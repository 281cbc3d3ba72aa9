import type { Scenario } from '../../../core';
import { parseScenarioText } from '../../../core';
import exampleText from '../../../examples/datacenter-pmds.json?raw';

/**
 * The scenario shown on first run: the same example file the CLI and docs use, parsed by the same
 * loader, so a broken example fails loudly here instead of showing half a scenario.
 */
export function firstRunScenario(): Scenario {
  const parsed = parseScenarioText(exampleText);
  if (!parsed.ok) {
    const detail = parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
    throw new Error(`The bundled example scenario is invalid:\n${detail}`);
  }
  return parsed.scenario;
}
