import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUICK_SIZES, formatSummary, runFuzz } from './harness';
import { runInProcess } from './run-inprocess';
import { captureConsole, checkDatasheetCsv, checkScenarioText } from './checks';
import { generateCsv } from './csv-generator';
import { Rng, STREAM } from './rng';
import { mutateScenario } from './scenario-mutator';
import { loadSeedFiles } from './seeds';
import { prototypePollution, snapshotPrototypes } from './pollution';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** A fixed seed: the unit suite runs the same inputs every time (`npm run fuzz` draws new ones). */
const SEED = 18_018;

describe('fuzz harness, quick size (issue 18)', () => {
  beforeAll(() => {
    if (!existsSync(path.join(repoRoot, 'dist/cli/lightbench.mjs')))
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repoRoot });
  });

  it('finds no crash, hang, NaN/Infinity, pollution or left file in any campaign', async () => {
    const results = await runFuzz({ seed: SEED, sizes: QUICK_SIZES, repoRoot, parallel: true });
    const summary = formatSummary(results, SEED);
    expect(results.map((r) => [r.name, r.inputs >= 1])).toEqual([
      ['scenarios', true],
      ['csv', true],
      ['cli', true],
      ['kill-save', true],
    ]);
    expect(results.map((r) => r.inputs).slice(0, 3)).toEqual([
      QUICK_SIZES.scenarios,
      QUICK_SIZES.csv,
      QUICK_SIZES.cli,
    ]);
    expect(
      results.reduce((sum, r) => sum + r.defects, 0),
      summary,
    ).toBe(0);
  }, 60_000);
});

describe('the harness itself', () => {
  it('draws the same input for the same seed and index, and another for another seed', () => {
    const seeds = loadSeedFiles(repoRoot);
    const draw = (seed: number, index: number) =>
      mutateScenario(seeds, new Rng(seed, STREAM.scenarios, index));
    expect(draw(7, 123).text).toBe(draw(7, 123).text);
    expect(draw(7, 123).mutations).toEqual(draw(7, 123).mutations);
    const texts = new Set(Array.from({ length: 20 }, (_, i) => draw(8, i).text));
    expect(texts.size).toBeGreaterThan(15);
    expect(generateCsv(new Rng(7, STREAM.csv, 5)).text).toBe(
      generateCsv(new Rng(7, STREAM.csv, 5)).text,
    );
  });

  it('sees a polluted prototype, names the key and removes it', () => {
    const before = snapshotPrototypes();
    Object.defineProperty(Object.prototype, 'fuzzPolluted', { value: 1, configurable: true });
    expect(prototypePollution(before)).toEqual(['Object.prototype.fuzzPolluted']);
    expect(Object.hasOwn(Object.prototype, 'fuzzPolluted')).toBe(false);
    expect(prototypePollution(before)).toEqual([]);
  });

  it('the checks can fail: console noise and an unreported duplicate are caught', () => {
    const noisy = captureConsole(() => {
      console.warn('Duplicate headers found and renamed.');
      return 1;
    });
    expect(noisy).toEqual({
      value: 1,
      printed: ['console.warn: Duplicate headers found and renamed.'],
    });
    // Text that is not JSON is an issue, not a crash; a clean CSV has no finding.
    expect(checkScenarioText('{')).toEqual({ nonFinite: [], other: [] });
    const example = readFileSync(path.join(repoRoot, 'examples/field-measured.json'), 'utf8');
    expect(checkScenarioText(example, true)).toEqual({ nonFinite: [], other: [], accepted: 1 });
    expect(
      checkDatasheetCsv({ text: 'name,base\nX,dr8-800g\n', existingIds: [], notes: [] }),
    ).toEqual({ nonFinite: [], other: [], accepted: 1 });
    // A duplicate the generator planted must be named by the import.
    const duplicate = checkDatasheetCsv({
      text: 'name,base,fit, fit \nX,dr8-800g,1,2\n',
      existingIds: [],
      notes: ['duplicate header "fit"'],
    });
    expect(duplicate).toEqual({ nonFinite: [], other: [], accepted: 0 });
    const unnamed = checkDatasheetCsv({
      text: 'name,base,fit\nX,dr8-800g,1\n',
      existingIds: [],
      notes: ['duplicate header "fit"'],
    });
    expect(unnamed.other).toEqual(['duplicate column "fit" not reported by name']);
  });

  it('an input past its time limit is a hang, and the campaign goes on with the next one', async () => {
    // A limit of 0 ms: every input is past it, whether the watchdog or the answer comes first.
    const result = await runInProcess({
      campaign: 'csv',
      seed: SEED,
      count: 3,
      limit_ms: 0,
      repoRoot,
    });
    expect(result.inputs).toBe(3);
    expect(result.counts.hangs).toBe(3);
    expect(result.counts.crashes).toBe(0);
  }, 30_000);
});
