import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './sweep-fixture';
import { writeOutputFile } from '../../core/cli/output-file';

const example = 'examples/datacenter-pmds.json';

/** An output the CLI cannot write is bad input (exit 2, the reason), never an unexpected error. */
describe('outputs the CLI cannot write (fuzz finding, issue 18)', () => {
  it('brief --out into a folder that does not exist: exit 2, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lightbench-out-'));
    const target = join(dir, 'no-folder', 'brief.html');
    const { code, err } = await run('brief', example, '--out', target, '--date', '2026-12-07');
    expect(code).toBe(2);
    expect(err).toBe(`lightbench: --out: cannot write ${target}: its folder does not exist\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('brief --out onto a folder: exit 2, and no partial file left beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lightbench-out-'));
    mkdirSync(join(dir, 'taken'));
    const { code, err } = await run('brief', example, '--out', join(dir, 'taken'));
    expect(code).toBe(2);
    expect(err).toContain('cannot write');
    expect(err).toContain('it is a folder');
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('sweep and merge --out into a missing folder: exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lightbench-out-'));
    const sweep = await run(
      'sweep',
      'examples/sweeps/length-1d.json',
      '--out',
      join(dir, 'missing', 'out.csv'),
      '--workers',
      '1',
    );
    expect(sweep.code).toBe(2);
    expect(sweep.err).toContain('its folder does not exist');
    writeFileSync(join(dir, 'part.csv'), 'x\n');
    const merge = await run('merge', join(dir, 'part.csv'), '--out', join(dir, 'missing', 'm.csv'));
    expect(merge.code).toBe(2);
    expect(merge.err).toContain('its folder does not exist');
    expect(readdirSync(dir)).toEqual(['part.csv']);
  });

  it('writeOutputFile writes the whole text and leaves only the target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lightbench-out-'));
    writeOutputFile('--out', join(dir, 'a.json'), '{"a":1}\n');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});
