import { describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_KEY,
  createWebStore,
  decodeAutosave,
  decodeDataUrl,
  decodeRecent,
  describeStorageError,
  encodeAutosave,
  LAST_FILE_KEY,
  MAX_RECENT,
  RECENT_KEY,
  updateRecent,
  type StorageLike,
} from '../../renderer/src/host/webStorage';

/** localStorage double: a Map, with an optional quota in characters. */
function fakeStorage(quota = Infinity): StorageLike & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const used = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
      if (used + value.length > quota) {
        throw Object.assign(new Error('The quota has been exceeded.'), {
          name: 'QuotaExceededError',
        });
      }
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

const NOW = new Date('2026-03-01T10:00:00.000Z');

describe('autosave codec', () => {
  it('round-trips path, text and time', () => {
    const stored = encodeAutosave({ path: 'a.json', text: '{"λ":1}' }, NOW);
    expect(JSON.parse(stored)).toEqual({
      path: 'a.json',
      text: '{"λ":1}',
      savedAt: NOW.toISOString(),
    });
    expect(decodeAutosave(stored)).toEqual({
      path: 'a.json',
      text: '{"λ":1}',
      savedAt: NOW.toISOString(),
    });
    expect(decodeAutosave(encodeAutosave({ path: null, text: '' }, NOW))?.path).toBeNull();
  });

  it.each([
    null,
    '',
    '{"path":null,"text":"a"',
    '[]',
    '{"path":3,"text":"a","savedAt":"2026-03-01T10:00:00.000Z"}',
    '{"path":null,"savedAt":"2026-03-01T10:00:00.000Z"}',
    '{"path":null,"text":"a","savedAt":"soon"}',
  ])('ignores %j', (stored) => {
    expect(decodeAutosave(stored)).toBeNull();
  });
});

describe('recent list', () => {
  it('puts the newest first without duplicates, at most 10', () => {
    let list: string[] = [];
    for (let index = 0; index < 12; index += 1) list = updateRecent(list, `f${index}.json`);
    list = updateRecent(list, 'f7.json');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list.slice(0, 3)).toEqual(['f7.json', 'f11.json', 'f10.json']);
    expect(new Set(list).size).toBe(list.length);
  });

  it('decodes only a list of names', () => {
    expect(decodeRecent('["a.json","b.json"]')).toEqual(['a.json', 'b.json']);
    expect(decodeRecent('["a.json",3,""]')).toEqual(['a.json']);
    expect(decodeRecent('{"a":1}')).toEqual([]);
    expect(decodeRecent('nope')).toEqual([]);
    expect(decodeRecent(null)).toEqual([]);
  });
});

describe('decodeDataUrl', () => {
  it('returns null for plain text', () => {
    expect(decodeDataUrl('<html></html>')).toBeNull();
    expect(decodeDataUrl('data: 1,2,3')).toBeNull();
  });

  it('decodes base64 to bytes with the media type', () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x00, 0xff];
    const decoded = decodeDataUrl(`data:image/png;base64,${Buffer.from(bytes).toString('base64')}`);
    expect(decoded?.mimeType).toBe('image/png');
    expect([...(decoded?.bytes ?? [])]).toEqual(bytes);
  });

  it('decodes percent-encoding as UTF-8 and defaults the type to text/plain', () => {
    const decoded = decodeDataUrl('data:,%C2%B5m');
    expect(decoded?.mimeType).toBe('text/plain');
    expect(new TextDecoder().decode(decoded?.bytes)).toBe('µm');
  });

  it('throws a readable error for a broken body', () => {
    expect(() => decodeDataUrl('data:image/png;base64,@@@@')).toThrow(
      'not a valid base64 data URL',
    );
    expect(() => decodeDataUrl('data:text/plain,%E0%A4%A')).toThrow('invalid percent-encoding');
  });
});

describe('createWebStore', () => {
  it('keeps, recovers and clears the autosave under lightbench:autosave', () => {
    const storage = fakeStorage();
    const store = createWebStore(storage, vi.fn(), () => NOW);
    store.autosave({ path: 'a.json', text: '{}' });
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(true);
    expect(store.recoverWork()).toEqual({ path: 'a.json', text: '{}', savedAt: NOW.toISOString() });
    store.clearAutosave();
    expect(store.recoverWork()).toBeNull();
  });

  it('reports a full storage instead of throwing, and keeps the previous autosave', () => {
    const storage = fakeStorage(200);
    const onError = vi.fn();
    const store = createWebStore(storage, onError, () => NOW);
    store.autosave({ path: null, text: 'small' });
    expect(() => store.autosave({ path: null, text: 'x'.repeat(1000) })).not.toThrow();
    expect(onError).toHaveBeenCalledExactlyOnceWith(
      'Could not keep an autosave of your work: the browser storage for this site is full',
    );
    expect(store.recoverWork()?.text).toBe('small');
  });

  it('works, quietly, without any storage (blocked by privacy settings)', () => {
    const onError = vi.fn();
    const store = createWebStore(null, onError);
    store.autosave({ path: null, text: 'a' });
    store.remember({ name: 'a.json', text: '{}' });
    expect(store.recoverWork()).toBeNull();
    expect(store.recentFiles()).toEqual([]);
    expect(store.reopen('a.json')).toBeNull();
  });

  it('survives a storage that throws on read', () => {
    const storage: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const store = createWebStore(storage, vi.fn());
    expect(store.recoverWork()).toBeNull();
    expect(store.recentFiles()).toEqual([]);
  });

  it('remembers opened or saved names, and reopens only the last one', () => {
    const storage = fakeStorage();
    const store = createWebStore(storage, vi.fn());
    store.remember({ name: 'a.json', text: '{"a":1}' });
    store.remember({ name: 'b.json', text: '{"b":1}' });
    expect(store.recentFiles()).toEqual(['b.json', 'a.json']);
    expect(JSON.parse(storage.items.get(RECENT_KEY) ?? '')).toEqual(['b.json', 'a.json']);
    expect(store.reopen('b.json')).toEqual({ name: 'b.json', text: '{"b":1}' });
    expect(store.reopen('a.json')).toBeNull();
  });

  it('still lists a file too large to cache, without reporting an error', () => {
    const storage = fakeStorage(500);
    const onError = vi.fn();
    const store = createWebStore(storage, onError);
    store.remember({ name: 'small.json', text: '{}' });
    store.remember({ name: 'big.json', text: 'x'.repeat(1000) });
    expect(store.recentFiles()).toEqual(['big.json', 'small.json']);
    expect(store.reopen('big.json')).toBeNull();
    expect(store.reopen('small.json')).toBeNull(); // the stale copy was removed, not kept under the wrong name
    expect(storage.items.has(LAST_FILE_KEY)).toBe(false);
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('describeStorageError', () => {
  it('names a full storage plainly', () => {
    expect(
      describeStorageError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })),
    ).toBe('the browser storage for this site is full');
    expect(describeStorageError(new Error('blocked'))).toBe('blocked');
  });
});
