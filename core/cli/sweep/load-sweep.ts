import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import {
  formatIssues,
  formatPath,
  planSweep,
  sweepSpecSchema,
  type Scenario,
  type SweepPlan,
  type SweepSpec,
} from '../../index';
import { CliInputError, readScenarioFile } from '../read-scenario';

/** A spec, its scenario and the plan resolved from both: everything a sweep needs to run. */
export interface LoadedSweep {
  readonly spec: SweepSpec;
  readonly scenario: Scenario;
  readonly scenarioPath: string;
  readonly plan: SweepPlan;
}

function bound(value: unknown, inclusive: boolean, below: boolean): string {
  return `${below ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${String(value)}`;
}

/** Zod's wording turned into "must be …" with the allowed range or values. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const below = issue.code === 'too_small';
      const limit = below ? issue.minimum : issue.maximum;
      const what =
        issue.origin === 'array'
          ? `${below ? 'at least' : 'at most'} ${String(limit)} entries`
          : issue.origin === 'string'
            ? 'a non-empty string'
            : bound(limit, issue.inclusive ?? true, below);
      return `must be ${what}, got ${issue.input === undefined ? 'a value outside it' : JSON.stringify(issue.input)}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(issue.input)}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined)
        return `must be one of ${('options' in issue ? (issue.options ?? []) : []).map((o) => JSON.stringify(o)).join(', ')}`;
      return 'must be a range {path, from, to, steps?, scale?}, a list {path, values} or a sampled {path, range?}';
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${issue.expected})`
        : `must be ${issue.expected}, got ${JSON.stringify(issue.input)}`;
    default:
      return issue.message;
  }
}

/** How badly a union branch misfits: wrong or missing fields weigh more than bad values. */
function misfit(issues: readonly z.core.$ZodIssue[]): number {
  return issues.reduce(
    (sum, issue) =>
      sum +
      (issue.code === 'unrecognized_keys' ||
      (issue.code === 'invalid_type' && issue.input === undefined)
        ? 100
        : 1),
    0,
  );
}

/**
 * Issues as "path: message". A union (a parameter) that fails on values only is reported through
 * the branch it matches by shape, so "parameters[0].steps: must be ≥ 1" names the real field.
 */
function flatten(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PropertyKey[],
): { path: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => misfit(a) - misfit(b))[0];
      if (best && misfit(best) < 100) return flatten(best, path);
    }
    return [{ path: formatPath(path), message: issueMessage(issue) }];
  });
}

/** Reads and validates a sweep spec; bad files throw CliInputError naming every bad field. */
export function readSpecFile(path: string): SweepSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : String(error)}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = sweepSpecSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = flatten(parsed.error.issues, []);
    throw new CliInputError(
      `${path} is not a valid sweep spec:\n${formatIssues(issues).replace(/^/gm, '  ')}`,
    );
  }
  return parsed.data;
}

/**
 * Loads a spec, its scenario (`scenarioOverride`, else the spec's `scenario`, relative to the
 * spec file) and plans the sweep.
 */
export function loadSweep(specPath: string, scenarioOverride?: string): LoadedSweep {
  const spec = readSpecFile(specPath);
  const scenarioPath =
    scenarioOverride ??
    (spec.scenario === undefined ? undefined : resolve(dirname(specPath), spec.scenario));
  if (scenarioPath === undefined)
    throw new CliInputError(
      `${specPath}: scenario: is required (the scenario file, relative to the spec), or pass --scenario`,
    );
  const scenario = readScenarioFile(scenarioPath);
  const planned = planSweep(spec, scenario);
  if (!planned.ok)
    throw new CliInputError(
      `${specPath} does not fit ${scenarioPath}:\n${formatIssues(planned.issues).replace(/^/gm, '  ')}`,
    );
  return { spec, scenario, scenarioPath, plan: planned.plan };
}
