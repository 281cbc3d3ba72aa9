import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIO_SCHEMA_VERSION, parseScenario, parseScenarioText } from '../../../core/index';
import type { ParseResult } from '../../../core/index';
import { readExampleText } from '../example-scenarios';

const RUNS = { seed: 1_717, numRuns: 500 } as const;

function checkShape(result: ParseResult): void {
  if (result.ok) {
    expect(result.scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message).toMatch(/\S/);
    }
  }
}

/** Every path (as keys) to a value inside a JSON tree. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const here = [[...prefix]];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return here;
}

function replaceAt(
  root: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string | number] = replaceAt(copy[head as string | number], rest, replacement);
  return copy;
}

const example = JSON.parse(readExampleText('datacenter-pmds.json')) as unknown;
const examplePaths = pathsOf(example);

describe('parseScenario never throws (fast-check)', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkShape(parseScenario(value))),
      RUNS,
    );
  });

  it('on arbitrary values, including undefined, NaN, −0 and sparse arrays', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (value) =>
        checkShape(parseScenario(value)),
      ),
      RUNS,
    );
  });

  it('on the example with any field replaced by anything', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examplePaths),
        fc.oneof(
          fc.jsonValue(),
          fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, undefined),
        ),
        (path, replacement) => checkShape(parseScenario(replaceAt(example, path, replacement))),
      ),
      RUNS,
    );
  });

  it('on arbitrary text, via parseScenarioText', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => checkShape(parseScenarioText(text))),
      RUNS,
    );
  });
});
