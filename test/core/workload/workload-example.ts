import { readFileSync } from 'node:fs';
import { parseScenarioText, type Scenario, type Workload } from '../../../core/index';
import { REPO_ROOT } from '../example-scenarios';

/** The shipped workload examples, read as the CLI and the app read them. */
export const WORKLOAD_EXAMPLES = ['dense-70b-16k.json', 'moe-671b-16k.json'] as const;

export function loadWorkloadExample(
  file: (typeof WORKLOAD_EXAMPLES)[number],
): Scenario & { workload: Workload } {
  const parsed = parseScenarioText(readFileSync(`${REPO_ROOT}examples/workload/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.issues)}`);
  const workload = parsed.scenario.workload;
  if (!workload) throw new Error(`${file} has no workload`);
  return { ...parsed.scenario, workload };
}
