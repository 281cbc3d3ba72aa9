import type { RecoveredWork } from '../../../core/host/contract';

/**
 * The DOM-free half of the web host: what it keeps in localStorage and how, and the decoding of
 * data URLs for downloads. Unit-tested under Node with a fake Storage.
 */

export const AUTOSAVE_KEY = 'lightbench:autosave';
export const RECENT_KEY = 'lightbench:recent-files';
/** The last opened or saved file, so "open recent" can reopen it without a file picker. */
export const LAST_FILE_KEY = 'lightbench:last-file';
export const MAX_RECENT = 10;

/** The subset of window.localStorage used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function encodeAutosave(
  work: { readonly path: string | null; readonly text: string },
  now: Date,
): string {
  return JSON.stringify({ path: work.path, text: work.text, savedAt: now.toISOString() });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored work, or null for a missing, corrupted or foreign value. */
export function decodeAutosave(stored: string | null): RecoveredWork | null {
  if (stored === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { path, text, savedAt } = value;
  if (
    (path !== null && typeof path !== 'string') ||
    typeof text !== 'string' ||
    typeof savedAt !== 'string' ||
    Number.isNaN(Date.parse(savedAt))
  ) {
    return null;
  }
  return { path, text, savedAt };
}

/** `name` moved (or added) to the front, duplicates removed, at most `max` entries. */
export function updateRecent(
  list: readonly string[],
  name: string,
  max: number = MAX_RECENT,
): string[] {
  return [name, ...list.filter((entry) => entry !== name)].slice(0, max);
}

export function decodeRecent(stored: string | null): string[] {
  if (stored === null) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value)
      ? value
          .filter((entry): entry is string => typeof entry === 'string' && entry !== '')
          .slice(0, MAX_RECENT)
      : [];
  } catch {
    return [];
  }
}

export interface LastFile {
  readonly name: string;
  readonly text: string;
}

export function decodeLastFile(stored: string | null): LastFile | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    return isRecord(value) && typeof value.name === 'string' && typeof value.text === 'string'
      ? { name: value.name, text: value.text }
      : null;
  } catch {
    return null;
  }
}

/** A decoded data URL: its bytes and media type. */
export interface DecodedDataUrl {
  readonly mimeType: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Decodes "data:[type][;params][;base64],body"; null when `content` is not a data URL (plain
 * text to download as is). Throws on a data URL whose body is not valid base64 or
 * percent-encoding.
 */
export function decodeDataUrl(content: string): DecodedDataUrl | null {
  if (!content.startsWith('data:')) return null;
  const comma = content.indexOf(',');
  const header = comma < 0 ? '' : content.slice('data:'.length, comma);
  if (comma < 0 || !/^([\w.+-]+\/[\w.+-]+)?(;[\w.+-]+=[^;,]*)*(;base64)?$/i.test(header)) {
    return null;
  }
  const mimeType = header.split(';')[0] || 'text/plain';
  const body = content.slice(comma + 1);
  if (/;base64$/i.test(header)) {
    let binary: string;
    try {
      binary = atob(body.replace(/\s+/g, ''));
    } catch {
      throw new Error('The export is not a valid base64 data URL');
    }
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return { mimeType, bytes };
  }
  try {
    return { mimeType, bytes: new TextEncoder().encode(decodeURIComponent(body)) };
  } catch {
    throw new Error('The export data URL has an invalid percent-encoding');
  }
}

/** Why a localStorage write failed, in words a person can act on. */
export function describeStorageError(error: unknown): string {
  if (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  ) {
    return 'the browser storage for this site is full';
  }
  return error instanceof Error ? error.message : String(error);
}

export interface WebStore {
  /** Writes the autosave; a storage failure is reported through `onError`, never thrown. */
  autosave(work: { readonly path: string | null; readonly text: string }): void;
  recoverWork(): RecoveredWork | null;
  clearAutosave(): void;
  recentFiles(): string[];
  /** Remembers a file the user opened or saved (recent list + its text for reopening). */
  remember(file: LastFile): void;
  /** The text of `name` if it is the last file opened or saved here; else null. */
  reopen(name: string): LastFile | null;
}

/**
 * The web host's storage. Every access is guarded: private browsing, a disabled or full storage
 * must cost the convenience (autosave, recent list), never break Open or Save.
 */
export function createWebStore(
  storage: StorageLike | null,
  onError: (message: string) => void,
  now: () => Date = () => new Date(),
): WebStore {
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  /** Reports a failure as "Could not keep <what>", or silently when `what` is absent. */
  const write = (key: string, value: string, what?: string): boolean => {
    try {
      storage?.setItem(key, value);
      return true;
    } catch (error) {
      if (what !== undefined) onError(`Could not keep ${what}: ${describeStorageError(error)}`);
      return false;
    }
  };
  const remove = (key: string): void => {
    try {
      storage?.removeItem(key);
    } catch {
      // nothing to report: the value is gone or unreachable either way
    }
  };

  return {
    autosave(work) {
      write(AUTOSAVE_KEY, encodeAutosave(work, now()), 'an autosave of your work');
    },
    recoverWork: () => decodeAutosave(read(AUTOSAVE_KEY)),
    clearAutosave: () => remove(AUTOSAVE_KEY),
    recentFiles: () => decodeRecent(read(RECENT_KEY)),
    remember(file) {
      write(
        RECENT_KEY,
        JSON.stringify(updateRecent(decodeRecent(read(RECENT_KEY)), file.name)),
        'the recent files list',
      );
      // A large file may not fit: then it simply cannot be reopened without the file picker.
      if (!write(LAST_FILE_KEY, JSON.stringify(file))) {
        remove(LAST_FILE_KEY);
      }
    },
    reopen(name) {
      const last = decodeLastFile(read(LAST_FILE_KEY));
      return last !== null && last.name === name ? last : null;
    },
  };
}
