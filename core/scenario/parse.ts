import type { z } from 'zod';
import { formatValue } from './fields';
import { migrateScenario } from './migrate';
import { scenarioSchema, type Scenario } from './schema';

/** One problem in a scenario file: where it is and what is wrong, in words a user can act on. */
export interface ScenarioIssue {
  /** Field path such as "designs[0].channel.length_m"; "" for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** What the file holds that this version keeps but does not use, field by field. */
      readonly warnings: readonly ScenarioIssue[];
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  // Rewrite only zod's own wording; messages built by numberIn already name the range.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
    return issue.message.endsWith('received undefined')
      ? `is required (${article} ${issue.expected})`
      : `must be ${article} ${issue.expected}, ${issue.message.replace(/^.*received /, 'got ')}`;
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
    const expected = 'values' in issue ? issue.values.map((v) => formatValue(v)).join(', ') : '';
    return expected ? `must be one of ${expected}` : issue.message;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  return issue.message;
}

const KNOWN_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(Object.keys(scenarioSchema.shape));

function unknownTopLevelKeys(scenario: Scenario): ScenarioIssue[] {
  return Object.keys(scenario)
    .filter((key) => !KNOWN_TOP_LEVEL_KEYS.has(key))
    .map((key) => ({
      path: key,
      message: 'not a field this version of Lightbench knows: kept in the file as is, not used',
    }));
}

/** Validates and migrates a parsed scenario object. Never throws. */
export function parseScenario(raw: unknown): ParseResult {
  const migrated = migrateScenario(raw);
  if (!migrated.ok) return migrated;
  const result = scenarioSchema.safeParse(migrated.value);
  if (result.success)
    return { ok: true, scenario: result.data, warnings: unknownTopLevelKeys(result.data) };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issueMessage(issue),
    })),
  };
}

/**
 * Parses scenario JSON text. Never throws: malformed JSON is an issue like any other. A leading
 * byte-order mark (written by some editors; JSON.parse rejects it) is skipped.
 */
export function parseScenarioText(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${reason}` }] };
  }
  return parseScenario(raw);
}

/** Issues as lines "path: message", for the CLI and error dialogs. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    .join('\n');
}
