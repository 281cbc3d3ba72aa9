import { readFileSync } from 'node:fs';
import { formatIssues, parseScenario, planSweep, runSweepRange, type Scenario } from '../../index';
import { CliInputError } from '../read-scenario';
import { readResultsCsv } from './results-csv';
import { isResultsJson, resultsFromJson } from './results-json';
import type { ResultsTable } from './results-table';

/**
 * What `pareto` and `criteria` accept: a scenario (its designs, each evaluated once) or sweep
 * results written by `lightbench sweep` (CSV or JSON). A scenario becomes a one-point sweep with
 * no parameters, so both go through the same core runner and get the same row statuses.
 */
export type ResultsInput =
  | { readonly kind: 'scenario'; readonly scenario: Scenario; readonly table: ResultsTable }
  | { readonly kind: 'results'; readonly table: ResultsTable; readonly criteria: string | null };

export function scenarioTable(scenario: Scenario, criteria?: string): ResultsTable {
  const planned = planSweep(
    {
      schemaVersion: 1,
      parameters: [],
      sampling: { method: 'grid' },
      ...(criteria === undefined ? {} : { criteria }),
    },
    scenario,
  );
  if (!planned.ok) throw new CliInputError(formatIssues(planned.issues));
  const { plan } = planned;
  return {
    designs: plan.designs.map((d) => d.id),
    paths: [],
    metrics: plan.metrics,
    judged: plan.criteria !== null,
    columns: runSweepRange(plan, scenario.assumptions, 0, 1),
  };
}

export function readResultsInput(path: string): ResultsInput {
  if (/\.csv$/i.test(path)) return { kind: 'results', table: readResultsCsv(path), criteria: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new CliInputError(`${path} is not valid JSON: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
  if (isResultsJson(raw)) {
    const { head, table } = resultsFromJson(raw, path);
    return { kind: 'results', table, criteria: head.criteria };
  }
  const parsed = parseScenario(raw);
  if (!parsed.ok)
    throw new CliInputError(
      `${path} is neither sweep results nor a valid scenario:\n${formatIssues(parsed.issues).replace(/^/gm, '  ')}`,
    );
  return { kind: 'scenario', scenario: parsed.scenario, table: scenarioTable(parsed.scenario) };
}
