import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  addRecent,
  createRecentFiles,
  MAX_RECENT_FILES,
  parseRecentFiles,
  removeRecent,
  serializeRecentFiles,
} from '../../electron/recent-files';

const FILE = '/userData/recent-files.json';
const p = (name: string): string => path.resolve('/data', name);

describe('recent list logic', () => {
  it('puts the newest first, moves a repeat to the front, and keeps at most 10', () => {
    let list: string[] = [];
    for (let index = 0; index < 12; index += 1) list = addRecent(list, `/f${index}.json`);
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]).toBe('/f11.json');
    expect(list.at(-1)).toBe('/f2.json');
    list = addRecent(list, '/f5.json');
    expect(list.slice(0, 2)).toEqual(['/f5.json', '/f11.json']);
    expect(list.filter((file) => file === '/f5.json')).toHaveLength(1);
    expect(removeRecent(list, '/f5.json')).not.toContain('/f5.json');
  });

  it('round-trips through its JSON file and ignores a corrupted or foreign one', () => {
    expect(parseRecentFiles(serializeRecentFiles(['/a', '/b']))).toEqual(['/a', '/b']);
    expect(parseRecentFiles(null)).toEqual([]);
    expect(parseRecentFiles('{"version":1,"files":["/a"')).toEqual([]);
    expect(parseRecentFiles('{"version":2,"files":["/a"]}')).toEqual([]);
    expect(parseRecentFiles('["/a"]')).toEqual([]);
  });

  it('dedupes and caps a hand-edited file, keeping the order', () => {
    const files = ['/a', '/b', '/a', ...Array.from({ length: 20 }, (_, index) => `/x${index}`)];
    const parsed = parseRecentFiles(JSON.stringify({ version: 1, files }));
    expect(parsed.slice(0, 3)).toEqual(['/a', '/b', '/x0']);
    expect(parsed).toHaveLength(MAX_RECENT_FILES);
  });
});

function setup(stored: string[] | string | null, existing: string[]) {
  const disk = new Map<string, string>();
  if (stored !== null) {
    disk.set(FILE, typeof stored === 'string' ? stored : serializeRecentFiles(stored));
  }
  const present = new Set(existing);
  const onChange = vi.fn();
  const writeText = vi.fn(async (file: string, text: string) => {
    disk.set(file, text);
  });
  const recent = createRecentFiles({
    file: FILE,
    readText: async (file) => disk.get(file) ?? null,
    writeText,
    exists: async (file) => present.has(file),
    onChange,
  });
  const storedList = (): string[] => parseRecentFiles(disk.get(FILE) ?? null);
  return { recent, onChange, writeText, present, storedList };
}

describe('createRecentFiles', () => {
  it('drops files that no longer exist when read, and stores the shorter list', async () => {
    const { recent, storedList, onChange } = setup(
      [p('a.json'), p('gone.json'), p('b.json')],
      [p('a.json'), p('b.json')],
    );
    await expect(recent.list()).resolves.toEqual([p('a.json'), p('b.json')]);
    expect(storedList()).toEqual([p('a.json'), p('b.json')]);
    expect(onChange).toHaveBeenCalledWith([p('a.json'), p('b.json')]);
  });

  it('adds opened or saved files to the front, writing through and telling the menu', async () => {
    const { recent, storedList, onChange } = setup(null, []);
    await recent.add(p('a.json'));
    await recent.add('/data/./b.json');
    await recent.add(p('a.json'));
    expect(recent.current()).toEqual([p('a.json'), p('b.json')]);
    expect(storedList()).toEqual([p('a.json'), p('b.json')]);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('does not write or notify when nothing changed', async () => {
    const { recent, writeText, onChange } = setup([p('a.json')], [p('a.json')]);
    await recent.add(p('a.json'));
    await recent.list();
    expect(writeText).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps concurrent changes in order', async () => {
    const { recent, storedList } = setup(null, []);
    await Promise.all([
      recent.add(p('1')),
      recent.add(p('2')),
      recent.remove(p('1')),
      recent.add(p('3')),
    ]);
    expect(storedList()).toEqual([p('3'), p('2')]);
  });

  it('answers has() for normalised paths, removes and clears', async () => {
    const { recent, storedList } = setup([p('a.json'), p('b.json')], []);
    await expect(recent.has('/data/../data/a.json')).resolves.toBe(true);
    await expect(recent.has('/etc/passwd')).resolves.toBe(false);
    await recent.remove(p('a.json'));
    expect(storedList()).toEqual([p('b.json')]);
    await recent.clear();
    expect(storedList()).toEqual([]);
  });

  it('treats a corrupted file as empty, and a failed write as harmless', async () => {
    const { recent, writeText } = setup('{not json', []);
    await expect(recent.list()).resolves.toEqual([]);
    writeText.mockRejectedValueOnce(new Error('disk full'));
    await expect(recent.add(p('a.json'))).resolves.toBeUndefined();
    expect(recent.current()).toEqual([p('a.json')]);
  });
});
