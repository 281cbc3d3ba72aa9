import { describe, expect, it } from 'vitest';
import {
  SCENARIO_SCHEMA_VERSION,
  formatIssues,
  formatPath,
  parseScenario,
  parseScenarioText,
} from '../../../core/index';
import type { ScenarioIssue } from '../../../core/index';
import { EXAMPLE_FILES, readExampleText } from '../example-scenarios';

type Mutable = Record<string, unknown>;

/** The DC example as a plain object, changed by `change`, then parsed. */
function parseChanged(change: (scenario: Mutable & { designs: Mutable[] }) => void) {
  const scenario = JSON.parse(readExampleText('datacenter-pmds.json')) as Mutable & {
    designs: Mutable[];
  };
  change(scenario);
  return parseScenario(scenario);
}

/** Sets (or, with `undefined`, deletes) the value at a key path inside a parsed JSON tree. */
function setIn(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

const D0 = ['designs', 0] as const;

function issuesOf(result: ReturnType<typeof parseScenario>): readonly ScenarioIssue[] {
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues;
}

describe('the shipped examples', () => {
  it.each(EXAMPLE_FILES)('%s parses at the current schema version', (file) => {
    const result = parseScenarioText(readExampleText(file));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) {
      expect(result.scenario.schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
      expect(result.scenario.designs.length).toBeGreaterThan(0);
    }
  });
});

describe('invalid scenarios: exact path and message', () => {
  it.each([
    [
      'a negative length',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'channel', 'length_m'], -5),
      'designs[0].channel.length_m',
      '-5 is below the minimum (allowed 0 … 10000000 m)',
    ],
    [
      'a BER of 2',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'target_ber'], 2),
      'designs[0].target_ber',
      '2 is above the maximum (allowed 1e-18 … 0.5)',
    ],
    [
      'NaN',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'channel', 'length_m'], Number.NaN),
      'designs[0].channel.length_m',
      'must be a finite number, got NaN (allowed 0 … 10000000 m)',
    ],
    [
      'Infinity',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'tx', 'oma_dBm'], Number.POSITIVE_INFINITY),
      'designs[0].tx.oma_dBm',
      'must be a finite number, got Infinity (allowed -40 … 20 dBm)',
    ],
    [
      'a string where a number belongs',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'channel', 'length_m'], '500'),
      'designs[0].channel.length_m',
      'must be a finite number, got "500" (allowed 0 … 10000000 m)',
    ],
    [
      'an unknown FEC',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'fec'], 'rs'),
      'designs[0].fec',
      'must be one of "kp4", "kr4", "none"',
    ],
    [
      'a missing number',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'channel', 'length_m'], undefined),
      'designs[0].channel.length_m',
      'is required (allowed 0 … 10000000 m)',
    ],
    [
      'a missing section',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'fiber'], undefined),
      'designs[0].fiber',
      'is required (an object)',
    ],
    [
      'a wavelength above the range',
      (s: { designs: Mutable[] }) => setIn(s, [...D0, 'lane', 'wavelength_nm'], 2000),
      'designs[0].lane.wavelength_nm',
      '2000 is above the maximum (allowed 400 … 1700 nm)',
    ],
    [
      'a duplicate design id',
      (s: { designs: Mutable[] }) => {
        setIn(s, ['designs', 1, 'id'], 'FR-dup');
        setIn(s, ['designs', 2, 'id'], 'FR-dup');
      },
      'designs[2].id',
      'duplicate design id "FR-dup"',
    ],
    [
      'schemaVersion 0',
      (s: Mutable) => setIn(s, ['schemaVersion'], 0),
      'schemaVersion',
      `must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}`,
    ],
    [
      'schemaVersion "1" (a string)',
      (s: Mutable) => setIn(s, ['schemaVersion'], '1'),
      'schemaVersion',
      `must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}`,
    ],
    [
      'schemaVersion 99',
      (s: Mutable) => setIn(s, ['schemaVersion'], 99),
      'schemaVersion',
      `99 is newer than this Lightbench understands (up to ${SCENARIO_SCHEMA_VERSION}); update Lightbench`,
    ],
    [
      'schemaVersion missing',
      (s: Mutable) => setIn(s, ['schemaVersion'], undefined),
      'schemaVersion',
      `must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}`,
    ],
  ] as const)('%s', (_case, change, path, message) => {
    expect(issuesOf(parseChanged(change))).toEqual([{ path, message }]);
  });

  // A whole-number field given a fraction should read like every other range message, as
  // core/scenario/fields.ts builds it. parse.ts rewrites every invalid_type issue whose message
  // does not start with "must"/"is required", and zod reports `.int()` as invalid_type
  // (expected "int"), so the message becomes "must be an int, 1.5 is not a whole number (…)".
  it('a fraction where a whole number belongs', () => {
    const result = parseChanged((s) => setIn(s, [...D0, 'channel', 'connectors'], 1.5));
    expect(issuesOf(result)).toEqual([
      {
        path: 'designs[0].channel.connectors',
        message: '1.5 is not a whole number (allowed 0 … 100 connectors, whole number)',
      },
    ]);
  });

  // pam_levels is a z.union of literals: zod reports invalid_union (no `values`), and parse.ts
  // falls back to zod's bare "Invalid input", which names neither the value nor the choices.
  it('a PAM order that is not 2, 4, 6 or 8 names the allowed orders', () => {
    const result = parseChanged((s) => setIn(s, [...D0, 'lane', 'pam_levels'], 3));
    expect(issuesOf(result)).toEqual([
      { path: 'designs[0].lane.pam_levels', message: 'must be one of 2, 4, 6, 8' },
    ]);
  });

  it('an unknown design kind names the allowed kinds', () => {
    const [issue, ...rest] = issuesOf(parseChanged((s) => setIn(s, [...D0, 'kind'], 'wdm')));
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('designs[0].kind');
    expect(issue?.message).toMatch(/imdd/);
    expect(issue?.message).toMatch(/coherent/);
  });

  // parse.ts maps zod's unrecognized_keys to "unknown field: …", but every object schema is a
  // plain (stripping) z.object, so a misspelt optional field is silently dropped: here the
  // measured loss is ignored and the computed loss is used instead, with no warning.
  it('a misspelt optional field is reported, not silently dropped', () => {
    const result = parseChanged((s) => setIn(s, [...D0, 'channel', 'measured_loss_db'], 4.2));
    expect(issuesOf(result)).toEqual([
      { path: 'designs[0].channel', message: 'unknown field: measured_loss_db' },
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const result = parseChanged((s) => {
      setIn(s, [...D0, 'channel', 'length_m'], -1);
      setIn(s, [...D0, 'tx', 'oma_dBm'], 'loud');
    });
    expect(
      issuesOf(result)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['designs[0].channel.length_m', 'designs[0].tx.oma_dBm']);
  });
});

describe('files that are not scenarios', () => {
  it.each([
    ['an array', []],
    ['null', null],
    ['a number', 3],
    ['a string', 'designs'],
    ['nothing', undefined],
  ])('%s is rejected as a whole', (_case, raw) => {
    expect(parseScenario(raw)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'a scenario file must hold a JSON object' }],
    });
  });

  it.each(['{"schemaVersion": 1,', '', 'NaN', "{'single': 'quotes'}", '{"a": 1} trailing'])(
    'malformed JSON %j is an issue, not an exception',
    (text) => {
      const result = parseScenarioText(text);
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe('');
      expect(issues[0]?.message).toMatch(/^not valid JSON: \S/);
    },
  );
});

describe('a byte-order mark (fuzz finding, issue 18)', () => {
  it.each(EXAMPLE_FILES)('%s with a BOM loads as the same scenario', (file) => {
    const text = readExampleText(file);
    const plain = parseScenarioText(text);
    const marked = parseScenarioText(`\uFEFF${text}`);
    expect(plain.ok).toBe(true);
    expect(marked).toEqual(plain);
  });

  it('only a leading BOM is skipped: one inside the text is still malformed JSON', () => {
    const result = parseScenarioText('{"schemaVersion":\uFEFF 3}');
    expect(result.ok).toBe(false);
  });
});

describe('formatting', () => {
  it.each([
    [['designs', 0, 'channel', 'length_m'], 'designs[0].channel.length_m'],
    [['schemaVersion'], 'schemaVersion'],
    [[], ''],
    [['designs', 12, 'provenance', 'tx.oma_dBm'], 'designs[12].provenance.tx.oma_dBm'],
  ] as const)('formatPath(%j) = %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it('formatIssues writes "path: message" lines, bare messages for the whole file', () => {
    expect(
      formatIssues([
        { path: '', message: 'a scenario file must hold a JSON object' },
        { path: 'designs[0].fec', message: 'must be one of "kp4", "kr4", "none"' },
      ]),
    ).toBe(
      'a scenario file must hold a JSON object\ndesigns[0].fec: must be one of "kp4", "kr4", "none"',
    );
  });
});
