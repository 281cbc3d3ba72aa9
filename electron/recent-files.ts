import path from 'node:path';
import { z } from 'zod';

/** How many recent files the app remembers (File ▸ Open Recent). */
export const MAX_RECENT_FILES = 10;

/** `filePath` moved (or added) to the front, duplicates removed, at most `max` entries. */
export function addRecent(
  list: readonly string[],
  filePath: string,
  max: number = MAX_RECENT_FILES,
): string[] {
  return [filePath, ...list.filter((entry) => entry !== filePath)].slice(0, max);
}

export function removeRecent(list: readonly string[], filePath: string): string[] {
  return list.filter((entry) => entry !== filePath);
}

const recentFileSchema = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1)),
});

/** The stored list, or [] for a missing, corrupted or foreign file (never throws). */
export function parseRecentFiles(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed = recentFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    // Dedupe and cap here too: the file may have been edited by hand.
    return parsed.data.files.reduceRight<string[]>((list, file) => addRecent(list, file), []);
  } catch {
    return [];
  }
}

export function serializeRecentFiles(files: readonly string[]): string {
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

export interface RecentFilesDeps {
  /** userData/recent-files.json */
  readonly file: string;
  /** The file's text, or null when it does not exist. */
  readonly readText: (filePath: string) => Promise<string | null>;
  readonly writeText: (filePath: string, text: string) => Promise<unknown>;
  readonly exists: (filePath: string) => Promise<boolean>;
  /** Called with the new list whenever it changes (main rebuilds Open Recent). */
  readonly onChange?: (files: readonly string[]) => void;
}

export interface RecentFiles {
  /** Most recent first; files that no longer exist are dropped (and the drop is stored). */
  list(): Promise<readonly string[]>;
  /** The list as last read or changed, without touching the disk (for building the menu). */
  current(): readonly string[];
  has(filePath: string): Promise<boolean>;
  add(filePath: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The recent-files list, kept in a small JSON file in the app's data folder. Every change is
 * written through at once (atomically, by `writeText`), one write at a time so two quick changes
 * cannot land out of order. A failed write is ignored: a recent list is a convenience, and losing
 * it must never fail an Open or a Save.
 */
export function createRecentFiles(deps: RecentFilesDeps): RecentFiles {
  let files: string[] | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<string[]> => {
    if (files === null) {
      const text = await deps.readText(deps.file).catch(() => null);
      // Another call may have loaded (or changed) the list while this one was reading.
      files ??= parseRecentFiles(text);
    }
    return files;
  };

  const update = (change: (list: string[]) => string[]): Promise<void> => {
    const run = queue.then(async () => {
      const before = await load();
      const after = change(before);
      if (after.length === before.length && after.every((file, index) => file === before[index])) {
        return;
      }
      files = after;
      deps.onChange?.(after);
      await deps.writeText(deps.file, serializeRecentFiles(after)).catch(() => undefined);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const normalise = (filePath: string): string => path.resolve(filePath);

  return {
    async list() {
      const stored = await load();
      const present = await Promise.all(stored.map((file) => deps.exists(file).catch(() => false)));
      const gone = stored.filter((_file, index) => present[index] !== true);
      if (gone.length > 0) {
        await update((list) => list.filter((file) => !gone.includes(file)));
      }
      return load();
    },
    current: () => files ?? [],
    has: async (filePath) => (await load()).includes(normalise(filePath)),
    add: (filePath) => update((list) => addRecent(list, normalise(filePath))),
    remove: (filePath) => update((list) => removeRecent(list, normalise(filePath))),
    clear: () => update(() => []),
  };
}
