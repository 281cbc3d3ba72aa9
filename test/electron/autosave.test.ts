import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFileAtomically } from '../../electron/atomic-save';
import { createAutosave, parseAutosave, serializeAutosave } from '../../electron/autosave';

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'lightbench-autosave-'));
  file = path.join(folder, 'autosave.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const NOW = new Date('2026-03-01T12:34:56.000Z');

function realAutosave(overrides: { writeText?: (f: string, t: string) => Promise<unknown> } = {}) {
  return createAutosave({
    file,
    readText: (filePath) => readFile(filePath, 'utf8').catch(() => null),
    writeText: overrides.writeText ?? saveFileAtomically,
    remove: (filePath) => rm(filePath, { force: true }),
    now: () => NOW,
  });
}

describe('autosave file format', () => {
  it('round-trips path, text and the time it was written', () => {
    const text = serializeAutosave({ path: '/data/a.json', text: '{"λ":1}' }, NOW);
    expect(parseAutosave(text)).toEqual({
      path: '/data/a.json',
      text: '{"λ":1}',
      savedAt: '2026-03-01T12:34:56.000Z',
    });
    expect(parseAutosave(serializeAutosave({ path: null, text: '' }, NOW))?.path).toBeNull();
  });

  it.each([
    ['missing', null],
    ['truncated', '{"version":1,"path":null,"text":"ab'],
    ['empty', ''],
    ['not an object', '"text"'],
    ['another version', '{"version":2,"path":null,"text":"","savedAt":"2026-03-01T12:34:56.000Z"}'],
    ['a bad date', '{"version":1,"path":null,"text":"","savedAt":"yesterday"}'],
    ['text missing', '{"version":1,"path":null,"savedAt":"2026-03-01T12:34:56.000Z"}'],
  ])('ignores a %s autosave', (_name, text) => {
    expect(parseAutosave(text)).toBeNull();
  });
});

describe('createAutosave (real files)', () => {
  it('writes, recovers and clears', async () => {
    const autosave = realAutosave();
    await expect(autosave.recoverWork()).resolves.toBeNull();
    await autosave.autosave(null, { path: '/data/a.json', text: '{"a":1}' });
    await expect(autosave.recoverWork()).resolves.toEqual({
      path: '/data/a.json',
      text: '{"a":1}',
      savedAt: NOW.toISOString(),
    });
    await autosave.clearAutosave();
    await expect(autosave.recoverWork()).resolves.toBeNull();
    await expect(autosave.clearAutosave()).resolves.toBeUndefined(); // already gone: fine
  });

  it('ignores a corrupted autosave on disk', async () => {
    await writeFile(file, '{"version":1,"path":nul');
    await expect(realAutosave().recoverWork()).resolves.toBeNull();
  });

  it('skips writes overtaken by a newer autosave, so the newest always wins', async () => {
    const written: string[] = [];
    const autosave = realAutosave({
      writeText: async (filePath, text) => {
        written.push(JSON.parse(text).text as string);
        await saveFileAtomically(filePath, text);
      },
    });
    await Promise.all(
      ['1', '2', '3', '4'].map((text) => autosave.autosave(null, { path: null, text })),
    );
    // All four arrive before the first write starts: only the newest is written.
    expect(written).toEqual(['4']);
    await autosave.autosave(null, { path: null, text: '5' });
    expect(written).toEqual(['4', '5']);
    expect((await autosave.recoverWork())?.text).toBe('5');
  });

  it('never lets an older queued write land after a clear', async () => {
    const autosave = realAutosave();
    const writes = [
      autosave.autosave(null, { path: null, text: 'a' }),
      autosave.autosave(null, { path: null, text: 'b' }),
    ];
    const cleared = autosave.clearAutosave();
    await Promise.all([...writes, cleared]);
    await expect(autosave.recoverWork()).resolves.toBeNull();
  });

  it('rejects with a readable reason when the write fails, and keeps working', async () => {
    const failing = vi.fn(async () => {
      throw Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' });
    });
    const autosave = realAutosave({ writeText: failing });
    await expect(autosave.autosave(null, { path: null, text: 'x' })).rejects.toThrow(
      'Could not write the autosave: the disk is full (ENOSPC)',
    );
    await expect(autosave.recoverWork()).resolves.toBeNull();
    await expect(autosave.idle()).resolves.toBeUndefined();
  });
});
